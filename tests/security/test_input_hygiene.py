"""Bad input from members and secretaries never gives a 500, on SQLite and PostgreSQL alike.

Control characters (NUL above all: PostgreSQL refuses it in text) are removed and text is
trimmed and normalised by every form (tracker.forms_common); filter values that are no id are
dropped; names lose invisible characters; a save without a readable version is a conflict.
"""

from __future__ import annotations

import ast
import inspect

import pytest
from sqlalchemy import func, select

from tests.factories import make_action, make_meeting, make_person, make_point
from tests.prg import error_page, post_with_error
from tracker.actions import filters as action_filters
from tracker.actions import forms as action_forms
from tracker.extensions import db
from tracker.forms_common import CleanForm, ascii_id
from tracker.meetings import forms as meeting_forms
from tracker.meetings.services import unique_slug
from tracker.models import Action, AgendaItem, Attendance, Forum, Meeting, Person, Point
from tracker.models.people import name_key
from tracker.text import clean_name, clean_text

CONFLICT = "Handlingen er blevet ændret, efter du åbnede den"


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def seen(action) -> dict:
    """The hidden fields a browser would send back for ``action``."""
    db.session.refresh(action)
    return {"version": str(action.version), "seen_event": str(max(e.id for e in action.events))}


def post_note(client, action, **data):
    url = f"/handlinger/{action.id}"
    return client.post(f"{url}/note", data, token_from=url)


# --- The pure helpers ---------------------------------------------------------------------


def test_clean_text_removes_controls_and_keeps_lines_only_where_asked():
    assert clean_text("  Før\x00 efter\x07\x1b\x7f\x9f ") == "Før efter"
    assert clean_text("a\tb\nc\r\nd   e") == "a b c d e", "one line: breaks and tabs are spaces"
    assert clean_text("a\r\nb\rc\n\td\x00\x85e", multiline=True) == "a\nb\nc\n\td e"
    assert clean_text("e\u0301") == "é", "NFC"
    assert clean_text(None) is None and clean_text(3) == 3


def test_a_text_of_invisible_characters_only_is_empty():
    assert clean_text("\u200b \u200d\ufeff\u2060", multiline=True) == ""
    assert clean_text("\u3164\u034f\ufe0f\u00ad") == ""
    assert clean_text("ok\u200b") == "ok\u200b", "inside a text they are left alone"
    assert clean_text("\U0001f468\u200d\U0001f469") == "\U0001f468\u200d\U0001f469", "an emoji"


def test_clean_name_removes_format_characters_and_keeps_letters():
    assert clean_name("Torben\u200b Chef") == "Torben Chef"
    assert clean_name("\u202eTorben\u202c  Chef\ufeff") == "Torben Chef"
    assert clean_name("\u2066Torben\u2069 \u200dChef\u00ad") == "Torben Chef"
    assert clean_name("Łukasz Ørsted-Émile Åse") == "Łukasz Ørsted-Émile Åse"
    assert clean_name("Torben\u00a0Chef") == "Torben Chef", "NFKC: a no-break space is a space"
    assert name_key("TORBEN\u200c chef") == name_key("Torben Chef") == "torben chef"


def test_text_helpers_import_neither_flask_nor_sqlalchemy():
    import tracker.text

    tree = ast.parse(inspect.getsource(tracker.text))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "re", "unicodedata"}


def test_every_form_cleans_its_text():
    forms = [
        cls
        for module in (action_forms, meeting_forms, action_filters)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if cls.__module__ == module.__name__ and hasattr(cls, "validate_on_submit")
    ]
    assert len(forms) >= 10
    assert [f.__name__ for f in forms if not issubclass(f, CleanForm)] == []


@pytest.mark.parametrize(
    "value,expected",
    [
        ("42", 42),
        ("2147483647", 2**31 - 1),
        ("2147483648", None),
        ("99999999999999999999", None),
        ("9" * 4000, None),
        ("²", None),
        ("٣", None),
        ("0", None),
        ("-1", None),
        ("", None),
        (None, None),
    ],
)
def test_ascii_id(value, expected):
    assert ascii_id(value) == expected


# --- Item 9: NUL and other control characters, padding, lengths, slugs ---------------------


def test_a_note_loses_nul_and_controls_but_keeps_its_lines(member_client, member):
    action = make_action(member)
    response = post_note(member_client, action, text="Før\x00 efter\x07\r\nLinje\t2\x00 ")
    assert response.status_code == 302
    assert [n.text for n in db.session.get(Action, action.id).notes] == ["Før efter\nLinje\t2"]


