"""Two reviews of the same referat saved at the same instant (two secretaries, or two uploads of
one file in two tabs): one meeting is saved, the other save is refused as a duplicate.

Only PostgreSQL runs several web workers at once; there the save holds a lock on the forum's
name (tracker.meetings.services.lock_forum_name). Without it both saves read "not imported yet"
before either wrote, and the forum got the meeting twice.
"""

from __future__ import annotations

import contextlib
import threading

import pytest
from sqlalchemy import func, select

from tracker.extensions import db
from tracker.importing import services as importing
from tracker.importing import uploads
from tracker.minutes.errors import MinutesError
from tracker.models import Forum, ImportDraft, Meeting, Person

REFERAT = """Referat af møde i Driftsforum den 4. marts 2026

Deltagere: Anne Holm, Bo Lund

1. Budget
Beslutning: Anne Holm sender budgettet til byrådet.
"""


def test_two_saves_of_one_referat_at_the_same_instant_make_one_meeting(app, secretary, monkeypatch):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("two saves at one instant need two connections (PostgreSQL)")
    drafts = [uploads.keep(secretary, REFERAT, "referat.txt", "Driftsforum") for _ in range(2)]
    db.session.commit()
    ids, secretary_id = [d.id for d in drafts], secretary.id
    # Each save waits here (after its duplicate check, before it writes) for the other, so
    # without the lock both have checked before either wrote; with it, the second waits at
    # the lock and this wait times out for the first.
    both_checked = threading.Barrier(2, timeout=2)
    checked = importing.check_minutes

    def check_then_wait(*args, **kwargs):
        checked(*args, **kwargs)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checked.wait()

    monkeypatch.setattr(importing, "check_minutes", check_then_wait)
    outcomes = []

    def save(draft_id):
        with app.app_context():
            try:
                draft = db.session.get(ImportDraft, draft_id)
                parsed = importing.parse_text(draft.text, draft.forum)
                reviewed = importing.reviewed_from_proposals(parsed)
                uploads.save(draft, parsed, reviewed, {}, db.session.get(Person, secretary_id))
                db.session.commit()
                outcomes.append("saved")
            except MinutesError as error:
                db.session.rollback()
                outcomes.append(error.code)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=save, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["duplicate", "saved"]
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 1
    assert db.session.scalar(select(func.count()).select_from(Forum)) == 1
