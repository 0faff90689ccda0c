"""The request commits once, here: views and services flush, never commit.

As CERN's Indico ends its requests: when the view answers with a page or a redirect (a status
below 400), what it did is committed; an error answer (4xx, 5xx) or an exception rolls it all
back, so a refusal or a failure saves nothing. A view that refuses after a change and still
answers with a redirect rolls back itself (``db.session.rollback()``). ``commit_now`` is the
explicit opt-in for the few that must save before they go on: the check-in from an email is
saved before its page is drawn, and a refused login is counted though the answer is 429.

An outbox email (tracker.mail.outbox.record) is a row in the same transaction: it exists only
once what caused it is committed, and the sweep sends only committed rows.
"""

from __future__ import annotations

from flask import Flask, Response

from tracker.extensions import db


def commit_now() -> None:
    """Commit what this request has done so far, before it goes on (the explicit opt-in)."""
    db.session.commit()


def end_request(response: Response) -> Response:
    """Commit when ``response`` is a success or a redirect, else roll back."""
    if response.status_code < 400:
        db.session.commit()
    else:
        db.session.rollback()
    return response


def _roll_back_on_error(error: BaseException | None) -> None:
    if error is not None:  # the view raised and no error page was made (tests, a crash)
        db.session.rollback()


def init_app(app: Flask) -> None:
    """End every request's transaction here (registered before the other after_request
    functions, so it runs after them: Flask calls them in reverse)."""
    app.after_request(end_request)
    app.teardown_request(_roll_back_on_error)
