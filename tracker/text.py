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
    NUL in text, and none of them is anything a person meant to type.
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
    return (text if multiline else _SPACES.sub(" ", text)).strip()


def clean_name(value) -> str:
    """A person's name as stored and matched: NFKC, no invisible characters, single spaces.

    Format characters (Unicode category Cf: zero-width spaces and joiners, bidi embeddings,
    overrides and isolates, the byte order mark, soft hyphens) are removed, so "Torben\\u200b
    Chef" and "\\u202eTorben" cannot pose as someone else. Letters such as Ł, ø and é stay.
    """
    text = "".join(char for char in clean_text(value or "") if unicodedata.category(char) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", text).split())
