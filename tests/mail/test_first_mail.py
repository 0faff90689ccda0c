"""A person's first email from the tracker says what it is: who sends it, why, what comes and how
often, and where to change it; it is the first digest (or whichever email comes first) with an
introduction after the greeting. Derived from the outbox: a person with no earlier email sent or
on its way (a password reset does not count)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tests.factories import make_action, make_meeting, make_person
from tracker import mail
from tracker.auth import reset
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.people import importer
from tracker.scheduler.jobs import deliver, sweep

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)
INTRO = "Det er første gang, du får e-mail fra Lederforum – opfølgning."
HR_FILE = "Navn;E-mail\nKarina Pedersen;karina@example.org\n"


def text_of(message) -> str:
    return message.message.get_body(("plain",)).get_content()


def test_the_first_mail_after_the_hr_import_says_what_the_tracker_is(app, smtp):
    karina = make_person(name="Karina Pedersen")  # named in a referat, no address yet
    make_action(karina, "Trivselsmåling", words="april 2025")
    make_action(make_person(name="Torben Chef", email="torben@example.org"), "Seminar")
    sweep("weekly", MONDAY - timedelta(weeks=1))
    assert [m.recipients for m in smtp.messages] == [["torben@example.org"]]
    plan = importer.plan_upload(HR_FILE.encode(), "personer.csv")
    importer.apply(plan, None)
    db.session.commit()

    sweep("weekly", MONDAY)
    (first,) = smtp.to("karina@example.org")
    text = text_of(first)
    assert text.startswith("Hej Karina,\r\n\r\n" + INTRO), "right after the greeting"
    assert "Den sendes af forummets sekretariat" in text
    assert "fordi du er ansvarlig for eller medejer af" in text, "why this person"
    assert "- et overblik over dine åbne handlinger hver mandag kl. 07:00" in text
    assert "- en påmindelse 3 dage før en frist" in text
    assert "- en statusrunde 7 dage før forummets næste møde" in text
    assert "Aldrig i weekender, på helligdage eller lukkedage" in text
    assert "melder fravær: http://tracker.test/indstillinger" in text, "how to change it"
    assert (
        text.index(INTRO)
        < text.index("Du har 1 åben handling i uge 10.")
        < text.index("Trivselsmåling")
    ), "the digest follows the introduction in the same email"
    html = first.message.get_body(("html",)).get_content()
    assert "første gang" in html and 'href="http://tracker.test/indstillinger"' in html
    (torben,) = smtp.to("torben@example.org")[1:]
    assert INTRO not in text_of(torben), "Torben has had a digest before"

    sweep("weekly", MONDAY + timedelta(weeks=1))
    assert INTRO not in text_of(smtp.to("karina@example.org")[-1]), "only the first"


def test_the_introduction_follows_the_persons_settings_and_language(app, smtp):
    anna = make_person(
        name="Anna Berg",
        email="anna@example.org",
        language="en",
        digest_frequency="biweekly",
        deadline_reminders_enabled=False,
    )
    make_action(anna, "Budget", words="april 2025")
    sweep("weekly", MONDAY)
    text = text_of(smtp.to("anna@example.org")[0])
    assert "This is the first email you get from Lederforum – opfølgning." in text
    assert "an overview of your open actions every other Monday at 07:00" in text
    assert "days before a deadline" not in text, "no deadline reminders: turned off"


def test_of_a_mornings_emails_the_first_introduces_and_goes_first(app, smtp):
    meeting = make_meeting(day=(MONDAY + timedelta(days=5)).date(), status="planned")
    lone = make_person(name="Lone Leder", email="lone@example.org")
    make_action(lone, "Temadag", meeting=meeting, words="den 5. marts 2025")
    sweep("all", MONDAY)
    received = [(str(m.message["Subject"]), INTRO in text_of(m)) for m in smtp.to(lone.email)]
    assert received == [
        ("Dine handlinger – uge 10", True),
        ("Status før Lederforum", False),
        ("Frist snart: Temadag", False),
    ]


def test_a_reset_or_a_failed_email_is_no_introduction(app, smtp, monkeypatch):
    person = make_person(name="Per Hansen", email="per@example.org")
    make_action(person, "Seminar", words="april 2025")
    sunday = MONDAY - timedelta(hours=20)
    monkeypatch.setattr(reset, "utcnow", lambda: sunday)
    reset.queue_reset_email(person)
    db.session.commit()
    deliver(sunday)  # a reset goes at once, even on a Sunday
    smtp.refuse[person.email] = "550 5.1.1 no such user"
    sweep("weekly", MONDAY)
    rows = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [(r.kind, r.state) for r in rows] == [("password_reset", "sent"), ("weekly", "failed")]
    assert INTRO not in rows[0].body_text and INTRO in rows[1].body_text
    del smtp.refuse[person.email]
    sweep("weekly", MONDAY + timedelta(weeks=1))
    assert INTRO in text_of(smtp.to(person.email)[-1]), "the failed one never reached them"


def test_an_assignment_made_in_a_request_introduces_and_the_digest_then_does_not(app, smtp):
    person = make_person(name="Nina Ny", email="nina@example.org")
    action = make_action(person, "Onboarding", words="april 2025")
    mail.queue_assignment_notices({person: [action]}, MONDAY)
    mail.queue_assignment_notices({person: [action]}, MONDAY)
    db.session.commit()
    notices = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [INTRO in r.body_text for r in notices] == [True, False]
    sweep("weekly", MONDAY)
    digest = [m for m in smtp.to(person.email) if "uge 10" in str(m.message["Subject"])]
    assert INTRO not in text_of(digest[0])


def test_a_managers_first_email_says_why_they_get_it(app, smtp):
    boss = make_person(name="Mette Chef", email="mette@example.org")
    leader = make_person(name="Lars Leder", email="lars@example.org", manager_id=boss.id)
    action = make_action(leader, "Seminar", words="ultimo januar 2025")
    action.forum.escalation_enabled = True
    db.session.commit()
    sweep("escalation", MONDAY + timedelta(weeks=2))
    text = text_of(smtp.to(boss.email)[0])
    assert INTRO in text and "fordi du er leder for en, der har en overskreden handling" in text


def test_two_reminders_in_one_batch_introduce_once(app, smtp):
    """Without a digest, the first email is a deadline reminder: of two made together (one batch
    of the sweep), only the first introduces."""
    person = make_person(name="Ole Uden", email="ole@example.org", digest_enabled=False)
    make_action(person, "Temadag", words="den 5. marts 2025")
    make_action(person, "Budget", words="den 6. marts 2025")
    sweep("all", MONDAY + timedelta(days=1))
    received = [(str(m.message["Subject"]), INTRO in text_of(m)) for m in smtp.to(person.email)]
    assert received == [("Frist snart: Temadag", True), ("Frist snart: Budget", False)]
