"""The shared action list: filters in the URL, search over notes, sorting, pages, query counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.i18n import today


def iso(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


@pytest.fixture
def scenario(member):
    other = make_person(name="Charlotte Chef", email="charlotte@example.org")
    lf = make_forum("Lederforum")
    scf = make_forum("Strategisk Chefforum", slug="strategisk-chefforum")
    m1 = make_meeting(lf, title="LF februar")
    m2 = make_meeting(scf, title="SCF marts")
    a = make_action(member, "Seminar om reformerne", meeting=m1, words=iso(-3))
    b = make_action(other, "Budgettemadag", meeting=m1, words=iso(10), status="in_progress")
    c = make_action(
        other, "Onboarding-forløb", meeting=m2, words=iso(40), description="Nyt forløb for ledere"
    )
    d = make_action(member, "Personalepolitik", meeting=m2, words=iso(-20), status="done")
    add_note(b, other, "Venter på økonomiafdelingen")
    db.session.commit()
    return {"forums": (lf, scf), "meetings": (m1, m2), "actions": (a, b, c, d), "other": other}


def titles(page: str, scenario) -> list[str]:
    found = [
        (page.index(f">{a.title}<"), a.title) for a in scenario["actions"] if f">{a.title}<" in page
    ]
    return [t for _, t in sorted(found)]


def test_default_list_sorted_by_deadline_end(member_client, scenario):
    page = member_client.get("/handlinger").get_data(as_text=True)
    assert titles(page, scenario) == [
        "Personalepolitik",
        "Seminar om reformerne",
        "Budgettemadag",
        "Onboarding-forløb",
    ]
    assert "4 handlinger" in page and "Venter på økonomiafdelingen" in page


@pytest.mark.parametrize(
    "query,expected",
    [
        ("forum={scf}", ["Personalepolitik", "Onboarding-forløb"]),
        ("meeting={m1}", ["Seminar om reformerne", "Budgettemadag"]),
        ("owner={other}", ["Budgettemadag", "Onboarding-forløb"]),
        ("owner=CHARLOTTE", ["Budgettemadag", "Onboarding-forløb"]),
        ("owner=torben", ["Personalepolitik", "Seminar om reformerne"]),
        ("status=aaben", ["Seminar om reformerne", "Budgettemadag", "Onboarding-forløb"]),
        ("status=done", ["Personalepolitik"]),
        ("overdue=y", ["Seminar om reformerne"]),
        ("fra={d0}&til={d15}", ["Budgettemadag"]),
        ("q=økonomiafdelingen", ["Budgettemadag"]),
        ("q=ledere", ["Onboarding-forløb"]),
        ("q=SEMINAR", ["Seminar om reformerne"]),
        (
            "sort=titel",
            ["Budgettemadag", "Onboarding-forløb", "Personalepolitik", "Seminar om reformerne"],
        ),
        ("status=aaben&forum={lf}&sort=titel", ["Budgettemadag", "Seminar om reformerne"]),
    ],
)
def test_filters_search_and_sorting_from_the_url(member_client, scenario, query, expected):
    lf, scf = scenario["forums"]
    m1, _ = scenario["meetings"]
    url = "/handlinger?" + query.format(
        lf=lf.id, scf=scf.id, m1=m1.id, other=scenario["other"].id, d0=iso(0), d15=iso(15)
    )
    assert titles(member_client.get(url).get_data(as_text=True), scenario) == expected


def test_bad_filter_values_are_explained_and_ignored(member_client, scenario):
    response = member_client.get("/handlinger?status=finished&fra=not-a-date&forum=abc")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Ukendt status" in page and "Ukendt værdi." in page
    assert len(titles(page, scenario)) == 4


def test_pagination_keeps_the_filters(member_client, member):
    for n in range(55):
        make_action(member, f"Handling nummer {n:02d}", words=iso(n))
    first = member_client.get("/handlinger?status=aaben").get_data(as_text=True)
    assert "Side 1 af 2" in first and "status=aaben" in first and "side=2" in first
    second = member_client.get("/handlinger?status=aaben&side=2").get_data(as_text=True)
    assert "Handling nummer 54" in second and "Handling nummer 00" not in second
    assert "Side 2 af 2" in member_client.get("/handlinger?status=aaben&side=99").get_data(
        as_text=True
    )


def _populate(owner, n, forum, meeting):
    for i in range(n):
        action = make_action(owner, f"A{i}", meeting=meeting, words=iso(i - n // 2), co_owners=[])
        add_note(action, owner, f"note {i}")
    db.session.commit()


def test_query_counts_do_not_grow_with_the_data(app, member_client, member, query_counter):
    forum = make_forum()
    meeting = make_meeting(forum)
    counts = {}
    for size in (5, 50):  # ten times the rows: a statement per row would add 45 (a page is 50)
        _populate(member, size - (5 if size == 50 else 0), forum, meeting)
        with query_counter() as mine:
            assert member_client.get("/mine").status_code == 200
        with query_counter() as listing:
            assert member_client.get("/handlinger?status=aaben&q=A").status_code == 200
        counts[size] = (len(mine), len(listing))
    assert counts[5] == counts[50], counts
