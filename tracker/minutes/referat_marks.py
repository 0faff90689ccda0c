"""Whether a text is a meeting's referat, not a letter, an article or an invitation: the
marks in its head and body that say so ("Referat" as its title, "Mødedato", "Punkt 1:", who
attended or sent regrets, a date over items that decide, a decision section, a record of
what was done at the meeting). Used by the parser and by the readers of items without
numbered headings.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.deadlines import find_date
from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.assembly import assembly_record
from tracker.minutes.fields import MEETING_NAME, dated_meeting
from tracker.minutes.header import FIELD_LINE, Line, is_title, meeting_cover
from tracker.minutes.meeting_date import date_spans
from tracker.minutes.notices import DECIDED_WORD, decision_word
from tracker.minutes.proceedings import records_proceedings
from tracker.minutes.sections import _PUNKT, section_kind

__all__ = ["is_referat_like"]


# "årsmøderef.", "bestyrelsesmøderef": a referat's name cut short in a small body's heading
_SHORT_REFERAT = re.compile(r"møderef\b", re.IGNORECASE)


# Who attended or sent regrets, in the head: "Til stede: …", "Tilstede var …", "Fremmøde: …",
# "Afbud: …", "Hans havde meldt afbud.": a meeting's record, not an article or a letter.
_ATTENDANCE = re.compile(
    r"^(?:til\s*stede|tilstede|fremmødt|fremmøde|deltagere|afbud|fraværende)\b"
    r"|\bmeldt\s+afbud\b",
    re.IGNORECASE,
)


# The list of who attended opening the text: "Til stede: …", "Tilstede var …", "Deltagere: …"
# The labels of a meeting's roll call, each at a line's start ("Afbud:", its names below)
_ROLL_LABEL = re.compile(
    r"^(deltagere|til stede|tilstede|afbud|fraværende|referent|ordstyrer|mødeleder)\s*:",
    re.IGNORECASE,
)
_ATTENDANCE_LIST = re.compile(
    r"^(?:til\s*stede|tilstede|fremmødte|deltagere)\s*(?::|var\b)\s*[A-ZÆØÅ]", re.IGNORECASE
)


# What a record says was done at the meeting, in the past: "Følgende blev bl.a. drøftet", "I
# mødet deltog", "Bestyrelsen drøftede"; an invitation says what will be
_RECORDED = re.compile(
    r"\bblev\s+(?:\S+\s+){0,2}?(?:drøftet|diskuteret|besluttet|vedtaget|aftalt|godkendt)\b"
    r"|\b(?:drøftede|diskuterede|deltog|gennemgik|evaluerede|behandlede|besluttede|vedtog)\b",
    re.IGNORECASE,
)


def _weekday_date(text: str) -> bool:
    """The line opens with a weekday and its date without the year ("tirsdag den 1. marts")."""
    spans = date_spans(text)
    return bool(spans) and spans[0].weekday is not None and not text[: spans[0].start].strip()


# "den 6. december": a day and its month (the year lost where the page was cut)
_DAY_MONTH = re.compile(r"\b(?:den|d\.)\s*\d{1,2}\.\s*(?:" + MONTHS_ALTERNATION + r")\b", re.I)


_MINUTES_OF = re.compile(r"\breferat\s+(?:af|fra)\s+\w*møde", re.IGNORECASE)


def _run_together_cover(text: str) -> bool:
    """A long line that opens with the referat's title and its date (or day and month): a
    PDF's first page run together ("KULTURREGION … Referat Kulturgruppen Dato 18. september
    2012 Tidspunkt …", "Referat af bestyrelsesmøde … den 6. december Mødet afholdtes …")."""
    dated = find_date(text[:160]) is not None or _DAY_MONTH.search(text[:160]) is not None
    # (or after a letter's address: "1 Til medlemmer af … 3. juni 2015 pb/kng REFERAT af
    # menighedsrådsmødet torsdag, den 21. maj 2015 …")
    named = is_title(text[:80]) or bool(_MINUTES_OF.search(text[:240]))
    return len(text) >= 250 and named and (dated or find_date(text[:240]) is not None)


