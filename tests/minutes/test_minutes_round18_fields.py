"""Round 18: the agenda items of small bodies' web-page minutes, each task under its right
item: a list whose numbers the page lost (every item "1.", with bullet lists and paragraphs
between the items), a title that names a period in figures ("Plan: 2024 – 27.").

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import time

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def titles(minutes) -> list[str]:
    return [item.title for item in minutes.agenda_items]


def items_of(minutes) -> dict[str, int | None]:
    return {d.title: d.agenda_item_number for d in extract_draft_actions(minutes)}


LOST_NUMBERS = """Bestyrelsesmøde 3. marts 2025

Mandag den 3. marts 2025 kl. 18.30

Dagsorden:

 1. Meddelelser
  Skabet i klubhuset er fyldt og skal ryddes.

 1. Økonomi (Rikke)
  Der er 88 betalende medlemmer.

 2. Sæsonens forløb
  Holdene har været fulde hele vinteren.

 1. Handleplan: 2025 – 27.
  Drøftelse af oplægget

Mål:

Vi vil være et åbent fællesskab med

 • Plads til alle
 • Gode trænere

Kaj bestiller nye bolde til ungdomsholdene.

 1. Arrangementer
  Vi holder sommerfest i juni.

 1. Eventuelt
  Mette skriver til kommunen om lyset i hallen.
"""


def test_a_pages_lost_numbers_with_bullets_between_keep_every_item():
    # every item " 1." at one column; a bullet list at that column is a list of its own, not
    # the items' text, and "Handleplan: 2025 – 27." names its period, it has no minutes inline
    minutes = parse_minutes(LOST_NUMBERS)
    assert titles(minutes) == [
        "Meddelelser",
        "Økonomi (Rikke)",
        "Sæsonens forløb",
        "Handleplan: 2025 – 27",
        "Arrangementer",
        "Eventuelt",
    ]
    drafts = items_of(minutes)
    assert drafts["Bestille nye bolde til ungdomsholdene"] == 4
    assert drafts["Skrive til kommunen om lyset i hallen"] == 6


NUMBERED_PEOPLE = """Referat Grundejerlaugets møde 14-04-2026

Agenda:

  • Vejenes stand efter vinteren 2025-2026
  • Sommerfest

Deltagere:

  1. Karen Dahl
  2. Ole Vestergaard
  3. Signe Bach

Fraværende

  1. Poul Ibsen
  2. Jens Krog

Vejenes stand efter vinteren 2025-2026:

Hullerne på Egevej er blevet større. Ole bestiller grus til Egevej.

Sommerfest:

Festen holdes den 20. juni. Signe laver invitationen til festen.
"""


def test_numbered_names_under_attendance_labels_are_people_not_items():
    # "Deltagere:" / "1. Karen Dahl" / "2. …": the page numbered the names; the bullets of
    # "Agenda:" come again as lines of their own, and those head the items
    minutes = parse_minutes(NUMBERED_PEOPLE)
    people = [(a.name, a.present) for a in minutes.attendees]
    assert ("Karen Dahl", True) in people
    assert ("Poul Ibsen", False) in people
    assert ("Jens Krog", False) in people
    assert titles(minutes) == ["Vejenes stand efter vinteren 2025-2026", "Sommerfest"]
    drafts = items_of(minutes)
    assert drafts["Bestille grus til Egevej"] == 1
    assert drafts["Lave invitationen til festen"] == 2


WRAPPED_BLOCKS = """Referat af bestyrelsesmøde d. 12. maj 2026

Tilstede: Eva Munk, Niels Brandt, Tove Lind

Post:
Bestyrelsen gennemgik breve fra kommunen
og fra vandværket om de nye takster.

Arbejdsdag lørdag d. 6. juni kl. 10.00:
Vi luger langs stien. Tove N. køber kaffe og boller til dagen.

Fællesarealer:
Niels Brandt gennemgik bænkene og
legepladsen. Eva M. maler bænkene inden sommerferien.

