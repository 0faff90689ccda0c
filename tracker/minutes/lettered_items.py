"""A general assembly's agenda lettered as its statutes have it: "a. Valg af dirigent",
"b) Beretning", … "j. Eventuelt", the minutes under each letter or after "Ad. a". The letters
count the items: written again as numbers ("1. Valg af dirigent", "Ad. 1"), the referat reads
as any numbered one. Only a run from "a" on, three letters or more, with no numbered item
above it (a numbered item's lettered points are its own: "3. Siden sidst" / "a) Kassereren").

Used by :mod:`tracker.minutes.parser` when the first reading found fewer items than letters.
Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["letter_count", "lettered_as_numbered"]

# "a. Valg af dirigent", "B) Beretning", " c) Regnskab": a letter, its mark, a title
_LETTERED = re.compile(r"^(?P<lead>[ \t]*)(?P<letter>[a-zA-Z])[.)][ \t]+(?P<title>[A-ZÆØÅ].*)$")
# "Ad. a", "Ad a)", "ad. b: Beretning": the minutes of the agenda's letter
_AD_LETTER = re.compile(r"^(?P<lead>[ \t]*)ad\.?[ \t]*(?P<letter>[a-z])\b[.):]?(?P<rest>.*)$", re.I)
# an item's number opening a line: "1. Godkendelse", "3) Økonomi"
_NUMBERED = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-ZÆØÅ]")
_RUN = 3  # letters at least, from "a" on


def letter_count(text: str) -> int:
    """How many items the lettered agenda counts (0: no such run of letters)."""
    return len(_run(text.split("\n")))


def lettered_as_numbered(text: str) -> str:
    """The text with the lettered agenda's letters and its "Ad. a" lines written as numbers;
    the text as it is without such a run."""
    lines = text.split("\n")
    run = _run(lines)
    if not run:
        return text
    number = {letter: n for n, letter in enumerate(run, 1)}
    first = next(i for i, line in enumerate(lines) if _LETTERED.match(line))
    out = lines[:first]
    for line in lines[first:]:
        listed, ad = _LETTERED.match(line), _AD_LETTER.match(line)
        if listed and listed["letter"].lower() in number:
            n = number[listed["letter"].lower()]
            out.append(f"{listed['lead']}{n}. {listed['title']}")
        elif ad and ad["letter"].lower() in number:
            out.append(f"{ad['lead']}Ad. {number[ad['letter'].lower()]}{ad['rest']}")
        else:
            out.append(line)
    return "\n".join(out)


def _run(lines: list[str]) -> list[str]:
    """The letters of the first lettered list, a, b, c … in order, when no numbered item
    stands above it; [] otherwise."""
    letters: list[str] = []
    for line in lines:
        if not letters and _NUMBERED.match(line):
            return []  # a numbered item first: its lettered points are its own
        m = _LETTERED.match(line)
        if m is None:
            continue
        letter = m["letter"].lower()
        if letter == chr(ord("a") + len(letters)):
            letters.append(letter)
        elif letters:
            break  # the list ends where the letters stop counting on
    return letters if len(letters) >= _RUN else []
