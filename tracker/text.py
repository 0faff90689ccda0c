"""Cleaning text people type: pure functions, used by the forms and the models alike.

No Flask and no SQLAlchemy here, so the models can import it without a cycle.
"""

from __future__ import annotations

import re
import unicodedata

# Whitespace controls that become a space in a one-line field (and, but for \n and \t, in any).
_SPACE_CONTROLS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85")
_SPACES = re.compile(" {2,}")


def _is_control(char: str) -> bool:
    """C0 and C1 control characters, DEL included (Unicode category Cc)."""
    return unicodedata.category(char) == "Cc"


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a control character (NUL, a line break, DEL, ...)."""
    return any(_is_control(char) for char in text)


def clean_text(value, multiline: bool = False):
    """``value`` without control characters, in NFC and stripped; non-strings pass through.

    A multi-line field keeps its line breaks (as \\n) and tabs; in a one-line field line breaks
    and tabs are spaces and a run of spaces is one ("uge 20", then 1,000 spaces, then "2025"
    is "uge 20 2025"). NUL and every other control character is removed: PostgreSQL refuses
    NUL in text, and none of them is anything a person meant to type. A text of invisible
    characters only (zero-width spaces and joiners, other format characters) is empty: a note
    nobody can read is no note.
    """
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for char in text:
        if multiline and char in "\n\t":
            kept.append(char)
        elif char in _SPACE_CONTROLS:
            kept.append(" ")
        elif not _is_control(char):
            kept.append(char)
    text = "".join(kept)
    text = (text if multiline else _SPACES.sub(" ", text)).strip()
    return "" if all(map(_invisible, text)) else text


# Not format characters (Cf) but shown as nothing as well: the combining grapheme joiner, the
# Hangul fillers, Khmer's invisible vowels, the Mongolian and other variation selectors and the
# blank Braille pattern.
_BLANKS = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
)


def _invisible(char: str) -> bool:
    """A character that shows nothing: a space, a zero-width or other format character."""
    return char.isspace() or char in _BLANKS or unicodedata.category(char) == "Cf"


def clean_name(value) -> str:
    """A person's name as stored and matched: NFKC, no invisible characters, single spaces.

    Format characters (Unicode category Cf: zero-width spaces and joiners, bidi embeddings,
    overrides and isolates, the byte order mark, soft hyphens) are removed, so "Torben\\u200b
    Chef" and "\\u202eTorben" cannot pose as someone else. Letters such as Ł, ø and é stay.
    """
    text = "".join(char for char in clean_text(value or "") if unicodedata.category(char) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", text).split())


# Spaces and hyphens (plain, non-breaking, en and em dashes) between the parts of a name.
_NAME_GAP = "[\\s\\-\u2010\u2011\u2012\u2013\u2014]+"


def name_pattern(name: str) -> re.Pattern | None:
    """A pattern finding ``name`` as whole words in a text however it is spelt there: in any
    case and with its parts joined by spaces or hyphens ("JENS JENSEN TESTESEN",
    "Jens-Jensen Testesen"), also in the genitive ("Testesens", "Hans'"). None for no name.
    """
    parts = [part for part in re.split(_NAME_GAP, clean_name(name)) if part]
    if not parts:
        return None
    words = _NAME_GAP.join(re.escape(part) for part in parts)
    return re.compile(rf"(?<!\w){words}(?P<genitive>s|')?(?!\w)", re.IGNORECASE)


# Letters a Danish keyboard has that a foreign one spells out ("Kjaer", "Soeren", "Aase"), and
# letters no accent-stripping takes apart ("Łukasz" is typed "Lukasz" on a Danish keyboard).
_FOLDED = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d"}
)


def name_words(name: str | None) -> list[str]:
    """The words of a name as matched: casefolded, accents gone, Danish letters spelt out, split
    at spaces, hyphens and dots, an initial kept as its letter ("T. Benneskov" → t, benneskov).
    """
    text = clean_name(name).casefold().translate(_FOLDED)
    text = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    text = text.replace("oe", "o").replace("aa", "a")  # "Søren" = "Soren" = "Soeren"
    return [word for word in re.split(r"[\s.\-\u2010-\u2014']+", text) if word]


# A line or name marked absent: "Afbud: A, B", "Fravær: A", "A (Fravær)", "A - afbud".
_ABSENT_LINE = re.compile(r"^\s*(?:meldt\s+)?(?:afbud|fravær|fraværende)(?:\s+fra)?\s*:?\s+", re.I)
_ABSENT_NAME = re.compile(
    r"\s*(?:\(\s*(?:meldt\s+)?(?:afbud|fravær|fraværende)\s*\)|[-–:]\s*(?:afbud|fravær|fraværende))$",
    re.I,
)
_LIST_BULLET = re.compile(r"^\s*(?:[-*+•–·]|\d{1,2}[.)])\s+")
_LIST_GAP = re.compile(r"\s*[,;]\s*|\s+(?:og|samt|&)\s+", re.I)


def typed_names(text: str | None) -> list[tuple[str, bool]]:
    """(name, present) for each name in a list typed or pasted as attendees: names split at
    commas, semicolons, "og" and new lines; "Afbud: …" or "Fravær: …" marks a line's names
    absent, "(Fravær)" or "- afbud" after a name that name; a parenthesis such as "(A)" or
    "(formand)" is dropped. Each name once, as first written (a later absence counts)."""
    found: dict[tuple[str, ...], tuple[str, bool]] = {}
    for line in clean_text(text or "", multiline=True).split("\n"):
        line = _LIST_BULLET.sub("", line)
        absent = bool(_ABSENT_LINE.match(line))
        line = _ABSENT_LINE.sub("", line)
        for part in _LIST_GAP.split(line):
            present = not (absent or _ABSENT_NAME.search(part))
            name = clean_name(re.sub(r"\([^()]*\)", " ", _ABSENT_NAME.sub("", part))).strip(" .-–")
            key = tuple(name_words(name))
            if not key:
                continue
            first = found.get(key, (name, True))
            found[key] = (first[0], first[1] and present)
    return list(found.values())