Belysning:
Eva Munk fortalte om de lamper der er gået i stykker
langs stien, og vi besluttede at få dem skiftet
inden vinteren.
"""


def test_a_titled_paragraph_of_wrapped_sentences_is_an_item():
    # "Post:" / "Bestyrelsen gennemgik … kommunen" / "og fra vandværket …": a narrow page wrapped
    # the item's one sentence; it is an item as those with a whole sentence on a line are
    minutes = parse_minutes(WRAPPED_BLOCKS)
    assert titles(minutes) == [
        "Post",
        "Arbejdsdag lørdag d. 6. juni kl. 10.00",
        "Fællesarealer",
        "Belysning",
    ]
    drafts = items_of(minutes)
    assert drafts["Købe kaffe og boller til dagen"] == 2
    assert drafts["Male bænkene"] == 3
    assert drafts["Få dem skiftet"] == 4


PARAGRAPH_ANSWERS = (
    "Bestyrelsesmøde 10.03.26\n"
    "\n"
    "BESTYRELSESMØDE AFHOLDT DEN 10/3 2026\n"
    "Kildevej 4\n"
    "\n"
    "Dagsorden:\n"
    "1. Siden sidst. Herunder målerne. Besøg af kommunens tilsyn\n"
    "2. Takster\n"
    "3. Ledningsnettet\n"
    "4. EVT.\n"
    "\n"
    "Referat jf. dagsorden:\n"
    "1. Preben fortalte om tilsynets besøg i februar, hvor boringerne og "
    "beholderen blev set efter. Der var ingen bemærkninger fra tilsynet. "
    "Preben bestiller ny måler til boring 2. Aflæsningerne sendes fremover "
    "hver måned til kommunen.\n"
    "2. Taksterne for 2026 blev gennemgået, og de følger budgettet fra "
    "generalforsamlingen uden ændringer. Kassereren sender de nye takster "
    "til alle andelshavere før sommerferien.\n"
    "3. Ledningen på Bakkevej er gammel og har haft to brud i vinter, så "
    "den skal skiftes snart. Vi indhenter tilbud på en ny ledning.\n"
    "4. Hjemmesiden er opdateret.\n"
    "\n"
)


def test_numbered_paragraphs_below_the_agenda_list_are_its_items_answers():
    # "Dagsorden:" / "1. …" … "4. …" / "Referat jf. dagsorden:" / "1. (a paragraph)" / "2. …":
    # each paragraph is the listed item's minutes, not text of the last item
    minutes = parse_minutes(PARAGRAPH_ANSWERS)
    assert [item.number for item in minutes.agenda_items] == [1, 2, 3, 4]
    assert titles(minutes)[1:] == ["Takster", "Ledningsnettet", "EVT"]
    assert minutes.title == "Bestyrelsesmøde 10.03.26"  # the label is no title
    drafts = items_of(minutes)
    assert drafts["Bestille ny måler til boring 2"] == 1
    assert drafts["Indhente tilbud på en ny ledning"] == 3


NESTED_LISTS = """Referat Elevrådsmøde d. 4. marts 2026

 1. Besøg fra skolens ledelse – ny trivselsplan.

  1. Status på planen:
   1. Ledelsens udkast
   2. Høring
  2. Kort gennemgang fra ledelsen, men besøget er flyttet.
 2. Elevrådet online

  1. Aktiviteter
   1. Quiz
   2. Brevkasse
   3. Filmaften
  2. Udendørs dag senere
 3. Rekruttering

  1. Lave opslag på skolens side om at være med i rådet
 4. Evt.
"""


def test_the_outer_count_of_nested_lists_is_the_items():
    # the outer column counts 1 … 4 without a break, the lists further in restart at 1: these
    # are the items' points, even where the first item's title ends in a full stop
    minutes = parse_minutes(NESTED_LISTS)
    assert titles(minutes) == [
        "Besøg fra skolens ledelse – ny trivselsplan",
        "Elevrådet online",
        "Rekruttering",
        "Evt",
    ]
    assert items_of(minutes)["Lave opslag på skolens side om at være med i rådet"] == 3


TITLE_OVER_BULLETS = """Referat af bestyrelsesmøde 8/2-2026

Tilstede: Dorte, Malene og Kurt

Vaskeriet

Den ene maskine har været i stykker i tre uger og er nu lavet.

Cykelkælderen

Kurt sætter skilte op om oprydning i kælderen.

Plan for legepladsen

 • Ønsker fra beboerne
  Gynge og sandkasse ønskes – hvor skal de stå?
 • Tidsplan
  Malene skriver til inspektøren om en tidsplan for arbejdet.
 • Nyt møde i legepladsudvalget
  Dorte indkalder udvalget.

Fællesspisning

