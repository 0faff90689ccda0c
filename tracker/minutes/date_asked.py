"""The question that asks for the meeting's date when none was found: it names the lines whose
dates belong to other days or lack their year, and a file's date code before the title
("091110<tab>Referat af bestyrelsesmøde"): six figures that may be the meeting's day, written
year first (ÅÅMMDD) or day first (DDMMÅÅ). The code is never taken as the date (either reading
can be a real day); the question names the days it can be, for the secretary to choose.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.deadlines.formatting import format_date
from tracker.minutes.notices import MinutesWarning, worded

# A file's date code before the title ("091110<tab>Referat af bestyrelsesmøde"): six figures
# alone or before the title's words
_DATE_CODE = re.compile(r"^\s*(\d{6})(?:[\s_-]+\D|\s*$)")


def date_code(texts: list[str]) -> str | None:
    """A six-figure code that opens one of the first lines and can be read as a date."""
    for text in [t for t in texts if t.strip()][:5]:
        m = _DATE_CODE.match(text)
        if m and _code_readings(m.group(1)):
            return m.group(1)
    return None


def _code_readings(code: str) -> list[tuple[date, str]]:
    """The days a six-figure code can be: year first (ÅÅMMDD) and day first (DDMMÅÅ)."""
    a, b, c = int(code[:2]), int(code[2:4]), int(code[4:])
    found = []
    for (year, month, day), form in (((a, b, c), "ÅÅMMDD"), ((c, b, a), "DDMMÅÅ")):
        try:
            found.append((date(2000 + year if year < 70 else 1900 + year, month, day), form))
        except ValueError:
            continue
    return found


def code_hint(code: str | None) -> tuple[str, str]:
    """The days the code can be, named for the secretary to choose: never taken, since a
    code can be written either way ("091110": 10 November 2009 or 9 November 2010)."""
    if not code:
        return "", ""
    readings = _code_readings(code)
    da = " eller ".join(f"{format_date(day)} ({form})" for day, form in readings)
    en = " or ".join(f"{format_date(day, 'en')} ({form})" for day, form in readings)
    return (
        f" Koden »{code}« øverst kan være datoen: {da}.",
        f" The code »{code}« at the top may be the date: {en}.",
    )


def no_date(seen, code: str | None = None) -> MinutesWarning:
    """The warning that asks for the meeting's date: none with its year was found (the dates
    seen belong to other days, or lack their year); a date code at the top is named."""
    hint, hint_en = code_hint(code)
    # the command's option is named where the command prints it (tracker.importing.notices)
    ask = "Skriv mødets dato i feltet »Mødedato«." + hint
    ask_en = "Write the meeting's date in the field 'Meeting date'." + hint_en
    if seen:
        named = "; ".join(f"»{short(text)}«" for text in list(dict.fromkeys(seen))[:3])
        return worded(
            "Referatet nævner ingen mødedato: datoerne i teksten hører til andre dage eller "
            f"mangler årstal ({named}). " + ask,
            "The minutes name no meeting date: the dates in the text belong to other days "
            f"or lack their year ({named}). " + ask_en,
            code="no_date",
        )
    return worded(
        "Referatet nævner ingen mødedato; der står ingen dato med årstal i teksten. " + ask,
        "The minutes name no meeting date; the text names no date with its year. " + ask_en,
        code="no_date",
    )


def short(text: str, limit: int = 70) -> str:
    """One line of a quote, cut at ``limit`` with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def future_warning(day: date, today: date) -> MinutesWarning | None:
    """A referat records a meeting held: a date after today is misread ("25.08.27" is
    27 August 2025 to its writer, 25 August 2027 to the grammar) or mistyped."""
    if day <= today:
        return None
    return worded(
        f"Mødedatoen {format_date(day)} ligger efter i dag; et referat er fra et afholdt møde. "
        "Kontrollér datoen.",
        f"The meeting date {format_date(day, 'en')} is after today; minutes record a meeting "
        "held. Check the date.",
        code="date_in_future",
    )
