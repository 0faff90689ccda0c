"""Where a line without a full stop ends its sentence: the next line opens with a name and a
verb of doing ("… koncert i Kapellet" ⏎ "Bo spørger Eva om …"). Web pages and typed minutes
often leave out the full stop at a line's end; read as one sentence, two persons' jobs run
together ("Spørge Gitte om en koncert i Kapellet Bo spørger").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.letters import CAPITALS
from tracker.minutes.verbs import is_doing_verb

# A name or initials (or two with "og") and the present of a verb: "Meede spørger", "Bo og Eva
# laver", "JH sørger" (minutes that name members by their initials leave out stops as well).
_WHO = r"(?:[A-ZÆØÅ][a-zæøå]{2,}|[A-ZÆØÅ]{2,3})"
_DOER_LINE = re.compile(rf"^{_WHO}(?:\s+og\s+{_WHO})?\s+([a-zæøå]{{3,}}(?:er|år|ør))\b")
# Words a sentence goes on after ("… møde med" ⏎ "Anne kontakter …" is no new sentence).
_GOES_ON = frozenset(
    (
        "at", "og", "eller", "men", "som", "der", "hvor", "når", "hvis", "da", "mens", "så",
        "fordi", "end", "om", "til", "med", "af", "for", "fra", "på", "i", "ved", "efter", "før",
        "mod", "hos", "under", "over", "også", "ikke", "hr", "fru",
    )
)  # fmt: skip


# The label of a line that names who is responsible: "Ansvarlig: Eva", "Tovholder: Bo",
# Markdown's "**Ansvarlig**: JN"
# (responsible.py gives its names to the tasks before it)
RESPONSIBLE_LABEL = (
    r"(?:\*\*)?(?:Ansvarlige?|Ansvar|Tovholdere?|Ansv\.)(?:\*\*)?\s*:\s*(?:\*\*\s*)?"
)
_RESPONSIBLE_LINE = re.compile(rf"^{RESPONSIBLE_LABEL}[{CAPITALS}][^.:;]*$")


def is_responsible_line(line: str) -> bool:
    """The line names who is responsible and nothing more ("Ansvarlig: Eva Holm"): it ends
    its sentence, though written without a stop."""
    return bool(_RESPONSIBLE_LINE.match(line.strip()))


def ends_before_doer(previous: str, line: str) -> bool:
    """The previous line ends its sentence: no stop of its own, and the line opens with a
    name and a verb of doing."""
    previous = previous.rstrip()
    if not previous or previous[-1] in ".:;!?,–-(/&":
        return False
    if not previous[-1].isalnum() and previous[-1] != ")":  # "… invitation (ML)" ⏎ "KH laver"
        return False
    m = _DOER_LINE.match(line)
    last = previous.rsplit(None, 1)[-1].lower()
    return bool(m) and last not in _GOES_ON and is_doing_verb(m.group(1))