def test_a_note_of_only_control_characters_is_refused(member_client, member):
    action = make_action(member)
    response = post_note(member_client, action, text="\x00\x01\x1b ", status="")
    page = error_page(member_client, response, f"/handlinger/{action.id}")
    assert "Skriv en statusnote eller vælg en ny status." in page
    assert count(Action) == 1 and db.session.get(Action, action.id).notes == []


def test_an_edit_loses_nul_in_title_and_description(secretary_client, member):
    action = make_action(member, "Gammel titel")
    response = secretary_client.post(
        f"/handlinger/{action.id}/rediger",
        {
            "title": " Ny\x00 titel\n",
            "description": "Linje 1\x00\r\nLinje 2",
            "owner_id": str(member.id),
            **seen(action),
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    action = db.session.get(Action, action.id)
    assert (action.title, action.description) == ("Ny titel", "Linje 1\nLinje 2")


def test_a_title_of_only_control_characters_is_refused(secretary_client, member):
    action = make_action(member, "Gammel titel")
    response = secretary_client.post(
        f"/handlinger/{action.id}/rediger",
        {"title": "\x00\x00", "owner_id": str(member.id), **seen(action)},
    )
    assert "Skriv en titel." in error_page(
        secretary_client, response, f"/handlinger/{action.id}/rediger"
    )
    action = db.session.get(Action, action.id)
    assert action.title == "Gammel titel" and len(action.events) == 1


def test_nul_in_forum_meeting_agenda_item_point_and_attendee(client, admin, secretary):
    client.login(admin)
    response = client.post("/fora/ny", {"name": "Råd\x00et", "description": "Om\x00 rådet"})
    assert response.status_code == 302
    forum = db.session.scalar(select(Forum))
    assert (forum.name, forum.slug, forum.description) == ("Rådet", "raadet", "Om rådet")
    client.logout()
    client.login(secretary)
    response = client.post(
        f"/fora/{forum.slug}/moeder/ny",
        {"title": "Møde\x00 i juni", "date": "2025-06-12", "location": "Råd\x00huset"},
    )
    assert response.status_code == 302
    meeting = db.session.scalar(select(Meeting))
    assert (meeting.title, meeting.location) == ("Møde i juni", "Rådhuset")
    response = client.post(
        f"/moeder/{meeting.id}/punkter/ny",
        {"number": "1", "title": "Punkt\x00 et", "case_number": "S\x002025", "summary": "a\x00b"},
    )
    assert response.status_code == 302
    item = db.session.scalar(select(AgendaItem))
    assert (item.title, item.case_number, item.summary) == ("Punkt et", "S2025", "ab")
    response = client.post(
        f"/punkter/{item.id}/beslutninger/ny",
        {"heading": "Af\x00snit", "text": "Beslut\x00ning\r\nto", "kind": "decision"},
    )
    assert response.status_code == 302
    point = db.session.scalar(select(Point))
    assert (point.heading, point.text) == ("Afsnit", "Beslutning\nto")
    typed = "Åse\x00 Nielsen"
    chosen = {"rows-0-typed": "Åse Nielsen", "rows-0-choice": "new", "save": "Gem"}
    response = client.post(
        f"/moeder/{meeting.id}/deltagere", {"name": typed, "previewed": typed, **chosen}
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Person).where(Person.name == "Åse Nielsen")) is not None


def test_an_attendee_name_of_only_control_characters_is_refused(secretary_client):
    meeting = make_meeting()
    people = count(Person)
    page = post_with_error(
        secretary_client, f"/moeder/{meeting.id}/deltagere", {"name": "\x00\u200b"}
    )
    assert "Feltet skal udfyldes." in page
    assert count(Person) == people and count(Attendance) == 0


def test_a_new_action_loses_nul_in_title_and_deadline(secretary_client, member):
    point = make_point()
    response = secretary_client.post(
        f"/beslutninger/{point.id}/handling/ny",
        {"title": "Semi\x00nar", "owner_id": str(member.id), "deadline": "uge\x00 20 2025"},
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    action = db.session.scalar(select(Action))
    assert (action.title, action.deadline_text) == ("Seminar", "uge 20 2025")


def test_search_and_owner_name_with_nul_and_controls(member_client, member):
    make_action(member, "Seminar om reformerne")
    make_action(member, "Budgettemadag")
    for query in ("q=%00", "q=%00%01%1b", "owner=%00", "owner=Torb%00en", "q=%00&owner=%00"):
        response = member_client.get(f"/handlinger?{query}")
        assert response.status_code == 200, query
        assert "2 handlinger" in response.get_data(as_text=True), query
    page = member_client.get("/handlinger?q=Semi%00nar").get_data(as_text=True)
    assert "1 handling" in page and ">Seminar om reformerne<" in page
    page = member_client.get("/handlinger?owner=Torben%E2%80%8B%20Chef").get_data(as_text=True)
    assert "2 handlinger" in page, "an invisible character does not hide the owner"


def test_a_search_longer_than_the_cap_is_dropped_with_a_danish_message(member_client, member):
    make_action(member, "Seminar")
    response = member_client.get("/handlinger?q=" + "x" * 5000)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "1 handling" in page
    assert f"Teksten er for lang: højst {action_filters.SEARCH_MAX} tegn" in page


def test_a_deadline_padded_with_spaces_is_trimmed(member_client, member):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    response = member_client.post(
        f"{url}/frist",
        {
            "deadline": " " * 1000 + "uge 20" + " " * 1000 + "2025" + " " * 1000,
            "submit_deadline": "1",
            **seen(action),
        },
        token_from=url,
    )
    assert response.status_code == 302
    assert db.session.get(Action, action.id).deadline_text == "uge 20 2025"


def test_a_long_forum_name_gets_a_short_unique_slug(client, admin):
    client.login(admin)
    name = "Strategisk ledelsesforum for " + "alle chefer i kommunen " * 5
    name = name[:128]
    response = client.post("/fora/ny", {"name": name})
    assert response.status_code == 302
    forum = db.session.scalar(select(Forum))
    assert forum.name == name.strip()
    assert 50 < len(forum.slug) <= Forum.slug.type.length and not forum.slug.endswith("-")
    assert client.get(f"/fora/{forum.slug}").status_code == 200
    # Names alike in their first 100 characters still get a slug of their own.
    twin = Forum(name=name + " (2)", slug=unique_slug(name + " (2)"))
    db.session.add(twin)
    db.session.flush()
    assert twin.slug != forum.slug and len(twin.slug) <= Forum.slug.type.length
    third = unique_slug(name + " (3)")
    assert third not in (forum.slug, twin.slug) and len(third) <= Forum.slug.type.length


def test_a_referat_with_a_long_title_imports_under_a_short_slug(secretary_client):
    forum_name = ("Strategisk Chefforum for Børn og Unge " * 4)[:128].strip()
    referat = (
        f"# REFERAT {forum_name} d. 26-02-2025\n\n"
        "**Mødedato** Onsdag d. 26. februar 2025 kl. 08:30\n\n"
        "**Mødedeltagere** Torben Chef, Åse Nielsen\n\n"
        "# Punkt 1: Velkomst\n\nS2024-1\n\n## Sagens kerne\n\nIntet at bemærke.\n"
    ).encode()
    from tests.importing.test_import import new_forum, review_fields, save_url, upload

    response = upload(secretary_client, referat)
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    page = response.get_data(as_text=True)
    saved = secretary_client.raw.post(save_url(page), data=new_forum(review_fields(page)))
    assert saved.status_code == 302, saved.get_data(as_text=True)[:2000]
    forum = db.session.scalar(select(Forum))
    assert len(forum.slug) <= Forum.slug.type.length


# --- Item 11: filter values that are no id --------------------------------------------------

BAD_VALUES = [
    "forum=99999999999999999999",
    "owner=99999999999999999999",
    "meeting=99999999999999999999",
    "forum=2147483648",
    "owner=9223372036854775808",
    "forum=%C2%B2",  # "²": isdigit() is True, int() refuses it
    "meeting=%C2%B2",
    "owner=%C2%B2",
    "forum=" + "9" * 5000,  # more digits than int() reads
    "meeting=" + "9" * 5000,
]


@pytest.mark.parametrize("query", BAD_VALUES, ids=lambda q: q[:40])
def test_a_bad_filter_value_is_dropped_and_the_list_shown(member_client, member, query):
    make_action(member, "Seminar")
    make_action(make_person(name="Anden Chef"), "Budgettemadag")
    response = member_client.get(f"/handlinger?{query}")
    assert response.status_code == 200, query
    assert "2 handlinger" in response.get_data(as_text=True), query
    page = member_client.get(f"/handlinger?owner={member.id}").get_data(as_text=True)
    assert "1 handling" in page and ">Seminar<" in page, "a good id still filters"


# --- Item 16: invisible characters in names -------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Torben\u200b Chef", "\u202eTorben Chef", "Torben Chef\ufeff", "\u2066Torben\u2069 Chef"],
)
def test_an_invisible_character_does_not_make_a_look_alike_person(secretary_client, typed):
    torben = make_person(name="Torben Chef", email="torben@example.org")
    meeting = make_meeting()
    people = count(Person)
    response = secretary_client.post(
        f"/moeder/{meeting.id}/deltagere", {"name": typed, "previewed": typed, "save": "Gem"}
    )
    assert response.status_code == 302
    assert count(Person) == people, "matched, not a new person"
    assert db.session.scalar(select(Attendance.person_id)) == torben.id


def test_a_name_with_letters_from_elsewhere_is_kept(secretary_client):
    meeting = make_meeting()
    typed = "Łukasz\u200b Ørsted-Émile"
    chosen = {"rows-0-typed": "Łukasz Ørsted-Émile", "rows-0-choice": "new", "save": "Gem"}
    response = secretary_client.post(
        f"/moeder/{meeting.id}/deltagere", {"name": typed, "previewed": typed, **chosen}
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Person.name).order_by(Person.id.desc())) == (
        "Łukasz Ørsted-Émile"
    )


