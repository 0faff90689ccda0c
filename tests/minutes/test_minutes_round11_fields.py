"""Head and item shapes of real referater (issue 25, round 11): absence lists with initials
in parentheses, two absence labels joined, unnumbered titles over their paragraphs.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date, time

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

INITIALS_HEAD = """Referat fra bestyrelsesmøde tirsdag den 6. maj 2025.

Tilstede: Ida Kragh(IK) – Per Sand(PS)- Ulla Bro (UB)- Søren Ravn(SR)

Afbud: Hanne Lyng(HL)- Jonas Friis(JF)

1. Godkendelse af referat
Godkendt.

2. Sommerturen
Turen går til Møn. PS bestiller bussen.
"""


def _absent(minutes) -> list[str]:
    return sorted(a.name for a in minutes.attendees if not a.present)


def test_names_with_initials_in_parentheses_joined_by_dashes_are_each_a_name():
    minutes = parse_minutes(INITIALS_HEAD)
    assert _absent(minutes) == ["Hanne Lyng", "Jonas Friis"]
    present = sorted(a.name for a in minutes.attendees if a.present)
    assert present == ["Ida Kragh", "Per Sand", "Søren Ravn", "Ulla Bro"]


def test_two_absence_labels_joined_by_a_slash_read_the_names_after_the_second():
    text = INITIALS_HEAD.replace(
        "Afbud: Hanne Lyng(HL)- Jonas Friis(JF)", "Afbud / ikke tilstede: Hanne, Jonas, Tove"
    )
    assert _absent(parse_minutes(text)) == ["Hanne", "Jonas", "Tove"]


BLOCKS = """Referat fra bestyrelsesmøde onsdag den 4. juni 2025.

Tilstede: Ida Kragh, Per Sand, Ulla Bro

Valg af dirigent:
UB.

Godkendelse af referat fra mødet den 2. april 2025.
Godkendt uden bemærkninger.

Nyt fra kassereren.
PS har betalt hallens regning, og kontoen er gjort op for foråret.
Der er penge nok til sommerturen.

25 års jubilæum.
Foreningens jubilæum holdes lørdag den 6. september 2025 i hallen.
IK vil spørge spejderne, om de vil stå for bålet.
"""


def test_unnumbered_titles_over_their_paragraphs_are_the_items_a_short_answer_too():
    minutes = parse_minutes(BLOCKS)
    assert [i.title for i in minutes.agenda_items] == [
        "Valg af dirigent",
        "Godkendelse af referat fra mødet den 2. april 2025",
        "Nyt fra kassereren",
        "25 års jubilæum",
    ]


def test_paragraphs_that_open_with_sentences_are_no_items():
    text = BLOCKS.replace("Nyt fra kassereren.", "Kassereren har betalt hallens regning.").replace(
        "25 års jubilæum.", "Vi holder jubilæum i september."
    )
    assert len(parse_minutes(text).agenda_items) < 3


DASHED = """Referat af bestyrelsesmøde i hallens bestyrelse

Klubhuset D.14 marts 2024 kl. 19.00

Deltagere: Ida Kragh, Per Sand og Ulla Bro.

1-      Godkendelse af dagsorden.

Godkendt.

2-      Regnskab.

Regnskabet blev gennemgået. Per sender det til revisor.

3-      Hallens fremtid, hvad gør vi?

Vi søger kommunen om et tilskud til nye stole.
"""


def test_items_numbered_with_a_dash_after_the_number_are_read():
    minutes = parse_minutes(DASHED)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Regnskab"),
        (3, "Hallens fremtid, hvad gør vi?"),
    ]


def test_a_cover_line_of_a_place_a_date_and_an_hour_gives_the_date_and_the_place():
    minutes = parse_minutes(DASHED)
    assert minutes.date == date(2024, 3, 14)
    assert minutes.start_time == time(19, 0)
    assert minutes.location == "Klubhuset"


def test_a_meetings_word_before_the_date_is_no_place():
    minutes = parse_minutes(DASHED.replace("Klubhuset D.14", "Bestyrelsesmøde D.14"))
    assert minutes.location is None


NUMBERED_SENTENCES = """REFERAT FRA BESTYRELSESMØDE ONSDAG DEN 10 SEPTEMBER 2025

Fremmødte: Ida Kragh, Per Sand og Ulla Bro

1) Ingen bemærkninger til forrige referat.

2) Vand. Der holdes fortsat øje med forbruget på vandmålerne, og der er i august kun set ét \
mærkeligt forbrug om natten. Vandet lukkes derfor ikke, men der holdes fortsat øje med det.

3) Sommerfesten. Gik rigtig godt. Mange kom, og vejret holdt.

4) Lene fremlagde regnskabet. Hun sender det til revisor inden næste møde, og det skal \
godkendes på generalforsamlingen i marts, hvor der også skal vælges en ny kasserer.

5) Status på bestyrelsens arbejde. Hvem ønsker at fortsætte? Kassereren ønsker at stoppe, og \
der skal findes en ny kandidat, som vil stille op og påtage sig opgaven til foråret.
"""


def test_numbered_sentences_that_open_with_a_short_title_keep_the_title():
    items = parse_minutes(NUMBERED_SENTENCES).agenda_items
    assert [i.number for i in items] == [1, 2, 3, 4, 5]
    assert items[1].title == "Vand"
    assert items[2].title == "Sommerfesten"
    assert items[4].title == "Status på bestyrelsens arbejde"


def test_a_numbered_sentence_with_its_verb_second_is_no_title():
    items = parse_minutes(NUMBERED_SENTENCES).agenda_items
    assert items[0].title == items[3].title == "(titlen mangler i referatet)"


TWO_MEETINGS = """Referat af årsmøde og bestyrelsesmøde onsdag den 11. juni 2025 kl. 18.00

