"""Post/Redirect/Get for the import: the review has its own address, /import/<id>, kept as a
draft for the secretary who uploaded it; a refused save goes back there with what was typed;
a saved draft cannot be saved again (tracker.importing.uploads)."""

from __future__ import annotations

import io
import random
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import make_person
from tests.importing.test_import import SAMPLE, counts, new_forum, review_fields, save_url
from tests.prg import error_page
from tracker.extensions import db
from tracker.forms_common import KEPT
from tracker.importing import uploads
from tracker.models import ImportDraft, KeptForm, Meeting, utcnow


def post_upload(client, data: bytes = SAMPLE, forum: str = ""):
    return client.post(
        "/import",
        {"file": (io.BytesIO(data), "referat.md"), "forum": forum},
        content_type="multipart/form-data",
    )


def reviewed(client) -> tuple[str, str]:
    """Upload the sample: (the review's address, its page)."""
    response = post_upload(client)
    assert response.status_code == 303, response.get_data(as_text=True)[-2000:]
    review = urlsplit(response.headers["Location"]).path
    page = client.get(review)
    assert page.status_code == 200
    return review, page.get_data(as_text=True)


def owners_filled(fields: dict, name: str = "Torben G. M. Benneskov") -> dict:
    """Every proposal given an owner and ticked, as the secretary does."""
    filled = {k: (name if k.endswith("-owner") else v) for k, v in fields.items()}
    return filled | {
        k.removesuffix("-owner") + "-accept": "y" for k in fields if k.endswith("-owner")
    }


def test_the_upload_is_answered_with_the_reviews_own_address(secretary_client, secretary):
    before = counts()
    review, page = reviewed(secretary_client)
    (draft,) = db.session.scalars(select(ImportDraft))
    assert review == f"/import/{draft.id}" and draft.person_id == secretary.id
    assert draft.filename == "referat.md" and "Punkt 1" in draft.text
    assert "Gennemse referatet" in page and "50 på listen" in page
    assert save_url(page) == f"{review}/gem"
    assert 'name="text"' not in page, "the referat's text stays on the server"
    assert counts() == before, "nothing but the draft is saved before the review"
    again = secretary_client.get(review).get_data(as_text=True)
    assert review_fields(again).keys() == review_fields(page).keys(), "the same review again"


def test_a_refused_save_goes_back_to_the_review_with_all_that_was_typed(secretary_client):
    review, page = reviewed(secretary_client)
    fields = new_forum(review_fields(page))
    prefixes = sorted({k.rsplit("-", 1)[0] for k in fields if k.endswith("-title")})
    assert len(prefixes) >= 6
    first, second, *rest = prefixes
    rng = random.Random(15)
    for prefix in prefixes:  # retyped titles: too much for the cookie
        fields[f"{prefix}-title"] = "".join(rng.choices("abcdefghijklmnopqrstuvwxyzæøå ", k=290))
    fields[f"{first}-title"] = "Seminar om reformerne, rettet"
    fields[f"{first}-owner"] = "Lasse Lyø Rahbek"
    fields[f"{first}-deadline"] = "når det passer"  # unreadable
    fields[f"{second}-owner"] = ""  # missing
    for prefix in (first, second, rest[1]):  # kept, doubtful or not
        fields[f"{prefix}-accept"] = "y"
    fields.pop(f"{rest[0]}-accept", None)  # dropped
    before = counts()
    response = secretary_client.raw.post(save_url(page), data=fields)
    assert response.status_code == 303 and urlsplit(response.headers["Location"]).path == review
    with secretary_client.raw.session_transaction() as session:
        cookie = repr(session.get(KEPT))
    assert "rettet" not in cookie and "ref" in cookie, "too big for the cookie: in kept_form"
    assert db.session.scalar(select(func.count()).select_from(KeptForm)) == 1
    shown = error_page(secretary_client, response, review)
    assert "kan ikke læses" in shown and "Vælg en ejer for handlingen." in shown
    back = review_fields(shown)
    assert back[f"{first}-title"] == "Seminar om reformerne, rettet"
    assert back[f"{first}-owner"] == "Lasse Lyø Rahbek"
    assert back[f"{first}-deadline"] == "når det passer"
    assert f"{rest[0]}-accept" not in back, "a dropped row stays dropped"
    assert f"{rest[1]}-accept" in back
    assert back[f"{rest[1]}-title"] == fields[f"{rest[1]}-title"]
    assert counts() == before, "nothing saved"
    fresh = secretary_client.get(review).get_data(as_text=True)  # a reload
    assert "kan ikke læses" not in fresh, "the errors are shown once"
    again = review_fields(fresh)
    again["csrf_token"] = back["csrf_token"]  # signed with the time: another on each page
    assert again == back, "a reload keeps every edit (the unticked row stays unticked)"


