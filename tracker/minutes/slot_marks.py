"""A school board's agenda line carries its time slot after the title: "Elevrådet /(O), (D) /
5 min / AM   Slut kl. 18.10", "Mødeplan /(B) / 10 min /GG", "Godkendelse af dagsorden v/Emmy –
2 min." — the type codes (O)rientering, (D)røftelse, (B)eslutning, the minutes it may take,
who presents it and when it ends. None of it is the title. A slot that gives only the kind of
point ("19.00-19.15 - Drøftelse", "20.15-20.30 - Drøftelse/Beslutning") has lost its title.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

_ENDS_AT = re.compile(r"\s*\bslut\s+kl\.?\s*\d{1,2}[.:]\d{2}\s*$", re.IGNORECASE)
# "/ 10 min/SA+GG", "– 2 min.", "/5 min.": the slot's length, then maybe the presenters' initials
_DURATION = re.compile(
    r"\s*[/–-]?\s*(?:ca\.\s*)?\d{1,3}\s*min(?:\.|utter)?\s*"
    r"(?:/\s*[A-ZÆØÅ]{1,4}(?:\s*[+/,&]\s*[A-ZÆØÅ]{1,4})*\s*)?$"
)
# "– 18.30 – 18.35", "kl. 19.00-19.15", "(19.00 - 19.20)": the slot's clock times at the end
_CLOCK_RANGE = re.compile(
    r"\s*(?:[–-]\s*(?:kl\.?\s*)?|kl\.?\s*|\(\s*(?:kl\.?\s*)?)"
    r"\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}\s*\)?\s*$",
    re.IGNORECASE,
)
_TIME_WORD = re.compile(r"\b(?:fra|mellem|til|ca\.?|omkring|ved)\s*$", re.IGNORECASE)
_CODES = re.compile(r"\s*/?\s*(?:\([A-ZÆØÅ]\)\s*,?\s*)+/?\s*$")


# "(5 min)", "(10 min - slut kl. 18.45)": the slot in brackets
_BRACKETED = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
_LENGTH = re.compile(r"(?:ca\.\s*)?\d{1,3}\s*min(?:\.|utter)?", re.IGNORECASE)


def without_slot(title: str) -> str:
    """The title without the slot written after it; a title without a slot's length as it is
    (a lone "(B)" may be a party's letter)."""
    slotted = _without_slot(title)
    kind = _KIND_BRACKET.search(slotted)
    if kind and kind.start() >= 3:  # "Siden sidst (Orienteringspunkt) (30 min)"
        return slotted[: kind.start()].rstrip(" /–-")
    return slotted


def _without_slot(title: str) -> str:
    bracketed = _BRACKETED.search(title)
    if bracketed and bracketed.start() >= 3:
        inside = _ENDS_AT.sub("", " " + bracketed[1]).strip(" -–/")
        if _LENGTH.fullmatch(inside) or (not inside and _ENDS_AT.search(" " + bracketed[1])):
            return title[: bracketed.start()].rstrip(" /–-")
    rest = _ENDS_AT.sub("", title)
    clock = _CLOCK_RANGE.search(rest)
    if clock and clock.start() >= 3 and not _TIME_WORD.search(rest[: clock.start()]):
        # "Nyt fra elevråd – 18.40 – 18.45": the slot's times ("… fra kl. 19-19.30": a
        # sentence's own time)
        return rest[: clock.start()].rstrip(" /–-")
    if not _DURATION.search(rest):
        return title
    rest = _DURATION.sub("", rest)
    rest = _CODES.sub("", rest).rstrip(" /–-")
    return rest if len(rest) >= 3 else title


# The kinds of point an agenda's column gives, alone or joined: "Orientering/ drøftelse"
_KIND = r"(?:orientering|drøftelse|beslutning|godkendelse|information|til\s+efterretning)"
_KIND_ONLY = re.compile(r"^\(?" + _KIND + r"(?:\s*(?:/|,|og)\s*" + _KIND + r")*\)?\.?$", re.I)


# The kind of point in brackets after the title: "(Orienteringspunkt)", "(Beslutning/drøftelse)"
_KIND_BRACKET = re.compile(
    r"\s*\(" + _KIND + r"(?:s?punkt)?(?:\s*(?:/|,|og)\s*" + _KIND + r"(?:s?punkt)?)*\)\s*$", re.I
)


def kind_only(title: str) -> bool:
    """The slot's words are only the kind of point ("Drøftelse", "Orientering/ drøftelse")."""
    return bool(_KIND_ONLY.match(title.strip()))
