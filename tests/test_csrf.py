"""Every form is protected against cross-site requests."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.factories import make_forum
from tracker.extensions import db
from tracker.models import Meeting


def test_post_without_csrf_token_is_refused_and_changes_nothing(secretary_client):
    forum = make_forum()
    response = secretary_client.raw.post(
        f"/fora/{forum.slug}/moeder/ny", data={"title": "X", "date": "2025-01-01", "status": "held"}
    )
    assert response.status_code == 400
    assert "Formularen er udløbet" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_login_form_needs_the_token_too(client, member):
    response = client.raw.post("/login", data={"email": member.email, "password": "x"})
    assert response.status_code == 400


def test_forms_carry_a_token(secretary_client):
    forum = make_forum()
    page = secretary_client.get(f"/fora/{forum.slug}/moeder/ny").get_data(as_text=True)
    assert 'name="csrf_token"' in page
