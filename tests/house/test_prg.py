"""Post/Redirect/Get for refused forms (tracker.forms_common): kept once, small, never a secret."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from tests.factories import PASSWORD, make_action, make_person, make_point
from tests.prg import error_page
from tracker import forms_common
from tracker.extensions import db
from tracker.forms_common import KEPT, KEPT_SECONDS
from tracker.models import Action, KeptForm, utcnow


def test_a_refused_password_change_keeps_the_errors_but_no_password(client, member):
    client.login(member)
    response = client.post(
        "/indstillinger",
        {"pw-current": PASSWORD, "pw-new": "kort9", "pw-submit": "1"},
        token_from="/indstillinger",
    )
    assert response.status_code == 303
    with client.raw.session_transaction() as session:
        kept = repr(session.get(KEPT))
    assert "kort9" not in kept and PASSWORD not in kept and "csrf" not in kept
    page = error_page(client, response, "/indstillinger")
    assert "kort9" not in page
    with client.raw.session_transaction() as session:
        assert KEPT not in session, "shown once, then forgotten"


def _big_note() -> str:
    words = random.Random(15).choices(["budget", "plan", "møde", "frist", "HR", "Øst"], k=1200)
    return " ".join(f"{w}{i}" for i, w in enumerate(words))  # over 5,000 characters, varied


def _kept_rows() -> list[KeptForm]:
    return list(db.session.scalars(select(KeptForm)))


def test_a_note_too_big_for_the_cookie_is_kept_in_the_database_for_the_next_get(
    member_client, member
):
    action = make_action(member)
    text, url = _big_note(), f"/handlinger/{action.id}"
    response = member_client.post(
        f"{url}/note", {"text": text, "status": "", "version": str(action.version)}, token_from=url
    )
    assert response.status_code == 303, "kept in the database: Post/Redirect/Get as always"
    with member_client.raw.session_transaction() as session:
        cookie = repr(session.get(KEPT))
    assert text[:50] not in cookie and "ref" in cookie, "the cookie holds only a reference"
    (row,) = _kept_rows()
    assert row.person_id == member.id and row.form_key == f"note:{action.id}"
    assert text[:50] in row.payload and "ref" not in row.payload
    page = error_page(member_client, response, url)
    assert "Teksten er for lang" in page and text[:200] in page, "nothing typed is lost"
    db.session.expire_all()
    assert _kept_rows() == [], "read once, then deleted"
    again = member_client.get(url).get_data(as_text=True)
    assert "Teksten er for lang" not in again and text[:200] not in again


def test_a_form_kept_in_the_database_is_only_read_by_its_person(app, member_client, member):
    from tests.conftest import Client

    action = make_action(member)
    text, url = _big_note(), f"/handlinger/{action.id}"
    member_client.post(f"{url}/note", {"text": text, "status": "", "version": "1"}, token_from=url)
    with member_client.raw.session_transaction() as session:
        kept = dict(session[KEPT])
    other = make_person(name="Anden Chef", email="anden@example.org", role="secretary")
    thief = Client(app.test_client())
    thief.login(other)
    with thief.raw.session_transaction() as session:
        session[KEPT] = kept  # the reference, as if copied from the other person's cookie
    page = thief.get(url).get_data(as_text=True)
    assert "Teksten er for lang" not in page and text[:200] not in page
    db.session.expire_all()
    assert len(_kept_rows()) == 1, "not theirs to read, nor to delete"
    page = member_client.get(url).get_data(as_text=True)
    assert "Teksten er for lang" in page and text[:200] in page


def test_kept_rows_are_pruned_on_write_and_a_stale_one_is_not_shown(member_client, member):
    action = make_action(member)
    url = f"/handlinger/{action.id}"
    old = KeptForm(
        key_hash="0" * 64,
        person_id=member.id,
        form_key="note:999",
        payload="{}",
        created_at=utcnow() - timedelta(seconds=KEPT_SECONDS + 1),
    )
    db.session.add(old)
    db.session.commit()
    member_client.post(
        f"{url}/note", {"text": _big_note(), "status": "", "version": "1"}, token_from=url
    )
    db.session.expire_all()
    (row,) = _kept_rows()
    assert row.form_key == f"note:{action.id}", "the stale row went when the new one came"
    row.created_at = utcnow() - timedelta(seconds=KEPT_SECONDS + 1)
    db.session.commit()
    page = member_client.get(url).get_data(as_text=True)
    assert "Teksten er for lang" not in page, "too old: forgotten"
    db.session.expire_all()
    assert _kept_rows() == []


def test_a_form_too_big_even_for_the_database_is_rendered_at_once(
    member_client, member, monkeypatch
):
    monkeypatch.setattr(forms_common, "KEPT_ROOM", 1000)
    action = make_action(member)
    text = _big_note()
    response = member_client.post(
        f"/handlinger/{action.id}/note",
        {"text": text, "status": "", "version": str(action.version)},
        token_from=f"/handlinger/{action.id}",
    )
    assert response.status_code == 400, "not kept: the page at the POST address, as before"
    page = response.get_data(as_text=True)
    assert "Teksten er for lang" in page and text[:200] in page
    assert _kept_rows() == []


def test_nobody_logged_in_gets_no_row(app):
    """Nobody to keep a form for (no login, no check-in link's person): nothing is kept, the
    view renders the refused form at the POST address."""
    from wtforms import TextAreaField

    class Form(forms_common.CleanForm):
        class Meta:
            csrf = False

        text = TextAreaField()

    with app.test_request_context("/e/x", method="POST", data={"text": _big_note()}):
        form = Form()
        assert forms_common.keep_for_next_page(form, "checkin:x") is False
    assert _kept_rows() == []


def test_the_deadline_preview_is_shown_at_the_pages_get_address(member_client, member):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    preview = member_client.post(
        f"{url}/frist", {"deadline": "uge 20 2025", "preview": "1"}, token_from=url
    )
    assert preview.status_code == 303 and preview.headers["Location"].endswith("#ny-frist")
    page = error_page(member_client, preview, url)
    assert "Fristen betyder:" in page and "12.–18. maj 2025" in page
    assert 'value="uge 20 2025"' in page, "the words as typed"
    db.session.refresh(action)
    assert action.deadline_text == "primo marts", "the preview saves nothing"
    again = member_client.get(url).get_data(as_text=True)
    assert "Fristen betyder:" not in again, "shown once"
    unread = member_client.post(
        f"{url}/frist", {"deadline": "når det passer", "preview": "1"}, token_from=url
    )
    page = error_page(member_client, unread, url)
    assert "kan ikke læses" in page and "Fristen betyder:" not in page


def test_the_new_action_preview_is_shown_at_the_forms_get_address(secretary_client, member):
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    form = {"title": "Retningslinjer", "owner_id": str(member.id), "deadline": "uge 20 2025"}
    preview = secretary_client.post(url, {**form, "preview": "1"})
    page = error_page(secretary_client, preview, url)
    assert "Fristen betyder:" in page and "12.–18. maj 2025" in page
    assert 'value="Retningslinjer"' in page, "what was typed is kept"
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0
    assert "Fristen betyder:" not in secretary_client.get(url).get_data(as_text=True)
