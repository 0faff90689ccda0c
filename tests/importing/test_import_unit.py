"""A body proposed as owner is kept as the action's unit ("Enhed"): review, action, history,
export and the command's JSON (issue 18, "Owners")."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import func, select

from tests.factories import make_action
from tests.importing.test_import import counts, new_forum, review_fields, save_url, upload
from tests.prg import error_page
from tracker.extensions import db
from tracker.minutes.bodies import unit_of
from tracker.models import Action, ActionEvent

REFERAT = """# Referat Lederforum 12. marts 2026

**Mødedato** Torsdag d. 12. marts 2026 kl. 09:00
**Sted** Rådhuset, mødelokale 2

**Mødedeltagere**
Anne Holm, Bo Lund

## Punkt 1: Plan for ældreområdet

**Beslutning**
Forvaltningen udarbejder en plan inden 1. maj.
""".encode()


def _draft_prefix(fields: dict) -> str:
    (title,) = [k for k in fields if k.endswith("-title")]
    return title.rsplit("-", 1)[0]


def test_a_body_as_owner_is_the_unit_and_the_review_asks_for_the_person(
    secretary_client, secretary
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    fields = new_forum(review_fields(page))
    prefix = _draft_prefix(fields)
    assert fields[f"{prefix}-unit"] == "Forvaltningen"
    assert fields[f"{prefix}-owner"] == ""
    assert "Enhed" in page
    assert "Skriv den person, der er ansvarlig" in page

    assert f"{prefix}-accept" not in fields, "no person yet: not ticked"
    fields.update({f"{prefix}-owner": "Anne Holm", f"{prefix}-accept": "y"})
    response = secretary_client.raw.post(save_url(page), data=fields)
    assert response.status_code == 302, response.get_data(as_text=True)
    action = db.session.scalar(select(Action))
    assert (action.unit, action.owner.name) == ("Forvaltningen", "Anne Holm")
    action_page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "<dt>Enhed</dt><dd>Forvaltningen</dd>" in action_page


def test_a_unit_over_200_characters_is_refused_in_danish_and_nothing_saved(
    secretary_client, secretary
):
    page = upload(secretary_client, REFERAT).get_data(as_text=True)
    fields = new_forum(review_fields(page))
    prefix = _draft_prefix(fields)
    fields[f"{prefix}-owner"] = "Anne Holm"
    fields[f"{prefix}-unit"] = "F" * 201
    before = counts()
    response = secretary_client.raw.post(save_url(page), data=fields)
    assert "200 tegn" in error_page(secretary_client, response)
    assert counts() == before


def test_the_secretary_edits_the_unit_and_the_history_says_so(secretary_client, secretary):
    action = make_action(secretary, "Plan for ældreområdet")
    form = secretary_client.get(f"/handlinger/{action.id}/rediger").get_data(as_text=True)
    fields = review_fields(form)
    fields.update(
        title=action.title, owner_id=str(secretary.id), unit="Sekretariatet\u0007 "
    )  # a control character is cleaned away
    response = secretary_client.raw.post(f"/handlinger/{action.id}/rediger", data=fields)
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Action, action.id).unit == "Sekretariatet"
    event = db.session.scalar(select(ActionEvent).where(ActionEvent.field == "unit"))
    assert (event.old_value, event.new_value) == (None, "Sekretariatet")
    page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "ændrede enhed fra »–« til »Sekretariatet«" in page

    fields["unit"] = "S" * 201
    refused = secretary_client.raw.post(
        f"/handlinger/{action.id}/rediger", data=fields, follow_redirects=True
    )
    assert "200 tegn" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Action, action.id).unit == "Sekretariatet"
    assert db.session.scalar(select(func.count()).select_from(ActionEvent)) == 2  # created, unit


def test_an_edit_without_a_unit_keeps_it(secretary):
    from tracker.actions.services import edit_action

    action = make_action(secretary, "Plan")
    action.unit = "Forvaltningen"
    edit_action(action, secretary, title="Ny plan", description=None, owner=secretary, co_owners=[])
    assert action.unit == "Forvaltningen"


def test_the_status_export_ends_with_the_unit(secretary_client, secretary):
    action = make_action(secretary, "Plan for ældreområdet")
    action.unit = "Forvaltningen"
    db.session.commit()
    slug = action.forum.slug
    text = secretary_client.get(f"/fora/{slug}/status.csv").data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][-2:] == ["Link", "Enhed"]
    assert rows[1][-1] == "Forvaltningen"
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(secretary_client.get(f"/fora/{slug}/status.xlsx").data)).active
    names = [c.value for c in sheet[1]]
    assert names[-2:] == ["Link", "Enhed"]
    assert sheet.cell(row=2, column=len(names)).value == "Forvaltningen"
    link = sheet.cell(row=2, column=names.index("Link") + 1)
    assert link.hyperlink is not None and link.hyperlink.target == link.value


def test_the_command_shows_the_unit_per_draft_and_keeps_it(app, tmp_path):
    path = tmp_path / "referat.md"
    path.write_bytes(REFERAT)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["minutes", "import", str(path), "--dry-run", "--json"])
    assert result.exit_code == 0, result.stderr
    (draft,) = json.loads(result.stdout)["draft_actions"]
    assert draft["owner_names"] == ["Forvaltningen"] and draft["unit"] == "Forvaltningen"
    saved = runner.invoke(args=["minutes", "import", str(path)])
    assert saved.exit_code == 0, saved.stderr
    action = db.session.scalar(select(Action))
    assert action.unit == "Forvaltningen" and action.owner is None


def test_which_proposed_owners_are_a_unit():
    assert unit_of(["Forvaltningen"]) == "Forvaltningen"
    assert unit_of(["Anne Holm", "Sekretariatet"]) == "Sekretariatet"
    assert unit_of(["Teknik- og Miljøudvalget"]) == "Teknik- og Miljøudvalget"
    assert unit_of(["Lederforum"], "Lederforum") == "Lederforum"
    assert unit_of(["Formanden"]) is None  # a role is one person, not a unit
    assert unit_of(["Anne Holm"]) is None
