"""A referat written as paragraphs, with no agenda items: its tasks are proposed all the same,
under no item, on the review and in --json, and they are saved; the warning still says that no
items were found."""

from __future__ import annotations

import json

from sqlalchemy import select

from tests.importing.test_import import new_forum, review_fields, save_url, upload
from tracker.extensions import db
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.notices import NO_ITEMS
from tracker.minutes.parser import parse_minutes
from tracker.models import Action, Meeting

# A rowing club's board: one paragraph per matter, no numbers, no headings.
PARAGRAPHS = """\
Bestyrelsesmøde i Roklubben Åen 12/3 2026

Til stede: Ulla, Bent, Sofie og Harald

Forrige referat blev godkendt.

Bådhallens tag er utæt over de to inriggere. Bent indhenter to tilbud på en reparation.

Standerhejsningen er den 25/4, og Sofie sørger for kaffe og kage.

Klubbens hjemmeside er blevet opdateret med de nye sommertider.

Næste møde: 9/4 2026 kl 19 i klubhuset.

Referent: Harald
"""


def test_a_referat_without_items_proposes_its_tasks_under_no_item():
    minutes = parse_minutes(PARAGRAPHS)
    assert minutes.agenda_items == []
    assert NO_ITEMS in [w.code for w in minutes.warnings]
    drafts = extract_draft_actions(minutes)
    by_owner = {d.owner_names[0]: d for d in drafts if d.owner_names}
    assert set(by_owner) == {"Bent", "Sofie"}
    assert "tilbud" in by_owner["Bent"].title.lower()
    assert "kaffe" in by_owner["Sofie"].source_text
    assert all(d.agenda_item_number == 0 for d in drafts), "no item to put them under"
    # the head and the foot are no tasks: the next meeting is no deadline of a proposal
    assert not any("klubhuset" in d.source_text or "Referent" in d.source_text for d in drafts)


def test_the_command_lists_them_and_still_warns(app, tmp_path):
    path = tmp_path / "referat.txt"
    path.write_text(PARAGRAPHS)
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["found"]["agenda_items"] == 0 and data["found"]["draft_actions"] >= 2
    assert [w["code"] for w in data["warnings"]][:1] == ["no_items"]
    assert "læst som ét afsnit" in data["warnings"][0]["message"]
    assert {d["agenda_item_number"] for d in data["draft_actions"]} == {None}  # no item


def test_the_review_shows_them_and_the_save_keeps_them_without_an_item(secretary_client):
    response = upload(secretary_client, PARAGRAPHS.encode(), name="referat.txt")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Importen fandt ingen dagsordenspunkter" in page
    fields = new_forum(review_fields(page))
    titles = {k: v for k, v in fields.items() if k.endswith("-title")}
    bent = next(k for k, v in titles.items() if "tilbud" in v.lower()).rsplit("-", 1)[0]
    for prefix in {k.rsplit("-", 1)[0] for k in titles} - {bent}:
        fields.pop(f"{prefix}-accept", None)
    fields[f"{bent}-accept"] = "y"
    fields[f"{bent}-owner_new"] = "y"  # Bent is not known yet: created on purpose
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[:3000]
    meeting = db.session.scalar(select(Meeting))
    assert meeting.agenda_items == []
    (action,) = db.session.scalars(select(Action)).all()
    assert "tilbud" in action.title.lower() and action.owner.name == "Bent"
    assert action.agenda_item is None and action.meeting_id == meeting.id


def test_a_section_label_in_a_referat_without_items_is_no_task():
    minutes = parse_minutes(
        "Referat af møde i Seniorrådet 5. marts 2026\n\nSagen behandles i\n\nSeniorrådet.\n\n"
        "Beslutning\n\nFormanden skriver til borgmesteren om busserne.\n"
    )
    titles = [d.title for d in extract_draft_actions(minutes)]
    assert any("borgmesteren" in t for t in titles), titles
    assert not any("sagen" in t.lower() for t in titles), titles


def test_the_review_shows_the_text_and_a_sentence_of_it_becomes_a_proposal(secretary_client):
    from tests.importing.test_import_text import rows, sentences, text_url

    page = upload(secretary_client, PARAGRAPHS.encode(), name="referat.txt").get_data(as_text=True)
    assert "Uden dagsordenspunkt" in page and "Punkt 0" not in page
    found = sentences(page)
    chosen = next(t for t in found if t.startswith("Klubbens hjemmeside"))
    fields = {**review_fields(page), "saetning": str(found[chosen])}
    response = secretary_client.post(text_url(page), fields)
    assert response.status_code == 303
    again = secretary_client.get(response.headers["Location"].split("#")[0])
    added = rows(again.get_data(as_text=True))[-1]
    assert added["accept"] == "y" and added["agenda_item_number"] == "0"
    assert added["source_text"].startswith("Klubbens hjemmeside")


def test_a_bare_verb_under_no_item_is_titled_by_its_paragraph():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nTil stede: Ib, Bo og Kaj\n\n"
        "Vi mangler nye nøgler til klubhuset. Kaj bestiller dem.\n"
    )
    (kaj,) = [d for d in extract_draft_actions(minutes) if d.owner_names == ["Kaj"]]
    assert "nøgler til klubhuset" in kaj.title and "punkt 0" not in kaj.title
