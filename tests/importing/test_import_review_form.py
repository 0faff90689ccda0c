"""The import review as a form (issue 26): doubtful proposals unticked with their reasons, the
meeting's fields corrected (a forum made only on purpose), an error summary at the top, a
reload after a refused save that keeps the edits, and the dates each deadline means."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select

from tests.factories import make_forum
from tests.importing.test_import import counts, review_fields, save_url, upload
from tests.prg import error_page
from tracker.extensions import db
from tracker.models import Action, Forum, Meeting

EMAIL = (Path(__file__).parents[1] / "data" / "referat-hoved-med-2026-11-12.txt").read_bytes()


def review(client) -> tuple[str, str]:
    """Upload the plain e-mail referat: (the review's address, its page)."""
    response = upload(client, EMAIL, name="referat.txt")
    assert response.status_code == 200, response.get_data(as_text=True)[-2000:]
    return urlsplit(response.request.url).path, response.get_data(as_text=True)


def rows(fields: dict) -> dict[str, str]:
    """The proposals' prefixes by title."""
    return {v: k.rsplit("-", 1)[0] for k, v in fields.items() if k.endswith("-title") and "-" in k}


def forums() -> int:
    return db.session.scalar(select(func.count(Forum.id)))


def test_doubtful_proposals_are_not_ticked_and_say_why(secretary_client):
    # the e-mail with a closing summary that repeats one task: the copy is doubted, while
    # "Vende tilbage til sagen" under two items are two cases, each named by its item
    summary = "Opfølgning: Peter Lund laver en handleplan inden jul.\n\nVenlig hilsen"
    response = upload(
        secretary_client, EMAIL.replace(b"Venlig hilsen", summary.encode()), name="referat.txt"
    )
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    fields = review_fields(page)
    proposals = sorted(k.rsplit("-", 1)[0] for k in fields if re.fullmatch(r"drafts-\d+-title", k))
    ticked = [p for p in proposals if f"{p}-accept" in fields]
    assert [fields[f"{p}-title"] for p in proposals] == [
        "Lave en handleplan",
        "Vende tilbage til sagen (Sygefravær i hjemmeplejen)",
        "Planlægge en temadag",
        "Vende tilbage til sagen (Trivselsmåling)",
        "Lave en handleplan",
    ]
    assert ticked == ["drafts-0", "drafts-2"], "no owner, or a copy: not ticked"

    def doubt_of(proposal: str) -> str:
        found = re.search(
            rf'<p class="hint doubt" id="{proposal}-accept-tvivl">(.*?)</p>', page, re.S
        )
        assert found, "the reasons stand beside the checkbox"
        checkbox = re.search(rf'<input[^>]*id="{proposal}-accept"[^>]*>', page).group(0)
        assert f'aria-describedby="{proposal}-accept-tvivl"' in checkbox
        return found.group(1)

    for case in ("drafts-1", "drafts-3"):
        assert "ingen ansvarlig" in doubt_of(case) and "samme opgave" not in doubt_of(case)
    assert "samme opgave som nr. 1" in doubt_of("drafts-4")


def test_each_proposal_shows_the_dates_its_deadline_words_mean(secretary_client):
    _, page = review(secretary_client)
    assert re.search(
        r"inden jul</span>\s*<span class=\"dates\">\(12\. nov.*?23\. dec.*?2026\)", page
    )


def test_an_email_referat_never_creates_its_forum_without_the_choice(secretary_client):
    review_url, page = review(secretary_client)
    fields = review_fields(page)
    assert fields["forum"] == "", "no forum is called »Emne: fra møde i Hoved-MED«"
    assert 'value="ny"' in page and "Nyt forum" in page
    before = counts(), forums()
    refused = secretary_client.raw.post(save_url(page), data=fields)
    shown = error_page(secretary_client, refused, review_url)
    assert "Vælg forummet, mødet var i." in shown
    assert (counts(), forums()) == before, "nothing saved, no forum made"
    # on purpose: »Nyt forum …« with its name corrected
    fields = review_fields(shown)
    fields.update(forum="ny", new_forum="Hoved-MED")
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    assert [f.name for f in db.session.scalars(select(Forum))] == ["Hoved-MED"]


def test_an_existing_forum_named_in_the_subject_is_chosen(secretary_client):
    hoved_med = make_forum("Hoved-MED")
    make_forum("MED")
    _, page = review(secretary_client)
    fields = review_fields(page)
    assert fields["forum"] == str(hoved_med.id)
    fields["new_forum"] = "Et forum ingen valgte"  # typed, but »Nyt forum« is not chosen
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    meeting = db.session.scalar(select(Meeting))
    assert meeting.forum == hoved_med and forums() == 2


def test_the_meetings_fields_are_corrected_in_the_review(secretary_client):
    forum = make_forum("Hoved-MED")
    _, page = review(secretary_client)
    fields = review_fields(page)
    assert (fields["date"], fields["start_time"]) == ("12-11-2026", "09:00")
    assert fields["title"] == "Hoved-MED 12. november 2026"
    fields.update(
        forum=str(forum.id),
        title="Hoved-MED, ekstraordinært møde",
        date="13. november 2026",
        start_time="kl. 10.30",
        location="Rådhuset, lokale 4",
    )
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    meeting = db.session.scalar(select(Meeting))
    assert meeting.title == "Hoved-MED, ekstraordinært møde"
    assert (meeting.date, meeting.start_time) == (date(2026, 11, 13), time(10, 30))
    assert meeting.location == "Rådhuset, lokale 4"


def test_an_untouched_title_follows_the_forum_and_date_chosen(secretary_client):
    forum = make_forum("Hoved-MED")
    make_forum("Arbejdsmiljøudvalget")
    _, page = review(secretary_client)
    fields = review_fields(page)
    other = db.session.scalar(select(Forum).where(Forum.name == "Arbejdsmiljøudvalget"))
    fields.update(forum=str(other.id), date="14-11-2026")
    assert forum.id != other.id
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302
    assert db.session.scalar(select(Meeting.title)) == "Arbejdsmiljøudvalget 14. november 2026"


def test_a_refused_save_sums_up_its_errors_and_a_reload_keeps_the_edits(secretary_client):
    review_url, page = review(secretary_client)
    fields = review_fields(page)
    by_title = rows(fields)
    plan, day = by_title["Lave en handleplan"], by_title["Planlægge en temadag"]
    fields.update(forum="ny", new_forum="Hoved-MED", date="31-02-2026")
    fields[f"{plan}-owner_email"] = "peter.lund@example.org"
    fields.pop(f"{day}-accept")  # unticked
    back = by_title["Vende tilbage til sagen (Trivselsmåling)"]
    fields[f"{back}-accept"] = "y"  # ticked, with no owner
    response = secretary_client.raw.post(save_url(page), data=fields)
    assert response.status_code == 303 and response.headers["Location"].endswith("#fejl")
    shown = error_page(secretary_client, response, review_url)
    summary = re.search(
        r'<div class="error-summary" role="alert" id="fejl" tabindex="-1"'
        r".*?</div>",
        shown,
        re.S,
    )
    assert summary, "the summary at the top takes the focus (#fejl, tabindex=-1)"
    assert "<h2" in summary.group(0)
    assert shown.index('id="fejl"') < shown.index(f'action="{review_url}/gem"')
    owner = f"{back}-owner"
    assert 'href="#date"' in summary.group(0) and f'href="#{owner}"' in summary.group(0)
    number = int(owner.split("-")[1]) + 1
    assert f"Forslag {number}, Ejer: Vælg en ejer for handlingen." in summary.group(0)
    field = re.search(rf'<input[^>]*id="{owner}"[^>]*>', shown).group(0)
    assert 'aria-invalid="true"' in field and f"{owner}-error" in field
    assert f'id="{owner}-error"' in shown
    back = review_fields(shown)
    back.pop("csrf_token")  # signed with the time: another on each page
    for reload in range(2):
        again = review_fields(secretary_client.get(review_url).get_data(as_text=True))
        again.pop("csrf_token")
        assert again == back, f"reload {reload + 1} keeps every edit"
    assert f"{day}-accept" not in again, "unticked stays unticked"
    assert again[f"{plan}-owner_email"] == "peter.lund@example.org"
    assert (again["forum"], again["new_forum"], again["date"]) == ("ny", "Hoved-MED", "31-02-2026")


def test_a_duplicate_meeting_of_the_chosen_forum_is_refused_in_danish(secretary_client):
    from tests.factories import make_meeting

    forum = make_forum("Hoved-MED")
    make_meeting(forum, day=date(2026, 11, 12), title="Hoved-MED 12. november 2026", status="held")
    db.session.commit()
    review_url, page = review(secretary_client)
    fields = review_fields(page)
    assert fields["forum"] == str(forum.id)
    before = counts()
    shown = error_page(secretary_client, secretary_client.raw.post(save_url(page), data=fields))
    assert "Referatet er allerede importeret" in shown
    assert counts() == before


def test_an_email_another_person_has_is_refused_in_the_summary(secretary_client):
    from tests.factories import make_person

    make_person(name="Anne Andersen", email="anne@example.org")
    forum = make_forum("Hoved-MED")
    review_url, page = review(secretary_client)
    fields = review_fields(page)
    plan = rows(fields)["Lave en handleplan"]
    fields.update({"forum": str(forum.id), f"{plan}-owner_email": "anne@example.org"})
    before = counts()
    shown = error_page(
        secretary_client, secretary_client.raw.post(save_url(page), data=fields), review_url
    )
    summary = re.search(r'<div class="error-summary".*?</div>', shown, re.S).group(0)
    assert "En anden person har allerede den e-mailadresse." in summary
    assert counts() == before and review_fields(shown)[f"{plan}-owner_email"] == "anne@example.org"


CLUB = """Emne: Referat fra møde i Klubrådet

Her er referatet fra mødet i Klubrådet tirsdag den 3. marts 2026 kl. 19.00 i klubhuset.

Deltagere: Lone Berg, Kasper Dal

1. Sommerfesten
Bestyrelsen sørger for musik til festen. Lone Berg bestiller lokalet inden 1. april. \
Jonas Vinter køber gaver til de frivillige.
""".encode()


def test_a_proposal_without_a_person_to_save_is_not_ticked_and_the_first_save_works(
    secretary_client,
):
    """A body ("Bestyrelsen") or a name nobody known has is no owner the save takes as it
    stands: such a row is not ticked and says why, so "Gem" as the page came saves at once."""
    response = upload(secretary_client, CLUB, name="referat.txt")
    page = response.get_data(as_text=True)
    fields = review_fields(page)
    by_title = rows(fields)
    music = next(p for t, p in by_title.items() if "musik" in t)
    gifts = next(p for t, p in by_title.items() if "gaver" in t)
    room = next(p for t, p in by_title.items() if "lokalet" in t)
    assert f"{room}-accept" in fields, "an attendee as owner: ticked"
    for prefix in (music, gifts):
        assert f"{prefix}-accept" not in fields, "no person to save: not ticked"
        doubt = re.search(
            rf'<p class="hint doubt" id="{prefix}-accept-tvivl">(.*?)</p>', page, re.S
        )
        assert doubt and "ingen kendt person som ejer" in doubt.group(1)
    before = counts()
    saved = secretary_client.raw.post(save_url(page), data={**fields, "forum": "ny"})
    assert saved.status_code == 302, error_page(secretary_client, saved)[:3000]
    assert counts() != before


def test_an_owner_typed_in_a_row_left_unticked_is_asked_never_dropped(secretary_client):
    """A row that came unticked, given an owner by the secretary who forgot the tick: the save
    asks instead of dropping what was typed; ticked, it is saved."""
    page = upload(secretary_client, CLUB, name="referat.txt").get_data(as_text=True)
    fields = review_fields(page) | {"forum": "ny"}
    music = next(p for t, p in rows(fields).items() if "musik" in t)
    assert f"{music}-accept" not in fields
    fields[f"{music}-owner"] = "Lone Berg"  # an attendee, typed; the tick forgotten
    before = counts()
    refused = error_page(secretary_client, secretary_client.raw.post(save_url(page), data=fields))
    assert "men ikke sat hak i »Opret handlingen«" in refused
    assert counts() == before
    fields[f"{music}-accept"] = "y"
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, error_page(secretary_client, saved)[:3000]
    assert "Lone Berg" in {a.owner.name for a in db.session.scalars(select(Action))}


NO_FORUM = (
    "Referat, 4. marts 2026\n\n1. Budget\n\nGodkendt.\n\n2. Festen\n\n"
    "Lone Berg bestiller lokalet.\n"
)


def test_the_same_referat_uploaded_again_is_told_at_once_with_a_link_to_its_meeting(
    secretary_client,
):
    """The referat names no forum: the review cannot refuse it, but it says at the top that
    a meeting of that day is saved, and links to it, before the secretary fixes anything."""
    first = upload(secretary_client, NO_FORUM.encode(), name="referat.txt").get_data(as_text=True)
    assert "Allerede gemt fra samme dag" not in first
    fields = review_fields(first) | {"forum": "ny", "new_forum": "Ørslev Lokalråd"}
    assert secretary_client.raw.post(save_url(first), data=fields).status_code == 302
    meeting = db.session.scalar(select(Meeting))
    again = upload(secretary_client, NO_FORUM.encode(), name="referat.txt").get_data(as_text=True)
    warning = re.search(r'<div[^>]*id="allerede-gemt".*?</div>', again, re.S)
    assert warning, "said at the top, before any save"
    assert f'<a href="/moeder/{meeting.id}">{meeting.title}</a>' in warning.group(0)
    assert again.index('id="allerede-gemt"') < again.index('id="moedet"')


def test_each_help_text_is_shown_once_and_the_seldom_fields_are_folded(secretary_client):
    """On a phone every proposal repeated four help texts (a card was two screens tall): each
    hint stands on the first proposal, the others point to it, and co-owners and unit are
    folded unless the referat filled them."""
    _, page = review(secretary_client)
    fields = review_fields(page)
    titled = [k for k in fields if re.fullmatch(r"drafts-\d+-title", k)]
    proposals = sorted({k.rsplit("-", 1)[0] for k in titled}, key=lambda p: int(p.split("-")[1]))
    assert len(proposals) >= 3
    assert page.count("Med mødets ord; læses med mødets dato som udgangspunkt.") == 1
    assert page.count("En person: en deltager (fornavn er nok)") == 1
    for prefix in proposals[1:]:
        deadline = re.search(rf'<input[^>]*id="{prefix}-deadline"[^>]*>', page).group(0)
        assert 'aria-describedby="drafts-0-deadline-hint"' in deadline
        owner = re.search(rf'<input[^>]*id="{prefix}-owner"[^>]*>', page).group(0)
        assert 'aria-describedby="drafts-0-owner-hint"' in owner
    folds = re.findall(r'<details class="more-fields"( open)?>(.*?)</details>', page, re.S)
    assert len(folds) == len(proposals)
    for (is_open, inside), prefix in zip(folds, proposals, strict=True):
        assert f'id="{prefix}-co_owners"' in inside and f'id="{prefix}-unit"' in inside
        filled = fields.get(f"{prefix}-co_owners") or fields.get(f"{prefix}-unit")
        assert bool(is_open) == bool(filled), prefix
    assert any(is_open for is_open, _ in folds), "a proposal with co-owners comes open"


def test_a_proposal_from_a_line_outside_the_items_is_not_ticked_and_says_why(secretary_client):
    from tests.minutes.test_minutes_sweep import ABOVE_THE_ITEMS

    response = upload(secretary_client, ABOVE_THE_ITEMS.encode(), name="referat.txt")
    page = response.get_data(as_text=True)
    fields = review_fields(page)
    by_title = rows(fields)
    swept, item_s = by_title["Tjekke lågen ved hundeskoven"], by_title["Lave nye skilte"]
    assert f"{item_s}-accept" in fields and f"{swept}-accept" not in fields
    doubt = re.search(rf'<p class="hint doubt" id="{swept}-accept-tvivl">(.*?)</p>', page, re.S)
    assert doubt and "fundet uden for punkternes tekst" in doubt.group(1)
    assert "gemmes uden punkt" in doubt.group(1)
    # ticked by the secretary, it is saved with the meeting, under no item, with its owner
    forum = make_forum("Bestyrelsen")
    fields.update({f"{swept}-accept": "y", "forum": str(forum.id)})
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    action = db.session.scalar(select(Action).where(Action.title == "Tjekke lågen ved hundeskoven"))
    assert action.agenda_item is None and action.meeting.forum == forum
    assert action.owner.name == "Kasper Holm"
