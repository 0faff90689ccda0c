"""Who a task in the minutes belongs to: people by full or first name, roles and bodies.

People are the attendees and everybody the system knows. Bodies are the fixed list in
:data:`BODIES` (named anywhere in a sentence, they are its owner when no person is), and any
capitalised word that names a unit or a body ("Forvaltningen", "Økonomiafdelingen",
"Jobcentret", "Teknik- og Miljøudvalget"), which is an owner only as the sentence's subject.
"Udvalget", "Rådet" and "Bestyrelsen" in a body's own minutes are that body.

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
    r"|direktionen|teamet|enheden|staben|gruppen|forum|chefforum|styregruppen"
)
# "Økonomiafdelingen", "Teknik- og Miljøudvalget", "Hoved-MED": capitalised, one or two words.
UNIT_PATTERN = (
    r"(?<![\wæøå-])(?:(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*(?:-[A-ZÆØÅa-zæøå]+)?"
    r"(?:" + _UNIT_ENDINGS + r")|[A-ZÆØÅ][\wæøå]*-MED)(?![\wæøå-])"
)
_UNIT = re.compile("(" + UNIT_PATTERN + ")")
_SELF = {"udvalget", "rådet", "bestyrelsen", "forummet"}


class People:
    """Attendees and known people, matched by full name or by unique first name."""

    def __init__(self, names: Iterable[str]) -> None:
        self.full: list[str] = []
        for name in names:
            name = " ".join(str(name).split())
            if name and name not in self.full:
                self.full.append(name)
        by_first: dict[str, list[str]] = {}
        for name in self.full:
            by_first.setdefault(name.split()[0].lower(), []).append(name)
        self.by_first = by_first
        self._full_names: re.Pattern | None = None

    def find(self, text: str) -> list[tuple[int, str]]:
        """(position, full name) for people named in text, in order of appearance."""
        found: dict[str, int] = {}
        taken: list[tuple[int, int]] = []
        if self._full_names is None:
            names = sorted((n for n in self.full if len(n.split()) >= 2), key=len, reverse=True)
            alternatives = "|".join(re.escape(n) for n in names) or r"(?!x)x"
            self._full_names = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")
        # longest first at each place, as one pattern: a name inside a longer one is no match
        for m in self._full_names.finditer(text):
            found.setdefault(m.group(0), m.start())
            taken.append((m.start(), m.end()))
        for m in re.finditer(r"(?<![\w.])([A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            matches = self.by_first.get(m.group(1).lower(), [])
            if len(matches) == 1:  # ambiguous first names propose nobody
                found.setdefault(matches[0], m.start())
        return sorted(((pos, name) for name, pos in found.items()), key=lambda x: x[0])

    def first_names(self) -> list[str]:
        """The first names, capitalised, for matching a doer at a sentence's start."""
        return [first.capitalize() for first in self.by_first]


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
    if word.lower() in _SELF and forum:
        return forum
    if word.capitalize() in ROLES:
        return word.capitalize()
    unit = _UNIT.match(text.strip())
    if unit:
        return unit.group(1)
    return None


def is_body(name: str, forum: str = "") -> bool:
    """The name is a body, a unit or a role, not a person: the review asks for a person."""
    if name in BODIES or name in ROLES or (forum and name == forum):
        return True
    return bool(_UNIT.fullmatch(name)) or name.lower() in _SELF


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


PRONOUNS = ("vi", "man", "de")


def doers_pattern(people: People) -> str:
    """The doers a task sentence may start with: people, bodies, roles, units, "vi"."""
    cached = getattr(people, "_doers", None)
    if cached is None:
        names = [re.escape(n) for n in sorted(people.full, key=len, reverse=True)]
        names += [re.escape(n) for n in people.first_names()]
        names += [re.escape(b) for b in BODIES + ROLES] + ["(?i:" + "|".join(PRONOUNS) + ")"]
        names += [UNIT_PATTERN, SELF_PATTERN]
        doer = r"(?:" + "|".join(names) + r")(?![\wæøå])"
        cached = people._doers = rf"^(?:{doer}(?:\s*(?:,|og|samt)\s*{doer})*)"
    return cached


def doers(people: People, suffix: str = "") -> re.Pattern:
    """The doers pattern with ``suffix``, compiled once per set of people."""
    compiled = people.__dict__.setdefault("_compiled", {})
    if suffix not in compiled:
        compiled[suffix] = re.compile(doers_pattern(people) + suffix)
    return compiled[suffix]
