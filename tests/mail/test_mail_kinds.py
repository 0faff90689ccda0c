"""The one table of email kinds (tracker.mail.kinds): every kind has its templates, a label and
keys that read back; nothing else in the code builds a planned email or writes a kind's key."""

from __future__ import annotations

import re
from pathlib import Path

from flask_babel import force_locale

from tracker.i18n import label
from tracker.mail import ANY_HOUR_KINDS, KINDS
from tracker.mail.kinds import CHASE, ESCALATION, WEEKLY

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "tracker" / "mail" / "kinds.py"


def test_every_kind_has_both_templates_and_a_translated_label(app):
    for name, kind in KINDS.items():
        for suffix in ("txt", "html"):
            assert (ROOT / "templates" / "email" / f"{kind.templates}.{suffix}").is_file(), name
        with app.test_request_context():
            with force_locale("da"):
                danish = label("mail_kind", name)
            with force_locale("en"):
                assert label("mail_kind", name) not in (danish, name), f"{name}: no English"
    assert ANY_HOUR_KINDS == ("password_reset",)


def test_a_key_reads_back_and_its_prefix_finds_it():
    key = CHASE.key(meeting=7, person=12, day="2025-03-03")
    assert key == "chase:7:12:2025-03-03"
    assert key.startswith(CHASE.prefix(meeting=7)) and CHASE.prefix(meeting=7) == "chase:7:"
    assert CHASE.parse(key) == {"meeting": "7", "person": "12", "day": "2025-03-03"}
    assert ESCALATION.key(**ESCALATION.parse("escalation:manager:3:2025-W10")) == (
        "escalation:manager:3:2025-W10"
    )
    assert WEEKLY.prefix() == "weekly:"


def test_no_planned_email_or_key_is_written_outside_the_table():
    kinds = "|".join(KINDS)
    key_literal = re.compile(rf"""f?["']({kinds}):""")
    found = []
    for path in (ROOT / "tracker").rglob("*.py"):
        if path == TABLE:
            continue
        source = path.read_text(encoding="utf-8")
        for number, line in enumerate(source.splitlines(), 1):
            if "PlannedEmail(" in line or key_literal.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == [], "use tracker.mail.kinds (Kind.plan, key, prefix, parse)"
