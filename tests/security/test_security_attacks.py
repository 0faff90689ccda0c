"""What an attack on the running app found (issue 12), each closed: tokens, logins, SMTP trouble."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tests.conftest import ALLOWED_SMTP_PORTS, Client
from tests.factories import PASSWORD, make_action, make_person
from tests.prg import error_page
from tests.smtp import GreetingRefuser, free_port
from tracker.extensions import db
from tracker.models import MailServerState, OutboxMessage, Person, ThrottleCounter
from tracker.scheduler.jobs import deliver, sweep

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)
TOKEN_IN_LINK = re.compile(r"/(?:l|e|nulstil)/(?!@@)[A-Za-z0-9_.\-]{20,}")


# 1. Nobody but the recipient sees a usable token -------------------------------------------


def test_a_secretary_cannot_take_over_the_admin_through_the_outbox(
    app, client, secretary, admin, smtp
):
    make_action(admin, "Direktionens handling", words="marts 2025")
    client.post("/glemt-adgangskode", {"email": admin.email}, token_from="/glemt-adgangskode")
    sweep("weekly", MONDAY - timedelta(days=7))  # a digest to the admin waits in the outbox too
    smtp_port = app.config["MAIL_SERVER"]
    app.config["MAIL_SERVER"] = ""  # nothing is sent: both emails stay in the outbox
    sweep("weekly", MONDAY)
    app.config["MAIL_SERVER"] = smtp_port
    client.login(secretary)
    rows = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    reset, digest = rows[0], rows[-1]
    assert (reset.kind, digest.kind) == ("password_reset", "weekly")

    for row in rows:  # the database holds no token in clear
        assert not TOKEN_IN_LINK.search(row.body_text + row.body_html), row.kind

    page = client.get(f"/admin/udbakke/{reset.id}").get_data(as_text=True)
    assert admin.email in page and "Nulstil adgangskode" in page
    assert "/nulstil/" not in page and "kun modtageren må se" in page
    assert client.get(f"/admin/udbakke/{reset.id}/html").status_code == 404
    listing = client.get("/admin/udbakke").get_data(as_text=True)
    assert "/nulstil/" not in listing

    page = client.get(f"/admin/udbakke/{digest.id}").get_data(as_text=True)
    assert "/e/[personligt link]" in page and not TOKEN_IN_LINK.search(page)
    html = client.get(f"/admin/udbakke/{digest.id}/html").get_data(as_text=True)
    assert "[personligt link]" in html and not TOKEN_IN_LINK.search(html)


def test_the_recipient_gets_working_links_signed_as_the_email_leaves(app, client, admin, smtp):
    client.post("/glemt-adgangskode", {"email": admin.email}, token_from="/glemt-adgangskode")
    make_action(admin, "Direktionens handling", words="marts 2025")
    sweep("weekly", MONDAY)
    deliver()
    reset = next(m for m in smtp.to(admin.email) if "Nulstil" in str(m.message["Subject"]))
    digest = next(m for m in smtp.to(admin.email) if "Dine handlinger" in str(m.message["Subject"]))
    reset_link = re.search(r"http://tracker\.test(/nulstil/\S+)", plain(reset)).group(1)
    assert client.get(reset_link).status_code == 200
    checkin_link = re.search(r"http://tracker\.test(/e/\S+)", plain(digest)).group(1)
    assert "@@" not in checkin_link and client.get(checkin_link).status_code == 200
    assert client.get("/mine").status_code == 302, "a link in an email logs nobody in"
    html = digest.message.get_body(("html",)).get_content()
    assert "@@checkin" not in html and "/e/" in html and "/l/" not in html


def test_a_reset_link_can_be_used_once(app, client, member, smtp):
    client.post("/glemt-adgangskode", {"email": member.email}, token_from="/glemt-adgangskode")
    deliver()
    link = re.search(r"http://tracker\.test(/nulstil/\S+)", plain(smtp.messages[0])).group(1)
    new = {"new": "a new long password", "repeat": "a new long password"}
    assert client.post(link, new).status_code == 302
    assert client.get(link).headers["Location"].endswith("/glemt-adgangskode")


def test_the_command_line_preview_masks_the_links(app, member):
    make_action(member, "Budget", words="marts 2025")
    result = app.test_cli_runner().invoke(args=["reminders", "preview", "--person", member.email])
    assert "[personligt link]" in result.output and not TOKEN_IN_LINK.search(result.output)


def plain(received) -> str:
    return received.message.get_body(("plain",)).get_content()


# 2. Logging out ends the login, whatever cookie was copied --------------------------------


def cookies(client) -> dict[str, str]:
    return {c.key: c.value for c in client.raw._cookies.values()}


def with_cookies(app, values: dict[str, str]) -> Client:
    other = Client(app.test_client())
    for key, value in values.items():
        other.raw.set_cookie(key, value, domain="localhost")
    return other


def test_logout_ends_a_remembered_login_and_every_copied_cookie(app, client, member):
    response = client.post("/login", {"email": member.email, "password": PASSWORD, "remember": "y"})
    assert response.status_code == 302
    copied = cookies(client)
    assert {"session", "remember_token"} <= set(copied)
    remember_only = with_cookies(app, {"remember_token": copied["remember_token"]})
    assert remember_only.get("/mine").status_code == 200, "the remember cookie alone logs in"

    logout = client.logout()
    assert "remember_token=;" in " ".join(logout.headers.getlist("Set-Cookie"))
    assert client.get("/mine").status_code == 302
    assert with_cookies(app, copied).get("/mine").status_code == 302
    assert with_cookies(app, {"session": copied["session"]}).get("/mine").status_code == 302
    again = with_cookies(app, {"remember_token": copied["remember_token"]})
    assert again.get("/mine").status_code == 302


def test_a_password_change_ends_the_other_logins_but_not_this_one(app, client, member):
    elsewhere = Client(app.test_client())
    elsewhere.login(member)
    client.login(member)
    response = client.post(
        "/indstillinger",
        {"pw-current": PASSWORD, "pw-new": "another long password", "pw-submit": "1"},
        token_from="/indstillinger",
    )
    assert response.status_code == 302
    assert client.get("/mine").status_code == 200
    assert elsewhere.get("/mine").status_code == 302


def test_deactivation_ends_every_login(app, client, member):
    from tracker.auth.services import deactivate

    client.login(member)
    deactivate(member)
    db.session.commit()
    member.active = True  # even if reactivated later, the old logins stay ended
    db.session.commit()
    assert client.get("/mine").status_code == 302


def test_the_database_holds_no_usable_login_key(app, client, member):
    from tracker.models import LoginSession

    client.login(member)
    row = db.session.scalar(select(LoginSession))
    forged = with_cookies(app, {})
    with app.test_request_context():
        from flask import session as flask_session

        flask_session["_user_id"] = f"{row.id}:{row.key_hash}"
        serializer = app.session_interface.get_signing_serializer(app)
        value = serializer.dumps(dict(flask_session))
    forged.raw.set_cookie("session", value, domain="localhost")
    assert forged.get("/mine").status_code == 302, "the stored hash is not the key"


# 3. Trouble with the mail server keeps every email ---------------------------------------


@pytest.fixture
def owners(db):
    people = [make_person(name=f"Chef {n}", email=f"chef{n}@example.org") for n in range(5)]
    for person in people:
        make_action(person, f"Handling for {person.name}", words="marts 2025")
    return people


def states() -> list[tuple[str, int]]:
    return [(r.state, r.attempts) for r in db.session.scalars(select(OutboxMessage))]


def test_bad_credentials_at_mail_from_keep_every_email_and_alert_the_admin(
    app, owners, smtp, caplog
):
    smtp.mail_from_answer = "530 5.7.0 Authentication required"
    with caplog.at_level(logging.WARNING, logger="tracker.mail.delivery"):
        result = sweep("weekly", MONDAY)
    assert result.delivery == {"sent": 0, "retry": 0, "failed": 0}
    assert states() == [("pending", 0)] * 5
    assert "530 5.7.0 Authentication required" in caplog.text
    assert not any("chef" in r.getMessage() for r in caplog.records), "no address in the log"
    admin = make_person(name="Admin", email="admin@example.org", role="admin")
    page = Client(app.test_client())
    page.login(admin)
    banner = page.get("/admin/udbakke").get_data(as_text=True)
    assert "Mailserveren tager ikke imod e-mails." in banner and "530 5.7.0" in banner
    assert "5 venter" in banner

    for minutes in range(1, 60, 7):  # it keeps failing for an hour: still nothing lost
        deliver(MONDAY + timedelta(minutes=minutes))
    assert states() == [("pending", 0)] * 5
    smtp.mail_from_answer = None
    deliver(MONDAY + timedelta(minutes=75))
    assert states() == [("sent", 1)] * 5
    assert sorted(r for m in smtp.messages for r in m.recipients) == [o.email for o in owners]
    assert "Mailserveren tager ikke imod" not in page.get("/admin/udbakke").get_data(as_text=True)


def test_a_refusing_greeting_fails_no_innocent_email(app, owners):
    with GreetingRefuser("554 5.3.2 no service here") as refuser:
        ALLOWED_SMTP_PORTS.add(refuser.port)
        app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=refuser.port, MAIL_TIMEOUT=2.0)
        sweep("weekly", MONDAY)
        for minutes in range(2, 120, 16):
            deliver(MONDAY + timedelta(minutes=minutes))
        ALLOWED_SMTP_PORTS.discard(refuser.port)
    assert states() == [("pending", 0)] * 5
    assert "554" in db.session.get(MailServerState, "smtp").last_error


def test_a_six_hour_outage_loses_nothing_and_everything_goes_out_once(app, owners, smtp):
    good_port = app.config["MAIL_PORT"]
    closed = free_port()
    ALLOWED_SMTP_PORTS.add(closed)
    app.config["MAIL_PORT"] = closed
    sweep("weekly", MONDAY)
    moment = MONDAY
    while moment < MONDAY + timedelta(hours=6):  # the scheduler's every-minute delivery
        moment += timedelta(minutes=5)
        deliver(moment)
    assert states() == [("pending", 0)] * 5
    assert db.session.get(MailServerState, "smtp").failures > 8
    app.config["MAIL_PORT"] = good_port
    deliver(moment + timedelta(minutes=16))  # the server's backoff is at most 15 minutes
    assert states() == [("sent", 1)] * 5
    assert len(smtp.messages) == 5


def test_a_refused_recipient_fails_only_that_email(owners, smtp):
    smtp.refuse["chef1@example.org"] = "550 5.1.1 no such user"
    smtp.data_answer["chef3@example.org"] = "554 5.6.0 message refused"
    sweep("weekly", MONDAY)
    by_address = {r.to_address: r.state for r in db.session.scalars(select(OutboxMessage))}
    assert by_address == {
        "chef0@example.org": "sent",
        "chef1@example.org": "failed",
        "chef2@example.org": "sent",
        "chef3@example.org": "failed",
        "chef4@example.org": "sent",
    }
    assert db.session.get(MailServerState, "smtp") is None or not (
        db.session.get(MailServerState, "smtp").failing_since
    )


# 5. The login rate limit is counted and checked in one statement -----------------------------


def post_login(app, email, password, address):
    raw = Client(app.test_client())
    raw.raw.environ_base["REMOTE_ADDR"] = address
    return raw.post("/login", {"email": email, "password": password})


def test_strangers_slow_an_account_down_but_cannot_lock_its_owner_out(app, member):
    for n in range(12):  # twelve addresses, one wrong guess each
        post_login(app, member.email, "wrong guess", f"10.0.0.{n}")
    refused = post_login(app, member.email, PASSWORD, "192.0.2.7")
    assert refused.status_code == 429
    assert "Vent et halvt minut" in refused.get_data(as_text=True)
    counter = db.session.get(ThrottleCounter, f"login-account:{member.email}")
    counter.last_at -= timedelta(seconds=31)  # half a minute later
    db.session.commit()
    assert post_login(app, member.email, PASSWORD, "192.0.2.7").status_code == 302


def test_five_wrong_passwords_from_one_address_lock_that_address_for_the_account(app, member):
    for _ in range(5):
        assert post_login(app, member.email, "wrong", "192.0.2.9").status_code == 200
    blocked = post_login(app, member.email, PASSWORD, "192.0.2.9")
    assert blocked.status_code == 429 and "Vent et kvarter" in blocked.get_data(as_text=True)


def test_right_passwords_do_not_use_up_a_shared_address(app):
    people = [make_person(name=f"Leder {n}", email=f"leder{n}@example.org") for n in range(35)]
    for person in people:  # the town hall behind one address, all logging in on Monday
        assert post_login(app, person.email, PASSWORD, "192.0.2.50").status_code == 302


# 14. A deactivated account takes as long to refuse as any other -------------------------------


def test_a_deactivated_account_hashes_the_password_too(app, client, member, monkeypatch):
    import tracker.auth.services as services
    import tracker.models.people as people

    calls = []
    for module in (services, people):
        original = module.check_password_hash
        monkeypatch.setattr(
            module,
            "check_password_hash",
            lambda h, p, original=original: calls.append(1) or original(h, p),
        )
    member.active = False
    db.session.commit()
    response = client.post("/login", {"email": member.email, "password": "whatever guess"})
    assert response.status_code == 200 and "Forkert e-mail eller adgangskode." in response.text
    assert calls == [1]
    calls.clear()
    client.post("/login", {"email": "nobody@example.org", "password": "whatever guess"})
    assert calls == [1]


# 19. A new password renews the calendar link ------------------------------------------------


def test_changing_the_password_renews_the_calendar_link(client, member):
    client.login(member)
    client.post("/indstillinger/kalender", {}, token_from="/indstillinger")
    old = db.session.get(Person, member.id).calendar_token
    assert client.get(f"/kalender/{old}.ics").status_code == 200
    response = client.post(
        "/indstillinger",
        {"pw-current": PASSWORD, "pw-new": "another long password", "pw-submit": "1"},
        token_from="/indstillinger",
    )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Dit kalenderlink er fornyet" in page
    assert client.get(f"/kalender/{old}.ics").status_code == 404
    new = db.session.get(Person, member.id).calendar_token
    assert new and new != old and client.get(f"/kalender/{new}.ics").status_code == 200


# 8. No values in database errors ---------------------------------------------------------


def test_database_errors_in_the_log_do_not_show_the_values(app, member, caplog):
    db.session.add(Person(name="Kopi", email=member.email))
    with caplog.at_level(logging.ERROR, logger=app.logger.name):
        try:
            db.session.flush()
        except IntegrityError:
            app.logger.exception("Exception on /personer [POST]")  # as Flask logs a 500
    db.session.rollback()
    assert "IntegrityError" in caplog.text
    assert member.email not in caplog.text


def test_housekeeping_forgets_ended_logins_and_old_counters(app, client, member):
    from tracker.models import LoginSession, utcnow
    from tracker.scheduler.jobs import housekeeping

    client.login(member)
    client.logout()
    client.login(member)
    post_login(app, member.email, "wrong", "192.0.2.1")
    housekeeping(utcnow() + timedelta(days=1, hours=1))
    assert len(db.session.scalars(select(LoginSession)).all()) == 1, "the live login stays"
    assert db.session.scalars(select(ThrottleCounter)).all() == []
    assert client.get("/mine").status_code == 200


def test_a_short_password_is_refused_with_the_minimum_from_its_one_home(client, member):
    from tracker.rules import PASSWORD_MIN_LENGTH

    client.login(member)
    response = client.post(
        "/indstillinger",
        {"pw-current": PASSWORD, "pw-new": "kort", "pw-submit": "1"},
        token_from="/indstillinger",
    )
    page = error_page(client, response, "/indstillinger")
    assert f"Adgangskoden skal være mindst {PASSWORD_MIN_LENGTH} tegn." in page
    assert 'value="kort"' not in page, "a password is never kept"
    assert db.session.get(Person, member.id).check_password(PASSWORD), "nothing changed"
