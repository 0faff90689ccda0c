"""The standing duties a board hands out when it constitutes itself, which are no tasks.

"Ny bestyrelse har konstitueret sig. Formand – Eva. … Kim har ansvar for udlejningen." tells
who looks after what from now on; the secretary follows up on tasks, not on portfolios. Under
an item or in a paragraph that tells the constitution, a person who "har ansvar for", "står
for", "tager sig af" or "varetager" something has a post's duty; with a deadline it is still a
task ("Kim står for indkøb til sommerfesten 20. juni").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

_CONSTITUTED = re.compile(
    r"\bkonstitu(?:eret|erede|eredes|erer)\s+sig\b|\bkonstituering\b|\bblev\s+konstitueret\b",
    re.IGNORECASE,
)
# "Kim har ansvar for …", "Anne og Bo står for …", "Eva tager sig af …": looks after it.
_LOOKS_AFTER = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3}(?:(?:og|samt)\s+(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3})?"
    r"(?:har\s+(?:fortsat\s+|stadig\s+)?ansvar(?:et)?\s+for|står\s+for|tager\s+sig\s+af"
    r"|varetager|passer)\s+\w"
)


def post_duty(clause: str, context: str) -> bool:
    """The clause hands a post's standing duty out, in a ``context`` (the paragraph and the
    item's title) that tells how the board constituted itself."""
    return bool(_LOOKS_AFTER.match(clause.strip())) and bool(_CONSTITUTED.search(context))
