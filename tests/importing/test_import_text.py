"""The referat beside the import review (templates/importing/_referat.html): its decision text
sentence by sentence, the sentences proposals came from marked and linked both ways, and a
sentence made a proposal with one button (POST /import/<id>/fra-tekst), keeping all that was
typed; only the draft's secretary may, with a CSRF token; a bad sentence is a Danish error."""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from tests.factories import make_person
from tests.importing.test_import import (
    DATA,
    counts,
    new_forum,
    review_fields,
    save_url,
    upload,
)
from tracker.extensions import db
from tracker.models import Action, ImportDraft

REFERAT = (DATA / "referat-lederforum-2025-03-12-tekst.md").read_bytes()
MORTEN, TORBEN, CHARLOTTE = "Morten Hoff Grønvald", "Torben G. M. Benneskov", "Charlotte Veilskov"


@pytest.fixture
def people(db):
    return [
        make_person(name=name, email=f"{name.split()[0].lower()}@example.org")
        for name in (MORTEN, TORBEN, CHARLOTTE)
    ]


def sentences(html: str) -> dict[str, int]:
    """The pane's sentences: their text → the index their button sends."""
    found = {}
    for index, text in re.findall(
        r'<li id="referat-s(\d+)"[^>]*>\s*<(?:mark|span) id="referat-t\d+">([^<]*)<', html
    ):
        found[html_lib.unescape(text)] = int(index)
    return found


def text_url(html: str) -> str:
    found = re.search(r'formaction="(/import/\d+/fra-tekst)"', html)
    assert found, "no sentence button on the page"
    return found.group(1)


def rows(html: str) -> list[dict]:
    """The review's rows as a browser sends them, in order: {field: value}."""
    fields = review_fields(html)
    indices = sorted({int(k.split("-")[1]) for k in fields if k.startswith("drafts-")})
    return [
        {k.split("-", 2)[2]: v for k, v in fields.items() if k.startswith(f"drafts-{i}-")}
        for i in indices
    ]


def test_the_review_shows_the_decisions_sentence_by_sentence_with_the_proposals_marked(
    secretary_client, people
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    found = sentences(page)
    assert "Morten præsenterede tidsplanen." in found
    assert "Forummet var tilfreds med dagens møde." in found
    assert "Punkt 2: Mødekalender" in page
    proposed = next(t for t in found if t.startswith("Torben G. M. Benneskov og Charlotte"))
    index = found[proposed]
    # the proposal's sentence is marked and links to its row; the row links back
    assert re.search(rf'<li id="referat-s{index}"[^>]*class="source"', page)
    assert re.search(rf'<mark id="referat-t{index}">', page)
    assert '<a href="#forslag-1">Forslag 1</a>' in page
    assert f'id="forslag-1" tabindex="-1"><a href="#referat-s{index}">Vis i referatet</a>' in page
    # Enter in a field presses the form's first button: its own save, not a sentence's
    assert page.index('name="submit"') < page.index("formaction="), "the pane follows the form"
    plain = found["Morten præsenterede tidsplanen."]
    assert re.search(rf'<li id="referat-s{plain}" tabindex="-1">\s*<span', page), "not marked"


def test_a_sentence_becomes_a_ticked_proposal_and_what_was_typed_is_kept(secretary_client, people):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    review = urlsplit(text_url(page)).path.rsplit("/", 1)[0]
    before = counts()
    fields = review_fields(page)
    assert len(rows(page)) == 1
    fields["drafts-0-title"] = "Samle input, rettet i gennemgangen"
    fields.pop("drafts-0-accept")  # unticked by the secretary
    chosen = next(t for t in sentences(page) if t.startswith("Der var opbakning"))
    fields["saetning"] = str(sentences(page)[chosen])
    response = secretary_client.post(text_url(page), fields)
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"{review}#forslag-2")
    assert counts() == before, "nothing is saved before the review's own save"
    again = secretary_client.get(review).get_data(as_text=True)
    first, added = rows(again)
    assert first["title"] == "Samle input, rettet i gennemgangen" and "accept" not in first
    assert added["accept"] == "y", "the chosen sentence's proposal is ticked"
    assert added["owner"] == TORBEN and added["co_owners"] == CHARLOTTE
    assert added["deadline"] == "1. juni 2025" and added["agenda_item_number"] == "2"
    assert added["source_text"].startswith("Der var opbakning til mødekalenderen")
    assert '<a href="#forslag-2">Forslag 2</a>' in again, "its sentence is marked now"


UNKNOWN_OWNER = """Referat, 4. marts 2026

Deltagere: Lone Berg, Kasper Dal

1. Sommerfesten
Festen blev drøftet. Jonas Vinter køber gaver til de frivillige inden 1. juni.
""".encode()


