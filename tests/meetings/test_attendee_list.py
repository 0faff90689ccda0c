"""Attendees typed or pasted: previewed (matched, new, ambiguous), saved as chosen; nobody is
created by typing (tracker.meetings.attendee_list, the one matching rule)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tests.factories import make_forum, make_meeting, make_person
from tests.prg import error_page
from tracker.extensions import db
from tracker.models import Attendance, Person


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def _listed(meeting):
    rows = db.session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.position)
    )
    return [(a.person.name, a.present) for a in rows]


def _preview(client, meeting, text) -> str:
    url = f"/moeder/{meeting.id}/deltagere"
    return error_page(client, client.post(url, {"name": text}), url)


def _save(client, meeting, text, **choices):
    data = {"name": text, "previewed": text, "save": "Gem deltagerne", **choices}
    return client.post(f"/moeder/{meeting.id}/deltagere", data)


def test_a_pasted_list_is_three_people_shown_before_saving(secretary_client):
    meeting = make_meeting()
    make_person(name="Charlotte Veilskov")
    make_person(name="Morten Hoff Grønvald")
    people = count(Person)
    text = "Charlotte Veilskov, Morten Hoff Grønvald, Bente Kjær"
    page = _preview(secretary_client, meeting, text)
    assert "2 genkendt, 1 nye, 0 flertydige." in page
    assert "»Bente Kjær«" in page and "Opret ny person »Bente Kjær«" in page
    assert count(Person) == people and count(Attendance) == 0  # the preview saves nothing
    # Saved without a choice for the new name: refused, in Danish, nothing saved.
    page = error_page(secretary_client, _save(secretary_client, meeting, text))
    assert "Vælg, hvem »Bente Kjær« er" in page and "Deltagerlisten er ikke gemt" in page
    assert count(Person) == people and count(Attendance) == 0
    choices = {"rows-2-typed": "Bente Kjær", "rows-2-choice": "new", "rows-2-email": "bk@x.dk"}
    response = _save(secretary_client, meeting, text, **choices)
    assert response.status_code == 302
    assert [name for name, _ in _listed(meeting)] == [
        "Charlotte Veilskov",
        "Morten Hoff Grønvald",
        "Bente Kjær",
    ]
    assert count(Person) == people + 1  # one person, on purpose
    assert db.session.scalar(select(Person.email).where(Person.name == "Bente Kjær")) == "bk@x.dk"


def test_torben_is_the_only_torben_and_absence_is_read(secretary_client):
    meeting = make_meeting()
    torben = make_person(name="Torben G. M. Benneskov")
    people = count(Person)
    assert "1 genkendt, 0 nye" in _preview(secretary_client, meeting, "Torben (Fravær)")
    assert _save(secretary_client, meeting, "Torben (Fravær)").status_code == 302
    assert _listed(meeting) == [(torben.name, False)]
    assert count(Person) == people


def test_two_karstens_are_ambiguous_until_one_is_chosen(secretary_client):
    meeting = make_meeting()
    holm = make_person(name="Karsten Holm")
    make_person(name="Karsten Vinding")
    people = count(Person)
    page = _preview(secretary_client, meeting, "Karsten")
    assert "0 genkendt, 0 nye, 1 flertydige." in page
    assert "Karsten Holm" in page and "Karsten Vinding" in page
    page = error_page(secretary_client, _save(secretary_client, meeting, "Karsten"))
    assert "Vælg, hvem »Karsten« er" in page and count(Attendance) == 0
    chosen = {"rows-0-typed": "Karsten", "rows-0-choice": str(holm.id)}
    assert _save(secretary_client, meeting, "Karsten", **chosen).status_code == 302
    assert _listed(meeting) == [("Karsten Holm", True)]
    assert count(Person) == people


def test_last_meetings_attendee_wins_and_a_list_can_be_copied(secretary_client):
    forum = make_forum()
    last = make_meeting(forum, day=date(2025, 1, 10), status="held")
    vinding = make_person(name="Karsten Vinding")
    make_person(name="Karsten Holm")
    db.session.add(Attendance(meeting=last, person=vinding, present=True, position=0))
    db.session.commit()
    meeting = make_meeting(forum, day=date(2025, 2, 26))
    page = _preview(secretary_client, meeting, "karsten")
    assert "1 genkendt" in page  # the forum's usual Karsten
    url = f"/moeder/{meeting.id}/deltagere"
    response = secretary_client.post(f"{url}/kopier", {}, token_from=url)
    assert response.status_code == 302
    assert _listed(meeting) == [("Karsten Vinding", True)]
    page = secretary_client.get(url).get_data(as_text=True)
    assert "1 deltagere kopieret" in page


def test_bad_input_is_refused_in_danish_and_tampering_saves_nobody(secretary_client):
    meeting = make_meeting()
    other = make_person(name="Anna Berg")
    people = count(Person)
    page = _preview(secretary_client, meeting, ", ; ,")
    assert "Der er ingen navne i teksten" in page
    # A person's id that is no candidate of the name, a choice that is nothing, a bad email.
    for choice, email in ((str(other.id), ""), ("9" * 40, ""), ("new", "ikke en adresse")):
        data = {"rows-0-typed": "Bo Ek", "rows-0-choice": choice, "rows-0-email": email}
        response = _save(secretary_client, meeting, "Bo Ek", **data)
        assert response.status_code == 303
        secretary_client.get(response.headers["Location"])
    assert count(Person) == people and count(Attendance) == 0
    # Saving a list other than the one previewed shows it first.
    response = secretary_client.post(
        f"/moeder/{meeting.id}/deltagere", {"name": "Anna", "previewed": "Bo", "save": "x"}
    )
    assert response.status_code == 303 and count(Attendance) == 0
