"""Item structure of real referater (issue 25, round 13): answers numbered under a labelled
agenda (a long paragraph among them), Word's "o" sub-bullets, a form's "Pkt. Heading" with the
number below, a list inside an item that starts again at 1 or is marked "1)", an agenda tool's
"N - Title Godkendt", a web table whose title cell holds the case's description, a title
wrapped onto the date's line, a title with its question, and an item in lettered parts.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def _items(minutes) -> list[tuple[int, str]]:
    return [(item.number, item.title) for item in minutes.agenda_items]


def _drafts(minutes) -> list[tuple[int, str]]:
    return [(d.agenda_item_number, d.title) for d in extract_draft_actions(minutes)]


LISTED_ANSWERS = """3. marts 2026

Bestyrelsesmøde den 03/03 2026

Dagsorden:

1. Godkendelse af referat fra sidste møde
2. Kommende koncerter
o a. Forårskoncert
 Kirke
 Program
o b. Sommerkoncert
3. Korrejse i juni
4. Julefrokost
o Lokale
o Mad
5. Evt.
Fremmødte: Jonna, Palle, Tove & Bent

1. Ingen bemærkninger.
{answer_2}
b. Tove undersøger prisen på en pianist til sommerkoncerten.
{answer_3}

4. Der er styr på lokalet.
""".format(
    # paragraphs too long for a title: no heading candidates of their own
    answer_2="2. a. Forårskoncerten holdes i Bakkekirken, og programmet er næsten på plads. "
    "Bent sender programmet til dirigenten inden næste korprøve, så alle kan øve stykkerne.",
    answer_3="3. Palle bestiller bussen til korrejsen. Vi vil gerne have hotellet tæt på "
    "koncertstedet, så vi ikke skal gå langt med noderne om aftenen efter koncerten.",
)


def test_answers_below_a_labelled_agenda_keep_to_their_items_a_long_one_too():
    minutes = parse_minutes(LISTED_ANSWERS)
    assert _items(minutes) == [
        (1, "Godkendelse af referat fra sidste møde"),
        (2, "Kommende koncerter"),
        (3, "Korrejse i juni"),
        (4, "Julefrokost"),
        (5, "Evt"),
    ]
    concerts, trip = minutes.agenda_items[1], minutes.agenda_items[2]
    assert "Bent sender programmet" in concerts.decision
    assert "Palle bestiller bussen" in trip.decision
    assert "Palle" not in concerts.decision
    assert minutes.agenda_items[0].decision == "Ingen bemærkninger."
    drafts = _drafts(minutes)
    assert (3, "Bestille bussen til korrejsen") in drafts
    assert all(number != 1 for number, _ in drafts)


def test_a_word_sub_bullet_o_with_one_space_is_no_part_of_the_title_nor_a_place():
    minutes = parse_minutes(LISTED_ANSWERS)
    assert minutes.agenda_items[3].title == "Julefrokost"  # not "Julefrokost o Lokale"
    assert minutes.location is None  # "o Lokale" under the list is no "Lokale:" field


PKT_FORM = """Bakkeby Menighedsråd.
Dag og år:
Menighedsrådsmøde tirsdag d. 10. marts 2026 kl. 19.00 i Sognegården.
Afbud fra: Inge Lund
Pkt. D A G S O R D E N
1
Velkommen og godkendelse af dagsorden
Pkt. MEDDELELSER:
2
(Kun skriftlig orientering)
2a Dagsordenpunkt: Udlån af sognegården
Bilag:
Pkt. NYT FRA PRÆSTEN:
3
(Mundtlig orientering)
3a Konfirmanderne tager på lejr i maj. Præsten bestiller hytten.
Pkt. BESLUTNINGSSAGER:
4
4a Dagsordenpunkt: Kvartalsrapport
Referat: Rapporten godkendt.
"""


def test_a_forms_pkt_heading_with_the_number_below_is_the_item():
    minutes = parse_minutes(PKT_FORM)
    assert _items(minutes) == [
        (1, "Velkommen og godkendelse af dagsorden"),
        (2, "MEDDELELSER"),
        (3, "NYT FRA PRÆSTEN"),
        (4, "BESLUTNINGSSAGER"),
    ]
    assert "Præsten bestiller hytten." in minutes.agenda_items[2].decision


NESTED_RESTART = """Bakkeby Bådelaug

