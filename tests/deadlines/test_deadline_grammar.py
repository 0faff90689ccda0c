"""The deadline grammar: every rule of the table, year inference, errors, finding and formatting."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracker.deadlines import (
    PRECISIONS,
    Deadline,
    DeadlineError,
    canonical_text,
    find_all_deadlines,
    find_deadline,
    format_date,
    format_range,
    parse_deadline,
)
from tracker.deadlines.grammar import HORIZON_YEARS
from tracker.deadlines.words import DA_MONTHS, EN_MONTHS

REF = date(2025, 2, 26)  # the meeting date of the sample minutes
DATA = Path(__file__).parents[1] / "data"
D = date


def dates(text: str, reference: date = REF) -> tuple[date | None, date | None, str]:
    d = parse_deadline(text, reference)
    return d.start, d.end, d.precision


# ---------------------------------------------------------------------------- the table

TABLE = [
    # single days
    ("den 27. marts 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27. marts 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("d. 27. marts 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27/3-2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27/3 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27/3/2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27/3-25", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27-03-2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27.03.2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("2025-03-27", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27 March 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("March 27, 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27th of March 2025", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27/3", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("den 27. marts", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("27. mar.", D(2025, 3, 27), D(2025, 3, 27), "day"),
    ("1. jan", D(2026, 1, 1), D(2026, 1, 1), "day"),
    # primo / medio / ultimo
    ("primo marts", D(2025, 3, 1), D(2025, 3, 10), "period"),
    ("early March", D(2025, 3, 1), D(2025, 3, 10), "period"),
    ("medio marts", D(2025, 3, 11), D(2025, 3, 20), "period"),
    ("mid March", D(2025, 3, 11), D(2025, 3, 20), "period"),
    ("mid-March", D(2025, 3, 11), D(2025, 3, 20), "period"),
    ("ultimo marts", D(2025, 3, 21), D(2025, 3, 31), "period"),
    ("end of March", D(2025, 3, 21), D(2025, 3, 31), "period"),
    ("late March", D(2025, 3, 21), D(2025, 3, 31), "period"),
    ("ultimo april", D(2025, 4, 21), D(2025, 4, 30), "period"),
    ("ultimo februar", D(2025, 2, 21), D(2025, 2, 28), "period"),
    ("ultimo februar 2028", D(2028, 2, 21), D(2028, 2, 29), "period"),
    ("primo marts 2026", D(2026, 3, 1), D(2026, 3, 10), "period"),
    ("sidst i marts", D(2025, 3, 21), D(2025, 3, 31), "period"),
    # months
    ("marts", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("i marts", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("marts 2025", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("March 2025", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("februar", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("januar", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("sept.", D(2025, 9, 1), D(2025, 9, 30), "month"),
    ("okt", D(2025, 10, 1), D(2025, 10, 31), "month"),
    # month spans
    ("april/maj", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("april-maj", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("april og maj", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("April/May", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("april/maj 2025", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("i april/maj 2025", D(2025, 4, 1), D(2025, 5, 31), "period"),
    ("april-juni", D(2025, 4, 1), D(2025, 6, 30), "period"),
    ("december/januar", D(2025, 12, 1), D(2026, 1, 31), "period"),
    ("december 2025/januar 2026", D(2025, 12, 1), D(2026, 1, 31), "period"),
    ("december/januar 2026", D(2025, 12, 1), D(2026, 1, 31), "period"),
    # weeks
    ("uge 12", D(2025, 3, 17), D(2025, 3, 23), "week"),
    ("uge 12 2025", D(2025, 3, 17), D(2025, 3, 23), "week"),
    ("week 12", D(2025, 3, 17), D(2025, 3, 23), "week"),
    ("i uge 9", D(2025, 2, 24), D(2025, 3, 2), "week"),
    ("uge 8", D(2026, 2, 16), D(2026, 2, 22), "week"),
    ("uge 1 2025", D(2024, 12, 30), D(2025, 1, 5), "week"),
    ("uge 53 2026", D(2026, 12, 28), D(2027, 1, 3), "week"),
    ("uge 53", D(2026, 12, 28), D(2027, 1, 3), "week"),
    # quarters
    ("1. kvartal", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("Q1", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("første kvartal", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("first quarter", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("Q1 2025", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("2. kvartal 2025", D(2025, 4, 1), D(2025, 6, 30), "quarter"),
    ("andet kvartal", D(2025, 4, 1), D(2025, 6, 30), "quarter"),
    ("3. kvartal", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ("Q4", D(2025, 10, 1), D(2025, 12, 31), "quarter"),
    ("1. kvartal 2026", D(2026, 1, 1), D(2026, 3, 31), "quarter"),
    # seasons
    ("foråret", D(2025, 3, 1), D(2025, 5, 31), "season"),
    ("spring", D(2025, 3, 1), D(2025, 5, 31), "season"),
    ("i foråret 2025", D(2025, 3, 1), D(2025, 5, 31), "season"),
    ("sommeren", D(2025, 6, 1), D(2025, 8, 31), "season"),
    ("summer", D(2025, 6, 1), D(2025, 8, 31), "season"),
    ("efteråret", D(2025, 9, 1), D(2025, 11, 30), "season"),
    ("autumn", D(2025, 9, 1), D(2025, 11, 30), "season"),
    ("vinteren", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("winter", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("vinteren 2027/28", D(2027, 12, 1), D(2028, 2, 29), "season"),
    ("winter 2025/2026", D(2025, 12, 1), D(2026, 2, 28), "season"),
    # summer holidays
    ("inden sommerferien", REF, D(2025, 6, 30), "period"),
    ("before the summer holidays", REF, D(2025, 6, 30), "period"),
    ("efter sommerferien", D(2025, 8, 1), D(2025, 8, 31), "period"),
    ("after the summer holidays", D(2025, 8, 1), D(2025, 8, 31), "period"),
    # by a day
    ("senest den 15. maj", REF, D(2025, 5, 15), "day"),
    ("inden 15. maj", REF, D(2025, 5, 15), "day"),
    ("by 15 May", REF, D(2025, 5, 15), "day"),
    ("senest d. 15/5-2025", REF, D(2025, 5, 15), "day"),
    ("senest ultimo marts", REF, D(2025, 3, 31), "day"),
    # relative
    ("om 2 uger", D(2025, 3, 12), D(2025, 3, 12), "day"),
    ("om to uger", D(2025, 3, 12), D(2025, 3, 12), "day"),
    ("om 3 dage", D(2025, 3, 1), D(2025, 3, 1), "day"),
    ("in two weeks", D(2025, 3, 12), D(2025, 3, 12), "day"),
    ("in 3 days", D(2025, 3, 1), D(2025, 3, 1), "day"),
    ("om en måned", D(2025, 3, 26), D(2025, 3, 26), "day"),
    ("om 2 måneder", D(2025, 4, 26), D(2025, 4, 26), "day"),
    ("om tolv dage", D(2025, 3, 10), D(2025, 3, 10), "day"),
    # years
    ("2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("i 2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("i løbet af 2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("during 2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("inden udgangen af 2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("by the end of 2026", D(2026, 1, 1), D(2026, 12, 31), "year"),
    # ongoing
    ("løbende", None, None, "ongoing"),
    ("ongoing", None, None, "ongoing"),
    ("løbende 2025", D(2025, 1, 1), None, "ongoing"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), TABLE)
def test_table(text, start, end, precision):
    assert dates(text) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    ["  Primo   Marts. ", "PRIMO MARTS", "i primo marts", "primo mar.", "primo marts."],
)
def test_case_whitespace_and_filler_words(text):
    assert dates(text) == (D(2025, 3, 1), D(2025, 3, 10), "period")


def test_deadline_object():
    d = parse_deadline("  primo marts ", REF)
    assert d == Deadline("primo marts", D(2025, 3, 1), D(2025, 3, 10), "period")
    assert d.precision in PRECISIONS
    assert not d.is_overdue(D(2025, 3, 10))
    assert d.is_overdue(D(2025, 3, 11))
    assert not parse_deadline("løbende", REF).is_overdue(D(2099, 1, 1))


# ---------------------------------------------------------------------------- year inference

BOUNDARIES = [
    # (text, reference, expected start, expected end)
    ("primo januar", D(2025, 2, 26), D(2026, 1, 1), D(2026, 1, 10)),
    ("primo marts", D(2025, 3, 10), D(2025, 3, 1), D(2025, 3, 10)),
    ("primo marts", D(2025, 3, 11), D(2026, 3, 1), D(2026, 3, 10)),
    ("ultimo februar", D(2025, 2, 28), D(2025, 2, 21), D(2025, 2, 28)),
    ("ultimo februar", D(2025, 3, 1), D(2026, 2, 21), D(2026, 2, 28)),
    ("marts", D(2025, 3, 31), D(2025, 3, 1), D(2025, 3, 31)),
    ("marts", D(2025, 4, 1), D(2026, 3, 1), D(2026, 3, 31)),
    ("27/3", D(2025, 3, 27), D(2025, 3, 27), D(2025, 3, 27)),
    ("27/3", D(2025, 3, 28), D(2026, 3, 27), D(2026, 3, 27)),
    ("inden sommerferien", D(2025, 6, 30), D(2025, 6, 30), D(2025, 6, 30)),
    ("inden sommerferien", D(2025, 7, 1), D(2025, 7, 1), D(2026, 6, 30)),
    ("inden sommerferien", D(2025, 8, 15), D(2025, 8, 15), D(2026, 6, 30)),
    ("efter sommerferien", D(2025, 8, 31), D(2025, 8, 1), D(2025, 8, 31)),
    ("efter sommerferien", D(2025, 9, 1), D(2026, 8, 1), D(2026, 8, 31)),
    ("uge 12", D(2025, 3, 23), D(2025, 3, 17), D(2025, 3, 23)),
    ("uge 12", D(2025, 3, 24), D(2026, 3, 16), D(2026, 3, 22)),
    ("uge 1", D(2025, 1, 5), D(2024, 12, 30), D(2025, 1, 5)),
    ("uge 1", D(2025, 1, 6), D(2025, 12, 29), D(2026, 1, 4)),
    ("uge 53", D(2027, 1, 3), D(2026, 12, 28), D(2027, 1, 3)),
    ("uge 53", D(2027, 1, 4), D(2032, 12, 27), D(2033, 1, 2)),
    ("1. kvartal", D(2025, 3, 31), D(2025, 1, 1), D(2025, 3, 31)),
    ("1. kvartal", D(2025, 4, 1), D(2026, 1, 1), D(2026, 3, 31)),
    ("4. kvartal", D(2025, 12, 31), D(2025, 10, 1), D(2025, 12, 31)),
    ("4. kvartal", D(2026, 1, 1), D(2026, 10, 1), D(2026, 12, 31)),
    ("foråret", D(2025, 5, 31), D(2025, 3, 1), D(2025, 5, 31)),
    ("foråret", D(2025, 6, 1), D(2026, 3, 1), D(2026, 5, 31)),
    ("vinteren", D(2025, 2, 28), D(2024, 12, 1), D(2025, 2, 28)),
    ("vinteren", D(2025, 3, 1), D(2025, 12, 1), D(2026, 2, 28)),
    ("vinteren", D(2028, 2, 29), D(2027, 12, 1), D(2028, 2, 29)),
    ("december/januar", D(2026, 1, 31), D(2025, 12, 1), D(2026, 1, 31)),
    ("december/januar", D(2026, 2, 1), D(2026, 12, 1), D(2027, 1, 31)),
    ("april/maj", D(2025, 5, 31), D(2025, 4, 1), D(2025, 5, 31)),
    ("april/maj", D(2025, 6, 1), D(2026, 4, 1), D(2026, 5, 31)),
    ("senest 15. maj", D(2025, 5, 15), D(2025, 5, 15), D(2025, 5, 15)),
    ("senest 15. maj", D(2025, 5, 16), D(2025, 5, 16), D(2026, 5, 15)),
    ("29/2", D(2025, 2, 26), D(2028, 2, 29), D(2028, 2, 29)),
    ("29/2", D(2028, 2, 29), D(2028, 2, 29), D(2028, 2, 29)),
    ("29/2", D(2028, 3, 1), D(2032, 2, 29), D(2032, 2, 29)),
    ("29. februar", D(2024, 1, 1), D(2024, 2, 29), D(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "reference", "start", "end"), BOUNDARIES)
def test_year_inference_on_both_sides_of_the_boundary(text, reference, start, end):
    d = parse_deadline(text, reference)
    assert (d.start, d.end) == (start, end)


def test_leap_years_and_week_53_with_explicit_year():
    assert dates("29. februar 2028")[:2] == (D(2028, 2, 29), D(2028, 2, 29))
    assert dates("29/2-2024")[:2] == (D(2024, 2, 29), D(2024, 2, 29))
    assert dates("uge 53 2020")[:2] == (D(2020, 12, 28), D(2021, 1, 3))
    assert dates("uge 52 2025")[:2] == (D(2025, 12, 22), D(2025, 12, 28))
    assert dates("februar 2028")[1] == D(2028, 2, 29)
    assert dates("om 1 måned", D(2025, 1, 31))[1] == D(2025, 2, 28)
    assert dates("om 1 måned", D(2024, 1, 31))[1] == D(2024, 2, 29)
    assert dates("om 1 år", D(2024, 2, 29))[1] == D(2025, 2, 28)
    for bad in ("uge 53 2025", "29. februar 2025", "29/2-2100", "uge 53 2027"):
        with pytest.raises(DeadlineError):
            parse_deadline(bad, REF)


# ---------------------------------------------------------------------------- errors

BAD = [
    "",
    "   ",
    "blabla",
    "32. marts",
    "31/4",
    "uge 54",
    "uge 0",
    "13. kvartal",
    "5. kvartal",
    "Q5",
    "0/3",
    "29. februar 2025",
    "30. februar",
    "13/13",
    "marts/maj",
    "april/april",
    "vinteren 2025",
    "om 0 dage",
    "i morgen og i overmorgen",
    "uge 12-14-16",
    "S2024-702",
    "kl. 08:30",
    "2025 og frem",
    "primo",
    "27. marts 2025 (28. marts 2025)",
    "uge 12 2025 (17.–24. marts 2025)",
]


@pytest.mark.parametrize("text", BAD)
def test_bad_input_raises_a_danish_message_with_examples(text):
    with pytest.raises(DeadlineError) as info:
        parse_deadline(text, REF)
    err = info.value
    assert isinstance(err, ValueError)
    message = str(err)
    assert message == err.message("da") == err.message()
    assert message.startswith("Fristen")
    assert "kan ikke læses" in message or "er tom" in message
    for example in ("»27. marts 2025«", "»primo marts«", "»uge 12«", "»løbende«", " eller "):
        assert example in message
    english = err.message("en")
    assert english.startswith("The deadline")
    assert '"early March"' in english and '"week 12"' in english and " or " in english


def test_error_messages_say_what_is_wrong():
    with pytest.raises(DeadlineError) as info:
        parse_deadline("blabla", REF)
    assert str(info.value) == (
        "Fristen »blabla« kan ikke læses. Skriv fx »27. marts 2025«, »27/3«, »primo marts«, "
        "»april/maj«, »uge 12«, »2. kvartal«, »foråret«, »inden sommerferien«, »om 2 uger«, "
        "»2025« eller »løbende«."
    )
    with pytest.raises(DeadlineError, match="marts har kun 31 dage"):
        parse_deadline("32. marts", REF)
    with pytest.raises(DeadlineError, match="ikke et skudår"):
        parse_deadline("29. februar 2025", REF)
    with pytest.raises(DeadlineError, match="2025 har ikke uge 53"):
        parse_deadline("uge 53 2025", REF)
    with pytest.raises(DeadlineError) as info:
        parse_deadline("Q5", REF)
    assert "4 kvartaler" in str(info.value)
    assert "only 4 quarters" in info.value.message("en")
    with pytest.raises(ValueError):
        info.value.message("fr")


def test_the_horizon_refuses_years_more_than_fifty_years_away_in_danish():
    reference = D(2025, 3, 1)
    assert HORIZON_YEARS == 50
    assert dates("2075", reference)[1] == D(2075, 12, 31)
    assert dates("1. januar 1975", reference)[0] == D(1975, 1, 1)
    for text in ("uge 52 9999", "31. december 9999", "2076", "1974", "om 999 år", "Q4 9999"):
        with pytest.raises(DeadlineError) as info:
            parse_deadline(text, reference)
        assert "datoen ligger mere end 50 år fra i dag" in str(info.value), text
        assert "more than 50 years from today" in info.value.message("en")
    sentence = "Opgaven løses i uge 52 9999 eller senest den 31. december 9999."
    assert find_all_deadlines(sentence, reference) == []


# ---------------------------------------------------------------------------- formatting


def test_format_date():
    assert format_date(D(2025, 2, 26)) == "26. februar 2025"
    assert format_date(D(2025, 2, 26), "da") == "26. februar 2025"
    assert format_date(D(2025, 2, 26), "en") == "26 February 2025"
    assert format_date(D(2025, 12, 1), "en_GB") == "1 December 2025"


def test_format_range():
    assert format_range(D(2025, 3, 1), D(2025, 3, 10)) == "1.–10. marts 2025"
    assert format_range(D(2025, 4, 1), D(2025, 5, 31)) == "1. april–31. maj 2025"
    assert format_range(D(2025, 3, 27), D(2025, 3, 27)) == "27. marts 2025"
    assert format_range(D(2025, 12, 29), D(2026, 1, 4)) == "29. december 2025–4. januar 2026"
    assert format_range(D(2025, 3, 1), D(2025, 3, 10), "en") == "1–10 March 2025"
    assert format_range(D(2025, 4, 1), D(2025, 5, 31), "en") == "1 April–31 May 2025"
    assert format_range(D(2025, 12, 29), D(2026, 1, 4), "en") == "29 December 2025–4 January 2026"
    with pytest.raises(ValueError):
        format_range(D(2025, 3, 2), D(2025, 3, 1))


LABELS = [
    ("primo marts", "primo marts 2025 (1.–10. marts 2025)", "early March 2025 (1–10 March 2025)"),
    ("den 27. marts 2025", "27. marts 2025", "27 March 2025"),
    ("27/3", "27. marts 2025", "27 March 2025"),
    ("uge 12", "uge 12 2025 (17.–23. marts 2025)", "week 12 2025 (17–23 March 2025)"),
    ("løbende", "løbende", "ongoing"),
    ("løbende 2025", "løbende 2025", "ongoing 2025"),
    ("april/maj", "april/maj 2025 (1. april–31. maj 2025)", "April/May 2025 (1 April–31 May 2025)"),
    ("marts", "marts 2025 (1.–31. marts 2025)", "March 2025 (1–31 March 2025)"),
    ("Q2", "2. kvartal 2025 (1. april–30. juni 2025)", "Q2 2025 (1 April–30 June 2025)"),
    ("medio maj", "medio maj 2025 (11.–20. maj 2025)", "mid May 2025 (11–20 May 2025)"),
    ("ultimo maj", "ultimo maj 2025 (21.–31. maj 2025)", "late May 2025 (21–31 May 2025)"),
    ("foråret", "foråret 2025 (1. marts–31. maj 2025)", "spring 2025 (1 March–31 May 2025)"),
    ("om 2 uger", "12. marts 2025", "12 March 2025"),
    ("2025", "2025 (1. januar–31. december 2025)", "2025 (1 January–31 December 2025)"),
    (
        "vinteren",
        "vinteren 2024/25 (1. december 2024–28. februar 2025)",
        "winter 2024/25 (1 December 2024–28 February 2025)",
    ),
    (
        "december/januar",
        "december 2025/januar 2026 (1. december 2025–31. januar 2026)",
        "December 2025/January 2026 (1 December 2025–31 January 2026)",
    ),
    (
        "inden sommerferien",
        "inden sommerferien 2025 (26. februar–30. juni 2025)",
        "before the summer holidays 2025 (26 February–30 June 2025)",
    ),
    (
        "senest den 15. maj",
        "senest 15. maj 2025 (26. februar–15. maj 2025)",
        "by 15 May 2025 (26 February–15 May 2025)",
    ),
]


@pytest.mark.parametrize(("text", "da", "en"), LABELS)
def test_label(text, da, en):
    d = parse_deadline(text, REF)
    assert d.label() == da
    assert d.label("da") == da
    assert d.label("en") == en
    # the label reads back to the same dates, even on another day
    for reference in (REF, D(2031, 7, 4), D(2019, 1, 1)):
        again = parse_deadline(da, reference)
        assert (again.start, again.end, again.precision) == (d.start, d.end, d.precision)
        again = parse_deadline(en, reference)
        assert (again.start, again.end, again.precision) == (d.start, d.end, d.precision)


def test_canonical_text():
    assert canonical_text(parse_deadline("primo marts", REF)) == "primo marts 2025"
    assert canonical_text(parse_deadline("primo marts", REF), "en") == "early March 2025"
    assert canonical_text(parse_deadline("i april-maj", REF)) == "april/maj 2025"
    assert canonical_text(parse_deadline("første kvartal", REF), "en") == "Q1 2025"
    assert canonical_text(parse_deadline("uge 1", D(2025, 1, 1))) == "uge 1 2025"


def test_words_for_deadlines_made_from_stored_dates():
    """Deadlines rebuilt from a database row whose text no longer gives the dates."""
    stored = Deadline("aftalt på mødet", D(2025, 3, 1), D(2025, 3, 10), "period")
    assert stored.label() == "primo marts 2025 (1.–10. marts 2025)"
    assert Deadline("x", D(2025, 3, 17), D(2025, 3, 23), "week").label("en") == (
        "week 12 2025 (17–23 March 2025)"
    )
    assert Deadline("x", D(2025, 4, 1), D(2025, 6, 30), "quarter").label() == (
        "2. kvartal 2025 (1. april–30. juni 2025)"
    )
    odd = Deadline("x", D(2025, 3, 3), D(2025, 3, 19), "period")
    assert odd.label() == "3.–19. marts 2025"
    assert dates(canonical_text(odd)) == (odd.start, odd.end, "period")
    assert Deadline("x", None, None, "ongoing").label() == "løbende"


# ---------------------------------------------------------------------------- finding in text

SAMPLE = (
    "De kortsigtede sigtspunkter inkluderer et seminar for Strategisk Chefforum primo marts med "
    "fokus på reformerne, en budgettemadag for Kommunalbestyrelsen den 27. marts 2025 samt en "
    "implementeringsstrategi til politisk godkendelse i april/maj 2025."
)


def test_find_all_in_the_sample_sentence():
    found = find_all_deadlines(SAMPLE, REF)
    words = [w for w, _ in found]
    assert words[0] == "primo marts"
    assert words[1] == "den 27. marts 2025"
    assert words[2] in ("april/maj 2025", "i april/maj 2025")
    assert len(found) == 3
    assert [(d.start, d.end, d.precision) for _, d in found] == [
        (D(2025, 3, 1), D(2025, 3, 10), "period"),
        (D(2025, 3, 27), D(2025, 3, 27), "day"),
        (D(2025, 4, 1), D(2025, 5, 31), "period"),
    ]
    for w, d in found:
        assert w in SAMPLE
        assert d.text == w
        assert parse_deadline(w, REF) == d


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        (
            "et seminar for Strategisk Chefforum primo marts med fokus på reformerne",
            "primo marts",
            D(2025, 3, 1),
            D(2025, 3, 10),
        ),
        (
            "en budgettemadag for Kommunalbestyrelsen den 27. marts 2025",
            "den 27. marts 2025",
            D(2025, 3, 27),
            D(2025, 3, 27),
        ),
        ("REFERAT Lederforum d. 26-02-2025", "d. 26-02-2025", REF, REF),
        ("Aktuel beslutning på Lederforum 26-02-2025", "26-02-2025", REF, REF),
        (
            "opfølgning på seminaret i oktober 2024.",
            "i oktober 2024",
            D(2024, 10, 1),
            D(2024, 10, 31),
        ),
        ("Planen skal være klar senest den 15. maj.", "senest den 15. maj", REF, D(2025, 5, 15)),
        ("Vi ses igen om to uger til opfølgning", "om to uger", D(2025, 3, 12), D(2025, 3, 12)),
        (
            "Strategien vedtages i løbet af 2025 og frem",
            "i løbet af 2025",
            D(2025, 1, 1),
            D(2025, 12, 31),
        ),
        ("Sagen behandles i uge 12 i Direktionen", "i uge 12", D(2025, 3, 17), D(2025, 3, 23)),
        ("Evalueringen sker inden sommerferien.", "inden sommerferien", REF, D(2025, 6, 30)),
        (
            "Status gives i 2. kvartal 2025 til udvalget",
            "i 2. kvartal 2025",
            D(2025, 4, 1),
            D(2025, 6, 30),
        ),
        ("Review due by the end of March, says Morten", "by the end of March", REF, D(2025, 3, 31)),
    ],
)
def test_find_deadline(sentence, words, start, end):
    found = find_deadline(sentence, REF)
    assert found is not None
    assert found[0] == words
    assert (found[1].start, found[1].end) == (start, end)
    assert parse_deadline(words, REF) == found[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "S2024-702",
        "Onsdag kl. 08:30",
        "08:30-08:45: Morgenmad og ankomst",
        "10:10-10:25: Pause",
        "Reformkompasset rummer fire hovedtemaer:",
        "de kommende reformer, der vil præge 2025 og frem.",
        "Sønderø Rådhus, Tingstedet 1+2",
        "Mødedeltagere Jan Møller Iversen, Mette Hjorth",
        "Bilag 1. Handlerum - faglig ledelse",
        "1. Ejerskab og faglig mening - Inddragelse og ejerskab er afgørende",
        "Morten gennemgik de seks reformspor",
        "Mødet varer 1/2 time",
        "Det må vi se, may be later",
        "Der var et godt forår for os alle",
    ],
)
def test_no_false_hits(sentence):
    assert find_deadline(sentence, REF) is None
    assert find_all_deadlines(sentence, REF) == []


def test_find_in_the_whole_sample_minutes():
    text = (DATA / "referat-lederforum-2025-02-26.md").read_text(encoding="utf-8")
    found = [hit for line in text.splitlines() for hit in find_all_deadlines(line, REF)]
    words = [w for w, _ in found]
    assert "primo marts" in words
    assert "den 27. marts 2025" in words
    assert "i oktober 2024" in words
    for bad in ("2024-702", "08:30", "2025 og", "fire"):
        assert not any(bad in w for w in words)
    for w, d in found:
        assert parse_deadline(w, REF) == d


def test_find_returns_none_for_empty_text():
    assert find_deadline("", REF) is None
    assert find_all_deadlines("Ingen frister her.", REF) == []


def test_found_words_keep_their_case_and_position():
    sentence = "Frist: Primo Marts, derefter Uge 14 og til sidst ULTIMO JUNI 2025."
    found = find_all_deadlines(sentence, REF)
    assert [w for w, _ in found] == ["Primo Marts", "Uge 14", "ULTIMO JUNI 2025"]
    assert found[1][1].start == D(2025, 3, 31)
    assert all(sentence.count(w) == 1 for w, _ in found)


def test_overdue_boundary():
    d = parse_deadline("uge 12 2025", REF)
    assert not d.is_overdue(D(2025, 3, 23))
    assert d.is_overdue(D(2025, 3, 24))
    assert not parse_deadline("løbende 2025", REF).is_overdue(D(2030, 1, 1))


def test_relative_days_start_from_reference():
    assert dates("om 14 dage", D(2025, 12, 25))[:2] == (D(2026, 1, 8), D(2026, 1, 8))
    assert dates("in a week", D(2025, 12, 28))[1] == D(2026, 1, 4)


def test_day_range_one_day_gives_day():
    assert dates("27.–27. marts 2025") == (D(2025, 3, 27), D(2025, 3, 27), "day")
    assert dates("1.–10. marts 2025") == (D(2025, 3, 1), D(2025, 3, 10), "period")
    assert dates("29. december 2025–4. januar 2026")[:2] == (D(2025, 12, 29), D(2026, 1, 4))


def test_dates_after_reference_never_before_for_inferred_years():
    reference = D(2025, 12, 31)
    for text in ("primo januar", "uge 1", "Q1", "foråret", "27/3", "december/januar"):
        d = parse_deadline(text, reference)
        assert d.end >= reference, text
        assert d.start <= d.end
    assert parse_deadline("december", reference).start == D(2025, 12, 1)
    assert parse_deadline("december/januar", reference).start == D(2025, 12, 1)
    assert parse_deadline("uge 1", reference).start == D(2025, 12, 29)
    assert parse_deadline("sommeren", reference - timedelta(days=200)).start == D(2025, 6, 1)


# ---------------------------------------------------------------------------- properties

# Years and references at most HORIZON_YEARS apart: further is refused (test_the_horizon).
references = st.dates(min_value=date(2000, 1, 1), max_value=date(2049, 12, 31))
years = st.integers(min_value=2000, max_value=2049)
months = st.integers(min_value=1, max_value=12)
DAYS_IN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_word(m: int, style: int) -> str:
    return (DA_MONTHS[m - 1], EN_MONTHS[m - 1], DA_MONTHS[m - 1][:3].upper())[style]


def with_year(text: str, year: int | None) -> str:
    return text if year is None else f"{text} {year}"


@st.composite
def phrases(draw, years=years) -> str:
    """A valid deadline phrase of any rule, in Danish or English, with or without a year."""
    kind = draw(st.integers(min_value=0, max_value=12))
    year = draw(st.none() | years)
    m = draw(months)
    style = draw(st.integers(min_value=0, max_value=2))
    if kind == 0:
        day = draw(st.integers(min_value=1, max_value=DAYS_IN[m - 1]))
        forms = [
            f"den {day}. {month_word(m, 0)}",
            f"{day}/{m}",
            f"{day}. {month_word(m, style)}",
            f"{day} {month_word(m, 1)}",
        ]
        text = with_year(draw(st.sampled_from(forms)), year)
        if year is not None and draw(st.booleans()):
            text = draw(st.sampled_from([f"{day:02d}-{m:02d}-{year}", f"{year}-{m:02d}-{day:02d}"]))
        return text
    if kind == 1:
        pos = draw(st.sampled_from(["primo", "medio", "ultimo", "early", "mid", "late"]))
        return with_year(f"{pos} {month_word(m, style)}", year)
    if kind == 2:
        prefix = draw(st.sampled_from(["", "i "]))
        return with_year(f"{prefix}{month_word(m, style)}", year)
    if kind == 3:
        nxt = m % 12 + 1
        sep = draw(st.sampled_from(["/", "-", " og ", " and "]))
        return with_year(f"{month_word(m, 0)}{sep}{month_word(nxt, 0)}", year)
    if kind == 4:
        week = draw(st.integers(min_value=1, max_value=53))
        if week == 53 and year is not None:
            year = draw(st.sampled_from([2015, 2020, 2026, 2032, 2037, 2043, 2048]))
        return with_year(draw(st.sampled_from(["uge", "week"])) + f" {week}", year)
    if kind == 5:
        q = draw(st.integers(min_value=1, max_value=4))
        ordinal = ("første", "andet", "tredje", "fjerde")[q - 1]
        return with_year(
            draw(st.sampled_from([f"{q}. kvartal", f"Q{q}", f"{ordinal} kvartal"])), year
        )
    if kind == 6:
        season = draw(st.sampled_from(["foråret", "sommeren", "efteråret", "spring", "autumn"]))
        return with_year(season, year)
    if kind == 7:
        word = draw(st.sampled_from(["vinteren", "winter"]))
        return word if year is None else f"{word} {year}/{(year + 1) % 100:02d}"
    if kind == 8:
        word = draw(st.sampled_from(["inden", "efter", "before the", "after the"]))
        holiday = "summer holidays" if word.endswith("the") else "sommerferien"
        return with_year(f"{word} {holiday}", year)
    if kind == 9:
        n = draw(st.integers(min_value=1, max_value=12))
        number = draw(st.sampled_from([str(n), ("en", "to", "tre", "fire")[min(n, 4) - 1]]))
        return f"om {number} " + draw(st.sampled_from(["dage", "uger", "måneder"]))
    if kind == 10:
        prefix = draw(st.sampled_from(["", "i ", "i løbet af ", "inden udgangen af ", "during "]))
        return f"{prefix}{draw(years)}"
    if kind == 11:
        return with_year(draw(st.sampled_from(["løbende", "ongoing"])), year)
    day = draw(st.integers(min_value=1, max_value=DAYS_IN[m - 1]))
    inner = draw(st.sampled_from([f"den {day}. {month_word(m, 0)}", f"ultimo {month_word(m, 0)}"]))
    return with_year(f"senest {inner}", year)


def triple(d):
    return d.start, d.end, d.precision


def _relative_start(d) -> bool:
    """Deadlines whose start is the day they were said ("senest ...", "inden sommerferien")."""
    return canonical_text(d, "da").startswith(("senest ", "inden "))


@settings(max_examples=400, deadline=None)
@given(phrases(), references)
def test_generated_phrases_are_well_formed(text, reference):
    d = parse_deadline(text, reference)
    assert d.precision in PRECISIONS
    assert d.text == text.strip()
    if d.precision == "ongoing":
        assert d.end is None
        assert not d.is_overdue(reference + timedelta(days=10_000))
    else:
        assert d.start is not None and d.end is not None
        assert d.start <= d.end


@settings(max_examples=400, deadline=None)
@given(phrases(), references, references)
def test_canonical_text_round_trip(text, reference, other):
    d = parse_deadline(text, reference)
    for locale in ("da", "en"):
        words = canonical_text(d, locale)
        again = parse_deadline(words, other)
        assert canonical_text(again, locale) == words
        if _relative_start(d):
            # the start of "senest ..." is the day it is said; the end is what matters
            assert (again.end, again.precision) == (d.end, d.precision)
            assert again.start == min(other, d.end)
        else:
            assert triple(again) == triple(d), (words, other)


@settings(max_examples=400, deadline=None)
@given(phrases(), references, references)
def test_label_round_trip(text, reference, other):
    d = parse_deadline(text, reference)
    for locale in ("da", "en"):
        label = d.label(locale)
        assert triple(parse_deadline(label, other)) == triple(d), label


@settings(max_examples=300, deadline=None)
@given(phrases(), references)
def test_inferred_year_is_the_first_period_not_ended(text, reference):
    d = parse_deadline(text, reference)
    assume(d.end is not None and d.start is not None and not _relative_start(d))
    assume(not re.search(r"\d{4}", text))  # an explicit year: nothing to infer
    assume(not text.startswith("om "))
    assert d.end >= reference
    # the same period on its last day, the next one the day after
    assert triple(parse_deadline(text, d.end)) == triple(d)
    assert triple(parse_deadline(text, d.start)) == triple(d)
    try:
        later = parse_deadline(text, d.end + timedelta(days=1))
    except DeadlineError:  # pragma: no cover - only near year 9999
        return
    assert later.start > d.end


@settings(max_examples=200, deadline=None)
@given(phrases(), references)
def test_found_phrases_read_the_same_as_parsed(text, reference):
    sentence = f"Lederforum aftalte, at opgaven løses {text} af teamet, jf. S2024-702 kl. 08:30."
    found = find_all_deadlines(sentence, reference)
    for words, d in found:
        assert words in sentence
        assert parse_deadline(words, reference) == d
    if found and found[0][0].strip() == text.strip():
        assert triple(found[0][1]) == triple(parse_deadline(text, reference))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), references)
def test_anything_else_raises_deadline_error_or_parses(text, reference):
    try:
        d = parse_deadline(text, reference)
    except DeadlineError as err:
        assert str(err).startswith("Fristen")
        assert err.message("en").startswith("The deadline")
    else:
        assert d.precision in PRECISIONS
    find_all_deadlines(text, reference)  # never raises


@settings(max_examples=300, deadline=None)
@given(phrases(st.integers(min_value=1, max_value=9999)), references)
def test_any_year_is_read_within_the_horizon_or_refused_never_an_error(text, reference):
    try:
        d = parse_deadline(text, reference)
    except DeadlineError as err:
        assert str(err).startswith("Fristen")
    else:
        for day in (d.start, d.end):
            assert day is None or abs(day.year - reference.year) <= HORIZON_YEARS
    find_all_deadlines(f"Det sker {text}.", reference)  # never raises
