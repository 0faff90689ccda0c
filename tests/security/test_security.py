"""Security by default: headers, rate limits shared by workers, no enumeration, reset, roles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import PASSWORD, make_action, make_meeting, make_person, make_point
from tracker import create_app
from tracker.extensions import db
from tracker.models import OutboxMessage, Person
from tracker.scheduler.jobs import deliver

TEMPLATES = Path(__file__).parents[2] / "templates"


@pytest.mark.parametrize("url", ["/login", "/healthz", "/findes-ikke", "/static/app.css"])
def test_security_headers_on_every_response(client, url):
    headers = client.get(url).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


STATIC_SCRIPT = (
    r"""<script src="\{\{ url_for\('static', filename='[\w.-]+\.js'\) \}\}" defer>"""
    r"</script>"
)


def test_templates_have_no_inline_script_or_style():
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        # Scripts only from our own static files (the CSP's script-src 'self'), never inline.
        for tag in re.findall(r"<script[^>]*>[^<]*</script>|<script[^>]*>", text):
            assert re.fullmatch(STATIC_SCRIPT, tag), (path, tag)
        if "email" not in path.parts:
            assert not re.search(r"\sstyle=", text), path
            assert not re.search(r"\son[a-z]+=", text), path


def test_hsts_in_production(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "9f2c4e7a1b8d3f6e0a5c9b2d7e4f1a8c3b6d9e2f5a8c1b4d")
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    app = create_app({"INSTANCE_DIR": str(tmp_path)})
    assert "max-age" in app.test_client().get("/healthz").headers["Strict-Transport-Security"]


def test_login_attempts_are_limited_across_workers(app, member):
    second_worker = create_app(
        {
            **{
                k: app.config[k]
                for k in ("SQLALCHEMY_DATABASE_URI", "SECRET_KEY", "TRACKER_BASE_URL")
            },
            "INSTANCE_DIR": app.config["INSTANCE_DIR"],
            "TESTING": True,
        }
    )
    second_worker.test_client_class = app.test_client_class
    first = Client(app.test_client())
    for _ in range(5):
        response = first.post("/login", {"email": member.email, "password": "wrong"})
        assert response.status_code == 200
    other = Client(second_worker.test_client())
    with second_worker.app_context():
        blocked = other.post("/login", {"email": member.email, "password": PASSWORD})
    assert blocked.status_code == 429
    assert "For mange forsøg" in blocked.get_data(as_text=True)
    assert first.get("/mine").status_code == 302


def test_successful_login_clears_the_count(client, member):
    for _ in range(4):
        client.post("/login", {"email": member.email, "password": "wrong"})
    client.login(member)
    client.logout()
    for _ in range(4):
        client.post("/login", {"email": member.email, "password": "wrong"})
    assert client.post("/login", {"email": member.email, "password": PASSWORD}).status_code == 302


def test_password_reset_does_not_tell_who_exists(client, member):
    known = client.post(
        "/glemt-adgangskode", {"email": member.email}, token_from="/glemt-adgangskode"
    )
    unknown = client.post(
        "/glemt-adgangskode", {"email": "nobody@example.org"}, token_from="/glemt-adgangskode"
    )
    assert known.status_code == unknown.status_code == 302
    assert (
        client.get("/login").get_data(as_text=True).count("Hvis adressen hører til en bruger") == 1
    )
    rows = db.session.scalars(select(OutboxMessage)).all()
    assert [r.to_address for r in rows] == [member.email] and rows[0].kind == "password_reset"


def test_password_reset_flow_ends_other_sessions(app, client, member, smtp):
    other_session = Client(app.test_client())
    other_session.login(member)
    client.post("/glemt-adgangskode", {"email": member.email}, token_from="/glemt-adgangskode")
    deliver()
    text = smtp.to(member.email)[0].message.get_body(("plain",)).get_content()
    link = re.search(r"http://tracker\.test(/nulstil/\S+)", text).group(1)
    assert client.get(link).status_code == 200
    mismatch = client.post(link, {"new": "a new long password", "repeat": "something else"})
    assert "De to adgangskoder er ikke ens." in mismatch.get_data(as_text=True)
    assert (
        client.post(
            link, {"new": "a new long password", "repeat": "a new long password"}
        ).status_code
        == 302
    )
    assert db.session.get(Person, member.id).check_password("a new long password")
    assert other_session.get("/mine").status_code == 302, "old sessions end"
    assert client.get(link).headers["Location"].endswith("/glemt-adgangskode"), "a link works once"


def test_reset_requests_are_rate_limited(client, member):
    for _ in range(6):
        client.post("/glemt-adgangskode", {"email": member.email}, token_from="/glemt-adgangskode")
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 3


@pytest.fixture
def world(db, secretary, member, admin):
    other = make_person(name="Anden Chef", email="anden@example.org")
    meeting = make_meeting()
    point = make_point(meeting)
    mine = make_action(member, "Min", meeting=meeting)
    theirs = make_action(other, "Andens", meeting=meeting)
    return {"meeting": meeting, "point": point, "mine": mine, "theirs": theirs, "other": other}


SECRETARY_ONLY = {
    "meetings.new_forum": "admin",
    "meetings.new_meeting": "secretary",
    "meetings.edit_meeting": "secretary",
    "meetings.attendees": "secretary",
    "meetings.change_attendee": "secretary",
    "meetings.copy_last_attendees": "secretary",
    "meetings.new_agenda_item": "secretary",
    "meetings.edit_agenda_item": "secretary",
    "meetings.new_point": "secretary",
    "meetings.edit_point": "secretary",
    "actions.new_from_point": "secretary",
    "actions.new_from_item": "secretary",
    "actions.edit": "secretary",
    "outbox.index": "secretary",
    "outbox.message": "secretary",
    "outbox.html": "secretary",
    "outbox.resend": "secretary",
    "reminders.status_round": "secretary",
    "reminders.chase_now": "secretary",
    "reminders.send_round_now": "secretary",
    "reminders.escalation_settings": "admin",
    "importing.upload": "secretary",
    "importing.review_draft": "secretary",
    "importing.save": "secretary",
    "importing.from_text": "secretary",
    "meetings.carry_over": "secretary",
    "meetings.accept": "secretary",
    "meetings.forum_decision": "secretary",
    "people.index": "secretary",
    "people.person": "secretary",
    "people.new": "secretary",
    "people.edit": "secretary",
    "people.set_email": "secretary",
    "people.deactivate": "admin",
    "people.reactivate": "admin",
    "people.sso_account": "admin",
    "people.merge": "admin",
    "people.export": "admin",
    "people.erase": "admin",
    "people.import_upload": "admin",
    "people.import_save": "admin",
    "people.audit_trail": "admin",
    "suggest.suggestions": "secretary",
}
OWNER_ONLY = {"actions.add_note", "actions.change_deadline"}
# Open to every logged-in person, whatever their role.
EVERYONE = {
    "main.index",
    "actions.mine",
    "actions.index",
    "actions.action",
    "auth.settings",
    "auth.renew_calendar",
    "meetings.forums",
    "meetings.forum",
    "meetings.meeting",
    "meetings.meeting_screen",
    "reports.status",
    "reports.status_file",
}
# Not walked here: no login needed (tests/auth/test_auth.py), or the visit would end the login.
SKIP = {
    "static",
    "auth.login",
    "auth.logout",
    "auth.email_login",
    "checkin.checkin",
    "auth.reset_password",
    "actions.calendar_feed",
    "main.healthz",
    "auth.forgot_password",
    "auth.sso_start",
    "auth.sso_callback",
}


def test_every_endpoint_is_classified(app):
    """A new page must be put in one of the lists, so the walk below decides who may open it."""
    lists = [set(SECRETARY_ONLY), OWNER_ONLY, EVERYONE, SKIP]
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    classified = set().union(*lists)
    assert endpoints - classified == set(), "not classified"
    assert classified - endpoints == set(), "classified, but no such endpoint"
    assert sum(map(len, lists)) == len(classified), "in two lists"


def _url(rule, world, action):
    values = {
        "slug": "lederforum",
        "meeting_id": world["meeting"].id,
        "item_id": world["point"].agenda_item_id,
        "point_id": world["point"].id,
        "action_id": action.id,
        "person_id": world["other"].id,
        "attendance_id": 1,
        "message_id": 1,
        "fmt": "csv",
        "token": "x",
        "draft_id": 1,
    }
    url = rule.rule
    for arg in rule.arguments:
        url = re.sub(rf"<(?:[a-z]+(?:\([^)]*\))?:)?{arg}>", str(values[arg]), url)
    return url


@pytest.mark.parametrize("who", ["admin", "secretary", "member", "other"])
def test_every_route_as_each_role(app, client, world, who, request):
    person = world["other"] if who == "other" else request.getfixturevalue(who)
    client.login(person)
    token = client.csrf_token("/mine")
    rank = {"admin": 3, "secretary": 2, "member": 1, "other": 1}[who]
    for rule in app.url_map.iter_rules():
        if rule.endpoint in SKIP:
            continue
        assert rule.endpoint in {*SECRETARY_ONLY, *OWNER_ONLY, *EVERYONE}, rule.endpoint
        needed = SECRETARY_ONLY.get(rule.endpoint)
        # Whose action matters only where the address names one; elsewhere both would be the
        # same request.
        mine, theirs = world["mine"], world["theirs"]
        actions = [mine, theirs] if "action_id" in rule.arguments else [mine]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for action in actions:
                url = _url(rule, world, action)
                data = None if method == "GET" else {"csrf_token": token}
                code = client.raw.open(url, method=method, data=data).status_code
                if needed:
                    allowed = rank >= {"admin": 3, "secretary": 2}[needed]
                elif rule.endpoint in OWNER_ONLY:
                    owns = action.owner_id == person.id
                    allowed = rank >= 2 or owns
                else:
                    allowed = rule.endpoint in EVERYONE
                if allowed:
                    assert code != 403, (who, rule.endpoint, method, url, code)
                else:
                    assert code == 403, (who, rule.endpoint, method, url, code)
                assert code < 500, (who, rule.endpoint, method, url, code)


def test_every_page_names_its_icon_and_the_icon_is_served(client):
    # Browsers asked for /favicon.ico and got a 404 on every page (a phone walk's log).
    page = client.get("/login").get_data(as_text=True)
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"
    assert b"<svg" in icon.data