def test_after_the_save_the_review_says_so_and_cannot_import_twice(secretary_client):
    review, page = reviewed(secretary_client)
    fields = owners_filled(new_forum(review_fields(page)))
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302
    meeting = db.session.scalar(select(Meeting))
    assert saved.headers["Location"].endswith(f"/moeder/{meeting.id}")
    draft = db.session.scalar(select(ImportDraft))
    assert draft.used_at is not None and draft.meeting_id == meeting.id and draft.text == ""
    back = secretary_client.get(review)  # Back from the meeting
    assert back.status_code == 410
    text = back.get_data(as_text=True)
    assert "Referatet er allerede importeret. Det gemmes ikke to gange." in text
    assert f'href="/moeder/{meeting.id}"' in text and 'href="/import"' in text
    # the link is for the next referat: it never reads as "import this one again"
    assert ">Importér et andet referat</a>" in text and "igen</a>" not in text
    before = counts()
    again = secretary_client.raw.post(save_url(page), data=fields)  # the old form sent again
    assert again.status_code == 303 and urlsplit(again.headers["Location"]).path == review
    assert counts() == before and db.session.scalar(select(func.count(Meeting.id))) == 1
    upload_again = post_upload(secretary_client)
    assert upload_again.status_code == 400
    assert "allerede importeret" in upload_again.get_data(as_text=True)


def test_two_drafts_of_one_referat_import_it_once(secretary_client):
    first, first_page = reviewed(secretary_client)
    second, second_page = reviewed(secretary_client)  # another tab
    assert first != second
    fields = owners_filled(new_forum(review_fields(first_page)))
    assert secretary_client.raw.post(save_url(first_page), data=fields).status_code == 302
    before = counts()
    refused = secretary_client.raw.post(save_url(second_page), data=fields)
    assert refused.status_code == 303
    page = secretary_client.get(second).get_data(as_text=True)
    assert "Referatet er allerede importeret" in page and "/gem" not in page
    assert counts() == before


def test_a_draft_is_claimed_once(secretary, app):
    draft = uploads.keep(secretary, SAMPLE.decode(), "referat.md")
    db.session.commit()
    assert uploads.claim(draft) is True
    assert uploads.claim(draft) is False, "a second save finds it used"
    db.session.rollback()
    assert uploads.claim(db.session.get(ImportDraft, draft.id)) is True, "rolled back: free"


def test_another_secretarys_draft_is_not_found(app, secretary_client, secretary):
    review, page = reviewed(secretary_client)
    other = Client(app.test_client())
    other.login(make_person(name="Karina Sekretær", email="karina@example.org", role="secretary"))
    assert other.get(review).status_code == 404
    token = other.csrf_token("/import")
    fields = {**owners_filled(new_forum(review_fields(page))), "csrf_token": token}
    before = counts()
    assert other.raw.post(f"{review}/gem", data=fields).status_code == 404
    assert counts() == before
    for missing in ("/import/999", "/import/99999999999999999999", "/import/0"):
        assert secretary_client.get(missing).status_code == 404, missing
    assert secretary_client.get("/import/abc").status_code == 404


def test_a_member_may_not_open_a_review(member_client, secretary):
    draft = uploads.keep(secretary, SAMPLE.decode(), "referat.md")
    db.session.commit()
    assert member_client.get(f"/import/{draft.id}").status_code == 403


def test_an_expired_draft_says_so_and_saves_nothing(secretary_client):
    review, page = reviewed(secretary_client)
    draft = db.session.scalar(select(ImportDraft))
    draft.created_at = utcnow() - timedelta(hours=uploads.DRAFT_HOURS, minutes=1)
    db.session.commit()
    gone = secretary_client.get(review)
    assert gone.status_code == 410
    text = gone.get_data(as_text=True)
    assert "Gennemgangen er udløbet" in text and "intet er gemt" in text
    assert 'href="/import"' in text
    before = counts()
    fields = owners_filled(new_forum(review_fields(page)))
    refused = secretary_client.raw.post(save_url(page), data=fields)
    assert refused.status_code == 303
    assert counts() == before


def test_old_drafts_are_deleted_at_the_next_upload(secretary_client, secretary):
    old = uploads.keep(secretary, "gammel", "gammel.md")
    old.created_at = utcnow() - timedelta(days=uploads.DRAFT_KEEP_DAYS, minutes=1)
    db.session.commit()
    reviewed(secretary_client)
    db.session.expire_all()
    assert [d.filename for d in db.session.scalars(select(ImportDraft))] == ["referat.md"]


def test_the_hourly_housekeeping_forgets_old_drafts_and_kept_forms(app, secretary):
    from tracker.retention import KEPT_SECONDS
    from tracker.scheduler.jobs import housekeeping

    now = utcnow()
    uploads.keep(secretary, "ny referattekst", "ny.md")
    old = uploads.keep(secretary, "gammel referattekst", "gammel.md")  # aged after keep()
    old.created_at = now - timedelta(days=uploads.DRAFT_KEEP_DAYS, minutes=1)
    for key, age in (("gammel", KEPT_SECONDS + 1), ("ny", 5)):
        db.session.add(
            KeptForm(
                key_hash=key.ljust(64, "0"),
                person_id=secretary.id,
                form_key=key,
                payload="{}",
                created_at=now - timedelta(seconds=age),
            )
        )
    db.session.commit()
    housekeeping(now)  # no upload and no refused form in between
    db.session.expire_all()
    assert [d.filename for d in db.session.scalars(select(ImportDraft))] == ["ny.md"]
    assert [k.form_key for k in db.session.scalars(select(KeptForm))] == ["ny"]


