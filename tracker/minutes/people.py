"""The people of a referat: attendees and known people by full name, first name, initials or
role, and the names a sentence starts with or a parenthesis gives when nobody listed them.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.minutes.letters import CAPITALS, SMALL
from tracker.minutes.names import role_before

# A first name, and the initial of a surname after it ("Eva H").
_FIRST_NAME = re.compile(
    r"(?<![\w.])([A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b(?:\s+([A-ZÆØÅ])\.?(?![\wæøå]))?"
)


class People:
    """Attendees and known people, matched by full name or by unique first name."""

    def __init__(
        self,
        names: Iterable[str],
        roles: dict[str, str] | None = None,
        attended: Iterable[str] = (),
    ) -> None:
        # the meeting's own attendees: "Jan" is the Jan who was there, when the directory
        # knows another Jan as well
        self.attended = {" ".join(str(n).split()) for n in attended}
        self.full: list[str] = []
        for name in names:
            name = " ".join(str(name).split())
            if name and name not in self.full:
                self.full.append(name)
        by_first: dict[str, list[str]] = {}
        initials: dict[str, list[str]] = {}
        for name in self.full:
            by_first.setdefault(name.split()[0].lower(), []).append(name)
            capitals = re.findall(r"[A-ZÆØÅ]", name)
            if len(name.split()) >= 2 and len(capitals) >= 2:
                # "Nils Riiber Høj" is NRH, NH and NR; "Ib H. Sørensen" is IHS and IH
                variants = {"".join(capitals), capitals[0] + capitals[-1], "".join(capitals[:2])}
                for variant in variants:
                    initials.setdefault(variant, []).append(name)
        self.by_first = by_first
        self.initials = initials
        # "formand" → "Jens Hansen" when the list of attendees says "Jens Hansen (formand)"
        self.roles = {role.lower(): name for role, name in (roles or {}).items()}
        self._full_names: re.Pattern | None = None

    def resolve(self, word: str) -> str | None:
        """The one person a name, a first name ("Eva"), a first name and an initial ("Eva H")
        or initials ("NRH") stand for; None when no one or several do."""
        word = " ".join(word.split()).rstrip(".")
        if word in self.full:
            return word
        m = re.fullmatch(r"(\S+)\s+([A-ZÆØÅ])", word)
        if m:
            fits = [
                n
                for n in self.by_first.get(m.group(1).lower(), [])
                if len(n.split()) > 1 and n.split()[-1].startswith(m.group(2))
            ]
            return fits[0] if len(fits) == 1 else None
        fits = self.by_first.get(word.lower(), []) if " " not in word else []
        if not fits and re.fullmatch(r"[A-ZÆØÅ]{2,4}", word):
            fits = self.initials.get(word, [])
        there = [n for n in fits if n in self.attended]
        return fits[0] if len(fits) == 1 else there[0] if len(there) == 1 else None

    def holder(self, role: str) -> str | None:
        """The attendee who holds a role ("Formanden" → the chair) when the list says who."""
        word = role.lower()
        for ending in ("en", "n"):
            if word.endswith(ending) and word[: -len(ending)] in self.roles:
                return self.roles[word[: -len(ending)]]
        return self.roles.get(word)

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
        for m in _FIRST_NAME.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            matches = self.by_first.get(m.group(1).lower(), [])
            if len(matches) > 1 and m.group(2):  # "Eva H" among two Evas
                one = self.resolve(f"{m.group(1)} {m.group(2)}")
                matches = [one] if one else []
            if len(matches) == 1:  # ambiguous first names propose nobody
                found.setdefault(matches[0], m.start())
        return sorted(((pos, name) for name, pos in found.items()), key=lambda x: x[0])

    def first_names(self) -> list[str]:
        """The first names, capitalised, for matching a doer at a sentence's start."""
        return [first.capitalize() for first in self.by_first]


