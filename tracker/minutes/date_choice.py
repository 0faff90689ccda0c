"""Which of the dates read is the meeting's, and the warnings about it.

:mod:`tracker.minutes.meeting_date` reads the candidates (a labelled field, the title, the
cover's lines, this meeting named in the body); here the strongest wins, in that order. When
the strong places disagree, or the date comes from the body or lacks its year, the result
carries a warning in Danish (and English) the review page and ``--json`` show; with no date at
all the review asks for it with a message that names the dates it did find.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.formatting import format_date
from tracker.minutes.date_asked import no_date, short
from tracker.minutes.fields import dated_meeting
from tracker.minutes.meeting_date import MEETING_WORD, WEEKDAYS, Candidate, DateSpan, date_spans
from tracker.minutes.meeting_year import minutes_dated
from tracker.minutes.notices import MinutesWarning, worded

RANKS = {"field": 4, "title": 3, "cover": 2, "body": 1}


def choose(
    candidates: list[Candidate],
    yearless: Candidate | None = None,
    seen: list[str] = (),
    near: int | None = None,
    code: str | None = None,
):
    """The meeting's date and the warnings about it; None (and a warning that asks) when
    there is none.

    ``yearless`` is a date read without its year (the year taken from the title), used only
    when nothing else is found; ``seen`` are the lines with dates that were refused as other
    days', named in the refusal, and ``code`` a date code at the top whose days it names.
    Among cover lines the one nearest the title (line ``near``) wins: a web page's own date
    sits above it ("Mandag, 09 december 2019").
    """
    warnings: list[MinutesWarning] = []
    if not candidates and yearless is not None:
        candidates = [yearless]
        warnings.append(
            worded(
                f"Mødedatoen står uden årstal (»{short(yearless.text)}«); importen bruger "
                f"{format_date(yearless.day)}. Kontrollér datoen.",
                f"The meeting date has no year (»{short(yearless.text)}«); the import uses "
                f"{format_date(yearless.day, 'en')}. Check the date.",
                code="date_without_year",
            )
        )
    if not candidates:
        # never a refusal and never a guess: the review asks for the date (issue 25)
        return None, [no_date(seen, code)]

    def strength(c: Candidate) -> tuple:
        distance = abs(c.position - near) if near is not None and c.kind == "cover" else 0
        # "Bestyrelsesmøde i Samrådet mandag den 11. august 2014 kl. 16." beats a letter's
        # "Tinglev, den 12. august 2014" however near the title: the meeting, its weekday
        held = c.kind == "cover" and bool(c.weekday) and _fits(c) and _names_meeting(c)
        # "Karup, den 22. april 2008" at a letter's right margin is the day it was written:
        # it loses to "Referat fra bestyrelsesmødet den 21. april 2008." below it
        written = c.kind == "cover" and is_dateline(c.text) and not _names_meeting(c)
        return RANKS[c.kind], held, not written, -distance, -c.position

    best = max(candidates, key=strength)
    if best.kind == "cover" and best.stamp:
        # a page's publication stamp ("27. juni 2023 kl. 10:24") loses to a date the meeting's
        # own words lead into ("Tirsdag den 9. maj 2023"); both are named in the warning below
        owns = [c for c in candidates if c.kind == "cover" and c.own and not c.stamp]
        if owns:
            best = max(owns, key=strength)
    if best.kind == "cover" and _bare(best):
        # a web post's date alone above it ("17.07.2023") loses to its lead that names the
        # meeting ("Her kan du læse referat af møde i Ældrerådet den 28. juni 2023"), an
        # earlier day; both are named in the warning below
        leads = [c for c in candidates if c.kind == "body" and c.own and c.day < best.day]
        # and a page's list of dates ("3.-2.-26" / "Fælles" / "14.03.25") loses to the
        # meeting's own line below it ("Menighedsrådsmøde d. 6-5-2026")
        leads = leads or [
            c for c in candidates if c.kind == "cover" and c.own and dated_meeting(c.text)
        ]
        if leads:
            warnings.append(_two_dates(leads[0], best))
            return leads[0].day, warnings
    if best.kind == "title" and not (best.own or best.weekday):
        # a bare title date ("Referat 2 marts 2009") loses to the meeting's own line with its
        # weekday, which fits ("… bestyrelsesmøde torsdag den 19. marts 2009 kl. 18.00");
        # both are named in the warning below
        owns = [c for c in candidates if c.kind == "cover" and c.own and _fits(c)]
        if owns:
            best = max(owns, key=strength)
    if yearless is not None and _written_after(best, yearless):
        best, yearless = yearless, None  # both still named in the warning below
    if best.kind == "body":
        days = sorted({c.day for c in candidates})
        best = max(candidates, key=lambda c: (sum(o.day == c.day for o in candidates), c.day))
        also = ", ".join(format_date(d) for d in days if d != best.day)
        also_en = ", ".join(format_date(d, "en") for d in days if d != best.day)
        warnings.append(
            worded(
                "Referatets hoved har ingen mødedato; importen bruger "
                f"{format_date(best.day)} fra »{short(best.text)}«"
                + (f" (teksten nævner også {also})" if also else "")
                + ". Kontrollér datoen.",
                "The minutes' head has no meeting date; the import uses "
                f"{format_date(best.day, 'en')} from »{short(best.text)}«"
                + (f" (the text also names {also_en})" if also_en else "")
                + ". Check the date.",
                code="date_from_body",
            )
        )
        return best.day, warnings
    # a sentence in the cover doubts no labelled or title date; among equals, any disagreement
    floor = RANKS["title"] if RANKS[best.kind] >= RANKS["title"] else RANKS["cover"]
    others = [c for c in candidates if RANKS[c.kind] >= floor and c.day != best.day]
    # a cover line in the meeting's own words ("Referat af bestyrelsesmøde torsdag den 19.
    # marts 2009 kl. 18.00", "… møde i nyt Seniorråd den 02.12. 2009") doubts a title's date
    # ("Referat 2 marts 2009", a web page's title "… Seniorråd 02.12.2010") or a field's,
    # unless a title and a field agree (then "Dialogmøde: Mandag den 17.3.2014" is another's)
    agreed = sum(RANKS[c.kind] >= RANKS["title"] and c.day == best.day for c in candidates) > 1
    others += [
        c
        for c in candidates
        if best.kind in ("title", "field") and c.kind == "cover" and c.own and not c.stamp
        if c.day != best.day and c not in others and not agreed
    ]
    if yearless is not None and best.kind != "body" and yearless.day != best.day:
        # the meeting's own line without its year ("7. bestyrelsesmøde 2010 den 02. august, kl.
        # 19:30") disagrees with a dated line elsewhere in the cover ("04 AUG 2010", a stamp)
        others.append(yearless)
    if others:
        warnings.append(_two_dates(best, others[0]))
    return best.day, warnings


def _two_dates(best: Candidate, other: Candidate) -> MinutesWarning:
    """The warning that the minutes name two meeting dates, and which the import uses."""
    return worded(
        f"Referatet nævner to mødedatoer: {format_date(best.day)} (»{short(best.text)}«) "
        f"og {format_date(other.day)} (»{short(other.text)}«). Importen bruger "
        f"{format_date(best.day)}; kontrollér datoen.",
        f"The minutes name two meeting dates: {format_date(best.day, 'en')} "
        f"(»{short(best.text)}«) and {format_date(other.day, 'en')} "
        f"(»{short(other.text)}«). The import uses {format_date(best.day, 'en')}; "
        "check the date.",
        code="two_dates",
    )


def _bare(candidate: Candidate) -> bool:
    """A date alone on its line, no weekday, no words ("17.07.2023"): a post's own date."""
    return not candidate.own and re.fullmatch(r"[\d./ -]{8,10}", candidate.text.strip()) is not None


