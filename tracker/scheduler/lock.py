"""Only one scheduler does the work, however many are started; another takes over if it dies.

On PostgreSQL a session-level advisory lock on a connection the process keeps open: the
database frees it the moment the process dies. Elsewhere (SQLite) a lease row in the database
that the holder renews; when it is not renewed in time, another scheduler takes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from datetime import timedelta

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from tracker.extensions import db
from tracker.models import SchedulerLock, utcnow

log = logging.getLogger(__name__)
ADVISORY_KEY = 0x7472_6B72  # "trkr"
LOCK_NAME = "reminders"
# Does this connection's backend still hold our advisory lock (bigint keys: classid, objid)?
_STILL_HELD = text(
    "SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND classid = 0 AND objid = :key AND objsubid = 1"
)


class SchedulerLease:
    """Ask ``held()`` before each job; it acquires, renews or reports losing the lock."""

    def __init__(self, engine, lease_seconds: int = 90):
        self.engine = engine
        self.lease = timedelta(seconds=lease_seconds)
        self.owner = f"{socket.gethostname()}:{os.getpid()}"
        self.postgres = engine.dialect.name == "postgresql"
        self._connection = None
        self._holding = False
        self.acquired_now = False  # True right after this process took the lock
        self._catch_up = False  # took the lock and has not yet swept: see take_catch_up()
        self._mutex = threading.Lock()  # the scheduler runs jobs in several threads

    def held(self) -> bool:
        """True when this process is the one scheduler doing the work."""
        with self._mutex:
            holding = self._advisory() if self.postgres else self._row_lease()
            self.acquired_now = holding and not self._holding
            # Kept until a job takes it: whichever job asks first takes the lock, and only the
            # one asking at that moment sees acquired_now.
            self._catch_up = self.acquired_now or (holding and self._catch_up)
            if holding != self._holding:
                log.warning("scheduler %s %s the lock", self.owner, "holds" if holding else "lost")
                self._holding = holding
            return holding

    def take_catch_up(self) -> bool:
        """True once after this process took the lock (at start, or from a holder that died
        perhaps halfway through a sweep): the caller sweeps now. Only one caller gets True."""
        with self._mutex:
            owed, self._catch_up = self._catch_up and self._holding, False
            return owed

    def owe_catch_up(self) -> None:
        """The catch-up sweep failed: the next job to find the lock held tries it again."""
        with self._mutex:
            self._catch_up = self._holding

    def _advisory(self) -> bool:
        if self._holding and self._connection is not None:
            # A lock lives only as long as its connection: if the database restarted or the
            # connection broke, the lock is gone and another scheduler may hold it now.
            try:
                still = self._connection.execute(_STILL_HELD, {"key": ADVISORY_KEY}).scalar()
                self._connection.commit()
            except DBAPIError:
                still = False
            if still:
                return True
            self._drop_connection()
        try:
            if self._connection is None:
                self._connection = self.engine.connect()
            acquired = self._connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}
            ).scalar()
            self._connection.commit()
        except DBAPIError:
            self._drop_connection()  # the database is away: ask again at the next heartbeat
            return False
        return bool(acquired)

    def _drop_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.invalidate()  # never back to the pool: it may hold the lock
            self._connection = None

    def _row_lease(self) -> bool:
        now = utcnow()
        try:
            row = db.session.scalar(
                select(SchedulerLock).where(SchedulerLock.name == LOCK_NAME).with_for_update()
            )
            if row is None:
                db.session.add(
                    SchedulerLock(name=LOCK_NAME, owner=self.owner, expires_at=now + self.lease)
                )
            elif row.owner == self.owner or row.expires_at <= now:
                row.owner, row.expires_at = self.owner, now + self.lease
            else:
                db.session.rollback()
                return False
            db.session.commit()
            return True
        except IntegrityError:
            db.session.rollback()  # another scheduler created the row first
            return False
        except OperationalError:
            db.session.rollback()  # the database was busy: nothing changed, ask again next time
            return self._holding

    def release(self) -> None:
        """Give the lock up (on shutdown)."""
        with self._mutex:
            self._release()

    def _release(self) -> None:
        if self._connection is not None:
            # The connection goes back to the pool: unlock explicitly rather than on close.
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock_all()"))
                self._connection.commit()
                self._connection.close()
                self._connection = None
            except DBAPIError:
                self._drop_connection()  # a broken connection holds no lock
        elif self._holding:
            row = db.session.get(SchedulerLock, LOCK_NAME)
            if row is not None and row.owner == self.owner:
                db.session.delete(row)
                db.session.commit()
        self._holding = False
