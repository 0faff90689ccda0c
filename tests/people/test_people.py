"""People pages: list, person page, create and edit with permissions, deactivate with handing on."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.factories import make_action, make_meeting, make_person
from tests.prg import error_page, post_with_error
from tracker import tokens
from tracker.extensions import db
from tracker.models import ActionEvent, LoginSession, OutboxMessage, Person, PersonAudit
from tracker.people import queries


def _people(db):
    return {p.name: p for p in db.session.scalars(select(Person))}


def test_list_searches_filters_and_counts_missing_emails(secretary_client, secretary):
    ida = make_person(name="Ida Uden Mail", unit="Skole")
    make_person(name="Bo Uden Mail", unit="Kultur")
    gone = make_person(name="Gå Væk", email="gaa@example.org", active=False)
    make_action(ida, "Første")
    make_action(ida, "Anden")
    page = secretary_client.get("/admin/personer").get_data(as_text=True)
    assert "1 person uden e-mail har 2 åbne handlinger og får ingen påmindelser." in " ".join(
        page.split()
    )
    assert "Ida Uden Mail" in page and gone.name not in page
    only = secretary_client.get("/admin/personer?uden_email=1&enhed=Skole").get_data(as_text=True)
    only = only.split("<tbody>")[1]
    assert "Ida Uden Mail" in only and "Bo Uden Mail" not in only and secretary.name not in only
    found = secretary_client.get("/admin/personer?q=gaa%40&status=inaktive").get_data(as_text=True)
    assert gone.name in found and "Ida" not in found.split("<table")[1]
    assert "1 person<" in found
    # Nonsense in the URL is the default, never an error.
    assert secretary_client.get("/admin/personer?side=%C2%B2&rolle=x&status=y").status_code == 200


def test_person_page_shows_manager_substitute_absence_and_open_actions(secretary_client):
    boss = make_person(name="Chef Chefsen", email="chef@example.org")
    sub = make_person(name="Stedfor Træder", email="sted@example.org")
    person = make_person(
        name="Karina Pedersen", manager=boss, substitute=sub, absent_until=date(2099, 1, 31)
    )
    make_action(person, "Seminar for Strategisk Chefforum")
    page = secretary_client.get(f"/admin/personer/{person.id}").get_data(as_text=True)
    for text in (boss.name, sub.name, "31. januar 2099", "Seminar for Strategisk Chefforum"):
        assert text in page
    assert "har ingen e-mail og får ingen påmindelser" in page
    boss_page = secretary_client.get(f"/admin/personer/{boss.id}").get_data(as_text=True)
    assert "Leder for" in boss_page and person.name in boss_page


def test_secretary_creates_a_member_and_cannot_give_a_role(secretary_client):
    response = secretary_client.post(
        "/admin/personer/ny",
        {"name": "Ny  Leder", "email": "NY@Example.org", "language": "da", "role": "admin"},
    )
    assert response.status_code == 302
    person = db.session.scalar(select(Person).where(Person.name == "Ny Leder"))
    assert person.email == "ny@example.org" and person.role == "member"


def test_bad_input_is_refused_in_danish_and_changes_nothing(secretary_client, member):
    before = db.session.scalar(select(func.count()).select_from(Person))
    for data, message in (
        ({"name": "", "language": "da"}, "Skriv personens navn."),
        ({"name": "X", "email": "ikke en mail", "language": "da"}, "gyldig e-mailadresse"),
        ({"name": "X", "email": member.email.upper(), "language": "da"}, "allerede den e-mail"),
        ({"name": "X", "manager_id": "99999", "language": "da"}, "Vælg en person på listen."),
        ({"name": "X", "absent_until": "31-02-2025", "language": "da"}, "Not a valid date"),
    ):
        body = post_with_error(secretary_client, "/admin/personer/ny", data)
        if message != "Not a valid date":
            assert message in body, data
    assert db.session.scalar(select(func.count()).select_from(Person)) == before


def test_secretary_edits_a_members_email_not_an_admins(secretary_client, member, admin):
    url = f"/admin/personer/{member.id}/rediger"
    response = secretary_client.post(
        url, {"name": member.name, "email": "torben.ny@example.org", "language": "da"}
    )
    assert response.status_code == 302
    assert db.session.get(Person, member.id).email == "torben.ny@example.org"
    assert secretary_client.get(f"/admin/personer/{admin.id}/rediger").status_code == 403
    assert (
        secretary_client.post(
            f"/admin/personer/{admin.id}/email",
            {"email": "mine@example.org"},
            token_from="/admin/personer",
        ).status_code
        == 403
    )
    assert db.session.get(Person, admin.id).email == "morten@example.org"


def test_a_secretary_cannot_change_another_secretarys_email(secretary_client, secretary):
    other = make_person(name="Sekretær To", email="to@example.org", role="secretary")
    data = {"name": other.name, "email": "overtaget@example.org", "language": "da"}
    assert secretary_client.post(f"/admin/personer/{other.id}/rediger", data).status_code == 403
    quick = secretary_client.post(
        f"/admin/personer/{other.id}/email",
        {"email": "overtaget@example.org"},
        token_from="/admin/personer",
    )
    assert quick.status_code == 403
    db.session.expire_all()
    assert db.session.get(Person, other.id).email == "to@example.org"


def test_the_service_refuses_a_role_change_by_a_secretary(secretary, member):
    from tracker.people.services import PeopleError, PersonData, save_person

    promote = PersonData(name=member.name, email=member.email, role="secretary")
    with pytest.raises(PeopleError, match="Kun en administrator kan ændre roller."):
        save_person(member, promote, secretary)
    with pytest.raises(PeopleError, match="Kun en administrator kan ændre roller."):
        save_person(None, PersonData(name="Ny Admin", role="admin"), secretary)
    db.session.rollback()
    assert db.session.get(Person, member.id).role == "member"
    assert not db.session.scalar(select(Person).where(Person.name == "Ny Admin"))


def test_a_changed_email_ends_the_persons_logins(app, client, secretary, member):
    from tests.conftest import Client

    theirs = Client(app.test_client())
    theirs.login(member)
    client.login(secretary)
    client.post(
        f"/admin/personer/{member.id}/rediger",
        {"name": member.name, "email": "new@example.org", "language": "da"},
    )
    assert theirs.get("/mine").status_code == 302
    assert client.get("/mine").status_code == 200


def test_admin_gives_roles_but_not_away_the_last_admin(client, admin, member):
    client.login(admin)
    url = f"/admin/personer/{member.id}/rediger"
    client.post(
        url, {"name": member.name, "email": member.email, "language": "da", "role": "secretary"}
    )
    assert db.session.get(Person, member.id).role == "secretary"
    own = post_with_error(
        client,
        f"/admin/personer/{admin.id}/rediger",
        {"name": admin.name, "email": admin.email, "language": "da", "role": "member"},
    )
    assert "Den sidste administrator kan ikke miste rollen." in own
    assert db.session.get(Person, admin.id).role == "admin"


def test_manager_cycle_and_self_are_refused(client, admin):
    a = make_person(name="A Leder")
    b = make_person(name="B Leder", manager=a)
    client.login(admin)
    page = post_with_error(
        client,
        f"/admin/personer/{a.id}/rediger",
        {"name": a.name, "manager_id": str(b.id), "language": "da"},
    )
    assert "er selv leder for" in page
    assert db.session.get(Person, a.id).manager_id is None


def test_quick_email_fix_from_a_list_goes_back(secretary_client):
    person = make_person(name="Uden Mail")
    make_action(person, "Noget")
    response = secretary_client.post(
        f"/admin/personer/{person.id}/email",
        {"email": "uden@example.org", "next": "/fora"},
        token_from="/mine",
    )
    assert response.headers["Location"] == "/fora"
    assert db.session.get(Person, person.id).email == "uden@example.org"
    bad = secretary_client.post(
        f"/admin/personer/{person.id}/email",
        {"email": "x", "next": "//evil.example"},
        token_from="/mine",
    )
    assert bad.headers["Location"] == f"/admin/personer/{person.id}"
    assert db.session.get(Person, person.id).email == "uden@example.org"
    assert queries.missing_email().people == []


def test_deactivate_hands_open_actions_on_in_one_step(app, client, admin, smtp):
    from tests.conftest import Client

    leaving = make_person(name="Går Nu", email="gaar@example.org")
    heir = make_person(name="Arving", email="arving@example.org")
    other = make_person(name="Tredje", email="tredje@example.org")
    owned = make_action(leaving, "Ejet")
    co = make_action(other, "Medejet", co_owners=[leaving])
    done = make_action(leaving, "Udført", status="done")
    reports = make_person(name="Medarbejder", manager=leaving, substitute=leaving)
    db.session.add(
        OutboxMessage(
            key="weekly:x",
            kind="weekly",
            person=leaving,
            to_address=leaving.email,
            subject="s",
            body_text="t",
            body_html="h",
            message_id="<m@x>",
        )
    )
    db.session.commit()
    theirs = Client(app.test_client())
    theirs.login(leaving)
    client.login(admin)
    page = client.get(f"/admin/personer/{leaving.id}/deaktiver").get_data(as_text=True)
    assert "2 åbne handlinger gives videre" in page
    refused = post_with_error(
        client, f"/admin/personer/{leaving.id}/deaktiver", {"new_owner_id": "0"}
    )
    assert "Vælg, hvem der overtager" in refused
    assert db.session.get(Person, leaving.id).active
    response = client.post(
        f"/admin/personer/{leaving.id}/deaktiver", {"new_owner_id": str(heir.id)}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(type(owned), owned.id).owner_id == heir.id
    assert [p.id for p in db.session.get(type(co), co.id).co_owners] == [heir.id]
    assert db.session.get(type(done), done.id).owner_id == leaving.id, "closed ones stay"
    person = db.session.get(Person, leaving.id)
    assert not person.active and person.deactivated_at is not None
    assert theirs.get("/mine").status_code == 302, "their login ended"
    assert (
        client.post(
            "/login", {"email": leaving.email, "password": "correct horse battery"}
        ).status_code
        != 302
    )
    assert db.session.get(Person, reports.id).manager_id is None
    events = db.session.scalars(
        select(ActionEvent).where(ActionEvent.field.in_(["owner", "co_owners"]))
    ).all()
    assert {(e.field, e.old_value, e.new_value) for e in events} == {
        ("owner", "Går Nu", "Arving"),
        ("co_owners", "Går Nu", "Arving"),
    }
    rows = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert rows[0].state == "failed" and "deaktiveret" in rows[0].last_error
    assert [r.to_address for r in rows[1:]] == [heir.email], "the heir is told"
    entry = db.session.scalar(select(PersonAudit))
    assert (entry.kind, entry.actor_id, entry.person_id) == ("deactivate", admin.id, leaving.id)
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(LoginSession)
            .where(LoginSession.person_id == leaving.id, LoginSession.revoked_at.is_(None))
        )
        == 0
    )


def test_deactivated_person_is_no_choice_but_keeps_an_action_saveable(secretary_client):
    owner = make_person(name="Ejer", email="ejer@example.org")
    gone = make_person(name="Fratrådt", email="fra@example.org", active=False)
    meeting = make_meeting()
    action = make_action(owner, "Med fratrådt", meeting=meeting, co_owners=[gone])
    page = secretary_client.get(f"/handlinger/{action.id}/rediger").get_data(as_text=True)
    assert "Fratrådt (fratrådt)" in page
    data = {
        "title": "Nyt navn",
        "owner_id": str(owner.id),
        "co_owner_ids": str(gone.id),
        "version": str(action.version),
        "seen_event": "0",
    }
    saved = secretary_client.post(f"/handlinger/{action.id}/rediger", data)
    assert saved.status_code == 302, saved.get_data(as_text=True)
    other = make_action(owner, "Uden", meeting=meeting)
    refused = secretary_client.post(
        f"/handlinger/{other.id}/rediger",
        {**data, "version": str(other.version), "owner_id": str(gone.id), "co_owner_ids": []},
    )
    body = error_page(secretary_client, refused, f"/handlinger/{other.id}/rediger")
    assert "not a valid choice" not in body
    assert "En fratrådt person kan ikke få nye handlinger." in body


def test_reactivate(client, admin):
    person = make_person(name="Tilbage", email="tilbage@example.org", active=False)
    client.login(admin)
    client.post(
        f"/admin/personer/{person.id}/genaktiver", token_from=f"/admin/personer/{person.id}"
    )
    assert db.session.get(Person, person.id).active


def test_reactivating_does_not_bring_back_links_signed_before_the_deactivation(app, client, admin):
    person = make_person(name="Tilbage", email="tilbage@example.org")
    action = make_action(person, "Hans handling")
    with app.test_request_context():
        reset, login = tokens.sign_reset(person), tokens.sign_login(person)
        checkin = tokens.sign_checkin(person, action.id, "note", "før")
    client.login(admin)
    page = f"/admin/personer/{person.id}"
    client.post(f"{page}/deaktiver", {"new_owner_id": str(admin.id)}, token_from=page)
    client.post(f"{page}/genaktiver", token_from=page)
    client.logout()
    back = db.session.get(Person, person.id)
    db.session.get(type(action), action.id).owner = back  # the action given back as well
    db.session.commit()
    assert back.active
    assert tokens.read_reset(reset, 3600) is None and tokens.read_login(login, 3600) is None
    response = client.get(f"/e/{checkin}")
    assert response.status_code == 400 and "Linket er ugyldigt" in response.get_data(as_text=True)
    with app.test_request_context():
        fresh = tokens.sign_reset(db.session.get(Person, person.id))
    assert tokens.read_reset(fresh, 3600) is not None, "a link signed now works"


def test_an_email_to_a_deactivated_person_cannot_be_sent_again(secretary_client):
    gone = make_person(name="Væk", email="vaek@example.org", active=False)
    row = OutboxMessage(
        key="weekly:vaek",
        kind="weekly",
        person=gone,
        to_address=gone.email,
        subject="s",
        body_text="t",
        body_html="h",
        message_id="<v@x>",
        state="failed",
    )
    db.session.add(row)
    db.session.commit()
    page = secretary_client.get(f"/admin/udbakke/{row.id}").get_data(as_text=True)
    assert "Send igen" not in page and "kan ikke sendes igen" in page
    response = secretary_client.post(
        f"/admin/udbakke/{row.id}/send-igen",
        {},
        token_from="/admin/udbakke",
        follow_redirects=True,
    )
    assert "sendes ikke igen" in response.get_data(as_text=True), "a Danish reason, no 400"
    assert db.session.get(OutboxMessage, row.id).state == "failed"


def test_people_pages_do_not_grow_with_the_data(secretary_client, query_counter):
    boss = make_person(name="Chef", email="chef@example.org")

    def grow(n, start):
        for i in range(start, start + n):
            person = make_person(name=f"Leder {i}", unit=f"Enhed {i % 3}", manager=boss)
            make_action(person, f"Handling {i}", co_owners=[boss])

    def count(url):
        with query_counter() as statements:
            assert secretary_client.get(url).status_code == 200
        return len(statements)

    urls = ["/admin/personer", "/admin/personer?uden_email=1", f"/admin/personer/{boss.id}"]
    grow(3, 0)
    few = [count(u) for u in urls]
    grow(20, 3)
    assert [count(u) for u in urls] == few


def test_cli_deactivate_hands_on_or_refuses(app):
    leaving = make_person(name="Går", email="gaar@example.org")
    heir = make_person(name="Arving", email="arving@example.org")
    action = make_action(leaving, "Åben")
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["people", "deactivate", leaving.email])
    assert refused.exit_code == 2 and "Vælg, hvem der overtager" in refused.output
    assert db.session.get(Person, leaving.id).active
    unknown = runner.invoke(args=["people", "deactivate", leaving.email, "--to", "x@example.org"])
    assert unknown.exit_code == 2 and "Ingen person med e-mail x@example.org." in unknown.output
    done = runner.invoke(args=["people", "deactivate", leaving.email, "--to", heir.email])
    assert done.exit_code == 0, done.output
    assert "Går er deaktiveret; 1 åben handling til Arving." in done.output
    db.session.expire_all()
    assert not db.session.get(Person, leaving.id).active
    assert db.session.get(type(action), action.id).owner_id == heir.id


def test_nonsense_posts_get_a_danish_answer_never_a_500(client, admin):
    person = make_person(name="Mål", email="maal@example.org")
    client.login(admin)
    base = f"/admin/personer/{person.id}"
    token = client.csrf_token("/mine")
    for url, data in (
        (f"{base}/deaktiver", {"new_owner_id": "abc"}),
        (f"{base}/deaktiver", {"new_owner_id": "²"}),
        (f"{base}/sammenlaeg", {"duplicate_id": "99999999999", "confirm": "y"}),
        (f"{base}/data", {"format": "pdf"}),
        (f"{base}/slet", {"notes": "x", "confirm": "y"}),
        (f"{base}/rediger", {"name": "\x00", "language": "xx", "role": "king"}),
        (f"{base}/email", {"email": "a" * 300 + "@example.org"}),
        ("/admin/personer/import/gem", {"content": "\x00;;\n" * 3, "filename": "x"}),
        ("/admin/personer/import", {}),
    ):
        response = client.raw.post(url, data={**data, "csrf_token": token})
        assert response.status_code in (302, 303, 400), (url, response.status_code)
    assert db.session.get(Person, person.id).active
    assert db.session.get(Person, person.id).name == "Mål"
    assert db.session.scalar(select(func.count()).select_from(Person)) == 2


def test_the_audit_trail_page_shows_imports_and_who(client, admin, app, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("navn;email\nNy;ny@example.org\n")
    app.test_cli_runner().invoke(args=["people", "import", str(path)])
    client.login(admin)
    page = client.get("/admin/personer/revisionsspor").get_data(as_text=True)
    assert "Importeret fra fil" in page and "1 nye, 0 ændrede, 0 uændrede" in page
    assert "kommandolinjen" in page


def test_two_people_are_never_the_same_person_by_accident(app):
    """Flask-Login's UserMixin compares by login id, "" for anyone not logged in: two
    strangers would be equal, and ``in`` a list of attendees would find anyone."""
    karsten = make_person(name="Karsten", email=None)
    soeren = make_person(name="Søren", email=None)
    assert karsten != soeren and karsten not in [soeren]
    assert karsten == db.session.get(type(karsten), karsten.id)  # the same row is the same
    assert len({karsten, soeren}) == 2
