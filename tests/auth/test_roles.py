"""Roles: admins manage forums, secretaries meetings and actions, members read."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.factories import make_forum, make_meeting, make_point
from tests.prg import post_with_error
from tracker.extensions import db
from tracker.models import Action, Forum, Meeting


def test_member_reads_but_cannot_change_meetings(member_client):
    meeting = make_meeting()
    point = make_point(meeting)
    assert member_client.get(f"/moeder/{meeting.id}").status_code == 200
    page = member_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Rediger møde" not in page and "Opret handling" not in page
    forbidden = [
        ("get", f"/fora/{meeting.forum.slug}/moeder/ny"),
        ("get", f"/moeder/{meeting.id}/rediger"),
        ("get", f"/moeder/{meeting.id}/deltagere"),
        ("get", f"/moeder/{meeting.id}/punkter/ny"),
        ("get", f"/beslutninger/{point.id}/handling/ny"),
        ("get", "/fora/ny"),
    ]
    for method, url in forbidden:
        response = getattr(member_client, method)(url)
        assert response.status_code == 403, url
        assert "Ingen adgang" in response.get_data(as_text=True)
    response = member_client.post(
        f"/fora/{meeting.forum.slug}/moeder/ny",
        {"title": "X", "date": "2025-01-01", "status": "held"},
        token_from="/fora",
    )
    assert response.status_code == 403
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 1
    response = member_client.post(
        f"/beslutninger/{point.id}/handling/ny",
        {"title": "X", "owner_id": "1", "deadline": "marts", "submit": "1"},
        token_from="/fora",
    )
    assert response.status_code == 403
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0


def test_secretary_cannot_create_forums_but_admin_can(secretary_client, app, admin):
    assert secretary_client.get("/fora/ny").status_code == 403
    secretary_client.logout()
    secretary_client.login(admin)
    response = secretary_client.post("/fora/ny", {"name": "Strategisk Chefforum"})
    assert response.status_code == 302
    forum = db.session.scalar(select(Forum))
    assert forum.slug == "strategisk-chefforum"
    page = post_with_error(secretary_client, "/fora/ny", {"name": "Strategisk Chefforum"})
    assert "findes allerede" in page


def test_admin_may_do_what_a_secretary_does(client, admin):
    client.login(admin)
    forum = make_forum()
    assert client.get(f"/fora/{forum.slug}/moeder/ny").status_code == 200
