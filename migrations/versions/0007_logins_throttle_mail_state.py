"""Logins in the database, atomic rate limits, mail server state; no tokens in the outbox

Login attempts (one row per failure) become counters checked in one statement. Emails already
in the outbox get their signed tokens replaced by the placeholders that delivery fills in, so
no stored email holds a usable link (pending ones get a fresh token when they are sent).
Names stored before names were cleaned lose invisible characters, and their match keys follow.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:05:26.956678

"""

import re

import sqlalchemy as sa
from alembic import op

TOKENS = (
    (re.compile(r"/l/[A-Za-z0-9_.\-]+"), "/l/@@login@@"),
    (re.compile(r"/nulstil/[A-Za-z0-9_.\-]+"), "/nulstil/@@reset@@"),
)


def _clean_stored_names():
    from tracker.text import clean_name

    person = sa.table("person", sa.column("id"), sa.column("name"), sa.column("name_key"))
    connection = op.get_bind()
    for row_id, name, key in connection.execute(
        sa.select(person.c.id, person.c.name, person.c.name_key)
    ).all():
        clean = clean_name(name)
        if (clean, clean.casefold()) != (name, key):
            connection.execute(
                person.update()
                .where(person.c.id == row_id)
                .values(name=clean, name_key=clean.casefold())
            )


def _mask_stored_tokens():
    outbox = sa.table(
        "outbox_message", sa.column("id"), sa.column("body_text"), sa.column("body_html")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(outbox.c.id, outbox.c.body_text, outbox.c.body_html))
    for row_id, text, html in rows.all():
        new_text, new_html = text, html
        for pattern, placeholder in TOKENS:
            new_text, new_html = (
                pattern.sub(placeholder, new_text),
                pattern.sub(placeholder, new_html),
            )
        if (new_text, new_html) != (text, html):
            connection.execute(
                outbox.update()
                .where(outbox.c.id == row_id)
                .values(body_text=new_text, body_html=new_html)
            )


# revision identifiers, used by Alembic.
revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "mail_server_state",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("failing_since", sa.DateTime(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_mail_server_state")),
    )
    op.create_table(
        "throttle_counter",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_throttle_counter")),
    )
    with op.batch_alter_table("throttle_counter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_throttle_counter_window_start"), ["window_start"], unique=False
        )

    op.create_table(
        "login_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_login_session_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_session")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_login_session_key_hash")),
    )
    with op.batch_alter_table("login_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_session_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempt_key_created_at"))

    op.drop_table("login_attempt")
    _mask_stored_tokens()
    _clean_stored_names()


def downgrade():
    # The table as 0005 made it (portable types: PostgreSQL has no DATETIME); the attempts
    # themselves are not brought back, and the data steps above need no reverse.
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempt")),
    )
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_attempt_key_created_at"), ["key", "created_at"], unique=False
        )

    with op.batch_alter_table("login_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_session_person_id"))

    op.drop_table("login_session")
    with op.batch_alter_table("throttle_counter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_throttle_counter_window_start"))

    op.drop_table("throttle_counter")
    op.drop_table("mail_server_state")
