"""Attendees chosen in the person picker (combobox.js): known people by id, a new person only
where the secretary chose "Opret »…« som ny person", several at once, nothing twice."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.factories import make_meeting, make_person
from tests.prg import post_with_error
from tracker.extensions import db
from tracker.models import Attendance, Person


def _attendees(meeting) -> list[str]:
    rows = db.session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.position)
    )
    return [a.person.name for a in rows]


def test_several_chosen_people_and_one_new_on_purpose_are_added(secretary_client):
    meeting = make_meeting()
    torben = make_person(name="Torben G. M. Benneskov")
    tove = make_person(name="Tove Ørsted")
    people_before = db.session.scalar(select(func.count(Person.id)))
    url = f"/moeder/{meeting.id}/deltagere"
    answer = secretary_client.post(
        url,
        {
            "person_ids": [str(tove.id), str(torben.id), "99999", "abc", str(tove.id)],
            "new_names": ["Karsten  Nyholm"],
            "name": "",
            "present": "y",
        },
    )
    assert answer.status_code in (302, 303)
    assert _attendees(meeting) == ["Tove Ørsted", "Torben G. M. Benneskov", "Karsten Nyholm"]
    assert db.session.scalar(select(func.count(Person.id))) == people_before + 1
    page = secretary_client.get(url).get_data(as_text=True)
    assert "Tove Ørsted, Torben G. M. Benneskov, Karsten Nyholm er tilføjet." in page
    # Chosen again: nobody is added twice, and the page says who was there already.
    secretary_client.post(url, {"person_ids": [str(torben.id)]})
    assert len(_attendees(meeting)) == 3
    page = secretary_client.get(url).get_data(as_text=True)
    assert "Allerede på deltagerlisten: Torben G. M. Benneskov" in page


def test_nothing_typed_and_nobody_chosen_is_refused(secretary_client):
    meeting = make_meeting()
    url = f"/moeder/{meeting.id}/deltagere"
    page = post_with_error(secretary_client, url, {"name": "", "person_ids": ["x"]})
    assert "Feltet skal udfyldes." in page
    page = post_with_error(secretary_client, url, {"new_names": ["x" * 201]})
    assert "Et navn må højst have 200 tegn." in page
    assert _attendees(meeting) == []