Dagsorden

Årsmøde:

    1. Beretning om årets arbejde (v/ formanden).
    2. Regnskab 2024.
    3. Evt.

Bestyrelsesmøde:

1. Nyt fra kassereren.
2. Sommerudflugten.
3. Evt.

Fraværende med afbud: Ida Kragh, Per Sand.
Stedfortræder: Ulla Bro

0    Vi bød velkommen og drak kaffe.

Årsmøde:

Ad. 1    Formanden fortalte om årets ture.

Ad. 2    Regnskabet blev godkendt.

Ad. 3     Intet.

Bestyrelsesmøde:

Ad. 1    Kassen er gjort op.

Ad. 2    Udflugten går til Møn. Per bestiller bussen.

Ad. 3    Intet.
"""


def test_two_meetings_in_one_referat_take_their_titles_from_their_own_lists():
    items = parse_minutes(TWO_MEETINGS).agenda_items
    assert [i.title for i in items] == [
        "Beretning om årets arbejde (v/ formanden)",
        "Regnskab 2024",
        "Evt",
        "Nyt fra kassereren",
        "Sommerudflugten",
        "Evt",
    ]
    assert "Møn" in items[4].decision


def test_a_stand_in_is_present_not_absent():
    minutes = parse_minutes(TWO_MEETINGS)
    assert _absent(minutes) == ["Ida Kragh", "Per Sand"]
    assert [a.name for a in minutes.attendees if a.present] == ["Ulla Bro"]


BULLET_AGENDA = """Referat af beboermøde tirsdag den 8/4 2025
Dagsorden:
- Valg af ordstyrer og referent
- Godkendelse af sidste referat
- Haven
Forslag fra kassereren: nye bænke i maj.
- Nyt fra kontoret
- Eventuelt
Referat:
- Ordstyrer: Lis
Referent: Bo
- Referat godkendt
- Bænkene købes
- Ingen nyt
- Lis skriver et brev til kommunen om stien.
"""


def test_a_bullet_agenda_above_the_minutes_gives_the_items():
    minutes = parse_minutes(BULLET_AGENDA)
    assert [i.title for i in minutes.agenda_items] == [
        "Valg af ordstyrer og referent",
        "Godkendelse af sidste referat",
        "Haven",
        "Nyt fra kontoret",
        "Eventuelt",
    ]


def test_the_minutes_below_a_bullet_agenda_belong_to_no_one_item():
    minutes = parse_minutes(BULLET_AGENDA)
    assert "kommunen" not in minutes.agenda_items[-1].decision
    drafts = extract_draft_actions(minutes)
    letter = next(d for d in drafts if "kommunen" in d.title)
    assert letter.agenda_item_number == 0  # under no item
    assert letter.owner_names == ["Lis"]


RUN_IN_POINT = """Referat af menighedsrådsmøde torsdag den 5. juni 2025 kl. 17.00
Deltagere: Ida Kragh, Per Sand
1. Godkendelse af dagsorden
Beslutning: Godkendt
2. Vedtægt/prisliste. a. Vedtægten: Forslag til ny tekst. Bilag
b. Prislisten opdateret. Bilag. Drøftelse og beslutning: Godkendt med rettelse.
3. Tagrenderne. Et tilbud er modtaget. Drøftelse og beslutning: Per tager kontakt til firmaet.
"""


def test_a_title_with_its_first_lettered_point_run_in_ends_before_the_point():
    items = parse_minutes(RUN_IN_POINT).agenda_items
    assert [i.number for i in items] == [1, 2, 3]
    assert items[1].title == "Vedtægt/prisliste"
    assert "Vedtægten: Forslag til ny tekst" in items[1].decision


def test_minutes_that_repeat_the_bullet_agendas_titles_keep_their_own_items():
    text = BULLET_AGENDA.split("Referat:")[0] + (
        "Referat:\n\nValg af ordstyrer og referent\nLis blev valgt, Bo skriver referat.\n\n"
        "Haven\nBænkene købes i maj.\n\nEventuelt\nLis skriver et brev til kommunen om stien.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.loose is None
    assert "kommunen" in minutes.agenda_items[-1].decision


def test_two_answered_titles_and_one_over_its_paragraph_are_three_items():
    text = """Referat fra bestyrelsesmøde mandag den 1. september 2025.

Valg af ordstyrer:
Bo.

Godkendelse af referat.
Godkendt.

Nyt fra formanden.
Formanden har talt med kommunen om stien, og den bliver lavet i oktober.
"""
    titles = [i.title for i in parse_minutes(text).agenda_items]
    assert titles == ["Valg af ordstyrer", "Godkendelse af referat", "Nyt fra formanden"]


def test_the_referats_dated_title_over_a_paragraph_is_no_item():
    text = BLOCKS.replace(
        "2025.\n\nTilstede: Ida Kragh, Per Sand, Ulla Bro\n",
        "2025.\nMødet blev holdt i klubhuset, og alle var mødt frem til tiden.\n",
    )
    titles = [i.title for i in parse_minutes(text).agenda_items]
    assert titles[0] == "Valg af dirigent"
