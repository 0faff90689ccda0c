"""The migrations build the schema the models describe, with no drift."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import inspect

from tracker import create_app
from tracker.extensions import db


def _migrations(name: str):
    """Flask-Migrate's ``name``, imported at its first call: every xdist worker collects this
    module, and Alembic takes a third of a second to load."""

    def run(*args, **kwargs):
        import flask_migrate

        return getattr(flask_migrate, name)(*args, **kwargs)

    return run


upgrade, downgrade, check = _migrations("upgrade"), _migrations("downgrade"), _migrations("check")


def test_upgrade_empty_database_to_head_without_drift(tmp_path):
    app = create_app(
        {
            "INSTANCE_DIR": str(tmp_path),
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'migrated.db'}",
        }
    )
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert {
            "person",
            "forum",
            "meeting",
            "attendance",
            "agenda_item",
            "point",
            "action",
            "action_co_owner",
            "status_note",
            "action_event",
        } <= tables
        check()  # raises when the models and the migrations disagree


def _empty_postgresql_app(tmp_path):
    """An app on the PostgreSQL database kept for migration tests, emptied of every table."""
    url = os.environ.get("TEST_MIGRATE_DATABASE_URL")
    if not url:
        pytest.skip("no PostgreSQL in this run (make test runs the suite again on PostgreSQL)")
    app = create_app(
        {"INSTANCE_DIR": str(tmp_path), "SECRET_KEY": "k" * 40, "SQLALCHEMY_DATABASE_URI": url}
    )
    with app.app_context():
        db.drop_all()
        db.session.execute(db.text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()
    return app


def test_migrations_on_postgresql_when_available(tmp_path):
    app = _empty_postgresql_app(tmp_path)
    with app.app_context():
        upgrade()
        assert "action" in inspect(db.engine).get_table_names()
        check()


def _down_to_base_and_up_again(app):
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        db.engine.dispose()  # no connection keeps a cached view of the dropped schema
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert "login_session" in inspect(db.engine).get_table_names()
        check()


def test_every_downgrade_works_and_upgrading_again_gives_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'roundtrip.db'}"
    _down_to_base_and_up_again(
        create_app(
            {"INSTANCE_DIR": str(tmp_path), "SECRET_KEY": "k" * 40, "SQLALCHEMY_DATABASE_URI": url}
        )
    )


def test_every_downgrade_works_on_postgresql_when_available(tmp_path):
    _down_to_base_and_up_again(_empty_postgresql_app(tmp_path))


def test_0007_masks_stored_tokens_and_cleans_stored_names(tmp_path):
    app = create_app(
        {
            "INSTANCE_DIR": str(tmp_path),
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.db'}",
        }
    )
    text = db.text
    with app.app_context():
        upgrade(revision="0006")
        db.session.execute(
            text(
                "INSERT INTO person (id, name, name_key, role, active, language, auth_version, "
                "digest_enabled, deadline_reminders_enabled, created_at) VALUES "
                "(1, :name, :key, 'member', 1, 'da', 1, 1, 1, '2025-01-01 00:00:00')"
            ),
            {"name": "Torben\u200b Chef", "key": "torben\u200b chef"},
        )
        db.session.execute(
            text(
                "INSERT INTO outbox_message (key, kind, person_id, to_address, subject, body_text,"
                " body_html, message_id, state, attempts, next_attempt_at, created_at) VALUES "
                "('k', 'weekly', 1, 't@example.org', 's', :text, :html, '<m>', 'pending', 0,"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            ),
            {
                "text": "Se: http://x/l/eyJwIjoxLCJ2IjoxfQ.Z1x2y3.abcDEF_123-xyz?n=/mine",
                "html": '<a href="http://x/nulstil/eyJwIjoxfQ.Z1x2y3.abcDEF_123">x</a>',
            },
        )
        db.session.commit()
        upgrade()
        body_text, body_html = db.session.execute(
            text("SELECT body_text, body_html FROM outbox_message")
        ).one()
        assert body_text == "Se: http://x/l/@@login@@?n=/mine"
        assert body_html == '<a href="http://x/nulstil/@@reset@@">x</a>'
        name, key = db.session.execute(text("SELECT name, name_key FROM person")).one()
        assert (name, key) == ("Torben Chef", "torben chef")
