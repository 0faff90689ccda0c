"""The pickers' suggestions (/personer/forslag): secretaries only, names never emails, at most
ten, the meeting's attendees first, and nonsense in the address answered without an error."""

from __future__ import annotations

from tests.factories import make_meeting, make_person
from tracker.extensions import db
from tracker.models import Attendance

URL = "/personer/forslag"


def _names(response) -> list[str]:
    return [p["name"] for p in response.get_json()["people"]]


def test_typing_part_of_a_name_suggests_the_people_it_fits(secretary_client):
    torben = make_person(name="Torben G. M. Benneskov", email="tgmb@example.org", title="Direktør")
    make_person(name="Tove Ørsted", unit="Skole")
    make_person(name="Anders Lund")
    make_person(name="Torben Gammel", active=False)
    answer = secretary_client.get(f"{URL}?q=tor")
    assert answer.status_code == 200
    people = answer.get_json()["people"]
    assert [p["name"] for p in people] == ["Torben G. M. Benneskov"]
    assert people[0] == {
        "id": torben.id,
        "name": "Torben G. M. Benneskov",
        "detail": "Direktør",
        "attendee": False,
    }
    # Danish letters match as typed, in any case.
    assert _names(secretary_client.get(f"{URL}?q=%C3%98RST")) == ["Tove Ørsted"]
    assert _names(secretary_client.get(f"{URL}?q=")) == []


def test_no_email_is_ever_in_the_answer(secretary_client, secretary):
    make_person(name="Ida Mail", email="ida.hemmelig@example.org")
    ida = secretary_client.get(f"{URL}?q=ida")
    sara = secretary_client.get(f"{URL}?q=sara")
    assert _names(ida) == ["Ida Mail"] and _names(sara) == [secretary.name]
    body = ida.get_data(as_text=True) + sara.get_data(as_text=True)
    assert "@" not in body and "email" not in body


def test_at_most_ten_and_the_meetings_attendees_first(secretary_client):
    people = [make_person(name=f"Anne {n:02d}") for n in range(14)]
    meeting = make_meeting()
    db.session.add(Attendance(meeting=meeting, person=people[12], present=True, position=0))
    db.session.commit()
    found = secretary_client.get(f"{URL}?q=anne&meeting={meeting.id}").get_json()["people"]
    assert len(found) == 10
    assert found[0]["name"] == "Anne 12" and found[0]["attendee"] is True
    assert all(p["attendee"] is False for p in found[1:])


def test_bad_input_is_answered_without_an_error(secretary_client):
    for query in (
        "q=%C2%B2&meeting=%C2%B2",
        "meeting=99999999999999999999",
        "meeting=-1&q=x",
        "q=%00%E2%80%8B",
        "meeting=abc",
    ):
        answer = secretary_client.get(f"{URL}?{query}")
        assert answer.status_code == 200, query
        assert answer.get_json()["people"] == []
    too_long = secretary_client.get(f"{URL}?q={'a' * 101}")
    assert too_long.status_code == 400
    assert too_long.get_json()["error"] == "Skriv højst 100 tegn."


def test_only_a_logged_in_secretary_gets_suggestions(client, member):
    answer = client.get(f"{URL}?q=Tor")
    assert answer.status_code == 302 and "/login" in answer.headers["Location"]
    assert "Chef" not in answer.get_data(as_text=True)
    client.login(member)
    assert client.get(f"{URL}?q=Torben").status_code == 403


def test_two_people_without_a_login_are_not_the_same_person(db):
    # Flask-Login's UserMixin made any two people not logged in "equal", so a list of
    # suggestions or attendees kept only the first of them.
    anne, bo = make_person(name="Anne"), make_person(name="Bo")
    assert anne != bo and bo not in [anne] and anne == db.session.get(type(anne), anne.id)