def is_referat_like(lines: list[Line], items: int = 0) -> bool:
    """A referat's marks: a "Referat" title, "Mødedato", "Punkt 1:", or a date in its head
    with a decision section or with ``items`` (agenda items found) of two or more."""
    head = [line for line in lines if line.text][:15]
    if any(is_title(line.text) for line in head) or meeting_cover(lines):
        return True
    if any(_run_together_cover(line.text) for line in head[:3]):
        return True  # a PDF's first page on one line: "KULTURREGION … Referat Kulturgruppen Dato …"
    if items >= 2 and any(find_date(line.text) for line in head):
        return True  # "Skolebestyrelsen / Mandag d. 19. august 2019. / … / 1. … / 2. …"
    weekday = any(_weekday_date(line.text) for line in head)
    if items >= 2 and weekday and decision_word(line.text for line in lines):
        # "tirsdag den 1. marts" without its year over items that decide ("Godkendt"): the
        # review asks for the date; an invitation's items decide nothing
        return True
    if items >= 2 and any(_SHORT_REFERAT.search(line.text) for line in head[:5]):
        return True  # "Brugerrådet/årsmøderef." over "1. Velkomst" / "2. Valg af dirigent"
    if items >= 2 and any(_ATTENDANCE.search(line.text) for line in head):
        return True  # "Tilstede var Grete, Bo …" / "Ib havde meldt afbud." over "1. …", "2. …"
    opened = any(_ATTENDANCE_LIST.match(line.text) for line in head[:3])
    # "Bestyrelsesmøde" / "Møde i styregruppen" over numbered items: a meeting's record
    named = items >= 2 and any(MEETING_NAME.search(line.text) for line in head[:3])
    if (opened or named) and decision_word(line.text for line in lines):
        return True  # "Til stede: Ole, Bo og Kaj" opening paragraphs that decide something
    if assembly_record((line.text for line in head[:3]), (line.text for line in lines), items):
        return True  # "Generalforsamling 2023" over "1. Valg af dirigent", "X blev valgt"
    labels = {m.group(1).lower() for line in head if (m := _ROLL_LABEL.match(line.text))}
    if len(labels) >= 2 and labels & {"deltagere", "til stede", "tilstede", "afbud"}:
        return True  # "Deltagere:" / "Afbud:" / "Referent:" heading the text: who met
    attended = items and any(_ATTENDANCE.search(line.text) for line in head)
    if attended and any(DECIDED_WORD.search(line.text) for line in lines):
        return True  # "1. Godkendelse af dagsorden" / "Følgende havde meldt afbud:" / "Beslutning"
    dated_name = any(dated_meeting(line.text) for line in head[:2])
    if dated_name and any(_RECORDED.search(line.text) for line in lines):
        return True  # "Bestyrelsesmøde 22.9.2021" / "Følgende blev bl.a. drøftet …": a record
    if records_proceedings(line.text for line in lines):
        return True  # "Dagsorden godkendt." … "Næste møde fastsættes …": a meeting's own steps
    dated = decided = False
    for line in lines:
        m = FIELD_LINE.match(line.text)
        if m and m.group(1).lower() in ("mødedato", "dato") and find_date(m.group(2)):
            if m.group(1).lower() == "mødedato":
                return True
            dated = True
        if _PUNKT.match(line.text) and (line.level or ":" in line.text[:12]):
            return True
        decided = decided or section_kind(line.text) == "decision"
    # "Dato:" alone is any letter's; with a decision section it is a referat, as is a dated
    # meeting's name over one ("Kommisionsmøde 18-02-2020" / "1. Budget 2021" / "Beslutning").
    return (dated or dated_name) and decided
