"""Missing email never goes unnoticed: every secretary page that matters says who gets nothing."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.factories import make_action, make_meeting, make_person
from tracker.extensions import db
from tracker.models import OutboxMessage, Person

NOTICE = "får ingen påmindelser"


def _world():
    meeting = make_meeting()
    nomail = make_person(name="Uden Adresse")
    withmail = make_person(name="Med Adresse", email="med@example.org")
    action = make_action(withmail, "Fælles", meeting=meeting, co_owners=[nomail])
    return meeting, nomail, withmail, action


def test_action_page_says_who_has_no_email(secretary_client):
    _meeting, nomail, withmail, action = _world()
    page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "ingen e-mail – får ingen påmindelser" in page
    assert f'action="/admin/personer/{nomail.id}/email"' in page, "the secretary can type it"


def test_members_see_the_mark_but_no_form(member_client, member):
    _meeting, nomail, _withmail, action = _world()
    page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "ingen e-mail – får ingen påmindelser" in page
    assert "/email" not in page


def test_start_page_status_round_and_outbox_list_them(secretary_client):
    _meeting, nomail, withmail, _action = _world()
    for url in ("/", "/mine", "/fora/lederforum/statusrunde", "/admin/udbakke"):
        response = secretary_client.get(url, follow_redirects=True)
        page = response.get_data(as_text=True)
        assert "1 person får ingen påmindelser" in page, url
        assert nomail.name in page and f"/admin/personer/{nomail.id}" in page, url


def test_nothing_shown_when_everyone_has_an_email(secretary_client):
    owner = make_person(name="Har Mail", email="har@example.org")
    make_action(owner, "Noget")
    for url in ("/mine", "/admin/udbakke"):
        assert NOTICE not in secretary_client.get(url).get_data(as_text=True)


def test_members_start_page_shows_no_list(member_client, member):
    _world()
    assert "får ingen påmindelser" not in member_client.get("/mine").get_data(as_text=True)


def test_typing_the_email_and_the_next_run_reaches_them(app, secretary_client):
    _meeting, nomail, withmail, _action = _world()
    secretary_client.post(
        f"/admin/personer/{nomail.id}/email",
        {"email": "uden@example.org", "next": "/mine"},
        token_from="/mine",
    )
    assert db.session.get(Person, nomail.id).email == "uden@example.org"
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["reminders", "run", "--kind", "weekly", "--at", "2025-03-03T07:30:00+01:00"]
    )
    assert result.exit_code == 0, result.output
    addresses = set(db.session.scalars(select(OutboxMessage.to_address)))
    assert addresses == {"uden@example.org", "med@example.org"}


def test_co_owners_stand_one_a_line_with_no_stray_comma(secretary_client):
    """A co-owner without e-mail ends with the form to type it: the next co-owner starts a
    line of their own, never with ", " (it read ", Søren Schlüter" on a phone)."""
    _meeting, nomail, _withmail, action = _world()
    other = make_person(name="Søren Schlüter", email="soren@example.org")
    action.co_owners.append(other)
    db.session.commit()
    page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    listed = page.split("<dt>Medejere</dt>", 1)[1].split("</dd>", 1)[0]
    assert listed.count("<li>") == 2 and "Søren Schlüter" in listed
    assert ", " not in re.sub(r"<[^>]+>", "", listed)
