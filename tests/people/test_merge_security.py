"""Merging people and changing addresses never hands an account to someone else.

The two ways a secretary became admin (security issue, third round): a look-alike of the admin
with her own address, whose waiting or failed password reset followed the merge and was signed for
the admin; and a look-alike's password copied into the admin who had none. Also: a changed
address stops what waits for the old one, "Send igen" refuses an email whose address is no longer
its person's, and two roles are merged only when the admin says which stays.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import make_person
from tracker.extensions import db
from tracker.models import OutboxMessage, Person, PersonAudit, utcnow
from tracker.people import merging
from tracker.people.services import PeopleError
from tracker.scheduler.jobs import deliver

SARA_OWN = "sara.privat@example.org"


def _add_look_alike(client, name: str, email: str) -> Person:
    """The secretary adds a person on the people page, as any secretary may."""
    response = client.post(
        "/admin/personer/ny",
        {"name": name, "email": email, "language": "da", "role": "member"},
        token_from="/admin/personer/ny",
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return db.session.scalar(select(Person).where(Person.email == email))


def _ask_for_reset(client, email: str) -> None:
    client.post("/glemt-adgangskode", {"email": email}, token_from="/glemt-adgangskode")


def _links(received) -> list[str]:
    text = received.message.get_body(("plain",)).get_content()
    return re.findall(r"/(?:nulstil|e|l)/\S+", text)


def _merge(client, keep: Person, duplicate: Person, **extra):
    return client.post(
        f"/admin/personer/{keep.id}/sammenlaeg",
        {"duplicate_id": duplicate.id, "confirm": "y", **extra},
    )


@pytest.mark.parametrize("answer", ["451 4.2.0 try later", "550 5.1.1 no such user"])
def test_a_look_alikes_reset_never_reaches_its_address_after_a_merge(
    app, client, admin, secretary, smtp, answer
):
    """High 1: the look-alike's waiting (451) or failed (550) reset is stopped by the merge, is
    never signed for the admin, and "Send igen" refuses it."""
    admin_name = admin.name
    client.login(secretary)
    twin = _add_look_alike(client, admin_name.replace(" ", "  "), SARA_OWN)
    client.logout()
    smtp.refuse[SARA_OWN] = answer
    _ask_for_reset(client, SARA_OWN)
    deliver()
    row = db.session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "password_reset"))
    assert row.state == ("pending" if answer.startswith("4") else "failed")

    client.login(admin)
    page = client.get(f"/admin/personer/{admin.id}/sammenlaeg").get_data(as_text=True)
    assert f"dublet={twin.id}" in page, "the merge page offers the look-alike"
    assert _merge(client, admin, twin, role="admin").status_code == 302
    smtp.refuse.clear()

    row = db.session.get(OutboxMessage, row.id)
    assert row.person_id == admin.id and row.to_address == SARA_OWN
    assert row.state == "failed" and "lagt sammen" in row.last_error
    deliver(utcnow() + timedelta(hours=7))
    assert smtp.to(SARA_OWN) == [], "nothing more reaches the look-alike's address"

    answer_page = client.post(f"/admin/udbakke/{row.id}/send-igen", follow_redirects=True)
    assert "adressen er ikke længere modtagerens" in answer_page.get_data(as_text=True)
    assert db.session.get(OutboxMessage, row.id).state == "failed", "Send igen changed nothing"
    deliver(utcnow() + timedelta(hours=8))
    assert smtp.to(SARA_OWN) == []
    kept = db.session.get(Person, admin.id)
    assert kept.email == admin.email and kept.role == "admin"


def test_a_look_alikes_password_never_opens_the_kept_account(client, secretary, smtp):
    """High 2: the look-alike's password is not copied into a kept admin who has none."""
    boss = make_person(
        name="Bente Direktør", email="bente@example.org", role="admin", password=None
    )
    keeper = make_person(name="Anden Admin", email="anden.admin@example.org", role="admin")
    client.login(secretary)
    twin = _add_look_alike(client, "Bente  Direktør", SARA_OWN)
    client.logout()
    _ask_for_reset(client, SARA_OWN)
    deliver()
    link = _links(smtp.to(SARA_OWN)[0])[0]
    new = {"new": "sara har en lang kode", "repeat": "sara har en lang kode"}
    assert client.post(link, new).status_code == 302
    assert db.session.get(Person, twin.id).password_hash is not None

    client.login(keeper)
    assert _merge(client, boss, twin, role="admin").status_code == 302
    client.logout()
    kept = db.session.get(Person, boss.id)
    assert kept.password_hash is None and kept.email == "bente@example.org"
    answer = client.post("/login", {"email": "bente@example.org", "password": new["new"]})
    assert answer.status_code != 302, "the look-alike's password logs nobody in as the admin"
    answer = client.post("/login", {"email": SARA_OWN, "password": new["new"]})
    assert answer.status_code != 302, "the look-alike's address is gone with it"


