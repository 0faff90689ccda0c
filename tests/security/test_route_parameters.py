"""No address, query string or form value makes a 500: ids beyond the id columns and text with
NUL (PostgreSQL refuses both in a query) answer 404 or a Danish 400, or are dropped.

The walk below visits every route of ``app.url_map`` as the admin, so a new route is walked
too; the query and form names are every name the app reads (found in its source and forms).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from wtforms.fields.core import UnboundField

import tracker
from tests.factories import make_action, make_meeting, make_person, make_point
from tracker.extensions import db
from tracker.forms_common import MAX_ID
from tracker.models import Attendance, OutboxMessage

TOO_BIG = [str(MAX_ID + 1), str(2**63), "9" * 30, "9" * 5000]
# A token must be 20 characters or more to be looked up at all.
WITH_NUL = ["a\x00b", "\x00", "x" * 20 + "\x00" + "x" * 20]


@pytest.fixture
def world(db, admin, member):
    meeting = make_meeting()
    point = make_point(meeting)
    action = make_action(member, "Seminar", meeting=meeting)
    db.session.add(Attendance(meeting=meeting, person=member))
    message = OutboxMessage(
        key="weekly:x",
        kind="weekly",
        person=member,
        to_address=member.email,
        subject="s",
        body_text="t",
        body_html="h",
        message_id="<m@x>",
    )
    db.session.add(message)
    db.session.commit()
    return {
        "slug": meeting.forum.slug,
        "meeting_id": meeting.id,
        "item_id": point.agenda_item_id,
        "point_id": point.id,
        "action_id": action.id,
        "person_id": make_person(name="Anden Chef", email="anden@example.org").id,
        "attendance_id": meeting.attendances[0].id,
        "message_id": message.id,
        "draft_id": 1,
        "fmt": "csv",
        "token": "x",
        "name": "entra",
        "filename": "app.css",
    }


def _query_names() -> set[str]:
    """Every parameter the app reads by name (``request.args.get("…")``, ``form``, ``values``)
    and every form field's name."""
    from tracker.forms_common import CleanForm, CleanSubform

    source = Path(tracker.__file__).parent
    names = set()
    for path in source.rglob("*.py"):
        names |= set(
            re.findall(r"""(?:args|form|values)\.get\(\s*["'](\w+)["']""", path.read_text())
        )
    forms, seen = [CleanForm, CleanSubform], set()
    while forms:
        form = forms.pop()
        seen.add(form)
        forms += [sub for sub in form.__subclasses__() if sub not in seen]
        names |= {n for n in dir(form) if isinstance(getattr(form, n, None), UnboundField)}
    return names


def _url(rule, values: dict) -> str:
    url = rule.rule
    for arg in rule.arguments:
        url = re.sub(rf"<(?:[a-z]+(?:\([^)]*\))?:)?{arg}>", values[arg], url)
    return url


def _requests(app, world):
    """(method, url, query/form values) for every route: its ids too big, its text with NUL,
    and its good address with every name the app reads set to a bad value."""
    names = _query_names()
    assert {"q", "enhed", "moede", "punkt", "dublet", "owner", "seen_event"} <= names
    good = {arg: str(value) for arg, value in world.items()}
    for rule in app.url_map.iter_rules():
        ids = re.findall(r"<int:(\w+)>", rule.rule)
        texts = [a for a in rule.arguments if a not in ids and a != "fmt"]
        urls = [_url(rule, {**good, **dict.fromkeys(ids, bad)}) for bad in TOO_BIG if ids]
        urls += [_url(rule, {**good, **dict.fromkeys(texts, bad)}) for bad in WITH_NUL if texts]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for url in urls:
                yield method, url, {}
            for bad in [*TOO_BIG, *WITH_NUL]:
                yield method, _url(rule, good), dict.fromkeys(names, bad)


def test_no_address_query_or_form_value_makes_a_500(app, client, admin, world):
    app.config["PROPAGATE_EXCEPTIONS"] = False  # a 500 is answered, as in production
    client.login(admin)
    token = client.csrf_token("/mine")
    failures = []
    for method, url, values in _requests(app, world):
        if url == "/logout":
            continue  # would end the login the walk needs
        if method == "GET":
            response = client.raw.get(url, query_string=values)
        else:
            response = client.raw.open(url, method=method, data={**values, "csrf_token": token})
        db.session.rollback()
        if response.status_code >= 500:
            bad = next(iter(values.values()), "")[:12]
            failures.append(f"{response.status_code} {method} {url[:80]!r} {bad!r}")
    assert failures == [], "\n".join(failures)
    assert client.get("/mine").status_code == 200, "still logged in: the walk saw every page"


def test_the_walk_sends_too_big_ids_and_nul(app, world):
    """The walk above really reaches every kind of bad value (so its passing means something)."""
    sent = list(_requests(app, world))
    assert ("GET", f"/handlinger/{2**31}", {}) in sent
    assert ("POST", f"/moeder/{2**31}/godkend/{2**31}", {}) in sent
    assert ("GET", "/kalender/" + WITH_NUL[2] + ".ics", {}) in sent
    assert any(url == "/admin/personer" and values.get("q") == "\x00" for _, url, values in sent)


@pytest.mark.parametrize("path", ["/handlinger/2147483648", "/moeder/2147483648", "/mine"])
def test_an_id_beyond_the_id_columns_is_a_page_not_found(member_client, world, path):
    response = member_client.get(path)
    expected = 200 if path == "/mine" else 404
    assert response.status_code == expected
    if expected == 404:
        assert "Siden findes ikke" in response.get_data(as_text=True)


def test_a_calendar_token_with_nul_is_answered_as_an_unknown_address(client):
    """No login is needed for the feed; an address that is none goes to the login page."""
    response = client.get("/kalender/" + "x" * 20 + "%00" + "x" * 20 + ".ics")
    assert response.status_code == client.get("/findes-ikke").status_code == 302
    assert response.location.startswith("/login")


def test_a_people_search_with_nul_searches_without_it(client, admin, member):
    client.login(admin)
    page = client.get("/admin/personer?q=Tor%00ben&enhed=%00").get_data(as_text=True)
    assert f'href="/admin/personer/{member.id}"' in page
    assert f'href="/admin/personer/{admin.id}"' not in page
