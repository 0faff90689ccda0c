"""The minutes' answers below an agenda list, in two shapes Word leaves behind: each answer a
list of its own (every answer " 1."), and a "Referat:" list that counts 1, 2, … again with
short answers and a list inside one answer. Each task belongs under its listed item.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

PEOPLE = ["Henrik Berg", "Anita Holm", "Torstein Dal", "Łukasz Nowak"]


def items_of_tasks(minutes) -> dict[str, int | None]:
    """Each draft's title with its item's number, as the review groups them."""
    return {d.title: d.agenda_item_number for d in extract_draft_actions(minutes, PEOPLE)}


ONES = (
    "Referat af bestyrelsesmøde d. 15. september 2026\n"
    "\n"
    "Til stede: Henrik, Anita, Torstein. Afbud fra Łukasz. Referent: Anita   "
    "Dagsorden\n"
    "\n"
    " 1. Bemanding\n"
    " 2. Optagelsesprøve – procedure og plan\n"
    " 3. Koncerter\n"
    " 4. Eventuelt\n"
    "\n"
    " 1. Janne har barselsorlov til januar, Stine starter igen torsdag d. 22. "
    "september. Louise har orlov i november, så vi mangler en alt til "
    "julekoncerterne og til korprøverne i december.\n"
    "\n"
    "Vi søger en 2. bas. Łukasz laver opslaget på hjemmesiden.\n"
    "\n"
    " 1. Henrik mailer en doodle til koret om optagelsesprøven.\n"
    "\n"
    "Anita kontakter aspiranterne.\n"
    "\n"
    " 1. Vi har muligvis en koncert på efterskolen, Torstein rykker for svar. Henrik "
    "tager kontakt til Dalum Kirke.\n"
    "\n"
    " 1. Intet.\n"
)


def test_answers_each_numbered_one_are_the_listed_items_answers_in_order():
    minutes = parse_minutes(ONES)
    assert [i.title for i in minutes.agenda_items] == [
        "Bemanding",
        "Optagelsesprøve – procedure og plan",
        "Koncerter",
        "Eventuelt",
    ]
    assert items_of_tasks(minutes) == {
        "Søge en 2. bas": 1,
        "Lave opslaget på hjemmesiden": 1,
        "Maile en doodle til koret om optagelsesprøven": 2,
        "Kontakte aspiranterne": 2,
        "Rykke for svar": 3,
        "Tage kontakt til Dalum Kirke": 3,
    }


REFERAT_LIST = (
    "Referat af afdelingsbestyrelsesmøde onsdag den 13/5 2026\n"
    "\n"
    "Tilstede : Anita, Henrik, Torstein – Fraværende : Łukasz\n"
    "\n"
    "Dagsorden:\n"
    "\n"
    "  1. Valg af ordstyrer og referent\n"
    "  2. Godkendelse af sidste referat\n"
    "  3. Beboermødet\n"
    "    1. Oplægget\n"
    "    2. Praktiske ting (lokale, vand mv.)\n"
    "  4. To-do-listen\n"
    "  5. Eventuelt\n"
    "\n"
    "Referat:\n"
    "\n"
    "  1. Ordstyrer: Henrik – Referent: Anita\n"
    "  2. OK\n"
    "  3. Beboermødet\n"
    "    1. Vi havde lidt rettelser til oplægget – Anita mailer dem til Bente\n"
    "    2. Henrik tager kontakt til viceværten, og tjekker indkøb af vand\n"
    "  4. To-do-listen er opdateret med et par nye punkter, bl.a. reparation af "
    "hegnet ved parkeringspladsen for enden af vejen ved flaskecontaineren og af "
    "bordet samme sted. Torstein bestiller maling til hegnet.\n"
    "  5. Intet\n"
)


def test_a_referat_list_counting_again_holds_the_listed_items_answers():
    minutes = parse_minutes(REFERAT_LIST)
    assert minutes.date == date(2026, 5, 13)
    # the answers are not items 6-10; the listed items hold them
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4, 5]
    assert minutes.agenda_items[1].decision == "OK"
    assert "Torstein bestiller maling" in minutes.agenda_items[3].decision
    assert items_of_tasks(minutes) == {
        "Maile dem til Bente": 3,
        "Tage kontakt til viceværten": 3,
        "Tjekke indkøb af vand": 3,
        "Bestille maling til hegnet": 4,
    }


# A PDF's outline that lost its columns: lists of sub-points right below an item's title, the
# item count going on after each.
FLAT_OUTLINE = (
    "Referat fra bestyrelsesmøde den 2. marts 2026\n"
    "1. Drejebog\n"
    "1. Generalforsamling\n"
    "Generalforsamlingen udskydes indtil det er muligt at afholde den.\n"
    "2. Standerhejsning\n"
    "Inger Dam og Knud Boesgaard hejser standeren den 27. marts 2026 kl. 12. Det er ikke\n"
    "muligt at forsamles i den forbindelse.\n"
    "2. Medlemmer\n"
    "Intet\n"
    "3. Kasserer / Økonomi\n"
    "1. Status på kontingent\n"
    "Kassereren gav en status på økonomien.\n"
    "2. Forsikringer\n"
    "Forsikringerne er gennemgået og justeret.\n"
    "4. Roning\n"
    "1. Status på ponton\n"
    "Pontonen er kommet på plads.\n"
    "2. Folder\n"
    "Łukasz Nowak retter folderen til inden 1. april.\n"
    "5. Materiel / klubhus\n"
    "Intet.\n"
)


def test_lists_right_below_an_items_title_are_its_points_and_the_count_goes_on():
    minutes = parse_minutes(FLAT_OUTLINE)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Drejebog"),
        (2, "Medlemmer"),
        (3, "Kasserer / Økonomi"),
        (4, "Roning"),
        (5, "Materiel / klubhus"),
    ]
    drafts = extract_draft_actions(minutes, ["Inger Dam", "Knud Boesgaard", "Łukasz Nowak"])
    # each point's title stands apart from its text: the task and its doers as written
    assert [(d.title, d.owner_names, d.agenda_item_number) for d in drafts] == [
        ("Hejse standeren kl. 12", ["Inger Dam", "Knud Boesgaard"], 1),
        ("Rette folderen", ["Łukasz Nowak"], 4),
    ]
