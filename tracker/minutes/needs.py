"""Shapes of a clause that say a thing must be done, whatever the verb, and the fixtures that
are none.

clauses.is_task reads a task from "skal" and lists of verbs; these shapes are read as them:
- a need, read as "skal" (as_duty): "Vi bliver nødt til at leje lys" → "Vi skal leje lys";
- a delivery promised with a word between, read as "kommer med" (as_duty): "Mogens kommer
  snarest med en dato" ("kommer med i udvalget" is joining, no delivery).
And a fixture: a clause without a verb that names an event and its day and clock time
("Sommerfesten d. 3. juni kl. 18 – grill og musik") announces what is planned, and a day set
("Datoen fastsættes til d. 14/2", "Den første bliver d. 11.6.") says when: no one's task.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION, WEEKDAYS_ALTERNATION

_NEED = re.compile(
    r"\b(?:er|bliver)\s+(?:(?:derfor|også|nu)\s+)?nødt\s+til\s+at\s+"
    r"(?!(?:konstatere|erkende|indse|acceptere|sige|vente|leve|tage\s+til\s+efterretning)\b)"
    r"(?=[a-zæøå]{3,})",
    re.I,
)
_BRINGS = re.compile(
    r"\bkommer\s+(?:(?:snarest|hurtigst\s+muligt|senere|også|igen|efterfølgende|inden\s+længe)\s+)"
    r"{1,2}(?=med\s+(?!i\s|til\s))",
    re.I,
)
_DAY = re.compile(
    r"\b(?:d\.|den)\s*\d{1,2}[./]\s*(?:\d{1,2}\b|[a-zæ]{3,})"
    r"|\b\d{1,2}\.\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b",
    re.I,
)
_CLOCK = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?\b", re.I)
# A word that is a finite verb or an infinitive's mark: then the clause says something
_FINITE = re.compile(
    r"\b(?:er|var|bliver|blev|har|havde|skal|vil|kan|må|bør|at|afholdes|holdes|mødes"
    r"|[a-zæøå]{2,}(?:er|ede|te|es)|[a-zæøå]*(?:år|ør))\b"
)
_MONTH_WORDS = re.compile(
    r"\b(?:" + MONTHS_ALTERNATION + "|" + WEEKDAYS_ALTERNATION + r")\b",
    re.I,
)


def as_duty(clause: str) -> str:
    """The clause with a need read as "skal" and "kommer snarest med" as "kommer med"."""
    clause = _NEED.sub(lambda m: "skal ", clause, count=1)
    return _BRINGS.sub("kommer ", clause, count=1)


# "Datoen fastsættes til d. 14/2", "Den første bliver d. 11.6.": a day set, nothing to do
_DAY_SET = re.compile(
    r"(?:[\wæøå]+\s+){1,3}?(?:bliver|er|fastsættes\s+til|fastlægges\s+til|sættes\s+til)\s+"
    r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:d\.|den)?\s*"
    r"\d{1,2}(?:[./]\s*\d{1,2}(?:[./-]\d{2,4})?|\.\s+[a-zæø]{3,9}(?:\s+\d{4})?)\.?"
    r"(?:\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?)?\s*[.!]?",
    re.I,
)


def fixture(text: str) -> bool:
    """A clause of no verb, a few words and a day and a clock time: an event announced; or
    a day set ("Datoen fastsættes til d. 14/2")."""
    if _DAY_SET.fullmatch(text.strip()):
        return True
    if not (_DAY.search(text) and _CLOCK.search(text)):
        return False
    day = _DAY.search(text)
    if len(text[: day.start()].split()) > 4:
        return False  # "Gennemgå broen sammen med Tove (Mads) d. 9/3 kl. 10": a task's day
    words = _MONTH_WORDS.sub(" ", text)
    return not _FINITE.search(words)
