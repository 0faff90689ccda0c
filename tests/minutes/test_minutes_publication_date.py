"""A web page's publication stamp above the minutes is not the meeting's date (issue 25).

The documents are invented, in the shapes real minutes pages take.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

_BODY = "\n\nDeltagere: Ane Berg, Ole Dam\n\nAfbud: Kim Lund\n\n1. Budget\n\nGodkendt.\n"


@pytest.mark.parametrize(
    "head",
    [
        # the stamp above the title, the meeting's weekday and "den" below it
        "14. august 2025 kl. 08:15\n\nReferat af bestyrelsesmøde\n\nOnsdag den 4. juni 2025 kl. 19",
        # the title, the writer's name and the stamp, then the title again and the meeting
        "Referat af bestyrelsesmøde\n\nAne Berg\n14. august 2025 kl. 08:15\n\n"
        "Referat af bestyrelsesmøde i Sejlklubben.\n\nOnsdag den 4. juni 2025 kl. 19.00",
        # a stamp written with dots and no "kl."
        "14.08.2025 08:15\n\nReferat af bestyrelsesmøde\n\nDen 4. juni 2025 kl. 19",
        # a sentence about the meeting
        "14. august 2025 kl. 08:15\n\nReferat af bestyrelsesmøde\n\n"
        "Mødet blev afholdt i klubhuset den 4. juni 2025.",
        # the meeting's own field
        "14. august 2025 kl. 08:15\n\nReferat af bestyrelsesmøde\n\nMødedato: 4. juni 2025",
        # publication words before the stamp
        "Skrevet af Ane Berg d. 14. august 2025\n\nReferat af bestyrelsesmøde\n\n"
        "Onsdag den 4. juni 2025",
        "Indsendt 14. august 2025\n\nReferat af bestyrelsesmøde\n\nOnsdag den 4. juni 2025",
        "Dato for udsendelse: 14. august 2025\n\nReferat af bestyrelsesmøde\n\n"
        "Onsdag den 4. juni 2025",
    ],
)
def test_the_meetings_own_date_beats_a_publication_stamp(head):
    minutes = parse_minutes(head + _BODY)
    assert minutes.date == date(2025, 6, 4)
    for warning in minutes.warnings:  # when the stamp is named, the meeting's day is used
        assert warning.code in ("two_dates", "no_forum")
        if warning.code == "two_dates":
            assert "Importen bruger 4. juni 2025" in warning.da


def test_a_stamp_beside_a_bare_date_keeps_the_nearest_and_warns():
    # no meeting's words on either date: unsure, the current choice stays, and both are named
    minutes = parse_minutes(
        "14. august 2025 kl. 08:15\n\nReferat af bestyrelsesmøde\n\n4. juni 2025" + _BODY
    )
    two = [w for w in minutes.warnings if w.code == "two_dates"]
    assert len(two) == 1
    assert "14. august 2025" in two[0].da and "4. juni 2025" in two[0].da


def test_a_stamp_alone_is_still_read_as_before():
    minutes = parse_minutes("Referat af bestyrelsesmøde\n\n4. juni 2025 kl. 19:00" + _BODY)
    assert minutes.date == date(2025, 6, 4)


def test_a_posts_date_line_loses_to_the_posts_title_and_both_are_named():
    # a blog's archive: the post's title with the meeting's date, then the post's own line
    minutes = parse_minutes(
        "Arkiv for kategorien Referat\n\n • Referat af mødet 21. marts 2025\n\n"
        "  Dato: 2025.03.27 | Kategori: Referat | Svar: 0\n" + _BODY
    )
    assert minutes.date == date(2025, 3, 21)
    two = [w for w in minutes.warnings if w.code == "two_dates"]
    assert len(two) == 1 and "27. marts 2025" in two[0].da


def test_a_title_and_the_meetings_own_line_disagreeing_is_asked_about():
    # a web page's title with a wrong year over the document's own line: never silent
    minutes = parse_minutes(
        "Referat af møde i Seniorrådet 02.12.2026\n\n"
        "Referat af møde i Seniorrådet den 02.12. 2025\nTidspunkt: Kl. 12,30 – 15,30\n" + _BODY
    )
    two = [w for w in minutes.warnings if w.code == "two_dates"]
    assert len(two) == 1
    assert "2. december 2026" in two[0].da and "2. december 2025" in two[0].da


def test_a_title_and_a_field_agreeing_are_not_doubted_by_another_meeting_below():
    minutes = parse_minutes(
        "Referat af lokalrådsmøde (4. marts 2025)\n\nDato: Tirsdag den 4. marts 2025\n"
        "Tilstede: Ane, Ole\n\nLUP-planerne blev gennemgået.\n\n"
        "Dialogmøde: Mandag den 17.3.2025 kl. 19.00 Kroen\n"
    )
    assert minutes.date == date(2025, 3, 4)
    assert not [w for w in minutes.warnings if w.code == "two_dates"]


@pytest.mark.parametrize(
    ("line", "day", "hour"),
    [
        ("Onsdag d 15 oktober 2025 kl1800", date(2025, 10, 15), "18:00"),  # bare "d", no space
        ("Halbestyrelsen Tirsdag den 25 November. 2025 - Kl. 18.30", date(2025, 11, 25), "18:30"),
    ],
)
def test_the_meetings_line_written_loosely_is_read(line, day, hour):
    minutes = parse_minutes("Referat for aktivitetsmøde i Petanque\n" + line + _BODY)
    assert minutes.date == day
    assert minutes.start_time.strftime("%H:%M") == hour


def test_another_events_date_and_time_label_is_not_the_meetings():
    text = (
        "Referat fra bestyrelsesmøde 22. November 2026\n\n"
        "Deltagere: Finn, Jens, Łukasz og Claus.\n\n"
        "Dato og tidspunkt for “Tag en ven med”: 25/1 2027 kl 18.30. Vi er vært for aftensmad.\n\n"
        "Frede arbejder videre med årshjulet.\n\n"
        "Dato for næste bestyrelsesmøde: 10/1 2027 kl. 19.00\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 11, 22) and minutes.start_time is None
    assert "two_dates" not in [w.code for w in minutes.warnings]
    # the next meeting's date under its label is no task either
    drafts = extract_draft_actions(minutes, ["Frede Holm"])
    assert [d.title for d in drafts] == ["Arbejde videre med årshjulet"]


def test_a_date_written_year_first_is_read_and_a_years_figures_are_no_day():
    text = (
        "Ref-2026-apr-20\n\nBestyrelsesmøde-referat 2026 apr. 20:\n\n"
        "Referat af bestyrelsesmøde 20/4\n\nTil stede: Malik, Dan, Lars\n\nAfbud: Ernst\n\n"
        "Ad 1: Konstituering\n\nFormand - Ernst\n\nAd 2: Pokalskak 26/4\n\n"
        "Curt sørger for at stille hold.\n"
    )
    minutes = parse_minutes(text)
    # not 15 April (the year's last figures), and no warning of a date without its year
    assert minutes.date == date(2026, 4, 20)
    assert "date_without_year" not in [w.code for w in minutes.warnings]
    # with no day after the year's month, the year's last figures are still no day: the
    # meeting's own line gives it (its year taken from the title, with a warning)
    text = (
        "Bestyrelsesmøde-referat 2026 apr.:\n\n"
        "Referat af bestyrelsesmøde mandag den 20/4\n\nTil stede: Malik, Dan\n\n"
        "1. Økonomi\nGodkendt.\n2. Eventuelt\nIntet.\n"
    )
    assert parse_minutes(text).date == date(2026, 4, 20)


def test_the_meetings_own_line_with_its_weekday_beats_a_letters_date_above_it():
    text = (
        "Samrådet for Lokalhistoriske Arkiver\nI Aabenraa Kommune\n"
        "Tinglev, den 12. august 2026\nMødereferat\n"
        "Bestyrelsesmøde i Samrådet tirsdag den 11. august 2026 kl. 16. på Kliplev arkiv\n"
        "Tilstede:\nKim Furdal, Łukasz Nowak, Anne-Marie Vad.\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 8, 11)
    assert "two_dates" in [w.code for w in minutes.warnings]  # both are named, to check


def test_a_referat_title_run_together_with_a_hosts_date_dates_the_meeting():
    # a document host's first page on one line: the file's date, then the referat's own line
    text = (
        "Boligselskabet 5. december 2026\n\nStørrelse: px\nStarte visningen fra side:\n\n"
        'Download "Boligselskabet 5. december 2026"\n\nTranskript\n\n'
        "1 Boligselskabet 5. december 2026 Referat fra organisationsbestyrelsesmøde den 3. "
        "december kl Deltagere: Karl Neumann, Per Mogensen Dagsorden 0. Godkendelse\n\n"
        "2 Til drøftelse og beslutning 0. Godkendelse af dagsordenen Dagsorden blev godkendt. "
        "Bestyrelsen bad administrationen om at lægge bilagene i Dropbox løbende.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 12, 3)
    assert "two_dates" in [w.code for w in minutes.warnings]
    # the head's dated lines are no tasks, though the file's date falls after the meeting's
    titles = [d.title for d in extract_draft_actions(minutes, ["Karl Neumann", "Per Mogensen"])]
    assert titles == ["Bestyrelsen bad administrationen om at lægge bilagene i Dropbox"]


def test_a_label_for_the_meeting_itself_is_this_meetings_field():
    minutes = parse_minutes(
        "Referat\n\nDato for mødet: 3. marts 2026\nSted for mødet: Klubhuset\n\n"
        "1. Budget\nGodkendt.\n2. Eventuelt\nIntet.\n"
    )
    assert minutes.date == date(2026, 3, 3) and minutes.location == "Klubhuset"


def test_a_letters_dateline_loses_to_the_meeting_named_below_it_without_a_weekday():
    text = (
        "Referat fra bestyrelsesmøde d. 21. april\n\n"
        "                                                  Karup, den 22. april 2026\n\n"
        "Referat fra bestyrelsesmødet den 21. april 2026.\n\n"
        "Mødedeltagere: Torben Ibsen, Łukasz Nowak og Ove Pedersen.\n\n"
        "Punkt 1: Orientering fra formanden:\n\nTorben holder båltalen.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 4, 21)
    assert "two_dates" in [w.code for w in minutes.warnings]  # both named, to check
