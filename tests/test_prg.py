"""Post/Redirect/Get for refused forms (tracker.forms_common): kept once, small, never a secret."""

from __future__ import annotations

import random

from tests.factories import PASSWORD, make_action
from tests.prg import error_page
from tracker.forms_common import KEPT


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


def test_a_note_too_big_for_the_session_cookie_is_rendered_at_once(member_client, member):
    action = make_action(member)
    words = random.Random(15).choices(["budget", "plan", "møde", "frist", "HR", "Øst"], k=1200)
    text = " ".join(f"{w}{i}" for i, w in enumerate(words))  # over 5,000 characters, varied
    response = member_client.post(
        f"/handlinger/{action.id}/note",
        {"text": text, "status": "", "version": str(action.version)},
        token_from=f"/handlinger/{action.id}",
    )
    assert response.status_code == 400, "too big to keep: the page at the POST address, as before"
    page = response.get_data(as_text=True)
    assert "Teksten er for lang" in page and text[:200] in page
