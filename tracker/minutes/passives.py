"""Passives in a referat's clauses: "Hjemmesiden ajourføres", "denne bliver revideret", and
which modal passives say what is to be done ("Det skal rettes til", "Udvalg skal nedsættes")
rather than how things ought to be ("Trivsel skal prioriteres"). Used by the clause tests of
:mod:`tracker.minutes.clauses`.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.describes import describes_before
from tracker.minutes.verbs import (
    MODAL_PASSIVE_VERBS,
    PARTICIPLES,
    PASSIVE_VERBS,
    arranged_with,
    there_passive,
)

# "Hjemmesiden ajourføres", "denne bliver revideret", "vil blive offentliggjort".
_PASSIVE_WORD = re.compile(r"(?:frem|gen|videre|ud)?" + PASSIVE_VERBS)
_BECOMING = re.compile(r"\b(?:bliver|blive)\s+(?:\w+\s+)?(?:" + PARTICIPLES + r")\b", re.I)


# A word of small letters that ends in "-es", read from its first letter only (from every
# letter of a long word, the search cost the square of its length)
_ENDS_ES = re.compile(r"(?<![a-zæøå])[a-zæøå]+es\b")


def is_passive(text: str) -> bool:
    """ "Hjemmesiden ajourføres", "denne bliver revideret": a word of the passive verbs, or
    "bliver" and a participle (read word by word: one pattern of them all is slow)."""
    lower = text.lower()
    if "blive" in lower and _BECOMING.search(lower):
        return True
    if there_passive(lower) or arranged_with(lower):  # "der indkøbes krus", "X aftales med Y"
        return True
    if _EXPLAINS.match(lower):
        return False  # "Dvs. status foretages på mødet": how it is done, no task
    last = _LAST_PASSIVE.search(lower, max(0, len(lower) - 40))  # the last words only
    if last and not describes_before(lower, last.start() + 1):
        return True  # "Møde med klubben om fremtiden aftales.", "Strømmen … afregnes."
    return any(
        _PASSIVE_WORD.fullmatch(m.group()) and not describes_before(lower, m.start())
        for m in _ENDS_ES.finditer(lower)
    )


# A thing named, then a passive of arranging or paying that ends the clause: "Møde med klubben
# aftales", "Forbruget afregnes" (not "Der aftales …": the verb first; chores such as "Hækkene
# klippes" are tasks only under a work day or with a name, as drafts.py reads them).
_LAST_PASSIVE = re.compile(r"(?<=[a-zæøå]) (?:aftal|afregn|betal|refunder|fakturer)es\s*[.!]?$")


def is_passive_word(word: str) -> bool:
    """The word is a passive of a verb of doing: "tilmeldes", "udsendes", "fremsendes"."""
    return bool(_PASSIVE_WORD.fullmatch(word.lower()))


def final_passive(text: str) -> bool:
    """The clause ends in a passive of arranging or paying ("Møde med X aftales")."""
    return bool(_LAST_PASSIVE.search(text.lower(), max(0, len(text) - 40)))


# "Dvs. …", "Typisk …" explain how it is done (a passive in a relative clause, "det der løbende
# foretages", describes: tracker.minutes.describes).
_EXPLAINS = re.compile(r"^\W*(?:dvs\.?|det\s+vil\s+sige|typisk|normalt|sædvanligvis)\s")

# "Det skal rettes til", "Børnehaven skal inddrages": a task when it says what is to be done to
# a thing named; "Trivsel skal prioriteres" and "Administrative opgaver bør forenkles" say how
# things ought to be.
_MODAL_PASSIVE = re.compile(
    r"^(?P<subj>.{0,80}?)\b(?:skal|bør|må)\s+"
    r"(?:(?:nu|også|fortsat|derfor|gerne|straks|ikke|bare|blot|lige)\s+)?"
    r"(?:" + PASSIVE_VERBS + r"|" + MODAL_PASSIVE_VERBS + r")\b",
    re.IGNORECASE,
)
_DEFINITE_START = re.compile(
    r"^(?:der|det|den|dette|denne|disse|de|vi|vores|jeres|hans|hendes|sin|sit|en|et|alle|samtlige"
    r"|begge)\b",
    re.I,
)

# Things counted: "To skakure", "2 nye borde", "Et par stiger"
_COUNTED = re.compile(
    r"^(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|et\s+par)\s+[a-zæøå]{3,}", re.I
)

# A bare indefinite noun, maybe "ny", as a modal passive's whole subject names a thing to make
# ("Udvalg skal nedsættes"); people in general ("Forældre skal informeres") are a rule's.
_BARE_NOUN = re.compile(
    r"(?:(?:ny|nyt|nye)\s+)?(?:[a-zæøå]{4,}\s+(?=[a-zæøå]{4,}$))?(?!(?:børn|elever|forældre|borgere|medarbejdere|ansatte|beboere"
    r"|medlemmer|brugere|deltagere|man|noget|nogen|intet|ingen|alt|alle)\b)[a-zæøå-]{3,}",
    re.IGNORECASE,
)


def passive_task(text: str) -> bool:
    """A passive that says what is to be done, to a thing named (see _MODAL_PASSIVE)."""
    m = _MODAL_PASSIVE.search(text)
    if not m:
        return is_passive(text)
    subject = m["subj"].strip(" ,")
    if not subject or _DEFINITE_START.match(subject) or re.search(r"\b(?:der|som)$", subject):
        return True  # "Det skal …", "Noget der skal sendes ud …"
    # "Bo ikke til stede, medlemsliste skal …": the last clause's subject; "Aftale med huset om
    # drikkevarer skal justeres": the noun before its complement
    # "Lagerbeholdning, brikker ure m.v., skal opgøres": a list of things, the first its head
    listed = re.sub(r"\s*\b(?:m\.\s?v|mv|m\.\s?m|osv)\.?$", "", subject).strip(" ,")
    if listed != subject and _BARE_NOUN.fullmatch(listed.split(",")[0].strip()):
        return True
    subject = re.split(r"[,:]", subject)[-1].strip()  # "Status på spring: Et spring skal …"
    if _DEFINITE_START.match(subject) or _COUNTED.match(subject):
        return True  # "To skakure skal købes": things counted, to get
    head = _COMPLEMENT_START.split(subject, maxsplit=1)[0]
    if _BARE_NOUN.fullmatch(subject) or _BARE_NOUN.fullmatch(head):
        return True  # "Udvalg skal nedsættes", "Ny hjemmeside skal laves": the forum's to do
    last = subject.split()[-1]
    return last[:1].isupper() and len(subject.split()) > 1 or last.endswith(("en", "et", "ne"))


_COMPLEMENT_START = re.compile(
    r"\s+(?:med|om|omkring|til|for|af|på|fra|over|vedr\.|vedrørende|ang\.|angående|hos|mellem)\s+",
    re.I,
)