def _written_after(best: Candidate, yearless: Candidate) -> bool:
    """A bare date in the cover ("04 AUG 2010", a post's "7. november 2021") a few weeks after
    the meeting's own line without its year ("7. bestyrelsesmøde 2010 den 02. august",
    "Referat bestyrelsesmøde mandag d.1.11."): the day the minutes were written or put up."""
    # (a blog's "søndag den 29. august 2010" alone on its line is its post's, above the
    # minutes' "Referat af Klubmøde d. 26-8.")
    posted = best.weekday and _date_alone(best.text)
    if best.kind not in ("cover", "title") or ((best.own or best.weekday) and not posted):
        return False
    # "Referat: 1. marts" above a post's "2. marts 2023 - Skrevet af …": the minutes' own date
    named = MEETING_WORD.search(yearless.text) is not None or minutes_dated(yearless.text)
    own = named and (yearless.weekday is None or _fits(yearless))
    return own and 0 < (best.day - yearless.day).days <= 60


def _date_alone(text: str) -> bool:
    """The line is its date and nothing else ("søndag den 29. august 2010"): a post's own."""
    spans = date_spans(text.strip())
    return len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(text.strip())


_DATELINE = re.compile(r"^[A-ZÆØÅ][\wæøå. -]{1,30},\s*(?:den|d\.)\s*\d")


def is_dateline(text: str) -> bool:
    """A letter's dateline: a place, a comma, the day ("Tinglev, den 12. august 2014")."""
    return _DATELINE.match(text.strip()) is not None


def _names_meeting(candidate: Candidate) -> bool:
    """The candidate's line names a meeting ("Bestyrelsesmøde i Samrådet mandag den …")."""
    return MEETING_WORD.search(candidate.text) is not None


def _fits(candidate: Candidate) -> bool:
    """A weekday is written before the date, and it is the date's."""
    return candidate.weekday == WEEKDAYS[candidate.day.weekday()]


def weekday_warning(candidate: Candidate, span: DateSpan) -> MinutesWarning:
    """The weekday written does not fit the date: one of them is a typing error."""
    right = WEEKDAYS[candidate.day.weekday()]
    return worded(
        f"»{short(candidate.text)}«: {format_date(candidate.day)} er en {right}, ikke en "
        f"{span.weekday}. Kontrollér mødedatoen.",
        f"»{short(candidate.text)}«: {format_date(candidate.day, 'en')} is a {right}, "
        f"not a {span.weekday}. Check the meeting date.",
        code="weekday",
    )