Referat Bestyrelsesmøde den 8. april 2026 kl. 18.00

1. Godkendelse af referat

Beslutning: Godkendt.

2. Orientering fra formanden

Beslutning: Taget til efterretning.

3. Evaluering af:
1. Vagtordningen på havnen
Beslutning:
Alle var tilfredse med ordningen.

4. Opsigelse af annonceaftalen
Beslutning:
Det blev besluttet at opsige annonceaftalen. Kassereren opsiger aftalen.
"""


def test_a_list_inside_an_item_that_starts_again_at_1_is_no_item():
    minutes = parse_minutes(NESTED_RESTART)
    assert _items(minutes) == [
        (1, "Godkendelse af referat"),
        (2, "Orientering fra formanden"),
        (3, "Evaluering af"),
        (4, "Opsigelse af annonceaftalen"),
    ]
    assert not [w for w in minutes.warnings if w.code == "renumbered"]
    assert all(number == 4 for number, _ in _drafts(minutes))


MARKED_LIST = """Referat af bestyrelsesmøde

tirsdag den 17.03.26 kl. 19.00 i klubhuset

Deltagere: Ole, Finn og Lis

1. Godkendelse af referat

Referatet er godkendt.

2. Evt.

1) Bestyrelsen har drøftet en klage fra et medlem om bådpladserne.

2) Bestyrelsen undersøger muligheden for en ny følgebåd.

3. Næste møde

Onsdag den 15/4-2026 kl. 19:00
"""


def test_the_count_goes_on_after_a_list_marked_otherwise_inside_an_item():
    minutes = parse_minutes(MARKED_LIST)
    assert _items(minutes) == [
        (1, "Godkendelse af referat"),
        (2, "Evt"),
        (3, "Næste møde"),
    ]


VERDICT_ON_LINE = """Dagsorden og referat 5. marts 2026

DAGSORDEN REFERAT
1 - Godkendelse af dagsorden Godkendt

2 - Bakkeby MR: Nyt tag

Bakkeby MR sender ansøgning om nyt tag.

Godkendt.

3 - Eventuelt Div. drøftet
"""


def test_an_agenda_tools_dashed_number_with_its_verdict_on_the_title_line():
    minutes = parse_minutes(VERDICT_ON_LINE)
    assert _items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Bakkeby MR: Nyt tag"),
        (3, "Eventuelt"),
    ]
    assert minutes.agenda_items[0].decision == "Godkendt"
    assert minutes.agenda_items[2].decision == "Div. drøftet"


MULTI_LINE_ROWS = "\n".join(
    [
        "Referat",
        "Provstiudvalgsmøde Bakkeby Provsti - d. 12-03-2026 kl. 16:00",
        "Deltagere: Anne Holm, Bo Kjær, Carl Dam",
        "| Mødepunkt | Referat | ",
        "| 1 – Godkendelse af referat | Godkendt. ",
        " | ",
        "| 2 – Orientering fra provstiet ",
        " ",
        " | Menighedsrådene er inviteret til møde om ladestandere. | ",
        "| 3 - Fra Lunde MR, Ny kirkemur ",
        " Lunde menighedsråd sender et projekt om en ny kirkemur til vurdering. ",
        " Sager: Ansøgning - Lunde MR (2026 - 1234) ",
        " | Provstiudvalget foreslår, at projektet udskydes. Menighedsrådet opfordres til at"
        " søge en midlertidig løsning. | ",
        "| 4 – Fra Bakke MR, varmepumpe ",  # the page's end cut the row
        " Bakke MR søger om at bruge de overskydende midler til lysekroner. ",
    ]
)


def test_a_web_tables_rows_over_several_lines_title_first_then_the_case():
    minutes = parse_minutes(MULTI_LINE_ROWS)
    assert _items(minutes) == [
        (1, "Godkendelse af referat"),
        (2, "Orientering fra provstiet"),
        (3, "Fra Lunde MR, Ny kirkemur"),
        (4, "Fra Bakke MR, varmepumpe"),
    ]
    wall = minutes.agenda_items[2]
    assert "sender et projekt" in wall.summary
    assert "sender et projekt" not in wall.decision
    assert [number for number, _ in _drafts(minutes)] == [3]


ONE_LINE_ROWS = """Provstiudvalgsmøde den 20. maj 2026
Deltagere: Anne Holm, Bo Kjær
Mødepunkt | Referat |
1 - Godkendelse af dagsorden | Godkendt. |
2 - PUK - Budget 2027 Udkast til budget 2027 for provstiudvalgskassen. | Godkendt. |
3 - Lunde - Godkendelse af kontrakt vedr. solceller Lunde søger godkendelse af en kontrakt om \
solceller på præstegårdens jord. | Godkendt. |
"""


def test_a_one_line_rows_sender_topic_title_ends_where_the_description_opens():
    minutes = parse_minutes(ONE_LINE_ROWS)
    assert _items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "PUK - Budget 2027"),
        (3, "Lunde - Godkendelse af kontrakt vedr. solceller"),
    ]
    assert "Udkast til budget 2027" in minutes.agenda_items[1].summary


WRAPPED_TITLE = """Referat af bestyrelsesmøde i
Bakkeby Rideklub den 2. april 2026
Til stede: Lotte, Helle og Sally
1. Opfølgning
Plakaterne er hængt op.
2. Orientering fra klubben
Helle overfører 500 kr. til cafekontoen.
"""


def test_the_date_on_the_line_a_title_wraps_onto_is_the_meetings():
    assert parse_minutes(WRAPPED_TITLE).date == date(2026, 4, 2)


QUESTION_TITLE = """Referat fra menighedsrådsmøde

