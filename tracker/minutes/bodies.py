"""Bodies, units and roles as owners of a task in the minutes.

Bodies are the fixed list in :data:`BODIES` (named anywhere in a sentence, they are its owner
when no person is), and any capitalised word that names a unit or a body ("Forvaltningen",
"Økonomiafdelingen", "Jobcentret", "Teknik- og Miljøudvalget"), which is an owner only as the
sentence's subject. "Udvalget", "Rådet" and "Bestyrelsen" in a body's own minutes are that body.
People are owners.py's.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

BODIES = (
    "Strategisk Chefforum",
    "Kommunalbestyrelsen",
    "Økonomiudvalget",
    "Direktionen",
    "Lederforum",
    "Hovedudvalget",
    "MED-udvalget",
    "Chefforum",
    "Sekretariatet",
    "HR",
)
_BODY_PATTERNS = tuple(
    (body, re.compile(r"(?<![\w-])" + re.escape(body) + r"(?![\w-])", 0 if body == "HR" else re.I))
    for body in BODIES
)
# Roles and units that do things; the word is kept as written.
ROLES = (
    "Forvaltningen",
    "Administrationen",
    "Borgmesteren",
    "Formanden",
    "Næstformanden",
    "Direktøren",
    "Kommunaldirektøren",
    "Ledelsen",
    "Skolelederen",
)
_UNIT_ENDINGS = (
    r"forvaltningen|afdelingen|centret|centeret|sekretariatet|udvalget|rådet|bestyrelsen"
    r"|direktionen|teamet|enheden|staben|gruppen|forum|chefforum|styregruppen|klubben"
)
# Capitalised words joined by "og" or commas: "Teknik og Miljø", "Social, Sundhed og Beskæftigelse".
_CAPITALS = (
    r"[A-ZÆØÅ][\wæøå-]*(?:(?:\s+|,\s+|\s+og\s+)(?![A-ZÆØÅ][a-zæøå]*(?:afdeling|forvaltning|udvalg"
    r"|cent)[a-zæøå]*\b)[A-ZÆØÅ][\wæøå-]*)*"
)
# "Økonomiafdelingen", "Teknik- og Miljøudvalget", "Hoved-MED": capitalised, one or two words;
# "Magistratsafdelingen for Teknik og Miljø", "Center for Social, Sundhed og Beskæftigelse" with
# the capitalised words of what it is for; "Borgmesterens Afdeling".
UNIT_PATTERN = (
    r"(?<![\wæøå-])(?:(?:(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*(?:-[A-ZÆØÅa-zæøå]+)?"
    r"(?:" + _UNIT_ENDINGS + r")|Cent(?:er|ret|eret))(?:\s+for\s+" + _CAPITALS + r")?"
    r"|[A-ZÆØÅ][\wæøå]*-MED"
    r"|[A-ZÆØÅ][a-zæøå]+s\s+(?:Afdeling|Forvaltning|Sekretariat|Stab|Kontor|Center))(?![\wæøå-])"
)
UNIT = re.compile("(" + UNIT_PATTERN + ")")
SELF = {"udvalget", "rådet", "bestyrelsen", "forummet"}


def genitive_owner(word: str) -> str:
    """ "forvaltningens" → "Forvaltningen", "Teknik og Miljøs" → "Teknik og Miljø"."""
    word = word[:-1] if word.endswith("s") else word
    return word[:1].upper() + word[1:]


def find_bodies(text: str) -> list[str]:
    """The bodies of :data:`BODIES` named in text, in order of appearance."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for body, pattern in _BODY_PATTERNS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), body))
    result: list[str] = []
    for _, body in sorted(found):
        if body not in result:
            result.append(body)
    return result


SELF_PATTERN = r"(?:Udvalget|Rådet|Bestyrelsen|Forummet)"


def subject_body(text: str, forum: str = "") -> str | None:
    """The role, unit or body a sentence starts with, as its owner; None when it starts otherwise.

    "Udvalget …" in the minutes of Teknik- og Miljøudvalget is Teknik- og Miljøudvalget.
    """
    first = re.match(r"[\wæøåÆØÅ-]+", text.strip())
    word = first.group(0) if first else ""
    if word.lower() in SELF:
        # the forum when it is that kind of body; in a general assembly of "Grundejerforeningen
        # X" (an organisation read as the forum) "Bestyrelsen" is the board, not the assembly
        return forum if _same_kind(word, forum) else word.capitalize()
    if word.capitalize() in ROLES:
        return word.capitalize()
    unit = UNIT.match(text.strip())
    if unit:
        return unit.group(1)
    return None


_KIND = {"udvalget": "udvalg", "rådet": "råd", "bestyrelsen": "bestyrelse", "forummet": "forum"}
# A forum's name that names no body, only the organisation it belongs to.
_ORGANISATION = re.compile(
    r"^(?:grundejerforening|ejerforening|andelsboligforening|boligforening|forening|klub"
    r"|idrætsforening|vejlaug|vandværk)\w*\b(?!.*\b(?:udvalg|råd|bestyrelse|forum)\w*)",
    re.IGNORECASE,
)


def _same_kind(word: str, forum: str) -> bool:
    """ "Udvalget" in the minutes of an udvalg, "Bestyrelsen" in a board's: the forum itself.
    A forum named only by its organisation ("Grundejerforeningen Borup") has a board of its
    own."""
    return bool(forum) and not (
        _ORGANISATION.match(forum) and _KIND[word.lower()] not in forum.lower()
    )


def is_body(name: str, forum: str = "") -> bool:
    """The name is a body, a unit or a role, not a person: the review asks for a person."""
    if name in BODIES or name in ROLES or (forum and name == forum):
        return True
    return bool(UNIT.fullmatch(name)) or name.lower() in SELF


# Roles that are one person: the review asks for the person, and there is no unit to keep.
PERSON_ROLES = (
    "Borgmesteren",
    "Formanden",
    "Næstformanden",
    "Direktøren",
    "Kommunaldirektøren",
    "Skolelederen",
)


def unit_of(names: Iterable[str], forum: str = "") -> str | None:
    """The first body or unit among the proposed owners, kept as the action's unit."""
    return next((n for n in names if is_body(n, forum) and n not in PERSON_ROLES), None)
