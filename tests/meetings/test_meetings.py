"""A secretary records a meeting: details, attendees, agenda items, points and actions."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import func, select

from tests.factories import make_forum, make_meeting, make_person, make_point
from tests.prg import error_page, post_with_error
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action, AgendaItem, Attendance, Meeting, Person, Point


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def test_secretary_creates_a_meeting(secretary_client):
    forum = make_forum()
    response = secretary_client.post(
        f"/fora/{forum.slug}/moeder/ny",
        {
            "title": "Lederforum juni",
            "date": "2025-06-12",
            "start_time": "09:00",
            "location": "Rådhuset",
            "status": "held",
        },
    )
    assert response.status_code == 302
    meeting = db.session.scalar(select(Meeting))
    assert (meeting.date, meeting.status, meeting.location) == (
        date(2025, 6, 12),
        "held",
        "Rådhuset",
    )
    page = secretary_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "12. juni 2025" in page and "09:00" in page


def test_bad_meeting_input_gives_danish_errors_and_saves_nothing(secretary_client):
    forum = make_forum()
    page = post_with_error(
        secretary_client,
        f"/fora/{forum.slug}/moeder/ny",
        {"title": "", "date": "32-13-2025", "status": "held"},
    )
    assert "Skriv en dato" in page
    assert "Formularen er ikke gemt" in page
    assert count(Meeting) == 0


def test_attendees_are_matched_by_name_or_created_on_purpose_without_login(secretary_client):
    meeting = make_meeting()
    known = make_person(name="Lasse Lyø Rahbek", email="lasse@example.org")
    url = f"/moeder/{meeting.id}/deltagere"
    typed = "lasse lyø  rahbek"
    secretary_client.post(url, {"name": typed, "previewed": typed, "save": "Gem"})
    new = {"rows-0-typed": "Åse Nielsen", "rows-0-choice": "new"}
    text = "Åse Nielsen (Fravær)"
    secretary_client.post(url, {"name": text, "previewed": text, "save": "Gem", **new})
    attendances = db.session.scalars(select(Attendance).order_by(Attendance.position)).all()
    assert [a.person_id for a in attendances][0] == known.id
    new = attendances[1].person
    assert (new.name, new.email, new.password_hash, attendances[1].present) == (
        "Åse Nielsen",
        None,
        None,
        False,
    )
    page = post_with_error(secretary_client, url, {"name": "Åse Nielsen"})
    assert "Står allerede på deltagerlisten" in page
    assert count(Attendance) == 2
    # the count never reads as "one present and one absent" of a list of two
    shown = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "(2 på listen: 1 til stede, 1 fraværende)" in shown


def test_an_erased_persons_name_is_never_created_as_a_new_attendee(secretary_client):
    meeting = make_meeting()
    url = f"/moeder/{meeting.id}/deltagere"
    before = count(Person), count(Attendance)
    for typed in ("Tidligere medarbejder #4", "tidligere medarbejder #12"):
        new = {"rows-0-typed": typed, "rows-0-choice": "new"}
        page = post_with_error(
            secretary_client, url, {"name": typed, "previewed": typed, "save": "Gem", **new}
        )
        assert f"»{typed}« kan ikke oprettes som en ny person. Skriv personens navn." in page
    assert (count(Person), count(Attendance)) == before


def test_secretary_marks_absence_and_removes_attendee(secretary_client):
    meeting = make_meeting()
    line = {"rows-0-typed": "Line Hansen", "rows-0-choice": "new"}
    form = {"name": "Line Hansen", "previewed": "Line Hansen", "save": "Gem", **line}
    secretary_client.post(f"/moeder/{meeting.id}/deltagere", form)
    attendance = db.session.scalar(select(Attendance))
    token_page = f"/moeder/{meeting.id}/deltagere"
    secretary_client.post(
        f"/deltagere/{attendance.id}", {"action": "absent"}, token_from=token_page
    )
    db.session.refresh(attendance)
    assert attendance.present is False
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Fravær" in page
    secretary_client.post(
        f"/deltagere/{attendance.id}", {"action": "remove"}, token_from=token_page
    )
    assert count(Attendance) == 0
    assert count(Person) == 2  # the secretary and Line Hansen: people are kept


def test_agenda_item_and_points(secretary_client):
    meeting = make_meeting()
    response = secretary_client.post(
        f"/moeder/{meeting.id}/punkter/ny",
        {
            "number": "1",
            "title": "Reformarbejde",
            "case_number": "S2025-1",
            "summary": "Kernen",
            "decision": "Besluttet",
        },
    )
    assert response.status_code == 302
    item = db.session.scalar(select(AgendaItem))
    duplicate = post_with_error(
        secretary_client, f"/moeder/{meeting.id}/punkter/ny", {"number": "1", "title": "Andet"}
    )
    assert "allerede et punkt med det nummer" in duplicate
    assert count(AgendaItem) == 1
    secretary_client.post(
        f"/punkter/{item.id}/beslutninger/ny",
        {"heading": "Reformer", "text": "HR skal lave en plan.", "kind": "decision"},
    )
    secretary_client.post(f"/punkter/{item.id}/beslutninger/ny", {"text": "", "kind": "plenum"})
    points = db.session.scalars(select(Point)).all()
    assert [(p.heading, p.text, p.position) for p in points] == [
        ("Reformer", "HR skal lave en plan.", 0)
    ]
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert (
        "Punkt 1: Reformarbejde" in page and "S2025-1" in page and "HR skal lave en plan." in page
    )


def test_action_from_point_with_deadline_words(secretary_client, member):
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    form = {
        "title": "Retningslinjer for involvering",
        "owner_id": str(member.id),
        "deadline": "27. marts 2025",
    }
    preview = error_page(secretary_client, secretary_client.post(url, {**form, "preview": "1"}))
    assert "27. marts 2025" in preview and count(Action) == 0, "preview saves nothing"
    response = secretary_client.post(url, {**form, "submit": "1"})
    assert response.status_code == 302
    action = db.session.scalar(select(Action))
    assert (action.owner_id, action.point_id, action.due_end) == (
        member.id,
        point.id,
        date(2025, 3, 27),
    )
    assert action.forum_id == point.agenda_item.meeting.forum_id
    assert [e.kind for e in action.events] == ["created"]
    page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "Retningslinjer for involvering" in page and point.text in page and "Historik" in page


def test_action_with_unreadable_deadline_is_refused_and_keeps_the_words(secretary_client, member):
    point = make_point()
    page = post_with_error(
        secretary_client,
        f"/beslutninger/{point.id}/handling/ny",
        {"title": "X", "owner_id": str(member.id), "deadline": "når vi når det", "submit": "1"},
    )
    assert "kan ikke læses" in page
    assert 'value="når vi når det"' in page
    assert count(Action) == 0


def test_a_deadline_beyond_the_horizon_is_refused_in_danish(secretary_client, member):
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    for words in ("uge 52 9999", "31. december 9999"):
        form = {"title": "X", "owner_id": str(member.id), "deadline": words}
        for button in ("preview", "submit"):
            page = post_with_error(secretary_client, url, {**form, button: "1"})
            assert "datoen ligger mere end 50 år fra i dag" in page, (words, button)
    assert count(Action) == 0


def test_action_needs_title_and_owner(secretary_client):
    point = make_point()
    page = post_with_error(
        secretary_client,
        f"/beslutninger/{point.id}/handling/ny",
        {"title": "", "owner_id": "0", "deadline": "primo marts", "submit": "1"},
    )
    assert "Skriv en titel." in page and "Vælg en ejer." in page
    assert count(Action) == 0


def test_missing_objects_answer_404_in_danish(secretary_client):
    response = secretary_client.get("/moeder/999")
    assert response.status_code == 404
    assert "Siden findes ikke" in response.get_data(as_text=True)
    assert secretary_client.get("/fora/findes-ikke").status_code == 404


def test_a_planned_meeting_in_the_past_is_refused_in_danish(secretary_client):
    forum = make_forum()
    yesterday = (today() - timedelta(days=1)).isoformat()
    page = post_with_error(
        secretary_client,
        f"/fora/{forum.slug}/moeder/ny?planlagt=1",
        {"date": yesterday, "status": "planned"},
    )
    assert "Et planlagt møde skal ligge i dag eller senere" in page
    assert count(Meeting) == 0
    meeting = make_meeting(forum, day=today() + timedelta(days=3), status="planned")
    page = post_with_error(
        secretary_client,
        f"/moeder/{meeting.id}/rediger",
        {"title": meeting.title, "date": yesterday, "status": "planned"},
    )
    assert "Et planlagt møde skal ligge i dag eller senere" in page
    response = secretary_client.post(
        f"/moeder/{meeting.id}/rediger", {"title": "", "date": yesterday, "status": "held"}
    )
    assert response.status_code == 302, "a past meeting may be recorded as held"


def test_planning_the_next_meeting_proposes_from_the_last(secretary_client):
    forum = make_forum("Lederforum")
    first = make_meeting(forum, day=today() - timedelta(days=70), title="REFERAT Lederforum d. x")
    last = make_meeting(
        forum,
        day=today() - timedelta(days=14),
        title="REFERAT Lederforum d. 26-02-2025",
        start_time=time(8, 30),
        location="Sønderø Rådhus, Tingstedet 1+2",
    )
    assert first.date.weekday() == last.date.weekday()
    for n, name in enumerate(["Morten Hoff Grønvald", "Åse Nielsen"]):
        db.session.add(Attendance(meeting=last, person=make_person(name=name), position=n))
    db.session.add(Attendance(meeting=first, person=make_person(name="Kun første"), position=0))
    db.session.commit()
    form = secretary_client.get("/fora/lederforum/moeder/ny?planlagt=1").get_data(as_text=True)
    proposed = last.date + timedelta(days=56)  # the gap between the last two: eight weeks
    assert "Planlæg næste møde" in form
    assert f'value="{proposed.isoformat()}"' in form
    assert 'value="08:30"' in form and 'value="Sønderø Rådhus, Tingstedet 1+2"' in form
    assert "2 deltagere fra mødet" in form
    response = secretary_client.post(
        "/fora/lederforum/moeder/ny?planlagt=1",
        {
            "title": "",
            "date": proposed.isoformat(),
            "start_time": "08:30",
            "location": "Sønderø Rådhus, Tingstedet 1+2",
            "status": "planned",
            "copy_attendees": "y",
        },
    )
    assert response.status_code == 302
    planned = db.session.scalar(select(Meeting).where(Meeting.status == "planned"))
    from tracker.deadlines.formatting import format_date

    assert planned.title == f"Lederforum {format_date(proposed)}", "named from forum and date"
    names = [a.person.name for a in sorted(planned.attendances, key=lambda a: a.position)]
    assert names == ["Morten Hoff Grønvald", "Åse Nielsen"]


def test_meeting_title_from_forum_and_date():
    from tracker.rules import meeting_title

    assert meeting_title("Lederforum", date(2025, 2, 26)) == "Lederforum 26. februar 2025"
    assert meeting_title(" Strategisk  Chefforum", date(2025, 11, 5), "en") == (
        "Strategisk Chefforum 5 November 2025"
    )


def test_proposed_date_keeps_the_weekday_and_lies_ahead():
    from tracker.meetings.services import proposed_date

    day = date(2026, 12, 1)
    assert proposed_date([], day) == date(2026, 12, 29)
    assert proposed_date([date(2026, 9, 2), date(2026, 11, 4)], day) == date(2027, 1, 6)
    long_ago = proposed_date([date(2025, 2, 26)], day)
    assert long_ago > day and long_ago.weekday() == date(2025, 2, 26).weekday()
