"""Whether the words just before a passive make it describe rather than ask ("det der løbende
foretages", "før der kan udbetales", "kan også sendes"), read backwards from the passive.

The pattern this reads as (``DESCRIBES`` in tests/minutes/test_minutes_hostile_lines.py, the
specification, anchored at the passive) was searched from the clause's start at each passive
word: a clause of many passives cost the square of its length. Its words are whole words
between spaces, the first a word's end, so the last few words before the passive tell.

Pure module: stdlib only.
"""

from __future__ import annotations

_WHO = frozenset(("det", "den", "dem", "noget", "alt", "dette"))
_OFTEN = frozenset(
    ("løbende", "normalt", "altid", "typisk", "sædvanligvis", "allerede", "ofte", "også")
)
_BEFORE = frozenset(("før", "når", "hvis", "inden", "medmindre", "såfremt"))
_SUBJECT = frozenset(("der", "det", "man", "de"))
_MODAL = frozenset(("kan", "kunne", "skal", "må"))
_CAN = frozenset(("kan", "kunne"))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # a pattern's \w


def _ends_with(token: str, words: frozenset[str]) -> bool:
    """The token ends in one of the words, a word of its own there (\\b before it)."""
    return any(
        token.endswith(word) and (len(token) == len(word) or not _word_char(token[-len(word) - 1]))
        for word in words
    )


def describes_before(lower: str, end: int) -> bool:
    """``DESCRIBES.search(lower, 0, end)``: the words before ``end`` are "det der [løbende]",
    "som [normalt]", "før [der] [kan]" or "kan [også]", each followed by space."""
    if not end or not lower[end - 1].isspace():
        return False
    at = end

    def previous() -> str:
        """The word before ``at`` (after its spaces), moving ``at`` to its start."""
        nonlocal at
        while at and lower[at - 1].isspace():
            at -= 1
        stop = at
        while at and not lower[at - 1].isspace():
            at -= 1
        return lower[at:stop]

    last = [previous() for _ in range(3)]  # the last three words, the nearest first
    # "kan [også] …", "før [der] [kan] …"
    if _ends_with(last[0], _CAN) or (last[0] == "også" and _ends_with(last[1], _CAN)):
        return True
    words = last[:]
    if words[0] in _MODAL:
        words.pop(0)
    if _ends_with(words[0], _BEFORE) or (words[0] in _SUBJECT and _ends_with(words[1], _BEFORE)):
        return True
    # "det der [løbende …]", "som [normalt …]": any number of such words between
    at = end
    word = previous()
    while word in _OFTEN:
        word = previous()
    return _ends_with(word, frozenset(("som",))) or (word == "der" and _ends_with(previous(), _WHO))
