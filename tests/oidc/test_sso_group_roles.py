"""A role from the provider's groups (OIDC_ROLE_GROUPS) is trusted for one session length after
the login through the provider that gave it. The tracker learns groups only then, so from then
on a password login, a "Husk mig" login restored or kept open makes the person a member until
they log in through the provider again: someone taken out of the admins' group does not stay
admin by their password. Against the real test provider (tests/oidc/provider.mjs).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import Client
from tests.factories import make_person
from tests.oidc.journey import sso_login
from tracker.models import utcnow

ADMINS_ONLY = "/admin/personer/revisionsspor"
DROPPED = "Din rolle kom fra dine grupper hos login-udbyderen"


@pytest.fixture
def gry(app, sso, db):
    """Gry: in the admins' group at the provider, a password in the tracker; admin by groups."""
    app.config["OIDC_ROLE_GROUPS"] = {"grp-admins": "admin", "grp-sekretariat": "secretary"}
    person = make_person(name="Gry Admin", email="gruppe.admin@example.org", role="member")
    assert sso_login(Client(app.test_client()), "gruppe.admin@example.org").status_code == 302
    db.session.refresh(person)
    assert (person.role, person.sso_role) == ("admin", "admin")
    assert utcnow() - person.sso_role_at < timedelta(minutes=5)
    return person


def _age(app, db, person) -> None:
    """The login through the provider was longer than a session ago."""
    lifetime = app.config["PERMANENT_SESSION_LIFETIME"]
    person.sso_role_at = utcnow() - lifetime - timedelta(minutes=1)
    db.session.commit()


def _password_client(app, person, remember=False) -> Client:
    client = Client(app.test_client())
    data = {"email": person.email, "password": "correct horse battery"}
    response = client.post("/login", data | ({"remember": "y"} if remember else {}))
    assert response.status_code == 302
    return client


def test_a_password_login_after_a_session_length_drops_a_role_from_groups(app, gry, db):
    _age(app, db, gry)
    client = _password_client(app, gry)
    assert DROPPED in client.get("/mine").get_data(as_text=True)
    assert client.get(ADMINS_ONLY).status_code == 403
    db.session.refresh(gry)
    assert gry.role == "member"
    # Through the provider again: the groups give the role back.
    assert sso_login(client, "gruppe.admin@example.org").headers["Location"] == "/"
    assert client.get(ADMINS_ONLY).status_code == 200


def test_a_password_login_within_a_session_length_keeps_it(app, gry, db):
    client = _password_client(app, gry)
    assert client.get(ADMINS_ONLY).status_code == 200
    assert DROPPED not in client.get("/mine").get_data(as_text=True)


def test_a_remembered_login_restored_later_drops_it(app, gry, db):
    """Husk mig: the password login kept the role (soon after the provider's); the login
    restored from the remember cookie a session later does not."""
    client = _password_client(app, gry, remember=True)
    assert client.get(ADMINS_ONLY).status_code == 200
    remember = client.raw.get_cookie("remember_token")
    _age(app, db, gry)
    restored = Client(app.test_client())  # the session cookie has gone, the remember one not
    restored.raw.set_cookie("remember_token", remember.value, domain=remember.domain)
    assert DROPPED in restored.get("/mine").get_data(as_text=True)
    assert restored.get(ADMINS_ONLY).status_code == 403
    db.session.refresh(gry)
    assert gry.role == "member"


def test_a_login_kept_open_loses_it_when_it_lapses(app, gry, db):
    """A "Husk mig" login in daily use never needs its remember cookie (each request renews the
    session cookie): the role still lapses one session after the provider's login."""
    client = _password_client(app, gry, remember=True)
    assert client.get(ADMINS_ONLY).status_code == 200
    _age(app, db, gry)
    assert DROPPED in client.get("/mine").get_data(as_text=True)
    assert client.get(ADMINS_ONLY).status_code == 403


def test_a_role_set_in_the_tracker_is_kept(app, sso, db):
    """Roles the groups did not give are the tracker's: a break-glass admin who never logs in
    through the provider, and an admin whom an admin promoted after the groups said member."""
    app.config["OIDC_ROLE_GROUPS"] = {"grp-admins": "admin"}
    long_ago = utcnow() - timedelta(days=30)
    local = make_person(name="Lokal Admin", email="lokal@example.org", role="admin")
    promoted = make_person(
        name="Forfremmet",
        email="forfremmet@example.org",
        role="admin",
        sso_role="member",
        sso_role_at=long_ago,
    )
    for person in (local, promoted):
        assert _password_client(app, person).get(ADMINS_ONLY).status_code == 200, person.name


def test_without_role_groups_no_role_is_dropped(app, gry, db):
    _age(app, db, gry)
    app.config["OIDC_ROLE_GROUPS"] = {}
    assert _password_client(app, gry).get(ADMINS_ONLY).status_code == 200