def test_the_model_stores_and_matches_names_cleaned(db):
    person = Person(name="\u202eTorben\u200b  Chef\ufeff")
    db.session.add(person)
    db.session.commit()
    assert (person.name, person.name_key) == ("Torben Chef", "torben chef")
    assert db.session.scalar(select(Person).where(Person.name_key == name_key("torben chef")))


# --- Item 20: a save without a readable version is a conflict -------------------------------


@pytest.mark.parametrize("version", ["abc", "", None, "1.0", "²", "9" * 5000])
def test_an_edit_without_a_readable_version_is_a_conflict(secretary_client, member, version):
    action = make_action(member, "Gammel titel")
    data = {"title": "Ny titel", "owner_id": str(member.id), **seen(action)}
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    response = secretary_client.post(f"/handlinger/{action.id}/rediger", data)
    assert response.status_code == 200 and CONFLICT in response.get_data(as_text=True)
    action = db.session.get(Action, action.id)
    assert (action.title, action.version, len(action.events)) == ("Gammel titel", 1, 1)


@pytest.mark.parametrize("version", ["abc", None])
def test_a_status_change_without_a_readable_version_is_a_conflict(member_client, member, version):
    action = make_action(member)
    data = {"text": "Færdig", "status": "done", **seen(action)}
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    response = post_note(member_client, action, **data)
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and CONFLICT in page and "Færdig" in page
    action = db.session.get(Action, action.id)
    assert (action.status, action.notes, len(action.events)) == ("not_started", [], 1)
    again = post_note(member_client, action, text="Færdig", status="done", **seen(action))
    assert again.status_code == 302, "the version the page showed saves"
    assert db.session.get(Action, action.id).status == "done"


