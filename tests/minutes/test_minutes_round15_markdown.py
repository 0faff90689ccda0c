"""Round 15: a Markdown referat made from a shared template: a status checklist, the meeting's
facts, attendance as checklists, the agenda listed, then each agenda block quoted ("> #### 2.
…", "> - 2.1 …") with the minutes' own text below it.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.proceedings import is_proceeding

HEAD = """## Dagsorden og referat
# Biblioteksnetværket styregruppemøde 12.03.2026

**Status**
- [x] Referat klar til godkendelse
- [ ] Referat godkendt

## Mødefakta

**Tid**: 12.03.2026  kl. 9 - 10:30

**Sted**: Mødelokale Kastanjen

#### Deltagere:
- [x] Ida Kragh Nørby
- [ ] Mogens Aagaard
- [x] Lærke Vinther (projektleder)
- [x] Halfdan Roos

#### Afbud:
- [x] Mogens Aagaard

#### Faciliteret af:
- [x] Lærke Vinther (Mødeleder)

"""

AGENDA = """## Dagsorden
#### 1. Formalia
- 1.1 Godkendelse af referat og dagsorden

#### 2. Temaer for dagens møde
- 2.1 Nyt udlånssystem (Lærke)
  - Præsentation ligger på [intranettet](https://intra.example.org/praesentation)
- 2.2 Status på arrangementer i foråret (Halfdan)

#### 3. Eventuelt
- 3.1 Næste møde

## Mødereferat

"""

MINUTES = """> #### 1. Formalia
> - 1.1 Godkendelse af referat og dagsorden

Godkendt.

> #### 2. Temaer for dagens møde
> - 2.1 Nyt udlånssystem (Lærke)
>   - Præsentation ligger på [intranettet](https://intra.example.org/praesentation)

Det blev besluttet at Lærke indhenter tilbud fra to leverandører inden 1. maj 2026.

> - 2.2 Status på arrangementer i foråret (Halfdan)
Halfdan sender programmet til alle filialer.

> #### 3. Eventuelt
> - 3.1 Næste møde

Aftale om indhold på næste møde:
1. Tilbuddene gennemgås
2. Status på arrangementer
"""

DOCUMENT = HEAD + AGENDA + MINUTES


def drafts(text: str = DOCUMENT):
    return extract_draft_actions(parse_minutes(text))


# -------------------------------------------------- attendance ticked in a checklist


def test_a_name_left_unticked_among_the_members_did_not_attend():
    minutes = parse_minutes(DOCUMENT)
    absent = [a.name for a in minutes.attendees if not a.present]
    present = [a.name for a in minutes.attendees if a.present]
    assert absent == ["Mogens Aagaard"]
    assert present == ["Ida Kragh Nørby", "Lærke Vinther", "Halfdan Roos"]


def test_an_empty_or_unticked_box_under_afbud_is_no_absence():
    text = DOCUMENT.replace(
        "- [x] Mogens Aagaard\n\n#### Faciliteret",
        "- [ ] \n- [ ] Ida Kragh Nørby\n\n#### Faciliteret",
    )
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]


def test_a_ticked_name_under_afbud_sent_apologies():
    text = DOCUMENT.replace("- [ ] Mogens Aagaard", "- [x] Mogens Aagaard")
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]


def test_word_checkbox_glyphs_are_read_as_ticks():
    text = DOCUMENT.replace("- [x] Ida", "☒ Ida").replace("- [ ] Mogens", "☐ Mogens")
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]
    assert "Ida Kragh Nørby" in [a.name for a in minutes.attendees if a.present]


# -------------------------------------------------- the agenda quoted over the minutes


def test_the_quoted_agenda_blocks_are_the_items_and_the_list_above_is_read_once():
    minutes = parse_minutes(DOCUMENT)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Formalia"),
        (2, "Temaer for dagens møde"),
        (3, "Eventuelt"),
    ]
    assert [w.code for w in minutes.warnings if w.code in ("renumbered", "text_after_items")] == []


def test_the_minutes_under_a_quote_are_the_items_decision_under_its_sub_point():
    item = parse_minutes(DOCUMENT).agenda_items[1]
    assert "Lærke indhenter tilbud" in item.decision
    assert "2.2 Status på arrangementer i foråret (Halfdan)" in item.decision
    # the minutes' first line right below the quote is not glued to the sub-point's title
    assert "Halfdan sender programmet til alle filialer." in [p.text for p in item.points]


def test_the_quoted_sub_points_give_no_drafts_and_the_minutes_do():
    got = [(d.agenda_item_number, d.title, d.owner_names) for d in drafts()]
    assert (2, "Indhente tilbud fra to leverandører", ["Lærke Vinther"]) in got
    assert (2, "Sende programmet til alle filialer", ["Halfdan Roos"]) in got
    assert not [t for _, t, _ in got if "udlånssystem" in t.lower() or "forår" in t.lower()]


def test_a_numbered_list_in_the_minutes_is_no_item():
    minutes = parse_minutes(DOCUMENT)
    assert len(minutes.agenda_items) == 3
    assert "Tilbuddene gennemgås" in minutes.agenda_items[2].decision


def test_a_listed_item_the_minutes_do_not_quote_stays_on_the_agenda():
    text = DOCUMENT.replace(
        "#### 3. Eventuelt\n- 3.1 Næste møde\n\n## Mødereferat",
        ("#### 3. Eventuelt\n- 3.1 Næste møde\n\n#### 4. Lukket punkt\n\n## Mødereferat"),
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items][-1] == (4, "Lukket punkt")


def test_a_quote_that_is_no_agenda_stays_a_quote_of_the_minutes():
    text = HEAD + (
        "#### 1. Budget\n\nVi læste brevet fra kommunen:\n\n"
        "> Tilskuddet udbetales i juni.\n\n"
        "#### 2. Eventuelt\n\nIntet.\n"
    )
    minutes = parse_minutes(text)
    assert [i.title for i in minutes.agenda_items] == ["Budget", "Eventuelt"]


def test_a_short_quoted_topic_line_heads_the_minutes_below_it_and_is_no_task():
    text = DOCUMENT.replace(
        "> - 3.1 Næste møde\n",
        "> - 3.1 Næste møde\n> Planlægning af sommerfesten i Vestby\n\nIntet.\n",
    )
    item = parse_minutes(text).agenda_items[2]
    assert ("Planlægning af sommerfesten i Vestby", "Intet.") in [
        (p.heading, p.text) for p in item.points
    ]
    assert not [d for d in drafts(text) if "Vestby" in d.title]


def test_a_markdown_link_is_read_as_its_words():
    item = parse_minutes(DOCUMENT).agenda_items[1]
    assert "Præsentation ligger på intranettet" in item.decision
    assert "https://" not in item.decision


# -------------------------------------------------- what the minutes' own text holds


def minutes_of_item_2(text: str) -> str:
    return DOCUMENT.replace(
        "Det blev besluttet at Lærke indhenter tilbud fra to leverandører inden 1. maj 2026.", text
    )


def titles(text: str) -> list[str]:
    return [d.title for d in drafts(minutes_of_item_2(text)) if d.agenda_item_number == 2]


def test_the_last_meetings_referat_approved_with_its_date_is_no_task():
    assert not [t for t in titles("Mødereferatet fra 7. april godkendt.") if "eferat" in t]
    got = titles("Referatet fra 20. februar blev læst op og godkendt.")
    assert not [t for t in got if "eferat" in t]
    assert not is_proceeding("Referatet blev ikke godkendt.")  # no approval: a matter still


def test_a_proposal_adopted_and_nothing_else_is_no_task():
    got = titles("Forslaget blev besluttet.")
    assert not [t for t in got if "orslag" in t]


def test_what_the_group_holds_a_situation_to_be_is_no_task():
    got = titles("Styregruppen vurderer situationen som alvorlig, men under kontrol.")
    assert not [t for t in got if "situationen" in t]
    assert "Vurdere tilbuddene" in titles("Lærke vurderer tilbuddene inden 1. maj 2026.")


def test_each_line_under_next_steps_is_a_step_to_take_whatever_its_form():
    got = titles(
        "Next steps:\n"
        "- Nyhedsbrev til filialerne om det nye system. Opfordring til at melde sig.\n"
        "- Besøg hos leverandøren i Odense"
    )
    assert "Nyhedsbrev til filialerne om det nye system" in got
    assert "Besøg hos leverandøren i Odense" in got


def test_lines_under_a_lead_that_is_no_next_step_stay_topics():
    got = titles("Vi talte om:\n- Besøg hos leverandøren i Odense\n- Nyhedsbrev til filialerne")
    assert not [t for t in got if "Odense" in t or "Nyhedsbrev" in t]


def test_a_plural_noun_ending_a_list_after_a_past_verb_is_no_second_verb():
    got = titles("Halfdan viste hjemmesiden med dagsordener og referater.")
    assert not [t for t in got if "eferat" in t]
    assert "Svare kommunen" in titles("Halfdan læste brevet og svarer kommunen i næste uge.")


def test_a_member_reporting_on_something_has_no_task():
    assert not [t for t in titles("Ida melder om god respons fra filialerne.") if "respons" in t]
    assert "Melde tilbage til kommunen" in titles("Ida melder tilbage til kommunen.")


def test_a_firm_with_its_letters_glued_on_is_the_passives_doer():
    got = [
        (d.title, d.owner_names)
        for d in drafts(minutes_of_item_2("Opdateringen foretages af BiblioIT."))
        if d.agenda_item_number == 2
    ]
    assert ("Foretage opdateringen", ["BiblioIT"]) in got


def test_the_agenda_blocks_repeated_without_quote_marks_are_read_the_same_way():
    text = DOCUMENT.replace("\n> ", "\n").replace("\n>   ", "\n  ")
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Formalia"),
        (2, "Temaer for dagens møde"),
        (3, "Eventuelt"),
    ]
    got = [(d.agenda_item_number, d.title, d.owner_names) for d in drafts(text)]
    assert (2, "Indhente tilbud fra to leverandører", ["Lærke Vinther"]) in got
    assert not [t for _, t, _ in got if "udlånssystem" in t.lower() or "forår" in t.lower()]


def test_a_members_checklist_with_no_box_ticked_was_no_roll_call():
    text = DOCUMENT.replace("- [x] Ida", "- [ ] Ida").replace(
        "- [x] Lærke Vinther (pro", "- [ ] Lærke Vinther (pro"
    )
    text = text.replace("- [x] Halfdan", "- [ ] Halfdan").replace("- [x] Mogens", "- [ ] Mogens")
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == []
    assert "Ida Kragh Nørby" in [a.name for a in minutes.attendees if a.present]


def test_a_sub_point_put_off_is_taken_up_again_by_its_own_title():
    text = DOCUMENT.replace(
        "Halfdan sender programmet til alle filialer.", "Punktet rykkes til næste møde."
    )
    got = [(d.agenda_item_number, d.title) for d in drafts(text)]
    assert (2, "Genoptage punktet »Status på arrangementer i foråret«") in got


def test_two_doers_joined_by_a_slash_both_own_the_task():
    got = [
        (d.title, d.owner_names)
        for d in drafts(minutes_of_item_2("Det blev besluttet at Lærke/Ida indkalder med ny dato."))
        if d.agenda_item_number == 2
    ]
    assert ("Indkalde med ny dato", ["Lærke Vinther", "Ida Kragh Nørby"]) in got


def test_an_action_log_as_a_checklist_an_open_box_is_a_task_a_ticked_one_done():
    got = [
        (d.title, d.owner_names)
        for d in drafts(
            minutes_of_item_2(
                "Handlinger:\n- [ ] Ida bestiller kaffe til mødet\n"
                "- [x] Halfdan booker salen\n- [ ] "
            )
        )
        if d.agenda_item_number == 2
    ]
    assert ("Bestille kaffe til mødet", ["Ida Kragh Nørby"]) in got
    assert not [t for t, _ in got if "salen" in t or "[" in t]


def test_a_line_of_tasks_marked_done_is_no_task():
    assert not [t for t in titles("Halfdan booker salen – udført.") if "salen" in t]
    assert not [t for t in titles("Halfdan booker salen (færdig)") if "salen" in t]


def test_quoted_sub_points_without_numbers_are_topics_and_a_quoted_list_of_steps_is_not():
    text = DOCUMENT.replace("- 2.1 ", "- ").replace("- 2.2 ", "- ")
    text = text.replace(
        "> #### 3. Eventuelt\n",
        "> Næste skridt:\n> - Nyhedsbrev til filialerne\n\n> #### 3. Eventuelt\n",
    )
    got = [(d.agenda_item_number, d.title, d.owner_names) for d in drafts(text)]
    assert (2, "Indhente tilbud fra to leverandører", ["Lærke Vinther"]) in got
    assert (2, "Nyhedsbrev til filialerne", []) in got
    topics = ("Nyt udlånssystem", "Status på arrangementer")
    assert not [t for n, t, _ in got if n == 2 and t.startswith(topics)]
