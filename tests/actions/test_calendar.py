"""The private calendar feed, read back with the icalendar library."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from tests.conftest import Client
from tests.factories import make_action, make_person
from tracker.extensions import db


def feed_url(client, person) -> str:
    client.post("/indstillinger/kalender", {}, token_from="/indstillinger")
    db.session.refresh(person)
    assert person.calendar_token and len(person.calendar_token) >= 40
    page = client.get("/indstillinger").get_data(as_text=True)
    url = f"/kalender/{person.calendar_token}.ics"
    assert url in page
    return url


def test_feed_has_open_actions_as_all_day_events(app, member_client, member):
    other = make_person(name="Anden", email="anden@example.org")
    make_action(member, "Seminar", words="primo marts")
    make_action(other, "Medejet", words="den 27. marts 2025", co_owners=[member])
    make_action(member, "Udført", words="april/maj 2025", status="done")
    make_action(other, "Ikke min", words="uge 12 2025")
    url = feed_url(member_client, member)
    member_client.logout()
    response = member_client.get(url)  # no login needed: the token is the key
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Seminar (primo marts)", "Medejet (den 27. marts 2025)"}
    seminar = events["Seminar (primo marts)"]
    assert seminar.decoded("dtstart") == date(2025, 3, 1)
    assert seminar.decoded("dtend") == date(2025, 3, 11), "DTEND is the day after the period"
    assert "/handlinger/" in str(seminar["url"]) and str(seminar["url"]).startswith(
        "http://tracker.test"
    )
    day = events["Medejet (den 27. marts 2025)"]
    assert day.decoded("dtend") - day.decoded("dtstart") == timedelta(days=1)
    assert all("uid" in e and "dtstamp" in e for e in events.values())


def test_a_deadline_on_the_last_day_of_the_calendar_saved_earlier_breaks_no_feed(
    member_client, member
):
    make_action(member, "Seminar", words="primo marts")
    late = make_action(member, "Aldrig", words="primo marts")
    late.due_start = late.due_end = date.max  # "31. december 9999", before the horizon
    db.session.commit()
    url = feed_url(member_client, member)
    response = member_client.get(url)
    assert response.status_code == 200
    summaries = [str(e["summary"]) for e in Calendar.from_ical(response.data).walk("VEVENT")]
    assert summaries == ["Seminar (primo marts)"]


def test_renewed_token_stops_the_old_url(member_client, member):
    make_action(member, "Seminar", words="primo marts")
    old = feed_url(member_client, member)
    new = feed_url(member_client, member)
    assert old != new
    assert member_client.get(old).status_code == 404
    assert member_client.get(new).status_code == 200


def test_unknown_or_inactive_token_gives_nothing(client, member):
    assert client.get("/kalender/gaet-ikke-dette-token-1234567890.ics").status_code == 404
    member.calendar_token = "x" * 43
    member.active = False
    db.session.commit()
    assert client.get(f"/kalender/{'x' * 43}.ics").status_code == 404


def test_renewing_needs_login_and_post(app, member_client, member):
    url = feed_url(member_client, member)
    token = member_client.csrf_token("/indstillinger")
    assert member_client.get("/indstillinger/kalender").status_code == 405, "a GET renews nothing"
    stranger = app.test_client()
    stranger_token = Client(stranger).csrf_token("/login")
    response = stranger.post("/indstillinger/kalender", data={"csrf_token": stranger_token})
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    db.session.refresh(member)
    assert url == f"/kalender/{member.calendar_token}.ics", "neither changed the link"
    assert member_client.get(url).status_code == 200
    renewed = member_client.raw.post("/indstillinger/kalender", data={"csrf_token": token})
    assert renewed.status_code == 302
    db.session.refresh(member)
    assert url != f"/kalender/{member.calendar_token}.ics", "the owner's POST does"