def test_a_merge_never_carries_the_address(admin):
    keep = make_person(name="Karsten Holm", email=None)
    twin = make_person(name="Karsten  Holm", email="karsten.privat@example.org", title="Chef")
    merging.merge(keep, twin, admin)
    db.session.commit()
    kept = db.session.get(Person, keep.id)
    assert kept.email is None and kept.title == "Chef", "title taken, address not"
    assert kept.calendar_token is None


def test_two_roles_are_merged_only_when_the_admin_says_which_stays(client, admin):
    keep = make_person(name="Sekretær Søs", email="sos@example.org", role="secretary")
    twin = make_person(name="Sekretær  Søs", email="sos2@example.org", role="admin")
    client.login(admin)
    refused = client.post(
        f"/admin/personer/{keep.id}/sammenlaeg",
        {"duplicate_id": twin.id, "confirm": "y"},
        follow_redirects=True,
    )
    assert "forskellige roller" in refused.get_data(as_text=True)
    assert db.session.get(Person, twin.id) is not None, "nothing merged"
    assert _merge(client, keep, twin, role="member").status_code != 302, "one of their two roles"
    assert db.session.get(Person, twin.id) is not None
    assert _merge(client, keep, twin, role="admin").status_code == 302
    assert db.session.get(Person, keep.id).role == "admin"
    entry = db.session.scalar(select(PersonAudit).where(PersonAudit.kind == "role"))
    assert entry.person_id == keep.id and entry.actor_id == admin.id
    assert "secretary → admin" in entry.detail


def test_a_merge_never_takes_the_last_admin(admin):
    twin = make_person(name="Morten  Admin", email="morten2@example.org", role="member")
    with pytest.raises(PeopleError, match="sidste administrator"):
        merging.merge(twin, admin, make_person(name="Ingen", role="member"), role="member")


def test_a_changed_address_stops_what_waits_for_the_old_one(client, admin, member, smtp):
    old = member.email
    smtp.refuse[old] = "451 4.2.0 try later"
    _ask_for_reset(client, old)
    deliver()
    row = db.session.scalar(select(OutboxMessage))
    assert row.state == "pending"
    client.login(admin)
    response = client.post(
        f"/admin/personer/{member.id}/rediger",
        {"name": member.name, "email": "torben.ny@example.org", "language": "da", "role": "member"},
        token_from=f"/admin/personer/{member.id}/rediger",
    )
    assert response.status_code == 302
    smtp.refuse.clear()
    deliver(utcnow() + timedelta(hours=7))
    assert smtp.to(old) == [] and smtp.to("torben.ny@example.org") == []
    row = db.session.get(OutboxMessage, row.id)
    assert row.state == "failed" and "ændret" in row.last_error
    entry = db.session.scalar(select(PersonAudit).where(PersonAudit.kind == "email"))
    assert entry.person_id == member.id and "@" not in entry.detail, "no address in the trail"


def test_delivery_signs_nothing_for_a_row_whose_address_is_not_its_persons(member, smtp):
    """The last guard: whatever left a row with another address, it is not sent or signed."""
    row = OutboxMessage(
        key="password_reset:x",
        kind="password_reset",
        person=member,
        to_address="someone.else@example.org",
        subject="Nulstil",
        body_text="http://tracker.test/nulstil/@@reset@@",
        body_html="<a href='http://tracker.test/nulstil/@@reset@@'>x</a>",
        message_id="<x@tracker.test>",
    )
    db.session.add(row)
    db.session.commit()
    assert deliver()["failed"] == 1
    assert smtp.messages == []
    assert db.session.get(OutboxMessage, row.id).state == "failed"
