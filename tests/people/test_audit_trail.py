"""The audit trail records roles given and taken, email changes, escalation settings and
passwords set from the command line, with no names or addresses in its words."""

from __future__ import annotations

from sqlalchemy import select

from tests.factories import make_forum, make_person
from tracker.extensions import db
from tracker.models import PersonAudit


def _entries(kind: str) -> list[PersonAudit]:
    return db.session.scalars(
        select(PersonAudit).where(PersonAudit.kind == kind).order_by(PersonAudit.id)
    ).all()


def _edit(client, person, **changes):
    values = {"name": person.name, "email": person.email or "", "language": "da"}
    values["role"] = person.role
    values.update(changes)
    return client.post(
        f"/admin/personer/{person.id}/rediger",
        values,
        token_from=f"/admin/personer/{person.id}/rediger",
    )


def test_giving_and_removing_a_role_is_in_the_trail(client, admin):
    chef = make_person(name="Chef Chefsen", email="chef@example.org")
    client.login(admin)
    assert _edit(client, chef, role="admin").status_code == 302
    assert _edit(client, chef, role="member").status_code == 302
    assert _edit(client, chef, title="Direktør").status_code == 302, "no role change: no entry"
    entries = _entries("role")
    assert [(e.person_id, e.actor_id, e.detail) for e in entries] == [
        (chef.id, admin.id, "member → admin"),
        (chef.id, admin.id, "admin → member"),
    ]
    page = client.get("/admin/personer/revisionsspor").get_data(as_text=True)
    assert "Rolle givet eller fjernet" in page


def test_an_email_change_is_in_the_trail_without_the_address(client, admin, member):
    client.login(admin)
    assert _edit(client, member, email="ny.adresse@example.org").status_code == 302
    [entry] = _entries("email")
    assert (entry.person_id, entry.actor_id) == (member.id, admin.id)
    assert "@" not in entry.detail and "ny.adresse" not in entry.detail
    page = client.get("/admin/personer/revisionsspor").get_data(as_text=True)
    assert "E-mail ændret" in page


def test_escalation_settings_are_in_the_trail(client, admin):
    forum = make_forum()
    client.login(admin)
    response = client.post(
        f"/fora/{forum.slug}/eskalering",
        {
            "escalation_enabled": "y",
            "escalation_manager_days": "5",
            "escalation_secretariat_days": "10",
        },
        token_from=f"/fora/{forum.slug}/eskalering",
    )
    assert response.status_code == 302
    [entry] = _entries("settings")
    assert entry.actor_id == admin.id and entry.person_id is None
    assert f"forum #{forum.id}: til" in entry.detail and "5" in entry.detail


def test_the_command_line_password_role_and_deactivation_are_in_the_trail(app):
    runner = app.test_cli_runner()
    args = ["users", "create", "--email", "a@example.org", "--name", "A", "--role", "admin"]
    assert runner.invoke(args=[*args, "--password", "a long password"]).exit_code == 0
    new_password = ["users", "set-password", "a@example.org", "--password", "another long one"]
    assert runner.invoke(args=new_password).exit_code == 0
    assert runner.invoke(args=["users", "deactivate", "a@example.org"]).exit_code == 0
    kinds = [(e.kind, e.actor_id) for e in db.session.scalars(select(PersonAudit))]
    assert kinds == [("role", None), ("password", None), ("deactivate", None)]
