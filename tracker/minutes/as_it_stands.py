"""Sentences that keep things as they are, set a routine or give a view: no task in them.

"Der besluttes at fastholde den nuværende ordning" keeps what is; "Der udsendes indkaldelse 10
dage før mødet" and "Alle indlæg skal sendes til hele udvalget" are routines for every meeting;
"der er enighed i at værdien af huset er stor" and "de to fremmødte kan sagtens beslutte" are
views; "De beskriver selv deres rolle som …" reports a guest's words.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import DAY_IN_FIGURES

# Keeping what is: "bibeholde den nuværende varmeforsyning", "fastholder det eksisterende
# kontingent" ("udskifte den nuværende varmeforsyning" changes it: a task).
_KEPT = re.compile(
    r"\b(?:bi)?behold(?:e|er|es)\s+(?:den|det|de)\s+(?:nuværende|eksisterende)\b"
    r"|\b(?:fasthold|bevar)(?:e|er|es)\s+(?:den|det|de)\s+(?:nuværende|eksisterende)\b",
    re.IGNORECASE,
)
# A routine for each meeting, in the passive: "Der udsendes dagsorden 14 dage før mødet"
# ("… 14 dage før næste møde" or "før generalforsamlingen" is for one day: a task).
_BEFORE_EACH = re.compile(
    r"^\W*(?:der\s+)?(?:[\wæøå.-]+\s+){0,3}?[a-zæøå]{3,}es\b.*?"
    r"\b\d{1,2}\s+(?:dage|uger|timer)\s+(?:før|inden)\s+(?:hvert\s+møde|mødet|møderne)\b",
    re.IGNORECASE,
)
# A rule for all of a kind: "Alle forslag SKAL rundsendes til hele bestyrelsen" (with a day,
# "Alle skal tilmeldes senest 1. maj", it is one to see to).
_ALL_MUST = re.compile(
    r"^\W*alle\s+(?:[\wæøå.-]+\s+){1,3}?(?:skal|må|bør)\s+(?:altid\s+)?[a-zæøå]{3,}es\b",
    re.IGNORECASE,
)
# A view agreed on: "der er enighed i at værdien af huset er stort for byen".
_AGREED_VIEW = re.compile(
    r"^.{0,60}?\b(?:enighed|enige?)\s+(?:om|i)\s*,?\s+at\s+(?:[\wæøå-]+\s+){1,10}?(?:er|var)\s+"
    r"(?:meget\s+|rigtig\s+|særdeles\s+)?(?:stor|stort|store|værdifuld|værdifuldt|afgørende"
    r"|vigtig|vigtigt|vigtige|god|godt|gode|fin|fint|positiv|positivt)\b",
    re.IGNORECASE,
)
# Agreed that things are or stay as they are: "Enighed om at vi oplever ro i foreningen", "Vi
# er enige om, at vi fastholder prisen": a stance, nothing to do.
_AGREED_AS_IT_IS = re.compile(
    r"\benig(?:e|hed)?\s+om\s*,?\s+at\s+(?:vi|man|de|det|den|der|[a-zæøå]{3,}(?:en|et|ne))\s+"
    r"(?:(?:fortsat|stadig|gerne|nu|også)\s+)?"
    r"(?:oplever|fastholder|bibeholder|beholder|er|har|mener|synes|finder|føler)\b",
    re.IGNORECASE,
)
# What one can well do, not what one will: "de fremmødte kan sagtens træffe beslutningen".
_CAN_WELL = re.compile(r"\b(?:kan\s+sagtens|sagtens\s+kan)\b", re.IGNORECASE)
# A guest's words reported: "De beskriver selv deres rolle …", "Han fortæller, at …" (one to
# tell at a later meeting, "Hun fortæller om projektet på næste møde", is a task).
_REPORTED = re.compile(
    r"^\W*(?:de|han|hun)\s+(?:beskriver|beskrev|fortæller|fortalte|forklarer|forklarede)\s+"
    r"(?:selv\b|,?\s*at\b|om\b)(?!.*\b(?:næste|senere|kommende)\b)",
    re.IGNORECASE,
)


# A time and a place, no verb: "juni 2023 klokken 14:00 i Als" (the meeting's head, split from
# its weekday and day).
_TIME_AND_PLACE = re.compile(
    r"^\W*(?:(?:\d{1,2}\.?\s*)?[A-Za-zæøåÆØÅ]{3,9}\.?\s+\d{4}\s+)?"
    r"(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s+(?:i|på)\s+[\wæøåÆØÅ. -]{1,40})?\W*$",
    re.IGNORECASE,
)


# An event announced for those invited: "Der vil blive afholdt et temamøde i januar, hvor
# rådets medlemmer får mulighed for at …" (the readers come; "Der afholdes et arrangement" or
# "Bo afholder et møde, hvor …" is one to organise).
_INVITED = re.compile(
    r"^\W*der\s+vil\s+blive\s+(?:af)?holdt\s+[^.;]{2,120}?,\s*hvor\s+(?:[\wæøå-]+\s+){1,3}?"
    r"(?:får|vil\s+få|har)\s+mulighed\s+for\b",
    re.IGNORECASE,
)

# An event told in the future passive with its day: "Klubbens sommerturnering vil blive afholdt
# lørdag den 15. juni" (an announcement; "… skal afholdes …" or "Bo afholder …" is one to hold).
_TOLD_EVENT = re.compile(
    r"^\W*(?:[\wæøåÆØÅ'-]+\s+){1,6}?(?:vil\s+blive|bliver)\s+(?:af)?holdt\s+(?:på\s+)?"
    + DAY_IN_FIGURES,
    re.IGNORECASE,
)


def stays_as_it_is(text: str) -> bool:
    """The clause keeps what is, sets a routine for every meeting, gives a view or a stance
    agreed on ("enighed om at vi fastholder prisen") or what one can well do, or reports a
    guest's words: nothing to do."""
    if _ALL_MUST.match(text) and not re.search(r"\d", text):
        return True
    return bool(
        _KEPT.search(text)
        or _BEFORE_EACH.match(text)
        or _AGREED_VIEW.match(text)
        or _AGREED_AS_IT_IS.search(text)
        or _CAN_WELL.search(text)
        or _REPORTED.match(text)
        or _TIME_AND_PLACE.match(text)
        or _INVITED.match(text)
        or _TOLD_EVENT.match(text)
    )