# Capitalised words that start a sentence without naming anyone.
NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """det der den de dem denne dette disse han hun man vi jeg du i alle hver ingen nogle flere
    mange begge her herefter derefter desuden derudover endvidere samtidig fremover nu så da når
    hvis også dog derfor til efter før på med for som om ved fra af under over mellem hvor hvad
    hvem hvordan hvornår hvorfor evt ellers endelig først sidst senere tidligere afslutningsvis
    indledningsvis mødet sagen punktet referatet dagsordenen oplægget forslaget indstillingen
    planen budgettet projektet arbejdet listen ny nye et en alt andet kort status orientering
    januar februar marts april maj juni juli august september oktober november december mandag
    tirsdag onsdag torsdag fredag lørdag søndag næste sidste kommende måske muligvis eventuelt""",
    )
)
# "Łucja", "Anne-Sofie"; a firm's name with its letters glued on: "KvalitetsIT", "SundhedsIT"
_NAME_WORD = rf"[{CAPITALS}][{SMALL}]+(?:[A-ZÆØÅ]{{2,4}}(?![\wæøå]))?(?:-[{CAPITALS}][{SMALL}]+)?"
A_NAME = (
    r"(?:" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|[A-ZÆØÅ]\.?(?![\wæøå])))?"
    r"|[A-ZÆØÅ]{2,5}(?![\wæøå-])"  # initials ("NRH") or a body's letters ("HMU")
    r"|[A-ZÆØÅ]-[A-ZÆØÅa-zæøå](?![\wæøå-]))"  # hyphened initials: "H-J", "L-O" (Hans-Jørgen)
)
# "(Erik)" after a name: a helper named, not the end of the doers.
_ASIDE = r"(?:\s+\([^()]{1,30}\))?"
_ONE = rf"(?:{A_NAME}){_ASIDE}"
_NAMES = re.compile(rf"{_ONE}(?:\s*,\s*{_ONE})*(?:\s+(?:og|&)\s+{_ONE})?(?=\s)")


# Nouns of things, not of people or bodies: "Kommunikation", "Inddragelse", "Ledertrivsel".
_ABSTRACT = re.compile(r"(?:ion|else|hed|skab|ing|isme|sel|ance|itet|ologi|ering)$", re.I)


# A body's name run into the name after it, where a point's label lost its line: "g.
# Musikudvalget" / "Lars indkalder til møder".
_LABEL_UNIT = re.compile(
    r"^[A-ZÆØÅ][a-zæøå-]*(?:udvalget|rådet|gruppen|bestyrelsen|teamet|laget)\s+(?=[A-ZÆØÅ][a-zæøå])"
)


def named_doers(text: str, people: People, doing: bool = False) -> tuple[list[str], int] | None:
    """The names a sentence starts with, as owners, and where they end: "Kirstine", "Eva H",
    "Birte og Jytte", "Jara, Anne og Kirstine", "Skolen". A name the list of attendees knows is
    given in full; another is kept as written (the review asks who it is)."""
    m = _NAMES.match(text.strip())
    if not m:
        return None
    names = []
    for part in re.split(r"\s*,\s*|\s+(?:og|&)\s+", re.sub(r"\s*\([^()]*\)", "", m.group(0))):
        part = _LABEL_UNIT.sub("", part)  # "Musikudvalget Lars indkalder": a point's label
        known = people.resolve(part) or people.holder(part)
        if not known and len(people.by_first.get(part.lower(), [])) > 1:
            continue  # one of two Charlottes: propose nobody rather than the wrong one
        if not known and (
            part.isupper()
            and len(part) < 3
            and not doing  # "SF", "EL": a party's letters, unless "PT laver aftale med …"
            or part.split()[0].lower() in NOT_NAMES
            or _ABSTRACT.search(part)
        ):
            return None  # "Kommunikation bør …", "Ledertrivsel afhænger …": no one
        names.append(known or part)
    if not names:
        return None
    return names, m.end() + (len(text) - len(text.lstrip()))


_ROLE_WORDS = (
    r"formand|forkvinde|næstformand|kasserer|sekretær|skoleleder|viceskoleleder|afdelingsleder"
    r"|centerchef|direktør|ordstyrer|referent|tovholder"
)


def only_names(text: str, people: People, after: str = " x") -> list[str] | None:
    """The owners when ``text`` is names and nothing more ("Mette og Astrid", "FC", "Elo"),
    read as :func:`named_doers` reads a sentence's start (``after`` stands for what follows
    them); None when anything else is in it ("Det står klart for alle")."""
    named = named_doers(text + after, people)
    return list(named[0]) if named and named[1] >= len(text) else None