@pytest.mark.parametrize("version", ["abc", None])
def test_a_deadline_change_without_a_readable_version_is_a_conflict(member_client, member, version):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    data = {"deadline": "uge 20 2025", "submit_deadline": "1", **seen(action)}
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    response = member_client.post(f"{url}/frist", data, token_from=url)
    assert response.status_code == 409 and CONFLICT in response.get_data(as_text=True)
    action = db.session.get(Action, action.id)
    assert (action.deadline_text, len(action.events)) == ("primo marts", 1)


# --- Login, reset and import forms are cleaned too --------------------------------------------


def test_nul_in_login_and_reset_emails_is_no_500(client, member):
    login = client.post("/login", {"email": "torben\x00@example.org", "password": "x"})
    assert login.status_code in (200, 429)
    assert "Forkert e-mail eller adgangskode." in login.get_data(as_text=True)
    reset = client.post(
        "/glemt-adgangskode", {"email": "\x00torben@example.org"}, token_from="/glemt-adgangskode"
    )
    assert reset.status_code == 302


def test_a_referat_with_control_characters_imports_without_them(secretary_client):
    from tests.importing.test_import import SAMPLE, new_forum, review_fields, save_url, upload

    # (a NUL makes the file binary: refused in Danish by the reader's own test)
    dirty = SAMPLE.replace(b"Punkt 1", b"Punkt\x1b 1", 1).replace(
        b"Ledertrivsel", b"Leder\x07trivsel", 1
    )
    page = upload(secretary_client, dirty).get_data(as_text=True)
    assert "Ledertrivsel" in page and "\x07" not in page
    fields = new_forum(review_fields(page))
    for key in [k for k in fields if k.endswith("-owner")]:
        fields[key] = "Torben\x00 Chef\u200b"
        fields[f"{key}_new"] = "y"  # a new person, on purpose
        fields[key.replace("-owner", "-accept")] = "y"  # and the row kept
    saved = secretary_client.post(save_url(page), fields, token_from="/import")
    assert saved.status_code == 302, saved.get_data(as_text=True)[:2000]
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 1
    assert "Ledertrivsel" in db.session.scalar(select(AgendaItem.title))
    names = set(db.session.scalars(select(Person.name)))
    assert "Torben Chef" in names and not any("\x00" in n or "\u200b" in n for n in names)
