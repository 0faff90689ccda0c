"""The year of a meeting date written without one ("Referat fra den 30. april", "… den 11.
juni.", "mandag d.1.11."), when the document itself gives it and gives only one: a line of the
cover that names the same month with its year ("Skolebestyrelsesmøde april 2020"), a year
standing alone in the title ("Referat bestyrelsesmøde 2009"), or the weekday written before the
date, which fits only one of the years the text names. The date so read is taken with a warning
(:func:`tracker.minutes.date_choice.choose`); with no such year, or two, it is asked for.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.minutes.meeting_date import (
    MONTH_NAMES,
    WEEKDAYS,
    Candidate,
    about_the_meeting,
    date_spans,
    other_day,
)

# A year alone right after the word for the meeting or the referat ("bestyrelsesmøde 2009",
# "Referat 2009"), never part of a date or a number ("nr. 5-2012"), never a topic's year
# ("Budget 2025", "generalforsamling 2019": held the next year, maybe)
_BARE_YEAR = re.compile(
    r"(?<![\wæøå])(?:referat|\w*møde)\s+((?:19|20)\d{2})(?![\d\-/])", re.IGNORECASE
)


def yearless(
    texts: list[str], cover, title_index, seen: list[str], document: list[str] = ()
) -> Candidate | None:
    """A cover date without its year ("Referat fra den 30. april"), the year taken from a
    line that names the same month with a year ("Skolebestyrelsesmøde april 2020"), from the
    title naming one year alone ("Referat bestyrelsesmøde 2009"), or from the weekday written
    before it and the years the ``document`` names; without one, the line is noted in
    ``seen`` for the refusal to name."""
    for i in sorted(cover):
        text = texts[i]
        for span in date_spans(text):
            if span.day_month is None or other_day(text, span):
                continue
            led = span.start <= 2 or about_the_meeting(text, span) or dates_minutes(text, span)
            if not (led or i == title_index):
                continue
            year = (
                _year_of_month(texts, cover, span.day_month[1])
                or _bare_year(texts, title_index)
                or _weekday_year(span, document)
            )
            if not year:
                seen.append(text)
            else:
                try:
                    day = date(year, span.day_month[1], span.day_month[0])
                except ValueError:
                    return None
                return Candidate(day, "cover", text, i, span.weekday)
    return None


# "Referat: 1. marts", "Referat af d. 3/3": the label of the minutes, then their date alone
_MINUTES_OF = re.compile(r"^\W*referat\W*(?:(?:fra|af)\s+)?(?:den\s+|d\.\s*)?$", re.IGNORECASE)


def dates_minutes(text: str, span) -> bool:
    """The date is the referat's own, labelled so and alone: "Referat: 1. marts"."""
    return bool(_MINUTES_OF.match(text[: span.start])) and not text[span.end :].strip(" .")


def minutes_dated(text: str) -> bool:
    """The line is the referat's label and its date alone ("Referat: 1. marts")."""
    return any(dates_minutes(text, span) for span in date_spans(text))


def _year_of_month(texts: list[str], cover, month: int) -> int | None:
    name = MONTH_NAMES[month - 1]
    years = {
        int(m.group(1))
        for i in cover
        for m in re.finditer(name + r"\w*\.?\s+(\d{4})\b", texts[i], re.I)
    }
    return years.pop() if len(years) == 1 else None


def _bare_year(texts: list[str], title_index) -> int | None:
    """The one year the title names alone ("Referat bestyrelsesmøde 2009"), not in a date."""
    if title_index is None:
        return None
    text = texts[title_index]
    spans = date_spans(text)
    years = {  # every year the title names outside a date: more than one, no telling which
        int(m.group())
        for m in re.finditer(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)
        if not any(s.start <= m.start() < s.end for s in spans)
    }
    meeting = _BARE_YEAR.search(text)
    return years.pop() if len(years) == 1 and meeting and int(meeting[1]) in years else None


# A year the text names: not part of a longer number or an amount ("2.025", "12025"), not a
# postcode before its town ("2000 Frederiksberg")
_NAMED_YEAR = re.compile(r"(?<![\d,])((?:19|20)\d{2})(?![\d]|[.,]\d|\s+[A-ZÆØÅ][a-zæøå])")


def _weekday_year(span, document: list[str]) -> int | None:
    """The year of "mandag d. 1.11." that the weekday settles: of the years the document
    names and the years beside them, the only one in which the day is that weekday, itself
    named ("Godkendelse af referat fra mødet d. 2.8.2021", "Regnskab 2021"). The weekday
    falls on the same date only every five years or more, so the years a referat names
    around its own leave one; none or two are asked for."""
    if span.weekday is None:
        return None
    named = {int(m.group(1)) for text in document for m in _NAMED_YEAR.finditer(text)}
    day, month = span.day_month
    fits = set()
    for year in {y + step for y in named for step in (-1, 0, 1)}:
        try:
            if WEEKDAYS[date(year, month, day).weekday()] == span.weekday:
                fits.add(year)
        except ValueError:
            continue  # 29 February
    return fits.pop() if len(fits) == 1 and fits <= named else None
