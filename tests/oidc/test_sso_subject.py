"""Single sign-on binds the provider's account (issuer and subject) to the person at the first
login, and from then on an address alone logs nobody in as them: another account with the same
address is refused until an admin links it, or removes the binding, on the person's page.

Against the real test provider (tests/oidc/provider.mjs): "ny.medarbejder@example.org" is
another account there whose email claim is Torben's address (a reused address).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.conftest import Client
from tests.factories import make_action, make_person
from tests.oidc.journey import assert_refused, flashed, sso_login
from tracker.models import LoginSession, PersonAudit

OTHER_ACCOUNT = "hører i trackeren til en anden konto hos login-udbyderen"
TORBEN_SUB = "torben@example.org"  # the provider's sub: the login as typed
NEW_SUB = "ny.medarbejder@example.org"


@pytest.fixture
def torben(sso, db):
    """Torben, an admin with an action; not bound to an account at the provider yet."""
    person = make_person(name="Torben Chef", email="torben@example.org", role="admin")
    make_action(person, "Torbens handling")
    return person


@pytest.fixture
def admin_client(app, db):
    admin = make_person(name="Anne Admin", email="anne@example.org", role="admin")
    client = Client(app.test_client())
    client.login(admin)
    return client


def _visitor(app) -> Client:
    return Client(app.test_client())


def _trail(db, person) -> list[tuple[str, str]]:
    entries = db.session.scalars(
        select(PersonAudit).where(PersonAudit.subject_id == person.id).order_by(PersonAudit.id)
    )
    return [(e.kind, e.actor.name if e.actor else None) for e in entries]


def _logins_of(db, person) -> int:
    return len(db.session.scalars(select(LoginSession).filter_by(person_id=person.id)).all())


def _refused_again(app, torben, db) -> None:
    """Torben's first login binds his account; the new account with his address is refused."""
    assert sso_login(_visitor(app), "torben@example.org").headers["Location"] == "/"
    visitor = _visitor(app)
    response = sso_login(visitor, "ny.medarbejder@example.org")
    assert response.headers["Location"].endswith("/login")
    assert OTHER_ACCOUNT in flashed(visitor)
    assert visitor.get("/mine").status_code == 302
    assert _logins_of(db, torben) == 1, "Torben's own login alone"


def _account_form(client, person, button: str) -> dict:
    """The fields of the person page's form with ``button`` (as a browser would send them)."""
    page = client.get(f"/admin/personer/{person.id}").get_data(as_text=True)
    form = next(f for f in re.findall(r"<form.*?</form>", page, re.S) if f'name="{button}"' in f)
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
    return {**dict(fields), button: "y"}


def test_first_login_binds_the_subject(app, client, sso, torben, db):
    assert torben.sso_subject is None
    assert sso_login(client, "torben@example.org").headers["Location"] == "/"
    db.session.refresh(torben)
    assert (torben.sso_issuer, torben.sso_subject) == (sso.issuer, TORBEN_SUB)


def test_a_reused_address_with_another_subject_is_refused(app, client, sso, torben, db):
    """The new employee given Torben's address does not become Torben, admin with his actions."""
    _refused_again(app, torben, db)
    db.session.refresh(torben)
    assert torben.sso_subject == TORBEN_SUB and torben.role == "admin"
    assert torben.sso_refused_subject == NEW_SUB, "kept for an admin to link"
    visitor = _visitor(app)  # the message says what to do
    sso_login(visitor, "ny.medarbejder@example.org")
    assert "bed en administrator om at knytte den til dig" in flashed(visitor)


def test_the_person_page_shows_the_refused_login(app, sso, torben, admin_client, db):
    _refused_again(app, torben, db)
    page = admin_client.get(f"/admin/personer/{torben.id}").get_data(as_text=True)
    assert "en anden konto hos login-udbyderen (ny.medarbejder@example.org)" in page
    assert "Knyttet til kontoen torben@example.org" in page
    assert "Knyt den nye konto" in page and "Fjern koblingen" in page


def test_an_admin_links_the_new_account(app, sso, torben, admin_client, db):
    _refused_again(app, torben, db)
    response = admin_client.post(
        f"/admin/personer/{torben.id}/login-udbyder", _account_form(admin_client, torben, "link")
    )
    assert response.status_code == 302
    assert "Den nye konto hos login-udbyderen er knyttet til Torben Chef" in flashed(admin_client)
    db.session.refresh(torben)
    assert (torben.sso_subject, torben.sso_refused_subject) == (NEW_SUB, None)
    assert _trail(db, torben) == [("sso-link", "Anne Admin")]
    assert "Konto hos login-udbyderen knyttet" in admin_client.get(
        "/admin/personer/revisionsspor"
    ).get_data(as_text=True)
    # The new account logs in as Torben now; the old one is the one refused.
    assert sso_login(_visitor(app), "ny.medarbejder@example.org").headers["Location"] == "/"
    old = _visitor(app)
    assert sso_login(old, "torben@example.org").headers["Location"].endswith("/login")
    assert OTHER_ACCOUNT in flashed(old)


