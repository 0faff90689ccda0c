"""Round 20: the meeting's day in a club's blog post: the post's own date with its weekday
above ("søndag den 30. august 2026"), the minutes' day in figures below it with a two-figure
year or none ("Referat af Klubmøde d. 27-8 26.", "… d. 27-8."); and a letterhead's date.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.parser import parse_minutes

POST = """søndag den 30. august 2026

{title}

Bestyrelsen havde foreslået en dagsorden, som blev vedtaget.

Dagsorden.

1 Valg af ordstyrer.
2 Klubtøj

Ad 1: Til ordstyrer blev Łukasz Nowak valgt.

Ad 2: Ole bestiller nyt klubtøj inden 1. oktober.
"""


def codes(minutes) -> list[str]:
    return [warning.code for warning in minutes.warnings]


def test_the_minutes_day_with_a_two_figure_year_beats_the_posts_date():
    minutes = parse_minutes(POST.format(title="Referat af Klubmøde d. 27-8 26."))
    assert minutes.date == date(2026, 8, 27)


def test_the_minutes_day_without_a_year_beats_the_posts_date_and_names_both():
    minutes = parse_minutes(POST.format(title="Referat af Klubmøde d. 27-8."))
    assert minutes.date == date(2026, 8, 27)
    assert "two_dates" in codes(minutes)


def test_the_posts_date_stays_when_the_minutes_name_no_day():
    minutes = parse_minutes(POST.format(title="Referat af Klubmøde"))
    assert minutes.date == date(2026, 8, 30)


def test_a_day_long_before_the_post_is_not_taken_for_the_meeting():
    # the post went up in August; "d. 27-3." would be five months before it: no year of its
    # own, so it is not taken
    minutes = parse_minutes(POST.format(title="Referat af Klubmøde d. 27-3."))
    assert minutes.date != date(2026, 3, 27)


def test_an_extract_of_the_minutes_is_dated_by_its_own_title():
    text = (
        "Ekstrakt af referat af bestyrelsesmøde fredag den 23. oktober 2026 kl. 9.30\n\n"
        "Deltagere: John, Kaj, Łucja, Marianne (referent)\n\n"
        "Dagsorden\n\n· Referat af mødet 11. september 2026\n\n"
        "Johns udgave af referatet godkendes.\n\n· Facebook-projektet\n\n"
        "Steen demonstrerede projektet.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 10, 23)


def test_an_items_word_with_moede_in_it_does_not_name_the_meeting():
    from tracker.minutes.meeting_date import date_spans, meetings_own

    line = "Mødepunkt Beslutning Kvartalsrapport kassen 31.03.2026 Sag: Skoletjeneste"
    assert not meetings_own(line, date_spans(line)[0])
    line = "Bestyrelsesmødet blev holdt 31.03.2026"
    assert meetings_own(line, date_spans(line)[0])


def test_the_two_figure_year_is_the_minutes_own_not_the_posts():
    # put up a year later: the minutes' "26" is read, not the post's 2027
    text = POST.replace("2026", "2027").format(title="Referat af Klubmøde d. 27-8 26.")
    assert parse_minutes(text).date == date(2026, 8, 27)
