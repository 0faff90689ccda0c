"""Merging duplicates, a person's data as a file, and erasing a person: every table checked."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.factories import make_action, make_meeting, make_person
from tests.prg import post_with_error
from tracker.actions.services import add_note, edit_action
from tracker.extensions import db
from tracker.models import (
    Action,
    ActionEvent,
    Attendance,
    CheckinUse,
    ImportDraft,
    LoginSession,
    OutboxMessage,
    Person,
    PersonAudit,
    StatusNote,
    ThrottleCounter,
    action_co_owner,
    utcnow,
)
from tracker.people import merging, privacy
from tracker.people.services import PeopleError, audit


def _outbox(person, key, body="Kære {name}"):
    row = OutboxMessage(
        key=key,
        kind="weekly",
        person=person,
        to_address=person.email or "x@example.org",
        subject="Dine handlinger",
        body_text=body.format(name=person.name),
        body_html=body.format(name=person.name),
        message_id=f"<{key}@x>",
        state="sent",
    )
    db.session.add(row)
    db.session.commit()
    return row


def test_every_person_column_is_handled_by_merge():
    handled = set(merging.SPECIAL)
    columns = set(merging.person_columns())
    assert handled <= columns
    assert ("action", "owner_id") in columns and ("status_note", "author_id") in columns


def test_merge_moves_everything_in_one_go(client, admin):
    keep = make_person(name="Karina Pedersen", email="karina@example.org", role="secretary")
    dup = make_person(name="Karina  Pedersen", email=None, title="Skoleleder", unit="Skole")
    boss_of = make_person(name="Medarbejder", manager=dup, substitute=dup)
    meeting = make_meeting()
    other_meeting = make_meeting(day=meeting.date.replace(year=2024))
    db.session.add_all(
        [
            Attendance(meeting=meeting, person=keep, present=False),
            Attendance(meeting=meeting, person=dup, present=True),
            Attendance(meeting=other_meeting, person=dup, present=True),
        ]
    )
    owned = make_action(dup, "Dublettens", meeting=meeting)
    both = make_action(keep, "Begges", meeting=meeting, co_owners=[dup])
    co = make_action(admin, "Medejet", meeting=meeting, co_owners=[dup, keep])
    add_note(owned, dup, "Status fra dubletten")
    _outbox(dup, "weekly:dup")
    db.session.commit()
    dup_id = dup.id
    client.login(admin)
    page = client.get(f"/admin/personer/{keep.id}/sammenlaeg").get_data(as_text=True)
    assert f"dublet={dup.id}" in page, "the look-alike is offered"
    post_with_error(client, f"/admin/personer/{keep.id}/sammenlaeg", {"duplicate_id": dup.id})
    assert db.session.get(Person, dup.id) is not None
    response = client.post(
        f"/admin/personer/{keep.id}/sammenlaeg",
        {"duplicate_id": dup.id, "confirm": "y", "role": "secretary"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Person, dup_id) is None
    kept = db.session.get(Person, keep.id)
    assert (kept.title, kept.unit, kept.email) == ("Skoleleder", "Skole", "karina@example.org")
    assert db.session.get(Action, owned.id).owner_id == keep.id
    assert db.session.get(Action, both.id).co_owners == [], "no co-owner of one's own action"
    assert [p.id for p in db.session.get(Action, co.id).co_owners] == [keep.id]
    assert db.session.scalar(select(StatusNote.author_id)) == keep.id
    attendance = db.session.scalars(select(Attendance).order_by(Attendance.meeting_id)).all()
    assert [(a.meeting_id, a.person_id, a.present) for a in attendance] == sorted(
        [(meeting.id, keep.id, True), (other_meeting.id, keep.id, True)]
    )
    assert db.session.scalar(select(OutboxMessage.person_id)) == keep.id
    assert db.session.get(Person, boss_of.id).manager_id == keep.id
    assert db.session.get(Person, boss_of.id).substitute_id == keep.id
    merged = db.session.scalars(select(ActionEvent).where(ActionEvent.kind == "merged")).all()
    assert {e.action_id for e in merged} == {owned.id, both.id, co.id}
    entry = db.session.scalar(select(PersonAudit).where(PersonAudit.kind == "merge"))
    assert entry.person_id == keep.id and entry.actor_id == admin.id
    assert db.session.scalar(select(func.count()).select_from(action_co_owner)) == 1


def _every_row() -> dict[str, list[tuple]]:
    """Every row of every table, as read back from the database (what a refusal must not touch:
    the people, their actions and notes, the outbox, the audit trail, the logins...)."""
    db.session.expire_all()
    return {
        table.name: [
            tuple(row)
            for row in db.session.execute(select(table).order_by(*table.primary_key.columns))
        ]
        for table in db.metadata.sorted_tables
    }


def test_merge_refusals_change_nothing(admin):
    a = make_person(name="A", email="a@example.org")
    secretary = make_person(name="A", email="sek@example.org", role="secretary")
    gone = make_person(name="A", active=False)
    erased = make_person(name="Slettet", erased_at=utcnow())
    meeting = make_meeting()
    db.session.add_all(
        [Attendance(meeting=meeting, person=p, present=True) for p in (a, secretary, gone)]
    )
    owned = make_action(a, "A's", meeting=meeting, co_owners=[secretary])
    make_action(gone, "Den deaktiveredes", meeting=meeting, co_owners=[a])
    add_note(owned, a, "Status fra A")
    for person in (a, secretary, gone):
        _outbox(person, f"weekly:{person.id}").state = "pending"  # a merge would stop these
    audit("role", secretary, admin, "member → secretary")
    db.session.commit()
    refusals = [
        ((a, a), "Vælg en anden person"),
        ((a, None), "Vælg en anden person"),
        ((a, erased), "slettet person"),
        ((gone, a), "aktive person skal beholdes"),
        ((a, admin), "dig selv"),
        ((a, secretary), "forskellige roller"),
        ((a, secretary, "admin"), "forskellige roller"),
        ((admin, a, "member"), "sidste administrator"),
    ]
    for args, message in refusals:
        before = _every_row()
        assert before["action"] and before["outbox_message"] and before["person_audit"]
        with pytest.raises(PeopleError, match=message):
            merging.merge(args[0], args[1], admin, *args[2:])
        assert _every_row() == before, message


def test_export_has_every_section_and_is_audited(client, admin):
    person = make_person(name="Indsigt Person", email="indsigt@example.org")
    action = make_action(person, '=HYPERLINK("x")')
    add_note(action, person, "Min note")
    person.digest_frequency = "monthly"
    db.session.add(CheckinUse(nonce_hash="0" * 64, person_id=person.id, action_id=action.id))
    _outbox(person, "weekly:p")
    db.session.commit()
    client.login(admin)
    response = client.post(f"/admin/personer/{person.id}/data", {"format": "json"})
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert data["profil"][0]["email"] == "indsigt@example.org"
    assert data["handlinger"][0]["titel"] == '=HYPERLINK("x")'
    assert data["statusnoter"][0]["tekst"] == "Min note"
    assert data["historik"] and data["emails"][0]["emne"] == "Dine handlinger"
    assert data["profil"][0]["oversigt_hyppighed"] == "monthly"
    assert [c["handling"] for c in data["tjek_ind"]] == [action.id], "check-ins from the email"
    excel = client.post(f"/admin/personer/{person.id}/data", {"format": "xlsx"})
    book = load_workbook(io.BytesIO(excel.data))
    cell = book["handlinger"]["B2"]
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s", "text, never a formula"
    kinds = db.session.scalars(select(PersonAudit.detail).where(PersonAudit.kind == "export"))
    assert sorted(kinds) == ["json", "xlsx"]
    page = client.get(f"/admin/personer/{person.id}/data").get_data(as_text=True)
    assert "Data hentet" in page and admin.name in page


def test_erase_replaces_name_and_email_everywhere(client, admin):
    gone = make_person(name="Lasse Lyø Rahbek", email="lasse@example.org")
    owner = make_person(name="Anden Ejer", email="anden@example.org")
    action = make_action(gone, "Lasse Lyø Rahbek samler input")
    edit_action(action, admin, title=action.title, description=None, owner=owner, co_owners=[gone])
    add_note(action, gone, "Jeg er i gang")
    add_note(action, owner, "Aftalt med Lasse Lyø Rahbek")
    _outbox(owner, "weekly:owner", body="Medejer: {name} og Lasse Lyø Rahbek")
    _outbox(gone, "weekly:gone")
    db.session.add(
        ThrottleCounter(
            key="login-account:lasse@example.org", count=1, window_start=utcnow(), last_at=utcnow()
        )
    )
    db.session.commit()
    client.login(admin)
    refused = post_with_error(
        client, f"/admin/personer/{gone.id}/slet", {"notes": "keep", "confirm": "y"}
    )
    assert "Deaktivér personen" in refused
    client.post(f"/admin/personer/{gone.id}/deaktiver", {"new_owner_id": str(owner.id)})
    response = client.post(f"/admin/personer/{gone.id}/slet", {"notes": "keep", "confirm": "y"})
    assert response.status_code == 302
    db.session.expire_all()
    person = db.session.get(Person, gone.id)
    label = f"Tidligere medarbejder #{gone.id}"
    assert (person.name, person.email, person.erased_at is not None) == (label, None, True)
    everything = " ".join(
        str(v)
        for model, columns in (
            (ActionEvent, ("old_value", "new_value")),
            (StatusNote, ("text",)),
            (Action, ("title", "description")),
            (OutboxMessage, ("to_address", "subject", "body_text", "body_html")),
            (ThrottleCounter, ("key",)),
        )
        for row in db.session.scalars(select(model))
        for v in (getattr(row, c) for c in columns)
    )
    assert "Lasse" not in everything and "lasse@example.org" not in everything
    assert label in everything
    assert "Jeg er i gang" in everything, "notes kept by choice"
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.person_id == gone.id)
        )
        == 0
    )
    assert (
        db.session.scalar(
            select(func.count()).select_from(LoginSession).where(LoginSession.person_id == gone.id)
        )
        == 0
    )
    kinds = db.session.scalars(
        select(PersonAudit.kind).where(PersonAudit.subject_id == gone.id).order_by(PersonAudit.id)
    ).all()
    assert kinds == ["deactivate", "erase"]
    post_with_error(client, f"/admin/personer/{gone.id}/slet", {"notes": "keep", "confirm": "y"})


def test_erase_can_remove_the_notes(admin):
    gone = make_person(name="Noter Væk", email="noter@example.org", active=False)
    action = make_action(admin, "Handling")
    add_note(action, gone, "Hemmeligt")
    db.session.commit()
    privacy.erase(gone, admin, remove_notes=True)
    db.session.commit()
    assert db.session.scalar(select(StatusNote.text)) == ""
    values = db.session.scalars(select(ActionEvent.new_value)).all()
    assert "Hemmeligt" not in " ".join(v or "" for v in values)


def test_erase_reaches_a_referat_uploaded_and_not_yet_saved(admin):
    """A pending import (kept up to a week for its review) names the person too: after the
    erase its text names the erased one instead."""
    from tracker.importing import uploads

    gone = make_person(name="Łucja Kowalska", email="lucja@example.org", active=False)
    draft = uploads.keep(
        admin,
        "Referat 3. marts 2026\n\nAfbud: Łucja Kowalska\n\n1. Budget\n"
        "Łucja Kowalska sender budgettet til lucja@example.org og Bo Hansen.\n",
        "referat.txt",
    )
    db.session.commit()
    privacy.erase(gone, admin, remove_notes=False)
    db.session.commit()
    text = db.session.get(ImportDraft, draft.id).text
    assert "Łucja" not in text and "Kowalska" not in text and "lucja@" not in text
    assert f"Afbud: Tidligere medarbejder #{gone.id}" in text and "Bo Hansen" in text


def test_look_alikes_from_two_referats_are_offered(db):
    charlotte = make_person(name="Charlotte Veilskov", email="charlotte@example.org")
    soft = make_person(name="Char\u00adlotte Veilskov")
    spaced = make_person(name="charlotte  veilskov")
    other = make_person(name="Charlotte Jakobsen")
    found = {p.id for p, _ in merging.look_alikes(charlotte)}
    assert found == {soft.id, spaced.id} and other.id not in found


def test_look_alikes_by_first_name_similar_surname_and_email(db):
    soeren = make_person(name="Søren Hansen", email="sh@kommune.dk")
    short = make_person(name="Søren")
    typo = make_person(name="Søren Hanssen")
    mailed = make_person(name="Privat Postkasse", email="SH@gmail.com")
    make_person(name="Søren Vestergaard")
    make_person(name="Karsten Hansen")
    found = {p.name: str(reason) for p, reason in merging.look_alikes(soeren)}
    assert found == {
        short.name: "samme navn eller en del af det",
        typo.name: "samme fornavn, lignende efternavn",
        mailed.name: "samme e-mail før @",
    }


def test_the_merge_page_suggests_and_speaks_in_names(client, admin):
    keep = make_person(name="Torben G. M. Benneskov", email="torben@example.org")
    dup = make_person(name="Torben")
    action, dup_id = make_action(dup, "Torbens opgave"), dup.id
    client.login(admin)
    url = f"/admin/personer/{keep.id}/sammenlaeg"
    page = client.get(url).get_data(as_text=True)
    assert "Mulige dubletter" in page and f"dublet={dup.id}" in page
    response = client.post(url, {"duplicate_id": dup.id, "confirm": "y", "role": ""})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    said = " ".join(page.split())
    assert "Torben er lagt sammen med Torben G. M. Benneskov: 1 handlinger" in said
    assert f"#{dup_id}" not in said
    history = client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "lagde Torben sammen med Torben G. M. Benneskov" in " ".join(history.split())


def _all_texts():
    return " ".join(
        str(v)
        for model, columns in privacy.TEXT_COLUMNS.items()
        for row in db.session.scalars(select(model))
        for v in (getattr(row, c) for c in columns)
    )


def test_erase_finds_every_spelling_and_the_email_and_lists_the_first_name(client, admin):
    gone = make_person(name="Jens Jensen Testesen", email="jens@example.org", active=False)
    owner = make_person(name="Anden Ejer", email="anden@example.org")
    action = make_action(owner, "Budget", description="Spørg JENS JENSEN TESTESEN")
    edit_action(
        action,
        admin,
        title="Budget med Jens-Jensen Testesen",
        description="Skriv til Jens@Example.org om Jens Jensen Testesens tal",
        owner=owner,
        co_owners=[],
    )
    add_note(action, owner, "jens jensen testesen har svaret fra jens@example.org")
    add_note(action, owner, "Jens har lovet et udkast")
    add_note(action, owner, "Jensine er med")
    _outbox(owner, "weekly:owner", body="{name}: spørg JENS@EXAMPLE.ORG")
    db.session.commit()
    client.login(admin)
    response = client.post(f"/admin/personer/{gone.id}/slet", {"notes": "keep", "confirm": "y"})
    assert response.headers["Location"].endswith(f"/admin/personer/{gone.id}/slet")
    db.session.expire_all()
    everything = _all_texts()
    assert "testesen" not in everything.casefold()
    assert "jens@example.org" not in everything.casefold()
    label = f"Tidligere medarbejder #{gone.id}"
    assert f"Skriv til {label} om {label}'s tal" in everything
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    first_name_only = db.session.scalar(
        select(StatusNote).where(StatusNote.text.contains("Jens h"))
    )
    event = db.session.scalar(select(ActionEvent).where(ActionEvent.new_value.contains("Jens har")))
    assert f"/handlinger/{action.id}#note-{first_name_only.id}" in page
    assert f"/handlinger/{action.id}#event-{event.id}" in page
    assert page.count("#note-") == 1 and page.count("#event-") == 1, "Jensine is someone else"
    assert "Jens" not in page, "the page names nobody"
    action_page = client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert f'id="note-{first_name_only.id}"' in action_page
