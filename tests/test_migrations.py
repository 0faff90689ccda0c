"""The migrations build the schema the models describe, with no drift."""

from __future__ import annotations

from flask_migrate import check, upgrade
from sqlalchemy import inspect

from tracker import create_app
from tracker.extensions import db


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


def test_migrations_on_postgresql_when_available(tmp_path):
    import os

    import pytest

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
        upgrade()
        assert "action" in inspect(db.engine).get_table_names()
        check()
