"""Deadline words as leaders write them (issue 27): the share of real phrases read, and the
everyday rules one by one (start/end of a month, next month, halves, school holidays, weekdays
in a week, ranges of weeks, the new year, words that name no period)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.deadlines import DeadlineError, canonical_text, find_all_deadlines, parse_deadline

D = date
AUTUMN = D(2025, 11, 12)  # a Wednesday in week 46
SPRING = D(2026, 3, 4)  # a Wednesday in week 10
NONE = (None, None)

# Deadline phrases written in real minutes and on real action lists (Danish municipal committees,
# MED committees, school boards, leadership forums: ../shared/referater and public minutes found
# on the web), written down as phrases only, none of them from the grammar's own table. Each with
# the meeting date it was written on and the dates it should mean.
# fmt: off
REAL_WORLD = [
    # the start, middle and end of a month in every spelling
    ("slut januar", AUTUMN, D(2026, 1, 21), D(2026, 1, 31)),
    ("start februar", AUTUMN, D(2026, 2, 1), D(2026, 2, 10)),
    ("i starten af december", AUTUMN, D(2025, 12, 1), D(2025, 12, 10)),
    ("begyndelsen af januar", AUTUMN, D(2026, 1, 1), D(2026, 1, 10)),
    ("primo december", AUTUMN, D(2025, 12, 1), D(2025, 12, 10)),
    ("først i marts", AUTUMN, D(2026, 3, 1), D(2026, 3, 10)),
    ("midt i december", AUTUMN, D(2025, 12, 11), D(2025, 12, 20)),
    ("midten af januar", AUTUMN, D(2026, 1, 11), D(2026, 1, 20)),
    ("medio februar", AUTUMN, D(2026, 2, 11), D(2026, 2, 20)),
    ("slutningen af november", AUTUMN, D(2025, 11, 21), D(2025, 11, 30)),
    ("i slutningen af januar", AUTUMN, D(2026, 1, 21), D(2026, 1, 31)),
    ("sidst i januar", AUTUMN, D(2026, 1, 21), D(2026, 1, 31)),
    ("ultimo december", AUTUMN, D(2025, 12, 21), D(2025, 12, 31)),
    ("udgangen af februar", AUTUMN, D(2026, 2, 21), D(2026, 2, 28)),
    ("ved udgangen af januar", AUTUMN, D(2026, 1, 21), D(2026, 1, 31)),
    ("inden udgangen af januar", AUTUMN, AUTUMN, D(2026, 1, 31)),
    ("medio april", SPRING, D(2026, 4, 11), D(2026, 4, 20)),
    ("ultimo april", SPRING, D(2026, 4, 21), D(2026, 4, 30)),
    # abbreviated months
    ("jan.", AUTUMN, D(2026, 1, 1), D(2026, 1, 31)),
    ("feb", AUTUMN, D(2026, 2, 1), D(2026, 2, 28)),
    ("sept.", SPRING, D(2026, 9, 1), D(2026, 9, 30)),
    ("ultimo jan.", AUTUMN, D(2026, 1, 21), D(2026, 1, 31)),
    ("primo feb.", AUTUMN, D(2026, 2, 1), D(2026, 2, 10)),
    ("15. jan.", AUTUMN, D(2026, 1, 15), D(2026, 1, 15)),
    ("nov-dec", AUTUMN, D(2025, 11, 1), D(2025, 12, 31)),
    # next month, this month, the year
    ("næste måned", AUTUMN, D(2025, 12, 1), D(2025, 12, 31)),
    ("i løbet af næste måned", AUTUMN, D(2025, 12, 1), D(2025, 12, 31)),
    ("primo næste måned", AUTUMN, D(2025, 12, 1), D(2025, 12, 10)),
    ("sidst på måneden", AUTUMN, D(2025, 11, 21), D(2025, 11, 30)),
    ("inden udgangen af måneden", AUTUMN, AUTUMN, D(2025, 11, 30)),
    ("næste kvartal", SPRING, D(2026, 4, 1), D(2026, 6, 30)),
    ("inden udgangen af kvartalet", SPRING, SPRING, D(2026, 3, 31)),
    ("i år", AUTUMN, D(2025, 1, 1), D(2025, 12, 31)),
    ("næste år", AUTUMN, D(2026, 1, 1), D(2026, 12, 31)),
    ("i starten af 2026", AUTUMN, D(2026, 1, 1), D(2026, 4, 30)),
    ("ultimo 2025", AUTUMN, D(2025, 9, 1), D(2025, 12, 31)),
    ("i løbet af 2026", AUTUMN, D(2026, 1, 1), D(2026, 12, 31)),
    # halves of a year
    ("1. halvår", AUTUMN, D(2026, 1, 1), D(2026, 6, 30)),
    ("1. halvår 2026", AUTUMN, D(2026, 1, 1), D(2026, 6, 30)),
    ("første halvdel af 2027", AUTUMN, D(2027, 1, 1), D(2027, 6, 30)),
    ("andet halvår", AUTUMN, D(2025, 7, 1), D(2025, 12, 31)),
    ("2. halvår", SPRING, D(2026, 7, 1), D(2026, 12, 31)),
    ("H1 2026", AUTUMN, D(2026, 1, 1), D(2026, 6, 30)),
    ("første halvdel af december", AUTUMN, D(2025, 12, 1), D(2025, 12, 15)),
    ("sidste halvdel af januar", AUTUMN, D(2026, 1, 16), D(2026, 1, 31)),
    # seasons with "til", holidays
    ("til foråret", AUTUMN, D(2026, 3, 1), D(2026, 5, 31)),
    ("til efteråret", SPRING, D(2026, 9, 1), D(2026, 11, 30)),
    ("til sommer", SPRING, D(2026, 6, 1), D(2026, 8, 31)),
    ("hen over sommeren", SPRING, D(2026, 6, 1), D(2026, 8, 31)),
    ("i løbet af foråret", SPRING, D(2026, 3, 1), D(2026, 5, 31)),
    ("inden foråret", AUTUMN, AUTUMN, D(2026, 2, 28)),
    ("efter sommerferien", SPRING, D(2026, 8, 1), D(2026, 8, 31)),
    ("efter sommer", SPRING, D(2026, 8, 1), D(2026, 8, 31)),
    ("frem til sommerferien", SPRING, SPRING, D(2026, 6, 30)),
    ("efter nytår", AUTUMN, D(2026, 1, 1), D(2026, 1, 31)),
    ("inden nytår", AUTUMN, AUTUMN, D(2025, 12, 31)),
    ("inden årsskiftet", AUTUMN, AUTUMN, D(2025, 12, 31)),
    ("ved årsskiftet", AUTUMN, D(2025, 12, 21), D(2025, 12, 31)),
    ("inden jul", AUTUMN, AUTUMN, D(2025, 12, 23)),
    ("efter vinterferien", AUTUMN, D(2026, 2, 16), D(2026, 3, 1)),
    ("inden vinterferien", AUTUMN, AUTUMN, D(2026, 2, 6)),
    ("vinterferien", AUTUMN, D(2026, 2, 9), D(2026, 2, 15)),
    ("efterårsferien", AUTUMN, D(2026, 10, 12), D(2026, 10, 18)),
    ("i efterårsferien", SPRING, D(2026, 10, 12), D(2026, 10, 18)),
    ("inden efterårsferien", SPRING, SPRING, D(2026, 10, 9)),
    ("efter efterårsferien", SPRING, D(2026, 10, 19), D(2026, 11, 1)),
    ("inden påskeferien", SPRING, SPRING, D(2026, 4, 1)),
    ("efter påske", SPRING, D(2026, 4, 7), D(2026, 4, 20)),
    # weeks, weekdays in a week, ranges of weeks and months
    ("tirsdag i uge 12", SPRING, D(2026, 3, 17), D(2026, 3, 17)),
    ("fredag i uge 50", AUTUMN, D(2025, 12, 12), D(2025, 12, 12)),
    ("fredag i næste uge", AUTUMN, D(2025, 11, 21), D(2025, 11, 21)),
    ("uge 14", SPRING, D(2026, 3, 30), D(2026, 4, 5)),
    ("i uge 50", AUTUMN, D(2025, 12, 8), D(2025, 12, 14)),
    ("uge 10-12", AUTUMN, D(2026, 3, 2), D(2026, 3, 22)),
    ("uge 48-49", AUTUMN, D(2025, 11, 24), D(2025, 12, 7)),
    ("uge 2/3", AUTUMN, D(2026, 1, 5), D(2026, 1, 18)),
    ("ugerne 10 og 11", AUTUMN, D(2026, 3, 2), D(2026, 3, 15)),
    ("til og med uge 50", AUTUMN, AUTUMN, D(2025, 12, 14)),
    ("senest uge 50", AUTUMN, AUTUMN, D(2025, 12, 14)),
    ("i næste uge", AUTUMN, D(2025, 11, 17), D(2025, 11, 23)),
    ("marts-april", AUTUMN, D(2026, 3, 1), D(2026, 4, 30)),
    ("fra marts til maj", AUTUMN, D(2026, 3, 1), D(2026, 5, 31)),
    ("Q1 2026", AUTUMN, D(2026, 1, 1), D(2026, 3, 31)),
    # days
    ("d. 15/12", AUTUMN, D(2025, 12, 15), D(2025, 12, 15)),
    ("15.12.25", AUTUMN, D(2025, 12, 15), D(2025, 12, 15)),
    ("torsdag den 4. december", AUTUMN, D(2025, 12, 4), D(2025, 12, 4)),
    ("ons. d. 10/12", AUTUMN, D(2025, 12, 10), D(2025, 12, 10)),
    ("til den 1. december", AUTUMN, D(2025, 12, 1), D(2025, 12, 1)),
    ("til januar", AUTUMN, D(2026, 1, 1), D(2026, 1, 31)),
    ("til fredag", AUTUMN, D(2025, 11, 14), D(2025, 11, 14)),
    ("senest fredag", AUTUMN, AUTUMN, D(2025, 11, 14)),
    ("om 14 dage", AUTUMN, D(2025, 11, 26), D(2025, 11, 26)),
    ("inden for 3 uger", AUTUMN, AUTUMN, D(2025, 12, 3)),
    ("efter et år", AUTUMN, D(2026, 11, 12), D(2026, 11, 12)),
    # words that name no period, or no end: kept without a date
    ("snarest", AUTUMN, *NONE),
    ("når vi ved mere", AUTUMN, *NONE),
    ("hurtigst muligt", AUTUMN, *NONE),
    ("på sigt", AUTUMN, *NONE),
    ("efter aftale", AUTUMN, *NONE),
    ("til senere besvarelse", AUTUMN, *NONE),
    ("TBD", AUTUMN, *NONE),
    ("-", AUTUMN, *NONE),
    ("løbende", AUTUMN, *NONE),
    ("årligt", AUTUMN, *NONE),
    ("primo uge 12", SPRING, D(2026, 3, 16), D(2026, 3, 18)),  # Monday to Wednesday
    # not read: they name a period the grammar cannot know, or too loosely
    ("inden budgetforhandlingerne", AUTUMN, D(2026, 8, 1), D(2026, 9, 30)),
    ("i forbindelse med regnskabsafslutningen", AUTUMN, D(2026, 1, 1), D(2026, 3, 31)),
]
# fmt: on
NOT_READ = {
    "inden budgetforhandlingerne",
    "i forbindelse med regnskabsafslutningen",
}


def reads(text: str, reference: date) -> tuple[date | None, date | None] | None:
    try:
        deadline = parse_deadline(text, reference)
    except DeadlineError:
        return None
    return deadline.start, deadline.end


def test_the_grammar_reads_at_least_95_percent_of_the_real_phrases():
    assert len(REAL_WORLD) >= 60
    assert len({text for text, *_ in REAL_WORLD}) == len(REAL_WORLD), "each phrase once"
    unread = [text for text, ref, *dates in REAL_WORLD if reads(text, ref) != tuple(dates)]
    assert unread == [text for text, *_ in REAL_WORLD if text in NOT_READ]
    share = 1 - len(unread) / len(REAL_WORLD)
    assert share >= 0.95, f"{share:.1%} read; not read: {unread}"


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"), [row for row in REAL_WORLD if row[0] not in NOT_READ]
)
def test_each_real_phrase_means_its_dates_and_its_words_read_back(text, reference, start, end):
    deadline = parse_deadline(text, reference)
    assert (deadline.start, deadline.end) == (start, end)
    again = parse_deadline(canonical_text(deadline), reference)
    assert (again.start, again.end) == (start, end), canonical_text(deadline)


@pytest.mark.parametrize("text", sorted(NOT_READ))
def test_a_period_the_grammar_cannot_know_is_refused_not_guessed(text):
    with pytest.raises(DeadlineError, match="kan ikke læses"):
        parse_deadline(text, AUTUMN)


# ---------------------------------------------------------------------------- the rules


def test_the_school_holidays_are_a_setting():
    week_8 = {"vinterferie": 8, "efterårsferie": 42}
    assert reads("vinterferien", AUTUMN) == (D(2026, 2, 9), D(2026, 2, 15))
    assert parse_deadline("vinterferien", AUTUMN, holidays=week_8).start == D(2026, 2, 16)
    assert parse_deadline("inden vinterferien", AUTUMN, holidays=week_8).end == D(2026, 2, 13)
    later = parse_deadline("efter vinterferien", AUTUMN, holidays=week_8)
    assert (later.start, later.end) == (D(2026, 2, 23), D(2026, 3, 8))
    autumn = parse_deadline("efterårsferien", AUTUMN, holidays={"efterårsferie": 43})
    assert autumn.start == D(2026, 10, 19)
    found = find_all_deadlines("Vi samler op efter vinterferien.", AUTUMN, holidays=week_8)
    assert [(words, d.start) for words, d in found] == [("efter vinterferien", D(2026, 2, 23))]


def test_a_holiday_that_has_passed_this_year_is_next_years():
    assert reads("efterårsferien", D(2026, 10, 18)) == (D(2026, 10, 12), D(2026, 10, 18))
    assert reads("efterårsferien", D(2026, 10, 19)) == (D(2027, 10, 18), D(2027, 10, 24))
    assert reads("inden vinterferien", D(2026, 2, 6)) == (D(2026, 2, 6), D(2026, 2, 6))
    assert reads("inden vinterferien", D(2026, 2, 7)) == (D(2026, 2, 7), D(2027, 2, 12))


LABELS = [
    # (words, reference, Danish label, English label): both read back to the same dates
    ("efter vinterferien", AUTUMN, "efter vinterferien 2026 (16. februar–1. marts 2026)",
     "after the winter break 2026 (16 February–1 March 2026)"),
    ("efterårsferien", AUTUMN, "efterårsferien 2026 (12.–18. oktober 2026)",
     "the autumn break 2026 (12–18 October 2026)"),
    ("inden vinterferien", AUTUMN, "inden vinterferien 2026 (12. november 2025–6. februar 2026)",
     "before the winter break 2026 (12 November 2025–6 February 2026)"),
    ("første halvdel af 2027", AUTUMN, "1. halvår 2027 (1. januar–30. juni 2027)",
     "H1 2027 (1 January–30 June 2027)"),
    ("uge 10-12", AUTUMN, "uge 10–12 2026 (2.–22. marts 2026)",
     "weeks 10–12 2026 (2–22 March 2026)"),
    ("slut januar", AUTUMN, "ultimo januar 2026 (21.–31. januar 2026)",
     "late January 2026 (21–31 January 2026)"),
    ("næste måned", AUTUMN, "december 2025 (1.–31. december 2025)",
     "December 2025 (1–31 December 2025)"),
    ("inden nytår", AUTUMN, "senest 31. december 2025 (12. november–31. december 2025)",
     "by 31 December 2025 (12 November–31 December 2025)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "da", "en"), LABELS)
def test_the_label_says_what_the_words_mean_and_reads_back(text, reference, da, en):
    deadline = parse_deadline(text, reference)
    assert (deadline.label(), deadline.label("en")) == (da, en)
    for words in (da, en):
        again = parse_deadline(words, reference)
        assert (again.start, again.end, again.precision) == (
            deadline.start,
            deadline.end,
            deadline.precision,
        ), words


def test_words_that_name_no_period_are_kept_without_a_date():
    for words in ("på sigt", "TBD", "efter aftale", "-"):
        deadline = parse_deadline(words, AUTUMN)
        assert deadline.text == words and deadline.label() == "uden frist"
        assert not deadline.is_overdue(D(2099, 1, 1))
    assert parse_deadline("årligt", AUTUMN).label() == "løbende"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("fredag den 4. december", "4. december 2025 er en torsdag, ikke en fredag"),
        ("uge 10 og 12", 'skriv en periode som fx "uge 10-12"'),
        ("uge 12-12", "de to uger er den samme"),
        ("uge 10-54", "uge 54 findes ikke"),
        ("uge 50 2026-uge 2 2026", "perioden går baglæns"),
    ],
)
def test_wrong_everyday_words_say_what_is_wrong(text, reason):
    with pytest.raises(DeadlineError, match=reason):
        parse_deadline(text, AUTUMN)


def test_a_weekday_is_checked_in_english_too():
    with pytest.raises(DeadlineError) as info:
        parse_deadline("fre. 4/12", AUTUMN)
    assert "4 December 2025 is a Thursday, not a Friday" in info.value.message("en")


def test_weeks_across_the_new_year():
    assert reads("uge 52-2", AUTUMN) == (D(2025, 12, 22), D(2026, 1, 11))
    deadline = parse_deadline("uge 52-2", AUTUMN)
    assert deadline.label() == "uge 52 2025–uge 2 2026 (22. december 2025–11. januar 2026)"
    assert reads("uge 52 2025–uge 2 2026", D(2030, 1, 1)) == (D(2025, 12, 22), D(2026, 1, 11))
    assert reads("week 52 2025–week 2 2026", D(2030, 1, 1)) == (D(2025, 12, 22), D(2026, 1, 11))


def test_before_next_month_is_before_it_begins():
    assert reads("inden næste måned", AUTUMN) == (AUTUMN, D(2025, 11, 30))
    assert reads("senest næste måned", AUTUMN) == (AUTUMN, D(2025, 12, 31))
    # "primo måneden" when the start of this month has passed is next month's
    assert reads("primo måneden", AUTUMN) == (D(2025, 12, 1), D(2025, 12, 10))


def test_found_in_sentences_only_with_a_preposition():
    sentence = (
        "Eva sender oplægget slut januar, og Jens samler op efter vinterferien. "
        "Næste år har vi et nyt budget; det tager vi på sigt."
    )
    found = find_all_deadlines(sentence, AUTUMN)
    assert [(words, d.start, d.end) for words, d in found] == [
        ("slut januar", D(2026, 1, 21), D(2026, 1, 31)),
        ("efter vinterferien", D(2026, 2, 16), D(2026, 3, 1)),
    ]
    assert find_all_deadlines("Materialet ligger i vinterferien - se bilag.", AUTUMN)[0][0] == (
        "i vinterferien"
    )
    assert find_all_deadlines("Punktet udsættes til 1. halvår 2026.", AUTUMN)[0][1].end == D(
        2026, 6, 30
    )


def test_the_refusal_gives_examples_a_little_after_today_not_in_the_past():
    with pytest.raises(DeadlineError) as info:
        parse_deadline("når solen skinner", D(2026, 11, 12))
    message = str(info.value)
    for example in ("27. december 2026", "27/12", "primo december", "januar/februar", "uge 49"):
        assert f"»{example}«" in message, example
    assert "»1. kvartal«" in message and "»2027«" in message and "2025" not in message
    english = info.value.message("en")
    assert '"27 December 2026"' in english and '"January/February"' in english
    assert '"week 49"' in english and '"Q1"' in english


def test_the_end_of_a_year_named_after_it_is_not_this_years():
    sentence = (
        "Kontrakten er opsagt med udløb ved årets udgang 2011, og planen ved udgangen af 2026."
    )
    found = find_all_deadlines(sentence, AUTUMN)
    assert [(words, d.end) for words, d in found] == [("ved udgangen af 2026", D(2026, 12, 31))]