Tirsdag den 14. april 2026 kl. 19.30

1. Godkendelse af referat

Godkendt.

2. Visioner for fremtiden. Hvad vil vi arbejde med i de næste år.
"""


def test_a_titles_question_on_its_line_is_the_titles_not_a_task():
    minutes = parse_minutes(QUESTION_TITLE)
    assert _items(minutes)[1] == (
        2,
        "Visioner for fremtiden. Hvad vil vi arbejde med i de næste år",
    )
    assert _drafts(minutes) == []


LETTERED_PARTS = """Bakkeby Lystbådehavn

Referat Bestyrelsesmøde den 11. august 2026 kl. 18.00

1. Godkendelse af referat

Beslutning: Godkendt.

2. Orientering:

a. Formanden
Sommerfesten: Der var god stemning.
Oprydning bag klubhuset igangsættes.

b. Økonomien v. Mogens
Beslutning:
Mogens gav en orientering om økonomien.
"""


def test_the_first_lettered_part_without_a_label_is_minutes_too():
    minutes = parse_minutes(LETTERED_PARTS)
    assert "Oprydning bag klubhuset" in minutes.agenda_items[1].decision
    assert (2, "Igangsætte oprydning bag klubhuset") in _drafts(minutes)


REFERENT_TOLD = """Referat af bestyrelsesmøde i Bakkekoret

den 4.1.2026 kl. 13 i Bakkeby

Tilstede var Lise, Lene og Birgit.

Dagsorden:

1. Valg af referent blev Birgit.

2. Drøftelse af bestyrelsens sammensætning:

Lise orienterer koret om den nye bestyrelse.

3. Hjemmesiden:

Stor tilfredshed med hjemmesiden.
"""


def test_the_referents_election_told_on_the_items_line_is_the_first_item():
    minutes = parse_minutes(REFERENT_TOLD)
    assert _items(minutes) == [
        (1, "Valg af referent"),
        (2, "Drøftelse af bestyrelsens sammensætning"),
        (3, "Hjemmesiden"),
    ]


def test_the_place_on_the_meetings_line_ends_where_a_sentence_opens():
    text = PKT_FORM.replace(
        "kl. 19.00 i Sognegården.", "kl. 19.15 i Bakkevej 4, 1. sal. Kaffe fra kl.\n18.45"
    )
    minutes = parse_minutes(text)
    assert minutes.location == "Bakkevej 4, 1. sal"
