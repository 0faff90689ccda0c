"""How a list of names is written apart: names joined by dashes ("Ib Bak – Eva Holm – Lis
Krog"), one more name in a parenthesis ("Anders (og Michael fra vejudvalget)"), and two names a
lost line break ran together ("Jesper Balle Kristensen Søren Lahn Sloth").

Used by :mod:`tracker.minutes.attendance`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.first_names import is_first_name

_DASH_JOIN = re.compile(r"\s+[-–]\s+(?=[A-ZÆØÅ])")
# "(og Michael fra vejudvalget)": the name is one more of the list, the rest what he is
_AND_IN_PAREN = re.compile(r"\(\s*(?:og|samt)\s+(?P<name>[A-ZÆØÅ][\wæøå-]+)[^()]*\)")


def parenthesised_names(value: str) -> str:
    """The list with a name added in a parenthesis written as one more of the list."""
    return _AND_IN_PAREN.sub(lambda m: f", {m['name']}", value)


def dash_joined(value: str) -> str:
    """The list with names joined by dashes (two dashes or more, no comma) comma-separated;
    one dash between two full names too ("Karin Fester - Ole Heie")."""
    if "," in value:
        return value
    dashes = len(_DASH_JOIN.findall(value))
    parts = _DASH_JOIN.split(value)
    # (not "Gruppeleder Guldborgsund Madservice – Mai-Briit S. Hansen": a post, then its holder)
    names = all(_FULL_NAME.fullmatch(p) and is_first_name(p.strip()) for p in parts)
    if dashes >= 2 or dashes == 1 and names:
        return _DASH_JOIN.sub(", ", value)
    return value


# A first name and a surname or two, each with its capital: "Karin Fester", "Ole H. Heie"
_FULL_NAME = re.compile(r"\s*[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå.-]*){1,3}\s*")


# "Jesper Balle Kristensen Søren Lahn Sloth": two names run together (the line break lost);
# a surname in -sen ends the first, when five capitalised words or more follow each other
_RUN_TOGETHER = re.compile(
    r"^((?:[A-ZÆØÅ][\wæøå-]*\s+){1,3}[A-ZÆØÅ][\wæøå-]*sen)\s+((?:[A-ZÆØÅ][\wæøå-]*\s+){1,3}"
    r"[A-ZÆØÅ][\wæøå-]*)$"
)


def two_names(part: str) -> list[str]:
    """The part, or the two names a lost line break ran together in it."""
    m = _RUN_TOGETHER.match(part) if len(part.split()) >= 5 else None
    return [m.group(1), m.group(2)] if m else [part]
