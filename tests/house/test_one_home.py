"""Each entity rule has one door: these fail when a rule is written again beside it.

The doors are on the models (tracker.models.Action: ``people``, ``involves``, ``involving``,
``open_clause``, ``overdue_clause``, ``by_deadline``, ``deadline_order``, ``deadline_note``,
``days_over``; Person: ``first_name``), delegating to tracker.rules; the deadline's words in
a page, a report or an email are templates/_macros.html's ``deadline`` and ``deadline_words``.
Each check reads the source and names every place that bypasses its door.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRACKER = ROOT / "tracker"
TEMPLATES = ROOT / "templates"
DOOR = "tracker/models/actions.py"
PERSON = "tracker/models/people.py"
RULES = "tracker/rules.py"
# The minutes reader (issue 25) reads names and deadline words out of running text: its own
# first-word and position rules are about the text, not about a person or an action.
NOT_OURS = ("tracker/minutes/",)


def _sources(root: Path, pattern: str):
    for path in sorted(root.rglob(pattern)):
        name = path.relative_to(ROOT).as_posix()
        if not name.startswith(NOT_OURS):
            yield name, path.read_text(encoding="utf-8")


def _hits(regex: str, root: Path, pattern: str, allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for name, text in _sources(root, pattern):
        if name in allowed:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(regex, line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


# Each: what is written again, the pattern of the second copy, where it may be (the door).
PYTHON_BYPASSES = [
    # A bound list cannot use the partial indexes of open actions: Action.open_clause().
    ("open as a bound status list", r"status\.in_\(", (DOOR,)),
    ("open as a status list in Python", r"\bin OPEN_STATUSES\b", (RULES,)),
    ("the owner and co-owners unpacked", r"\*\s*(\w+\.)?co_owners\b", (DOOR,)),
    ("owner-or-co-owner by hand", r"owner_id\s*==.*co_owners|co_owners.*owner_id\s*==", (DOOR,)),
    ("a co-owner by id by hand", r"in \{p\.id for p in \w+\.co_owners\}", ()),
    ("a second deadline order", r"def _?by_deadline\b|is None, \w+\.due_end, \w+\.id", (DOOR,)),
    ("a second SQL deadline order", r"due_end\.(is_\(None\), |asc\()|by\(\w+\.due_end", (DOOR,)),
    ("a first name by hand", r"name\)?\.split\(\)\[0\]|def first_name\b", (DOOR, RULES, PERSON)),
    ("days overdue by hand", r"\(today - \w+\.due_end\)\.days|\(today - due_end\)", (RULES,)),
    ("primo/medio/ultimo days again", r"\(1, 10\)|\(11, 20\)", ("tracker/deadlines/words.py",)),
    ("ongoing words again", r"\"løbende\" in", (RULES,)),
    ("a second Danish date formatter", r"from babel\.dates import format_date", ()),
    ("the display zone by hand", r"ZoneInfo\(current_app\.config", ("tracker/i18n.py",)),
    ("the thirds of a year again", r"\(1, 4\)|\(9, 12\)", ()),
    ("a person by name by hand", r"Person\.name_key\s*==", ("tracker/people/matching.py",)),
    (
        "the logged-in person by hand",
        r"current_user\._get_current_object",
        ("tracker/auth/access.py",),
    ),
]

TEMPLATE_BYPASSES = [
    ("a first name by hand", r"split\(\)\[0\]"),
    ("days overdue by hand", r"today - \w+(\.\w+)*\.due_end"),
    ("a deadline's dates by hand", r"date_range\(\w+(\.\w+)*\.due_start"),
    ("ongoing words again", r"\"løbende\" in"),
    ("away by hand", r"absent_until\s*>="),
    ("a deadline's words by hand", r"deadline_text or "),
]


@pytest.mark.parametrize("rule,regex,door", PYTHON_BYPASSES, ids=[r[0] for r in PYTHON_BYPASSES])
def test_no_rule_is_written_again_in_python(rule, regex, door):
    assert _hits(regex, TRACKER, "*.py", door) == [], f"{rule}: use the door on the model"


@pytest.mark.parametrize("rule,regex", TEMPLATE_BYPASSES, ids=[r[0] for r in TEMPLATE_BYPASSES])
def test_no_rule_is_written_again_in_a_template(rule, regex):
    found = _hits(regex, TEMPLATES, "*.*", ("templates/_macros.html",))
    assert found == [], f"{rule}: use the model's door or a macro of templates/_macros.html"


# The one function that reads the co-owner table with the owner column for another reason
# than "does this person own or co-own": counting each person's open actions (both halves
# grouped by person).
SQL_ALLOWED = {("tracker/people/queries.py", "open_counts")}


def _functions_with_owner_and_co_owner_sql():
    for name, text in _sources(TRACKER, "*.py"):
        if name == DOOR:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = ast.get_source_segment(text, node) or ""
                if "action_co_owner.c." in body and "Action.owner_id" in body:
                    yield name, node.name


def test_owner_or_co_owner_is_asked_in_sql_through_the_door():
    """Action.involving / involves_clause / people_ids, not a UNION or OR written again."""
    found = set(_functions_with_owner_and_co_owner_sql())
    assert found - SQL_ALLOWED == set(), "owner or co-owner in SQL: use Action.involving"
    assert found >= SQL_ALLOWED, "an exception no longer needed: take it off the list"


def test_the_guard_sees_the_doors_themselves():
    """The patterns are live: each finds its rule in the door it leaves alone."""
    door = (ROOT / DOOR).read_text(encoding="utf-8")
    for regex in (r"status\.in_\(", r"\*\s*(\w+\.)?co_owners\b", r"due_end\.is_\(None\), \w+\."):
        assert re.search(regex, door), regex
    assert "action_co_owner.c." in door and "cls.owner_id" in door
    assert re.search(r"\(1, 10\)", (ROOT / "tracker/deadlines/words.py").read_text("utf-8"))