def test_a_sentence_naming_nobody_known_creates_nobody_unasked(secretary_client):
    """Its row is ticked to be made, not "Opret … som ny person": the owner is chosen or
    created on purpose, as in every other row (typing never creates anyone)."""
    page = upload(secretary_client, UNKNOWN_OWNER).get_data(as_text=True)
    review = urlsplit(text_url(page)).path.rsplit("/", 1)[0]
    fields = review_fields(page)
    chosen = next(t for t in sentences(page) if t.startswith("Jonas Vinter"))
    fields["saetning"] = str(sentences(page)[chosen])
    secretary_client.post(text_url(page), fields)
    again = secretary_client.get(review).get_data(as_text=True)
    added = rows(again)[-1]
    assert added["accept"] == "y" and added["owner"] == "Jonas Vinter"
    assert "Ingen kendt person hedder »Jonas Vinter«" in again
    assert "owner_new" not in added and "co_owners_new" not in added


def test_two_sentences_made_actions_are_saved_with_the_owners_and_deadlines_read(
    secretary_client, people
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    review = urlsplit(text_url(page)).path.rsplit("/", 1)[0]
    found = sentences(page)
    for start in ("Det er vigtigt", "Der var opbakning"):
        fields = review_fields(page)
        fields.pop("drafts-0-accept", None)
        fields["saetning"] = str(next(i for t, i in found.items() if t.startswith(start)))
        secretary_client.post(text_url(page), fields)
        page = secretary_client.get(review).get_data(as_text=True)
    fields = new_forum(review_fields(page))
    response = secretary_client.post(save_url(page), fields)
    assert response.status_code == 302, response.get_data(as_text=True)[-3000:]
    actions = {a.title: a for a in db.session.scalars(select(Action))}
    assert len(actions) == 2, list(actions)
    dialogue = actions["Er vigtigt at holde fast i dialogen med medarbejderne"]
    assert dialogue.owner.name == CHARLOTTE and str(dialogue.due_end) == "2025-05-15"
    calendar = next(a for t, a in actions.items() if t.startswith("Der var opbakning"))
    assert calendar.owner.name == TORBEN and [p.name for p in calendar.co_owners] == [CHARLOTTE]
    assert str(calendar.due_end) == "2025-06-01" and calendar.agenda_item.number == 2


@pytest.mark.parametrize("index", ["999", "-1", "x", "", "²", "1" * 50])
def test_a_sentence_that_is_not_there_is_a_danish_error_and_nothing_is_lost(
    secretary_client, people, index
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    review = urlsplit(text_url(page)).path.rsplit("/", 1)[0]
    fields = review_fields(page)
    fields["drafts-0-title"] = "Rettet titel"
    fields["saetning"] = index
    response = secretary_client.post(text_url(page), fields)
    assert response.status_code == 303 and urlsplit(response.headers["Location"]).path == review
    again = secretary_client.get(review).get_data(as_text=True)
    assert "Sætningen findes ikke i referatet" in again
    assert [r["title"] for r in rows(again)] == ["Rettet titel"], "no row added, edits kept"


def test_only_the_drafts_secretary_may_add_a_sentence_with_a_csrf_token(
    secretary_client, client, people, app
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    url = text_url(page)
    fields = {**review_fields(page), "saetning": "2"}
    without_token = {k: v for k, v in fields.items() if k != "csrf_token"}
    assert secretary_client.raw.post(url, data=without_token).status_code == 400
    secretary_client.logout()
    anonymous = secretary_client.raw.post(url, data=without_token)
    assert anonymous.status_code in (302, 400) and "fra-tekst" not in anonymous.headers.get(
        "Location", ""
    )
    other = make_person(name="Anden Sekretær", email="anden@example.org", role="secretary")
    secretary_client.login(other)
    fields.pop("csrf_token")
    assert secretary_client.post(url, fields, token_from="/fora").status_code == 404
    member = make_person(name="Et Medlem", email="medlem@example.org", role="member")
    secretary_client.logout()
    secretary_client.login(member)
    assert secretary_client.post(url, fields, token_from="/fora").status_code == 403
    (draft,) = db.session.scalars(select(ImportDraft))
    assert draft.used_at is None


def test_a_used_draft_takes_no_sentence(secretary_client, people):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    review = urlsplit(text_url(page)).path.rsplit("/", 1)[0]
    fields = new_forum(review_fields(page))
    assert secretary_client.post(save_url(page), fields).status_code == 302
    response = secretary_client.post(text_url(page), {**fields, "saetning": "2"})
    assert response.status_code == 303 and response.headers["Location"].endswith(review)
    assert secretary_client.get(review).status_code == 410