ROW = {
    "drafts-0-accept": "y",
    "drafts-0-title": "T",
    "drafts-0-owner": "Anne Holm",
    "drafts-0-owner_new": "y",
}
# The meeting's fields, its forum made on purpose (importing.meeting_fields.corrected_meeting)
MEETING = {"forum": "ny", "new_forum": "Lederforum", "date": "26-02-2025"}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({**ROW, "drafts-0-title": ""}, "Skriv en titel."),
        ({**ROW, "drafts-0-owner": " "}, "Vælg en ejer for handlingen."),
        ({**ROW, "drafts-0-title": "x" * 301}, "Teksten er for lang: højst 300 tegn"),
        ({**ROW, "drafts-0-owner": "A" * 201}, "Teksten er for lang: højst 200 tegn"),
        ({**ROW, "drafts-0-co_owners": "B" * 201}, "Et navn må højst være 200 tegn."),
        ({**ROW, "drafts-0-owner_email": "ikke en adresse"}, "Skriv en gyldig e-mailadresse"),
        ({**ROW, "drafts-0-deadline": "\x00\x01"}, None),  # cleaned away: no deadline
        ({**ROW, "drafts-0-agenda_item_number": "x", "drafts-0-point_index": "9" * 30}, None),
        ({**ROW, "drafts-0-agenda_item_number": "0"}, None),  # "no item" (loose.NO_ITEM)
        ({**ROW, "drafts-0-agenda_item_number": "-7", "drafts-0-point_index": "-1"}, None),
        ({**ROW, "drafts-0-agenda_item_number": "999999999999999999999"}, None),
        ({"drafts-9999999-accept": "y", "drafts-9999999-title": "T"}, "Vælg en ejer"),
        ({}, None),  # no rows sent: the meeting without actions
        ({"forum": ""}, "Vælg forummet, mødet var i."),
        ({"forum": "99999"}, "Vælg forummet, mødet var i."),  # no such forum
        ({"forum": "1 OR 1=1"}, "Vælg forummet, mødet var i."),
        ({"new_forum": " "}, "Skriv navnet på det nye forum."),
        ({"new_forum": "F" * 201}, "Teksten er for lang: højst 200 tegn"),
        ({"date": "31-02-2025"}, "Skriv mødets dato, fx 12-11-2026."),
        ({"date": ""}, "Skriv mødets dato"),
        ({"start_time": "25.99"}, "Skriv tidspunktet som tt:mm"),
        ({"title": "T" * 301}, "Teksten er for lang: højst 300 tegn"),
    ],
)
def test_bad_input_to_the_save_is_refused_in_danish_never_a_500(secretary_client, data, words):
    review, page = reviewed(secretary_client)
    token = review_fields(page)["csrf_token"]
    before = counts()
    sent = {**MEETING, **data, "csrf_token": token}
    response = secretary_client.raw.post(f"{review}/gem", data=sent)
    if words is None:
        assert response.status_code == 302, response.status_code
        assert db.session.scalar(select(func.count(Meeting.id))) == 1
        return
    shown = error_page(secretary_client, response, review)
    assert words in shown
    assert counts() == before, "nothing saved"


def test_a_save_sent_after_the_login_ended_leads_back_to_the_review_in_danish(
    app, secretary_client, secretary
):
    # The login ended while the review was open (the password changed elsewhere): "Gem" led
    # to the login, and the login to /import/<id>/gem, an English "405 Method Not Allowed".
    review, page = reviewed(secretary_client)
    fields = owners_filled(new_forum(review_fields(page)))
    elsewhere = Client(app.test_client())
    elsewhere.login(secretary)
    new_password = "another long password"
    changed = elsewhere.post(
        "/indstillinger",
        {"pw-current": "correct horse battery", "pw-new": new_password, "pw-submit": "1"},
        token_from="/indstillinger",
    )
    assert changed.status_code == 302
    before = counts()
    sent = secretary_client.raw.post(save_url(page), data=fields)
    assert sent.status_code == 302 and "/login?next=" in sent.headers["Location"]
    secretary_client.login(secretary, password=new_password)
    for url in (save_url(page), f"{review}/fra-tekst"):  # where the login then leads
        back = secretary_client.get(url)
        assert back.status_code == 303 and urlsplit(back.headers["Location"]).path == review
        shown = " ".join(secretary_client.get(review).get_data(as_text=True).split())
        assert (
            "Intet er gemt endnu: det, du sendte fra gennemgangen, kom ikke frem (du var måske "
            "logget ud). Vælg knappen igen." in shown
        )
        assert 'action="' + save_url(page) + '"' in shown
    assert counts() == before
    fields["csrf_token"] = review_fields(shown)["csrf_token"]  # the new login's, as shown
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302 and db.session.scalar(select(func.count(Meeting.id))) == 1
    assert secretary_client.get(save_url(page)).status_code == 303, "used: the review says so"
    assert secretary_client.get(review).status_code == 410