def test_a_link_names_the_account_the_admin_saw(app, sso, torben, admin_client, db):
    """A newer refused login came in after the page was shown: nothing is linked unseen."""
    _refused_again(app, torben, db)
    fields = _account_form(admin_client, torben, "link") | {"subject": "sub-someone-else"}
    response = admin_client.post(f"/admin/personer/{torben.id}/login-udbyder", fields)
    assert response.status_code == 302
    assert "Der er kommet et andet afvist login siden" in flashed(admin_client)
    db.session.refresh(torben)
    assert (torben.sso_subject, torben.sso_refused_subject) == (TORBEN_SUB, NEW_SUB)
    assert _trail(db, torben) == []


def test_unlinking_lets_the_next_login_bind_anew(app, sso, torben, admin_client, db):
    _refused_again(app, torben, db)
    response = admin_client.post(
        f"/admin/personer/{torben.id}/login-udbyder", _account_form(admin_client, torben, "unlink")
    )
    assert response.status_code == 302
    assert "Koblingen er fjernet" in flashed(admin_client)
    db.session.refresh(torben)
    assert (torben.sso_issuer, torben.sso_subject, torben.sso_refused_subject) == (None,) * 3
    assert _trail(db, torben) == [("sso-unlink", "Anne Admin")]
    assert sso_login(_visitor(app), "ny.medarbejder@example.org").headers["Location"] == "/"
    db.session.refresh(torben)
    assert torben.sso_subject == NEW_SUB


def test_removing_the_binding_ends_the_persons_logins(app, sso, torben, admin_client, db):
    logged_in = _visitor(app)
    sso_login(logged_in, "torben@example.org")
    assert logged_in.get("/mine").status_code == 200
    admin_client.post(
        f"/admin/personer/{torben.id}/login-udbyder", _account_form(admin_client, torben, "unlink")
    )
    assert logged_in.get("/mine").status_code == 302


def test_only_admins_change_the_binding_and_only_with_csrf(app, sso, torben, admin_client, db):
    _refused_again(app, torben, db)
    url = f"/admin/personer/{torben.id}/login-udbyder"
    secretary = make_person(name="Sara Sekretær", email="sara@example.org", role="secretary")
    sara = _visitor(app)
    sara.login(secretary)
    page = sara.get(f"/admin/personer/{torben.id}").get_data(as_text=True)
    assert "Knyttet til kontoen" in page and "Fjern koblingen" not in page
    assert sara.post(url, {"unlink": "y"}, token_from="/mine").status_code == 403
    fields = _account_form(admin_client, torben, "link")
    fields.pop("csrf_token")
    assert admin_client.raw.post(url, data=fields).status_code == 400
    assert admin_client.post(url, {}, token_from="/mine").status_code == 400, "no button"
    db.session.refresh(torben)
    assert (torben.sso_subject, torben.sso_refused_subject) == (TORBEN_SUB, NEW_SUB)
    assert _trail(db, torben) == []


def test_unlinking_a_person_with_no_binding_says_so(app, sso, torben, admin_client, db):
    url = f"/admin/personer/{torben.id}/login-udbyder"
    assert admin_client.post(url, {"unlink": "y"}, token_from="/mine").status_code == 302
    assert "ikke knyttet til en konto hos login-udbyderen" in flashed(admin_client)
    assert _trail(db, torben) == []


def test_the_subject_wins_over_the_email(app, client, sso, db):
    """Bound once, the account logs in as its person even after the address moved to another
    person in the tracker (say, a renamed address given anew)."""
    bound = make_person(
        name="Torben Chef",
        email="torben.gammel@example.org",
        sso_issuer=sso.issuer,
        sso_subject=TORBEN_SUB,
    )
    make_person(name="Tove Anden", email="torben@example.org")
    assert sso_login(client, "torben@example.org").headers["Location"] == "/"
    assert "Torben Chef" in client.get("/indstillinger").get_data(as_text=True)
    assert bound.sso_subject == TORBEN_SUB


def test_a_deactivated_bound_person_is_refused(client, sso, db):
    make_person(
        name="Tidligere",
        email="torben@example.org",
        active=False,
        sso_issuer=sso.issuer,
        sso_subject=TORBEN_SUB,
    )
    assert_refused(client, sso_login(client, "torben@example.org"), "Din konto er deaktiveret")


def test_entra_object_id_is_the_subject(client, sso, db):
    """Entra's sub differs per application; its object id (with the tenant) does not."""
    person = make_person(name="Erik Entra", email="entra.bruger@example.org")
    assert sso_login(client, "entra.bruger@example.org").headers["Location"] == "/"
    db.session.refresh(person)
    assert person.sso_subject == "t-1/0f0e0d0c-aaaa-4bbb-8ccc-123456789abc"


def test_erasing_a_person_forgets_the_binding(app, sso, admin_client, db):
    gone = make_person(
        name="Fratrådt",
        email="gone@example.org",
        active=False,
        sso_issuer=sso.issuer,
        sso_subject="gone@example.org",
    )
    fields = {"notes": "keep", "confirm": "y"}
    assert admin_client.post(f"/admin/personer/{gone.id}/slet", fields).status_code == 302
    db.session.refresh(gone)
    assert (gone.sso_issuer, gone.sso_subject) == (None, None)
