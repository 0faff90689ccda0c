"""A bare follow-up after a task: "Anne skal indhente tilbud … Anne følger op". Following up is
part of the task just told, not a task of its own ("Følge op" says nothing): it is added to that
task, and the one who follows up shares it.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.owners import People, named_doers

_BARE_FOLLOW_UP = re.compile(
    r"^(?P<who>[A-ZÆØÅ][\wæøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\wæøå]+){0,2})\s+følger\s+op"
    r"(?:\s+på\s+(?:det|dette|den|denne|sagen|opgaven))?\s*\.?$"
)


def folded_follow_up(clause: str, drafts: list, people: People) -> bool:
    """Fold a bare "X følger op" into the task before it in the same text (True), or leave it
    (False: no task before it, or more said than the follow-up)."""
    m = _BARE_FOLLOW_UP.match(clause.strip())
    if m is None or not drafts:
        return False
    task = drafts[-1]
    if not task.title.endswith("følge op"):
        task.title += " og følge op"
    named = named_doers(m["who"] + " x", people)
    for name in named[0] if named else []:
        if name not in task.owner_names:
            task.owner_names.append(name)
    return True
