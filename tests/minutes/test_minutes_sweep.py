"""The last look at lines no item's reading took (tracker.minutes.sweep), the main clause's
present before a participle (clauses.is_history), and records that open with a dated meeting
name or with who attended (referat_marks.is_referat_like). Names and bodies are invented."""

from __future__ import annotations

import pytest

from tracker.minutes.doubts import OUTSIDE, doubts
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.errors import MinutesError
from tracker.minutes.parser import parse_minutes

# A task written above the first item, where the item reading does not look
ABOVE_THE_ITEMS = (
    "Referat af bestyrelsesmøde den 14. april 2026\n\n"
    "Deltagere: Rigmor Bech, Kasper Holm, Birgit Dal\n\n"
    "Inden mødet: Kasper tjekker lågen ved hundeskoven i næste uge.\n\n"
    "1. Godkendelse af referat\nGodkendt.\n\n"
    "2. Hundeskoven\nBirgit Dal laver nye skilte.\n"
)


def drafts_of(text: str):
    minutes = parse_minutes(text)
    return minutes, extract_draft_actions(minutes)


def test_a_task_above_the_items_is_offered_for_the_secretary_to_confirm():
    _, drafts = drafts_of(ABOVE_THE_ITEMS)
    assert [(d.title, d.owner_names, d.swept) for d in drafts] == [
        ("Lave nye skilte", ["Birgit Dal"], False),
        ("Tjekke lågen ved hundeskoven", ["Kasper Holm"], True),
    ]
    assert str(drafts[1].due_end) == "2026-04-26"  # "i næste uge" read as in an item
    assert drafts[1].agenda_item_number == 0  # under no item: the secretary picks one
    # the swept one comes unticked, with the reason beside it; the item's task does not
    assert [{d.code for d in r} for r in doubts(drafts)] == [set(), {OUTSIDE}]


def test_a_page_menu_and_a_body_s_sentence_outside_the_items_are_not_offered():
    text = (
        "Tilmeld dig nyhedsbrevet og få nyheder fra foreningen.\n"
        "Kommunen modtager indsigelser frem til 1. juni 2026.\n\n"
        "Referat af bestyrelsesmøde den 3. marts 2026\n\n"
        "Deltagere: Rigmor Bech, Kasper Holm\n\n"
        "1. Godkendelse af referat\nGodkendt.\n\n"
        "2. Hundeskoven\nKasper Holm sender ansøgningen til kommunen inden 1. april 2026.\n"
    )
    _, drafts = drafts_of(text)
    assert [d.title for d in drafts if d.swept] == []
    assert [d.owner_names for d in drafts] == [["Kasper Holm"]]


def test_numbered_agenda_lines_with_a_presenter_are_not_tasks():
    text = (
        "Referat af styregruppemøde den 3. marts 2026\n\nDeltagere: Rigmor Bech, Kasper Holm\n\n"
        "Dagsorden:\n- 2.4 Beslutningsforslag: Ny leverandør (Rigmor)\n\n"
        "1. Godkendelse af referat\nGodkendt.\n\n2. Beslutningsforslag: Ny leverandør\n"
        "Forslaget blev vedtaget. Kasper Holm skriver kontrakten inden 1. april 2026.\n"
    )
    _, drafts = drafts_of(text)
    assert [(d.title, d.swept) for d in drafts] == [("Skrive kontrakten", False)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Henrik sørger for at revideret budget er udarbejdet inden 1. juni 2026.",
            "Sørge for at revideret budget er udarbejdet",
        ),
        (
            "Thor sender opdateret medlemsliste til Børge, som fremover varetager den.",
            "Sende opdateret medlemsliste til Børge, som fremover varetager den",
        ),
    ],
)
def test_a_participle_after_the_doer_s_present_is_part_of_the_task(sentence, title):
    text = (
        "Referat af bestyrelsesmøde den 3. marts 2026\n\nDeltagere: Henrik Kaa, Thor Bram, "
        f"Børge Nis\n\n1. Økonomi\n{sentence}\n\n2. Eventuelt\nIntet.\n"
    )
    _, drafts = drafts_of(text)
    assert [d.title for d in drafts] == [title]


def test_what_was_told_at_the_meeting_in_the_perfect_is_still_no_task():
    text = (
        "Referat af bestyrelsesmøde den 3. marts 2026\n\nDeltagere: Henrik Kaa, Thor Bram\n\n"
        "1. Økonomi\nHenrik har udarbejdet et revideret budget.\n"
        "Thor præciserer, at budgettet er godkendt af revisor.\n\n2. Eventuelt\nIntet.\n"
    )
    assert drafts_of(text)[1] == []


RECORD = """Bestyrelsesmøde 22.9.2026
Følgende blev bl.a. drøftet på dagens bestyrelsesmøde:
Arrangementer
Der skal afholdes flere små arrangementer med socialt indhold, og Lotte booker lokalet.
Materiel
Bådtraileren er i stykker. Palle undersøger, hvad en reparation koster.
"""


def test_a_record_opened_by_a_dated_meeting_name_is_read_with_its_date():
    minutes, drafts = drafts_of(RECORD)
    assert str(minutes.date) == "2026-09-22"
    assert minutes.title == "Bestyrelsesmøde 22.9.2026"
    assert any(d.owner_names == ["Palle"] and not d.swept for d in drafts)


def test_an_invitation_opened_by_a_dated_meeting_name_is_still_refused():
    opening = "Følgende blev bl.a. drøftet på dagens bestyrelsesmøde:"
    invitation = RECORD.replace(opening, "Dagsorden:")
    invitation = invitation.replace("Der skal afholdes", "Skal vi afholde").replace(
        "Palle undersøger", "Hvad koster"
    )
    with pytest.raises(MinutesError):
        parse_minutes(invitation)


def test_one_item_printed_with_who_attended_and_its_decision_is_a_referat():
    text = (
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nI mødet deltog:\n\n"
        "Rigmor Bech, Kasper Holm og Inger Dal.\n\nFølgende havde meldt afbud:\n\nBjarne Lund.\n\n"
        "Udvalgets beslutning på mødet den 5. april 2026:\n\nDagsordenen blev godkendt.\n"
    )
    minutes = parse_minutes(text)
    assert str(minutes.date) == "2026-04-05"
    assert [i.title for i in minutes.agenda_items] == ["Godkendelse af dagsorden"]


def test_a_name_with_a_foreign_capital_after_a_label_is_the_doer_not_the_title():
    text = ABOVE_THE_ITEMS.replace("Kasper Holm", "Łukasz Nowak").replace(
        "Inden mødet: Kasper", "Inden mødet: Łukasz Nowak"
    )
    _, drafts = drafts_of(text)
    swept = [(d.title, d.owner_names) for d in drafts if d.swept]
    assert swept == [("Tjekke lågen ved hundeskoven", ["Łukasz Nowak"])]
