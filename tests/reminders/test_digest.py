"""The digest people read, how often it comes, and nothing while away (simulated weeks with
``tracker reminders run --at`` against the real SMTP server)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_meeting, make_person
from tests.prg import error_page
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.models import ActionEvent, Person, StatusNote

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)


def run(app, at: datetime, kind="weekly"):
    result = app.test_cli_runner().invoke(
        args=["reminders", "run", "--kind", kind, "--at", at.isoformat()]
    )
    assert result.exit_code == 0, result.output
    return result.output


def text_of(message) -> str:
    return message.message.get_body(("plain",)).get_content()


def html_of(message) -> str:
    return message.message.get_body(("html",)).get_content()


def backdate(moment: datetime) -> None:
    """Every note and history row so far was written at ``moment``."""
    for model in (StatusNote, ActionEvent):
        for row in db.session.scalars(select(model)):
            row.created_at = moment
    db.session.commit()


@pytest.fixture
def torben(db):
    return make_person(name="Torben G. M. Benneskov", email="torben@example.org")


def test_the_digest_a_chef_reads(app, smtp, torben):
    charlotte = make_person(name="Charlotte Veilskov", email="charlotte@example.org")
    make_meeting(day=date(2025, 3, 26), status="planned")
    late = make_action(torben, "Seminar for Strategisk Chefforum", words="ultimo februar")
    make_action(charlotte, "Budgettemadag", words="den 27. marts 2025", co_owners=[torben])
    updated = make_action(torben, "Personalepolitik", words="april/maj 2025")
    add_note(late, charlotte, "Venter på lokale.")
    db.session.commit()
    backdate(datetime(2025, 2, 20, 9, 0, tzinfo=UTC))
    run(app, MONDAY - timedelta(days=7))  # last week's digest
    smtp.messages.clear()
    add_note(updated, torben, "Udkast sendt til MED.")
    db.session.commit()
    backdate_after = datetime(2025, 2, 26, 9, 0, tzinfo=UTC)
    for row in db.session.scalars(select(StatusNote).where(StatusNote.action_id == updated.id)):
        row.created_at = backdate_after
    for row in db.session.scalars(select(ActionEvent).where(ActionEvent.action_id == updated.id)):
        row.created_at = backdate_after
    db.session.commit()
    run(app, MONDAY)
    (message,) = smtp.to(torben.email)
    text, html = text_of(message), html_of(message)
    assert text.startswith("Hej Torben,")
    assert "Du har 3 åbne handlinger i uge 10." in text
    # The one Torben updated since the last digest is in the short list, not repeated in full.
    updated_part = text.split("Opdateret siden sidst (1)")[1].split("Overskredet")[0]
    assert "- Personalepolitik" in updated_part
    assert text.count("Personalepolitik") == 1
    overdue = text.split("Overskredet (1)")[1].split("Andre åbne")[0]
    assert "Seminar for Strategisk Chefforum" in overdue
    assert "ultimo februar (21.–28. februar 2025) · 3 dage over fristen" in overdue
    assert "Seneste note 20. februar 2025, Charlotte Veilskov: »Venter på lokale.«" in overdue
    assert "Budgettemadag (medejer)" in text, "the app's word for a co-owner"
    assert "Lederforum holder møde 26. marts 2025; skriv status senest 25. marts 2025." in text
    assert "http://tracker.test/indstillinger" in text and "/indstillinger" in html
    assert "personlige" in text and "personlige" in html
    assert "din leder" not in text, "escalation is off: nothing said about it"


def test_the_digest_tells_owners_that_escalation_is_in_use(app, smtp, torben):
    action = make_action(torben, "Seminar", words="ultimo februar")
    action.forum.escalation_enabled = True
    db.session.commit()
    run(app, MONDAY)
    text = text_of(smtp.to(torben.email)[0])
    assert "I Lederforum får din leder besked, når en handling har været overskredet i 10" in text


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [("weekly", 8), ("biweekly", 4), ("monthly", 2), ("off", 0)],
)
def test_frequency_over_eight_simulated_weeks(app, smtp, torben, frequency, expected):
    make_action(torben, "Langt projekt", words="2026")
    if frequency == "off":
        torben.digest_enabled = False
    else:
        torben.digest_frequency = frequency
    db.session.commit()
    for week in range(8):  # 3 March to 21 April 2025: two months begin (March, April)
        monday = MONDAY + timedelta(weeks=week)
        run(app, monday)
        run(app, monday + timedelta(days=3))  # a later sweep the same week adds nothing
    assert len(smtp.to(torben.email)) == expected


def test_the_frequency_is_set_in_settings_and_absence_too(client, torben):
    client.login(torben)
    page = client.get("/indstillinger").get_data(as_text=True)
    assert "Hver anden uge" in page and "Fraværende til og med" in page
    saved = client.post(
        "/indstillinger",
        {
            "language": "da",
            "digest_frequency": "monthly",
            "absent_until": "2099-01-02",
            "submit": "1",
        },
    )
    assert saved.status_code == 302
    person = db.session.get(Person, torben.id)
    assert (person.digest_enabled, person.digest_frequency) == (True, "monthly")
    assert person.absent_until == date(2099, 1, 2)
    refused = client.post(
        "/indstillinger",
        {
            "language": "da",
            "digest_frequency": "sometimes",
            "absent_until": "2001-01-01",
            "submit": "1",
        },
    )
    text = error_page(client, refused, "/indstillinger")
    assert "Vælg en af mulighederne" in text
    assert "Datoen er passeret" in text


def test_absence_no_mail_the_substitute_sees_the_overdue_and_mail_again_after(app, smtp, torben):
    substitute = make_person(name="Karin Stedfortræder", email="karin@example.org")
    torben.substitute_id = substitute.id
    torben.absent_until = date(2025, 3, 14)  # a Friday
    db.session.commit()
    late = make_action(torben, "Seminar", words="ultimo februar")
    make_action(torben, "Strategi", words="den 20. marts 2025")
    for day in range(0, 12):  # every morning from Monday 3 March to Friday 14 March
        run(app, MONDAY + timedelta(days=day), kind="all")
    assert smtp.to(torben.email) == [], "no mail at all while away"
    digests = [m for m in smtp.to(substitute.email) if "Dine handlinger" in m.message["Subject"]]
    assert len(digests) == 2, "the substitute's own digest, though they own nothing"
    text = text_of(digests[0])
    section = text.split("Du er stedfortræder for Torben G. M. Benneskov")[1]
    assert "(fraværende til og med 14. marts 2025)" in section
    assert "Seminar" in section and "Strategi" not in section, "only the overdue ones"
    run(app, datetime(2025, 3, 15, 7, 0, tzinfo=CPH), kind="all")  # Saturday: still not
    assert smtp.to(torben.email) == []
    run(app, datetime(2025, 3, 17, 7, 0, tzinfo=CPH), kind="all")  # the working day after
    (back,) = [
        m for m in smtp.to(torben.email) if m.message["Subject"] == "Dine handlinger – uge 12"
    ]
    assert late.title in text_of(back)


def test_an_absent_person_gets_no_assignment_notice(app, torben):
    from tracker import mail

    torben.absent_until = date(2025, 3, 14)
    db.session.commit()
    action = make_action(torben, "Ny opgave")
    assert mail.queue_assignment_notices({torben: [action]}, MONDAY) == []


def test_no_assignment_notice_the_saturday_after_an_absence_the_digest_lists_it(app, smtp, torben):
    from tracker import mail

    torben.absent_until = date(2025, 3, 14)  # a Friday: mail again Monday 17 March at 07:00
    db.session.commit()
    action = make_action(torben, "Ny opgave")
    saturday = datetime(2025, 3, 15, 10, 0, tzinfo=CPH)
    assert mail.queue_assignment_notices({torben: [action]}, saturday) == []
    early = datetime(2025, 3, 17, 6, 30, tzinfo=CPH)  # the working day after, before 07:00
    assert mail.queue_assignment_notices({torben: [action]}, early) == []
    run(app, datetime(2025, 3, 17, 7, 0, tzinfo=CPH), kind="all")
    subjects = [m.message["Subject"] for m in smtp.to(torben.email)]
    assert subjects == ["Dine handlinger – uge 12"], "the digest, no notice left from Saturday"
    assert "Ny opgave" in text_of(smtp.to(torben.email)[0])
    later = datetime(2025, 3, 17, 9, 0, tzinfo=CPH)
    assert len(mail.queue_assignment_notices({torben: [action]}, later)) == 1, "back: notices"


def test_the_action_page_shows_the_substitute_while_away(client, torben, secretary):
    substitute = make_person(name="Karin Stedfortræder", email="karin@example.org")
    torben.substitute_id = substitute.id
    torben.absent_until = date(2099, 1, 1)
    db.session.commit()
    action = make_action(torben, "Seminar")
    client.login(secretary)
    page = client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "Fraværende" in page and "stedfortræder: Karin Stedfortræder" in page