def note_roles(value: str, attendees: list) -> None:
    """Give each attendee the role the list of names says they hold: "Jens Hansen (formand)",
    "Eva Lund, kasserer", "Lolan Ottesen (A) - formand", "Formand Aase Holm"."""
    for attendee in attendees:
        before = role_before(attendee.name, value)
        if before is not None:  # "suppleant Eskil Bo, formand (ref.)": the role before is his
            attendee.role = before if re.fullmatch(_ROLE_WORDS, before) else attendee.role
            continue
        m = re.search(
            re.escape(attendee.name)
            + r"(?:\s*\([A-ZÆØÅ]{1,2}\))?\s*(?:\([^)]*?\b("
            + _ROLE_WORDS
            + r")\b[^)]*\)|,\s*("
            + _ROLE_WORDS
            # "Zon, kasserer Jonna Lund": the role of the name after it
            + rf")\b(?!\s+(?-i:[{CAPITALS}]))|\s+[-–]\s+("
            + _ROLE_WORDS
            + r")\b)",
            value,
            re.IGNORECASE,
        )
        if m:
            attendee.role = next(g for g in m.groups() if g).lower()


# A holder's name: capitalised words ("Jens Chr. Larsen"), never the next role of a run-in list.
_HOLDER = (
    r"(?-i:[A-ZÆØÅ][\wæøåéü-]+(?:[ \t]+(?!(?i:" + _ROLE_WORDS + r")\b)(?:[A-ZÆØÅ][a-zæøå]{0,2}\."
    r"|[A-ZÆØÅ][\wæøåéü-]+)){1,3})"
)
# "Formand: Kent Hansen Kasserer: Poul Lund" (a constitution list, maybe run in), "Til formand
# valgtes Kent Hansen", "Kent Hansen blev valgt som formand".
_ROLE_LISTED = re.compile(
    r"(?<![\wæøå])(?P<role>" + _ROLE_WORDS + r")\s*:\s*(?P<name>" + _HOLDER + r")"
    r"|\btil\s+(?P<role2>" + _ROLE_WORDS + r")\s+(?:gen)?valgtes\s+(?P<name2>" + _HOLDER + r")"
    r"|(?P<name3>" + _HOLDER + r")\s+(?:blev\s+)?(?:gen)?(?:valgt|konstitueret)\s+(?:som|til)\s+"
    r"(?P<role3>" + _ROLE_WORDS + r")\b",
    re.IGNORECASE,
)


def roles_in(text: str) -> dict[str, str]:
    """The officers a constitution list or an election in the minutes names: {"formand":
    "Kent Hansen"} (the first name given for each role)."""
    found: dict[str, str] = {}
    for m in _ROLE_LISTED.finditer(text):
        role = (m["role"] or m["role2"] or m["role3"]).lower()
        name = (m["name"] or m["name2"] or m["name3"]).rstrip(".")
        if name.split()[0].lower() not in NOT_NAMES:
            found.setdefault(role, name)
    return found


# "(Steen)", "(LI)", "(Eva og Bo)", "(ansvarlig: Steen)" after a task: who does it.
_MARKED = re.compile(
    r"\((?:(?:ansvarlig|ansv\.?|tovholder|ejer)\s*:?\s*)?([^()]{1,60})\)\s*[.]?\s*$", re.I
)


# "… koster Action Jesper", "Action: MN og Flemming": minutes that keep an action list close
# the task with who does it; two capitals here are a member's initials, never a party's.
_ACTION_MARK = re.compile(
    r"(?:^|(?<=\s))(?:Action|ACTION|Aktion|AKTION)\s*:?\s+([^().:;\n]{1,60}?)\s*\.?\s*$"
)


_HOUSE_NUMBER = re.compile(r"\s*,?\s*(?:have|hus|nr\.?|lejl\.?)\s*\d{1,4}[a-zA-Z]?$")


def marked_owners(text: str, people: People) -> tuple[list[str], int] | None:
    """The people a trailing parenthesis or action marker ("… Action Jesper") names, and where
    it starts; None when it names no one (a party letter "(B)", an abbreviation, a remark)."""
    m = _MARKED.search(text)
    action = None if m else _ACTION_MARK.search(text)
    m = m or action
    if not m:
        return None
    names = []
    for part in re.split(r"\s*(?:,|/|&|\bog\b)\s*", m.group(1).strip()):
        part = _HOUSE_NUMBER.sub("", part)  # "(Kim have 22)": the member and the garden
        if not part:
            continue
        person = people.resolve(part) or people.holder(part)
        if person:
            names.append(person)
        elif (
            re.fullmatch(A_NAME, part)
            and part.split()[0].lower() not in NOT_NAMES
            and not (part.isupper() and len(part) < 3 and not action)  # "(SF)": a party
        ):
            names.append(part)
        else:
            return None
    return (names, m.start()) if names else None
