"""Item shapes of real referater (issue 25, round 9): a school board's time slots after the
titles.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def _items(text: str) -> list[tuple[int | None, str]]:
    return [(i.number, i.title) for i in parse_minutes(text).agenda_items]


SLOTTED = """Referat skolebestyrelsesmøde

Onsdag d. 10.09.25, kl. 17.00-19.00

210. Godkendelse af referat/ 2 min.           Slut kl. 17.02

 • Godkendt

211. Trivselsmåling /(O), (D) / 15 min / KL            Slut kl. 17.17

 • Resultaterne blev gennemgået.

212. Skolernes motionsdag/ (B) / 10 min/AB+KL    Slut kl. 17.27

 • Dagen lægges i uge 41.

213. Meddelelser /5 min.  Slut kl. 17.32

 • Ingen.
"""


def test_a_time_slot_after_an_items_title_is_no_part_of_the_title():
    assert _items(SLOTTED) == [
        (210, "Godkendelse af referat"),
        (211, "Trivselsmåling"),
        (212, "Skolernes motionsdag"),
        (213, "Meddelelser"),
    ]


def test_a_party_letter_without_a_slot_stays_in_the_title():
    items = _items(
        """Referat af udvalgsmødet 3. marts 2025

1. Forslag fra Lone Berg (B)

Forslaget blev drøftet.

2. Eventuelt

Intet.
"""
    )
    assert items[0] == (1, "Forslag fra Lone Berg (B)")


CLUB = "\n".join(
    [
        "Referat bestyrelsesmøde 2.9.2024",
        "",
        "(Fremmødte Ane, Bo, Carl, Dorte)",
        "",
        "1). Referent Dorte Lund",
        "",
        "2). Afbud Frida",
        "",
        "3). Godkendelse af referat... Godkendt",
        "",
        "4). Ponyer. Vi mangler stadig frivillige til at passe ponyerne om "
        "søndagen. Dorte spørger i den næste nyhedsmail, om nogen har lyst.",
        "",
        "Der skal laves en vagtplan.",
        "",
        "5). Stævne. Stævnet i oktober er flyttet en uge, fordi hallen er "
        "optaget af en anden klub. Carl giver dommerne besked om den nye dato, "
        "og han sørger også for, at tilmeldingen på nettet bliver rettet, så "
        "rytterne kan se, hvornår de skal ride.",
        "",
        "6). Status på hjemmesiden... den virker fint",
        "",
        "7). Økonomi. Regnskabet ser fornuftigt ud, og der er penge til nye "
        "spring, men vi venter med at købe dem, til vi kender prisen på det nye "
        "sand til ridebanen, som skal lægges i foråret.",
        "",
        "8). Evt. Ingen bemærkninger.",
        "",
    ]
)


def test_numbered_paragraphs_with_their_minutes_go_on_counting_after_a_loose_paragraph():
    assert [n for n, _ in _items(CLUB)] == [1, 2, 3, 4, 5, 6, 7, 8]
    titles = dict(_items(CLUB))
    assert titles[5] == "Stævne"
    assert titles[7] == "Økonomi"


def test_an_ellipsis_ends_a_short_title_before_its_minutes():
    titles = dict(_items(CLUB))
    assert titles[3] == "Godkendelse af referat"
    assert titles[6] == "Status på hjemmesiden"


def test_an_absence_item_with_its_names_on_the_line_marks_them_absent():
    minutes = parse_minutes(CLUB)
    assert [a.name for a in minutes.attendees if not a.present] == ["Frida"]


def test_a_wide_gap_after_the_title_puts_the_minutes_on_their_own():
    text = (
        "Referat fra møder i Borgerrådet 2024\n\n"
        "Pkt. 1.            Godkendelse af dagsorden"
        "                               Dagsorden og referat blev godkendt uden bemærkninger.\n\n"
        "Pkt. 2             Stien ved søen\n\n"
        "Kommunen har lovet at se på stien.\n"
    )
    minutes = parse_minutes(text)
    first = minutes.agenda_items[0]
    assert first.title == "Godkendelse af dagsorden"
    assert "uden bemærkninger" in first.decision


def test_outer_bullets_with_their_minutes_further_in_are_the_items():
    minutes = parse_minutes(
        """Bestyrelsesmøde d. 04/03/25

Tilstede Ida, Kasper og Mette.

 • Nyt fra huset
  To nye børn er startet.
  Køkkenet er malet.
 • Legepladsen
  Sandkassen skal skiftes.

 • Resterende opgaver:
  • Nye hylder i garderoben
  • Lamper i gangen
"""
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Nyt fra huset"),
        (2, "Legepladsen"),
        (3, "Resterende opgaver"),
    ]


def test_bullets_over_dash_lines_are_the_items():
    titles = _items(
        """Bestyrelsesmøde d. 12. maj 2025

Referat

Afbud: Per Holm

· Nyt fra formanden:

- Klubhuset er udlejet hele juni.

- Der kommer nye baner til efteråret.

· Nyt fra kassereren:

- Regnskabet balancerer.
"""
    )
    assert titles == [(1, "Nyt fra formanden"), (2, "Nyt fra kassereren")]


def test_a_plain_list_of_bullets_is_no_items():
    minutes = parse_minutes(
        """Referat af bestyrelsesmøde 12. maj 2025

Vi talte om sommerfesten:

 • Telte
 • Musik
 • Kage

Festen bliver sidst i juni.
"""
    )
    assert "Telte" not in [i.title for i in minutes.agenda_items]


PARAGRAPHS = """Referat af bestyrelsesmøde den 3. marts 2025

Tilstede: Ib, Eva og Jonas

Stien:
Eva har skrevet til kommunen om stien.
Vi venter på et svar.

Velkomst

Økonomi:
Kassen blev gennemgået uden bemærkninger.

Juletræet.
Jonas bestiller træet i god tid.

Eventuelt
Intet nyt fra medlemmerne i denne omgang.
"""


def test_paragraphs_that_open_with_a_title_are_the_items():
    assert _items(PARAGRAPHS) == [
        (1, "Stien"),
        (2, "Velkomst"),
        (3, "Økonomi"),
        (4, "Juletræet"),
        (5, "Eventuelt"),
    ]


def test_a_councils_sections_are_no_paragraph_titles():
    minutes = parse_minutes(
        """Referat af udvalgsmødet 3. marts 2025

Sagsfremstilling:
Forvaltningen har lavet et forslag til nye stier.
Forslaget er sendt i høring.

Økonomi:
Der er afsat midler i budgettet.

Høring:
Foreningerne har givet deres svar.

Tidsplan:
Stierne anlægges i løbet af foråret.

Beslutning:
Udvalget godkendte forslaget.
"""
    )
    assert "Økonomi" not in [i.title for i in minutes.agenda_items]


def test_a_title_right_below_the_last_items_sentence_is_still_an_item():
    titles = _items(
        """Referat af bestyrelsesmødet 4.5.2025

Vejen
Hullerne: Ole har talt med kommunen om at lappe hullerne i vejen inden sommer.

Hegnet
Reparation: Mette har fået et tilbud på et nyt hegn ved indkørslen til haverne.

Festen
Planlægning: Festudvalget har booket teltet og musikken til festen i august.
Hjemmesiden
Opdatering: Søren lægger referaterne fra i år på hjemmesiden i næste uge.
"""
    )
    assert [t for _, t in titles] == ["Vejen", "Hegnet", "Festen", "Hjemmesiden"]
