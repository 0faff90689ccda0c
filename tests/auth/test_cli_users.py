"""``tracker users``: create, set-password, list."""

from __future__ import annotations

from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import Person


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=["users", *args], input=input)


def test_create_set_password_and_list(app):
    result = run(
        app,
        "create",
        "--email",
        "Ny@Example.org",
        "--name",
        "Ny Chef",
        "--role",
        "secretary",
        "--password",
        "a long password",
    )
    assert result.exit_code == 0, result.output
    person = db.session.scalar(select(Person))
    assert (person.email, person.role) == ("ny@example.org", "secretary")
    assert person.check_password("a long password")
    result = run(app, "set-password", "ny@example.org", "--password", "another long one")
    assert result.exit_code == 0
    db.session.refresh(person)
    assert person.check_password("another long one")
    listing = run(app, "list").output
    assert "ny@example.org" in listing and "Ny Chef" in listing and "secretary" in listing


def test_create_prompts_for_the_password(app):
    result = run(
        app,
        "create",
        "--email",
        "p@example.org",
        "--name",
        "P",
        input="prompted password\nprompted password\n",
    )
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(Person)).check_password("prompted password")


def test_bad_input_is_refused_and_changes_nothing(app):
    run(app, "create", "--email", "a@example.org", "--name", "A", "--password", "a long password")
    duplicate = run(
        app, "create", "--email", "A@example.org", "--name", "B", "--password", "a long password"
    )
    assert duplicate.exit_code != 0 and "findes allerede" in duplicate.output
    short = run(app, "create", "--email", "b@example.org", "--name", "B", "--password", "short")
    assert short.exit_code != 0 and "mindst 10 tegn" in short.output
    bad_role = run(
        app,
        "create",
        "--email",
        "c@example.org",
        "--name",
        "C",
        "--role",
        "king",
        "--password",
        "a long password",
    )
    assert bad_role.exit_code != 0
    unknown = run(app, "set-password", "nobody@example.org", "--password", "a long password")
    assert unknown.exit_code != 0 and "Ingen bruger" in unknown.output
    assert db.session.scalar(select(func.count()).select_from(Person)) == 1


def test_deactivate_ends_every_login(app, client, member):
    client.login(member)
    assert client.get("/mine").status_code == 200
    result = run(app, "deactivate", member.email.upper())
    assert result.exit_code == 0 and "deaktiveret og logget ud overalt" in result.output
    assert client.get("/mine").status_code == 302
    assert not db.session.get(Person, member.id).active
    unknown = run(app, "deactivate", "nobody@example.org")
    assert unknown.exit_code != 0 and "Ingen bruger" in unknown.output


def test_set_password_ends_the_persons_logins(app, client, member):
    client.login(member)
    result = run(app, "set-password", member.email, "--password", "a brand new password")
    assert result.exit_code == 0 and "alle personens logins er afsluttet" in result.output
    assert client.get("/mine").status_code == 302
