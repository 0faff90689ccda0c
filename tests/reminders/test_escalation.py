"""The escalation ladder over simulated weeks (``tracker reminders run --at``, real SMTP)."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import make_action, make_person
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.models import ActionEvent, EscalationStep, OutboxMessage

CPH = ZoneInfo("Europe/Copenhagen")


def run(app, at: datetime, kind="escalation"):
    result = app.test_cli_runner().invoke(
        args=["reminders", "run", "--kind", kind, "--at", at.isoformat()]
    )
    assert result.exit_code == 0, result.output


def at(day: date, hour=7) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=CPH).replace(hour=hour)


def escalations(smtp, address):
    return [
        m for m in smtp.to(address) if m.message["Subject"] == "Overskredne handlinger uden nyt"
    ]


def text_of(message) -> str:
    return message.message.get_body(("plain",)).get_content()


@pytest.fixture
def ladder(db, secretary):
    chef = make_person(name="Mette Chef", email="mette@example.org")
    leader = make_person(name="Lars Leder", email="lars@example.org", manager_id=chef.id)
    other = make_person(name="Lone Leder", email="lone@example.org", manager_id=chef.id)
    # The deadline ends Friday 28 February 2025: ten working days later is Friday 14 March.
    first = make_action(leader, "Seminar", words="ultimo februar")
    second = make_action(other, "Temadag", words="den 28. februar 2025")
    first.forum.escalation_enabled = True
    db.session.commit()
    return {"chef": chef, "leader": leader, "first": first, "second": second}


def test_off_by_default(app, smtp, ladder):
    ladder["first"].forum.escalation_enabled = False
    db.session.commit()
    run(app, at(date(2025, 3, 20)))
    assert smtp.messages == []


def test_the_manager_gets_one_email_for_all_their_people_then_the_secretariat(
    app, smtp, ladder, secretary
):
    for day in range(0, 35):  # every morning from 3 March to 6 April
        run(app, at(date(2025, 3, 3) + timedelta(days=day)))
    to_chef = escalations(smtp, "mette@example.org")
    assert len(to_chef) == 1, "one email per manager, never one per action"
    assert to_chef[0].message["Date"].startswith("Fri, 14 Mar 2025")
    text = text_of(to_chef[0])
    assert "Seminar – Lars Leder" in text and "Temadag – Lone Leder" in text
    assert "10 arbejdsdage uden note" in text
    to_secretariat = escalations(smtp, secretary.email)
    assert len(to_secretariat) == 1
    assert to_secretariat[0].message["Date"].startswith("Fri, 28 Mar 2025")
    history = db.session.scalars(
        select(ActionEvent).where(ActionEvent.kind == "escalation").order_by(ActionEvent.id)
    ).all()
    assert [(e.action_id, e.field) for e in history] == [
        (ladder["first"].id, "manager"),
        (ladder["second"].id, "manager"),
        (ladder["first"].id, "secretariat"),
        (ladder["second"].id, "secretariat"),
    ]
    assert history[0].new_value == "Mette Chef"
    client = Client(app.test_client())
    client.login(secretary)
    page = client.get(f"/handlinger/{ladder['first'].id}").get_data(as_text=True)
    assert "overskredet uden note: Mette Chef fik besked" in page
    assert "overskredet uden note: sekretariatet fik besked" in page


def test_the_substitute_hears_while_the_manager_is_away(app, smtp, ladder):
    karin = make_person(name="Karin Stedfortræder", email="karin@example.org")
    ladder["chef"].substitute_id = karin.id
    ladder["chef"].absent_until = date(2025, 3, 31)
    db.session.commit()
    run(app, at(date(2025, 3, 14)))
    assert escalations(smtp, "mette@example.org") == []
    (sent,) = escalations(smtp, "karin@example.org")
    assert "Seminar – Lars Leder" in text_of(sent)


def test_holidays_are_not_working_days(app, smtp, db):
    chef = make_person(name="Mette Chef", email="mette@example.org")
    leader = make_person(name="Lars Leder", email="lars@example.org", manager_id=chef.id)
    action = make_action(leader, "Påskeopgave", words="den 11. april 2025")  # Friday before Easter
    action.forum.escalation_enabled = True
    db.session.commit()
    # Working days after 11 April: 14–16, (17, 18, 21 are holidays), 22–25, 28–30 = 10 on 30 April
    for day in range(14, 31):
        run(app, at(date(2025, 4, day)))
    (sent,) = escalations(smtp, "mette@example.org")
    assert sent.message["Date"].startswith("Wed, 30 Apr 2025")
    run(app, at(date(2025, 5, 1)))
    assert len(escalations(smtp, "mette@example.org")) == 1


def test_a_note_by_the_owner_or_a_new_deadline_stops_it(app, smtp, ladder):
    note = add_note(ladder["first"], ladder["leader"], "Seminaret er flyttet til april.")
    note.created_at = at(date(2025, 3, 12), hour=10)  # before the tenth working day (14 March)
    db.session.commit()
    from tracker.actions.services import change_deadline
    from tracker.deadlines import parse_deadline

    change_deadline(
        ladder["second"], ladder["leader"], parse_deadline("ultimo april", date(2025, 3, 1))
    )
    db.session.commit()
    for day in range(0, 16):  # 10 to 25 March: ten working days after the note end 26 March
        run(app, at(date(2025, 3, 10) + timedelta(days=day)))
    assert escalations(smtp, "mette@example.org") == []
    run(app, at(date(2025, 3, 26)))
    (late,) = escalations(smtp, "mette@example.org")
    assert "Seminar" in text_of(late) and "Temadag" not in text_of(late), "the deadline moved"


def test_never_twice_after_a_rerun_or_three_sweeps_at_once(app, smtp, ladder):
    moment = at(date(2025, 3, 14))
    errors = []

    def sweep_in_thread():
        try:
            with app.app_context():
                from tracker.scheduler.jobs import sweep

                sweep("escalation", moment)
        except Exception as error:  # pragma: no cover - the assertion below shows it
            errors.append(error)

    db.session.commit()
    threads = [threading.Thread(target=sweep_in_thread) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    run(app, moment)
    run(app, moment + timedelta(hours=3))
    db.session.expire_all()
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind == "escalation")
        )
        == 1
    )
    assert db.session.scalar(select(func.count()).select_from(EscalationStep)) == 2
    assert len(escalations(smtp, "mette@example.org")) == 1
    # Next week nothing new: each step once per action and deadline.
    run(app, moment + timedelta(days=7))
    assert len(escalations(smtp, "mette@example.org")) == 1
