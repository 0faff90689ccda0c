"""A subordinate clause first, then the main clause with its verb before its doer: "Da det nu
er et år siden vi søgte, vil FC anmode havneudvalget om et svar" (FC will ask), "Når planen er
klar, skal Eva sende den ud". Read with the doer first, the main clause is a task like any
other: "FC vil anmode havneudvalget om et svar".

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.owners import People, doers, named_doers

# "Da …", "Når …", "Hvis …", "Fordi …", "Efter at …", "Nu hvor …" ("Dav" is a slip of "Da")
_SUBORDINATE = re.compile(r"(?i:da|dav|når|hvis|fordi|efter\s+at|siden|nu\s+hvor|så\s+snart)\s")
_MODAL = re.compile(r",?\s+(vil|skal)\s+")


def main_clause_first(clause: str, people: People) -> str | None:
    """The main clause after a subordinate one, its doer put first ("FC vil anmode …"); None
    when the clause has no such shape or no known doer after the modal."""
    if not _SUBORDINATE.match(clause):
        return None
    for m in _MODAL.finditer(clause):
        if m.start() < 10:
            continue
        rest = clause[m.end() :]
        known = doers(people).match(rest)
        end = known.end() if known else (named_doers(rest, people) or (None, None))[1]
        if not end or re.match(r"(?i:vi|man|de|det|der)\b", rest):
            continue
        if re.match(r"\s+(?!gerne\b|ikke\b)[a-zæøå]{3,}e\b", rest[end:]):  # "anmode" (not a wish)
            return f"{rest[:end]} {m.group(1)}{rest[end:]}"
    return None