Dorte booker salen til fællesspisning i april.
"""


def test_bullets_under_one_title_are_its_points_not_the_items():
    # the titles alone on their lines are the items; the bullets under "Plan for legepladsen"
    # (each with its text further in) are that item's points, not the referat's only items
    minutes = parse_minutes(TITLE_OVER_BULLETS)
    assert titles(minutes) == [
        "Vaskeriet",
        "Cykelkælderen",
        "Plan for legepladsen",
        "Fællesspisning",
    ]
    drafts = items_of(minutes)
    assert drafts["Skrive til inspektøren om en tidsplan for arbejdet"] == 3
    assert drafts["Booke salen til fællesspisning"] == 4


COMING_EVENTS = """Referat af bestyrelsesmøde, tirsdag den 15. september 2026 kl. 1930-2130

- i klubhuset, Møllevej 12

Deltagere:

Kim Lund (KL), formand

Afbud:

Berit Dam (BD)

Agenda:

1. Referat fra sidste møde

2. Økonomi

3. Kommende løb

·        4 OKT Skovløbet, AFLYST

·        18 OKT Havneløbet, tilmelding på hjemmesiden

4. Evt.

Kim undersøger om vi kan låne hallen i vinter.
"""


def test_dated_events_in_a_bullet_list_are_no_items_and_the_head_is_read():
    # "· 4 OKT Skovløbet": a day and a month's name open the event's line, no item number;
    # "kl. 1930-2130" is half past seven; "- i klubhuset, …" under the title is the place
    minutes = parse_minutes(COMING_EVENTS)
    assert titles(minutes) == ["Referat fra sidste møde", "Økonomi", "Kommende løb", "Evt"]
    assert items_of(minutes)["Undersøge om vi kan låne hallen"] == 4
    assert minutes.start_time == time(19, 30)
    assert "Møllevej 12" in (minutes.location or "")
    assert not (minutes.location or "").startswith("-")


LABELLED_MINUTES = """Møder » Referat af bestyrelsesmøde d. 2.3.2026
Dagsorden til bestyrelsesmødet d. 2/3-26 kl 1930

1) Godkendelse af referat
2) stævner
3) sommerlejr
4) trænere - har vi nok til efteråret?
5) eventuelt

Referat af bestyrelsesmøde d. 2. marts 2026
Til stede: Rasmus, Lene, Anja, Per

Godkendelse af referat.
Stævner: Lene har tilmeldt holdene til forårsstævnet. Per sørger for bus til stævnet.
Hallen: Lyset i hallen er stadig for svagt, Anja skriver til kommunen igen.
Sommerlejr: Lejren er booket. Rasmus laver en pakkeliste til forældrene.
"""


def test_labelled_paragraphs_below_the_agenda_list_are_its_items_minutes():
    # the list's titles in small letters count on from "1) Godkendelse af referat"; below,
    # "Stævner: …" and "Sommerlejr: …" open with a listed title: those items' minutes
    minutes = parse_minutes(LABELLED_MINUTES)
    assert titles(minutes) == [
        "Godkendelse af referat",
        "stævner",
        "sommerlejr",
        "trænere - har vi nok til efteråret?",
        "eventuelt",
    ]
    assert [a.name for a in minutes.attendees] == ["Rasmus", "Lene", "Anja", "Per"]
    drafts = items_of(minutes)
    assert drafts["Sørge for bus til stævnet"] == 2
    assert drafts["Lave en pakkeliste til forældrene"] == 3


TEMPLATE_HEAD = """Referat af forældremøde den 9. september 2026

Sted: Børnehaven, Skovvej 3, 2970 Hørsholm

Mødeleder: Trine Holm

Dato: 9. september 2026

Varighed: kl. 18:15-20:30

Fraværende: Mads Krog

1. Velkomst

2. Nyt fra huset

Trine sender datoerne for resten af året ud.
"""


def test_a_templates_duration_field_gives_the_meetings_start():
    minutes = parse_minutes(TEMPLATE_HEAD)
    assert minutes.start_time == time(18, 15)
    assert titles(minutes) == ["Velkomst", "Nyt fra huset"]


def test_a_comma_between_hour_and_minutes_is_the_start_time():
    minutes = parse_minutes(
        "Referat af forretningsudvalgets møde torsdag den 5. marts 2026 kl. 12,30-14,00\n\n"
        "1. Godkendelse af dagsordenen. Godkendt.\n\n2. Økonomi\n\nKassereren gennemgik tallene.\n"
    )
    assert minutes.start_time == time(12, 30)
