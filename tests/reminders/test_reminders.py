"""Reminders against a real SMTP server: digest, status rounds, deadlines, assignments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.extensions import db
from tracker.models import OutboxMessage, Person
from tracker.scheduler.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)


def outbox_count(kind=None):
    query = select(func.count()).select_from(OutboxMessage)
    if kind:
        query = query.where(OutboxMessage.kind == kind)
    return db.session.scalar(query)


@pytest.fixture
def people(db):
    torben = make_person(name="Torben Chef", email="torben@example.org")
    charlotte = make_person(name="Charlotte Chef", email="charlotte@example.org", language="en")
    idle = make_person(name="Uden Handlinger", email="idle@example.org")
    quiet = make_person(name="Ingen Digest", email="quiet@example.org", digest_enabled=False)
    no_mail = make_person(name="Uden Email")
    make_action(torben, "Overskredet seminar", words="primo februar 2025")
    make_action(torben, "Budgettemadag", words="den 10. marts 2025")
    make_action(torben, "Strategi", words="april/maj 2025", co_owners=[charlotte])
    make_action(torben, "Afsluttet", words="januar 2025", status="done")
    make_action(quiet, "Stille", words="marts 2025")
    make_action(no_mail, "Ingen adresse", words="marts 2025")
    return {"torben": torben, "charlotte": charlotte, "idle": idle, "quiet": quiet}


def test_weekly_digest_one_per_person_with_open_actions(smtp, people):
    result = sweep("weekly", MONDAY)
    assert sorted(m.recipients[0] for m in smtp.messages) == [
        "charlotte@example.org",
        "torben@example.org",
    ]
    assert result.delivery == {"sent": 2, "retry": 0, "failed": 0}
    (torben,) = smtp.to("torben@example.org")
    assert torben.message["Subject"] == "Dine handlinger – uge 10"
    text = torben.message.get_body(("plain",)).get_content()
    html = torben.message.get_body(("html",)).get_content()
    assert (
        text.index("Overskredet (1)")
        < text.index("Frist inden for 14 dage (1)")
        < text.index("Andre åbne handlinger (1)")
    )
    assert "Overskredet seminar" in text and "primo februar 2025 (1.–10. februar 2025)" in text
    assert "Afsluttet" not in text
    assert "http://tracker.test/e/" in text and "/l/" not in text and "Budgettemadag" in html
    (charlotte,) = smtp.to("charlotte@example.org")
    assert charlotte.message["Subject"] == "Your actions – week 10"
    assert "Strategi" in charlotte.message.get_body(("plain",)).get_content()


def test_headers_date_message_id_and_sender(smtp, people):
    sweep("weekly", MONDAY)
    message = smtp.to("torben@example.org")[0].message
    assert (
        message["Date"]
        and message["Message-ID"].startswith("<")
        and message["Message-ID"].endswith("@tracker.test>")
    )
    assert message["From"] == "Lederforum – opfølgning <tracker@localhost>", "a name people know"
    assert smtp.messages[0].sender == "tracker@localhost", "MAIL FROM: the bare address"
    assert len({m.message["Message-ID"] for m in smtp.messages}) == len(smtp.messages)


def test_not_before_the_moment_and_only_once(smtp, people):
    def subjects():
        return sorted((m.recipients[0], str(m.message["Subject"])) for m in smtp.messages)

    week_10 = [
        ("charlotte@example.org", "Your actions – week 10"),
        ("torben@example.org", "Dine handlinger – uge 10"),
    ]
    sweep("weekly", MONDAY - timedelta(minutes=1))
    assert subjects() == [], "a minute before the send time: nothing, not last week's either"
    sweep("weekly", MONDAY)
    assert subjects() == week_10, "on the minute: this week's"
    sweep("weekly", MONDAY + timedelta(hours=1))
    sweep("all", MONDAY + timedelta(days=2))
    assert subjects() == week_10, "and only once"


def test_after_downtime_one_digest_not_three(smtp, people):
    sweep("weekly", MONDAY)
    smtp.messages.clear()
    three_mondays_later = MONDAY + timedelta(weeks=3, hours=4)
    sweep("weekly", three_mondays_later)
    assert len(smtp.to("torben@example.org")) == 1
    assert smtp.to("torben@example.org")[0].message["Subject"] == "Dine handlinger – uge 13"


@pytest.mark.parametrize("start", [date(2025, 3, 28), date(2025, 10, 24)])
def test_daylight_saving_weeks_give_one_digest(smtp, people, start):
    moment = datetime(start.year, start.month, start.day, 0, 0, tzinfo=CPH)
    for hour in range(0, 5 * 24, 1):  # Friday to the Tuesday after the clocks change on Sunday
        sweep("weekly", moment + timedelta(hours=hour))
    weeks = [m.message["Subject"] for m in smtp.to("torben@example.org")]
    # The week before (never sent: on Friday at the send time) and the DST week, once each.
    assert len(weeks) == 2 and len(set(weeks)) == 2


def test_holiday_monday_moves_digest_to_tuesday(smtp, people):
    sweep("weekly", datetime(2025, 4, 20, 12, 0, tzinfo=CPH))
    smtp.messages.clear()
    sweep("weekly", datetime(2025, 4, 21, 9, 0, tzinfo=CPH))  # 2. påskedag
    assert smtp.messages == []
    sweep("weekly", datetime(2025, 4, 22, 7, 0, tzinfo=CPH))
    assert len(smtp.to("torben@example.org")) == 1


def test_nobody_without_open_actions_or_with_digest_off_gets_mail(smtp, people):
    def recipients():
        return sorted(r for m in smtp.messages for r in m.recipients)

    sweep("weekly", MONDAY)
    assert recipients() == ["charlotte@example.org", "torben@example.org"]
    # The same two, given an open action and the digest, get one the next week.
    make_action(people["idle"], "Ny opgave", words="april 2025")
    people["quiet"].digest_enabled = True
    db.session.commit()
    smtp.messages.clear()
    sweep("weekly", MONDAY + timedelta(weeks=1))
    assert recipients() == [
        "charlotte@example.org",
        "idle@example.org",
        "quiet@example.org",
        "torben@example.org",
    ]


def test_digest_can_be_turned_off_in_settings(client, smtp, people):
    client.login(people["torben"])
    saved = client.post(
        "/indstillinger",
        {
            "language": "da",
            "digest_frequency": "off",
            "deadline_reminders_enabled": "y",
            "submit": "1",
        },
    )
    assert saved.status_code == 302
    torben = db.session.get(Person, people["torben"].id)
    assert not torben.digest_enabled and torben.deadline_reminders_enabled
    sweep("weekly", MONDAY)
    assert smtp.to("torben@example.org") == []
    assert len(smtp.to("charlotte@example.org")) == 1, "the others' digests went out"


def test_status_round_before_next_planned_meeting(smtp, people, secretary_client, monkeypatch):
    import tracker.reminders.views as views

    monkeypatch.setattr(views, "today", lambda: date(2025, 3, 6))  # the page's "today"
    forum = make_forum("Strategisk Chefforum", slug="scf")
    make_meeting(forum, day=date(2025, 3, 12), status="planned", title="SCF marts")
    a = make_action(people["torben"], "SCF-handling", forum=forum, words="marts 2025")
    make_action(people["charlotte"], "Udført SCF", forum=forum, words="marts 2025", status="done")
    sweep("status-round", datetime(2025, 3, 5, 6, 59, tzinfo=CPH))
    assert smtp.messages == []
    sweep("status-round", datetime(2025, 3, 5, 7, 0, tzinfo=CPH))
    sweep("status-round", datetime(2025, 3, 6, 7, 0, tzinfo=CPH))
    assert [m.recipients for m in smtp.messages] == [["torben@example.org"]]
    text = smtp.messages[0].message.get_body(("plain",)).get_content()
    assert "Strategisk Chefforum holder møde 12. marts 2025" in text and "SCF-handling" in text
    assert "senest 11. marts 2025" in text, "the status round closes the day before"
    page = secretary_client.get("/fora/scf/statusrunde").get_data(as_text=True)
    assert "0 af 1 har svaret." in page and "Ikke svaret" in page
    from tracker.actions.services import add_note

    add_note(a, people["torben"], "Vi er godt i gang")
    db.session.commit()
    assert "1 af 1 har svaret." in secretary_client.get("/fora/scf/statusrunde").get_data(
        as_text=True
    )


def test_deadline_reminders_before_and_after(smtp, people):
    torben = people["torben"]
    # Budgettemadag ends Monday 10 March 2025.
    sweep("deadline", datetime(2025, 3, 6, 7, 0, tzinfo=CPH))
    assert not [m for m in smtp.messages if "Budgettemadag" in m.message["Subject"]]
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    sweep("deadline", datetime(2025, 3, 8, 7, 0, tzinfo=CPH))
    soon = [m for m in smtp.to(torben.email) if "Budgettemadag" in m.message["Subject"]]
    assert [m.message["Subject"] for m in soon] == ["Frist snart: Budgettemadag"]
    sweep("deadline", datetime(2025, 3, 11, 7, 0, tzinfo=CPH))
    sweep("deadline", datetime(2025, 3, 12, 7, 0, tzinfo=CPH))
    passed = [
        m
        for m in smtp.to(torben.email)
        if m.message["Subject"] == "Fristen er overskredet: Budgettemadag"
    ]
    assert len(passed) == 1
    link_text = passed[0].message.get_body(("plain",)).get_content()
    assert "/e/" in link_text and "/l/" not in link_text


def test_the_configured_closed_days_decide_the_working_day_after_a_deadline(app, smtp, people):
    make_action(people["idle"], "Julekort", words="den 23. december 2025")
    christmas_eve = datetime(2025, 12, 24, 7, 0, tzinfo=CPH)
    sweep("deadline", christmas_eve)
    assert smtp.to("idle@example.org") == [], "24 December is closed (TRACKER_CLOSED_DAYS)"
    app.config["TRACKER_CLOSED_DAYS"] = ()
    sweep("deadline", christmas_eve)
    (passed,) = smtp.to("idle@example.org")
    assert passed.message["Subject"] == "Fristen er overskredet: Julekort"


def test_deadline_reminders_can_be_turned_off(smtp, people):
    people["torben"].deadline_reminders_enabled = False
    make_action(people["idle"], "Samme frist", words="den 10. marts 2025")  # Budgettemadag's
    db.session.commit()
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    assert smtp.to("torben@example.org") == []
    assert [m.message["Subject"] for m in smtp.to("idle@example.org")] == [
        "Frist snart: Samme frist"
    ], "the reminder was due: others got theirs"


def test_no_header_injection_from_an_action_title(smtp, people):
    make_action(people["idle"], "x\r\nBcc: y@example.org", words="den 10. marts 2025")
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    (received,) = smtp.to("idle@example.org")
    assert received.recipients == ["idle@example.org"]
    assert received.message["Bcc"] is None
    assert received.message["Subject"] == "Frist snart: x Bcc: y@example.org"
    assert all("y@example.org" not in m.recipients for m in smtp.messages)


def test_one_connection_per_sweep(smtp, people):
    for n in range(5):
        make_person(name=f"Chef {n}", email=f"chef{n}@example.org")
    sweep("weekly", MONDAY)
    assert len(smtp.messages) == 2 and smtp.connections == 1


def test_assignment_notice_one_per_person_per_save(secretary_client, secretary, smtp, people):
    from tests.factories import make_point

    point = make_point()
    response = secretary_client.post(
        f"/beslutninger/{point.id}/handling/ny",
        {
            "title": "Ny opgave",
            "owner_id": str(people["torben"].id),
            "co_owner_ids": [str(people["charlotte"].id)],
            "deadline": "uge 20 2025",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "assignment")).all()
    assert sorted(r.to_address for r in rows) == ["charlotte@example.org", "torben@example.org"]
    action_id = int(response.headers["Location"].rsplit("/", 1)[1])
    secretary_client.post(
        f"/handlinger/{action_id}/rediger",
        {
            "title": "Ny opgave",
            "owner_id": str(people["idle"].id),
            "co_owner_ids": [str(people["charlotte"].id)],
            "version": "1",
        },
    )
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "assignment")).all()
    assert sorted(r.to_address for r in rows) == [
        "charlotte@example.org",
        "idle@example.org",
        "torben@example.org",
    ]
    from tracker.mail.hours import sending_resumes
    from tracker.models import utcnow
    from tracker.scheduler.jobs import deliver

    deliver(sending_resumes(utcnow()) or utcnow())  # at once, or at the next send time
    assert "Ny opgave" in smtp.to("idle@example.org")[0].message.get_body(("plain",)).get_content()


def test_without_mail_server_everything_stays_in_the_outbox(app, people, secretary_client):
    app.config["MAIL_SERVER"] = ""
    sweep("weekly", MONDAY)
    rows = db.session.scalars(select(OutboxMessage)).all()
    assert len(rows) == 2 and {r.state for r in rows} == {"pending"}
    page = secretary_client.get("/admin/udbakke").get_data(as_text=True)
    assert "ikke afsendt: ingen mailserver" in page and "Dine handlinger – uge 10" in page
    detail = secretary_client.get(f"/admin/udbakke/{rows[0].id}").get_data(as_text=True)
    assert "Overskredet seminar" in detail or "Strategi" in detail
    html = secretary_client.get(f"/admin/udbakke/{rows[0].id}/html")
    assert "sandbox" in html.headers["Content-Security-Policy"]


def test_outbox_is_for_secretaries_and_admins_only(member_client):
    assert member_client.get("/admin/udbakke").status_code == 403
    assert member_client.get("/admin/udbakke/1").status_code == 403
    assert (
        member_client.post("/admin/udbakke/1/send-igen", {}, token_from="/mine").status_code == 403
    )


def test_the_status_round_page_skips_a_past_meeting_never_marked_held(
    secretary_client, monkeypatch
):
    import tracker.reminders.views as views

    monkeypatch.setattr(views, "today", lambda: date(2025, 3, 6))
    forum = make_forum("Strategisk Chefforum", slug="scf")
    make_meeting(forum, day=date(2025, 2, 12), status="planned", title="SCF februar")
    make_meeting(forum, day=date(2025, 3, 12), status="planned", title="SCF marts")
    page = secretary_client.get("/fora/scf/statusrunde").get_data(as_text=True)
    assert "Før mødet 12. marts 2025." in page and "12. februar" not in page
