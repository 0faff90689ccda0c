"""A PDF's lists and lines as their author wrote them (issue 25): Word's bullets in a symbol font
(the text layer gives private-use characters such as U+F0B7), statements one to a line without
full stops, lettered sub-points at the start of a line."""

from __future__ import annotations

from tests.minutes.test_minutes_pdf import lines, new_pdf, read
from tracker.minutes.parser import parse_minutes
from tracker.minutes.repairs import plain_bullets

STAND_IN = "¤"  # printed with DejaVu, then mapped to Word's Symbol bullet in the text layer


def symbol_bullets(pdf) -> bytes:
    """The PDF with every "¤" read as U+F0B7, as Word's Symbol-font bullets come out."""
    pdf.compress = False
    data = bytes(pdf.output())
    assert data.count(b"> <00A4>") == 1
    return data.replace(b"> <00A4>", b"> <F0B7>")  # same length: the offsets stay right


def test_symbol_font_bullets_each_start_a_point_of_their_own():
    pdf = new_pdf()
    lines(pdf, "Referat af bestyrelsesmøde i Skovby Roklub", style="B")
    lines(pdf, "Dato: 12. marts 2026")
    lines(pdf, "1. Standerhejsning", style="B")
    lines(
        pdf,
        f"{STAND_IN} Standerhejsningen holdes lørdag den 18. april 2026 kl. 10.",
        f"{STAND_IN} Mette bestiller kringle til standerhejsningen.",
        f"{STAND_IN} Det ser ud til at blive godt vejr.",
        f"{STAND_IN} Ole sender invitationen til medlemmerne.",
    )
    lines(pdf, "2. Eventuelt", style="B")
    lines(pdf, f"{STAND_IN} Ingen bemærkninger.")
    text, minutes, drafts = read(symbol_bullets(pdf))
    assert "\uf0b7" not in text
    assert "- Mette bestiller kringle til standerhejsningen." in text.split("\n")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Standerhejsning"),
        (2, "Eventuelt"),
    ]
    found = {d.title: d.owner_names for d in drafts}
    assert found["Bestille kringle til standerhejsningen"] == ["Mette"]
    assert found["Sende invitationen til medlemmerne"] == ["Ole"]
    assert not any("vejr" in title for title in found)


def test_a_list_of_statements_one_to_a_line_without_full_stops_stays_apart():
    pdf = new_pdf()
    lines(pdf, "Referat af generalforsamling i Vejlauget Engly", style="B")
    lines(pdf, "Dato: 2. april 2026")
    lines(pdf, "1. Beretning", style="B")
    pdf.set_font("dv", "", 11)
    pdf.multi_cell(0, 5.5, "Formanden fortalte om året, der gik. " * 12)  # full lines
    pdf.ln(3)
    lines(pdf, "2. Eventuelt", style="B")
    lines(
        pdf,
        "Bestyrelsen indhenter tilbud på ny asfalt til stikvejen",
        "Kasserer Lone skriver et brev om",
        "Vejens huller til kommunen",
    )
    pdf.set_font("dv", "", 11)
    pdf.multi_cell(0, 5.5, _WRAPPED, align="L")  # wraps where the page runs out, before a capital
    text, _, _ = read(bytes(pdf.output()))
    paragraphs = [p for p in text.split("\n") if p]
    assert "Bestyrelsen indhenter tilbud på ny asfalt til stikvejen" in paragraphs
    # "om" ends the line in the middle of a clause; the next line goes on below it
    assert "Kasserer Lone skriver et brev om Vejens huller til kommunen" in paragraphs
    # lines broken where the page ran out (the next word would not fit) stay one sentence
    assert _WRAPPED in paragraphs


_WRAPPED = (
    "Det blev aftalt at Anders Berg, Bodil Carlsen, Christian Dahl, Dorthe Eriksen, Erik Frost, "
    "Frida Gade, Gustav Holm, Hanne Iversen, Ib Juhl, Jette Krog, Karl Lund, Lise Mogensen "
    "Sender Kommunalbestyrelsesmedlemmerne Regionsrådsmedlemmerne Folketingsmedlemmerne "
    "Byrådsmedlemmerne Referatet."
)


def test_lettered_sub_points_at_a_line_start_are_points_of_their_own():
    pdf = new_pdf()
    lines(pdf, "Referat af bestyrelsesmøde i Bjergby Judoklub", style="B")
    lines(pdf, "Dato: 5. maj 2026", "Til stede: Karin, Jens, Mia")
    lines(pdf, "1. Diverse.", style="B")
    lines(
        pdf,
        "a) Nye regler for brug af hallen er vedtaget. Karin hænger dem op i",
        "omklædningsrummet.",
        "b) Sommerfest. Det er juniorernes tur. Jens tager kontakt til forældrene.",
        "c) Svømmeklubben vil gerne låne vores måtter om fredagen. Vi mødes med dem",
        "d. 5. september 2026 i hallen.",
    )
    lines(pdf, "2. Jubilæum.", style="B")
    lines(pdf, "c. Festudvalg: Mia samler udvalget.", "d. 25 års jubilæum: festen holdes i hallen.")
    text, _, drafts = read(bytes(pdf.output()))
    paragraphs = text.split("\n")
    # "d. 5. september" after "c)" is a date going on, no point
    assert (
        "c) Svømmeklubben vil gerne låne vores måtter om fredagen. Vi mødes med dem d. 5. "
        "september 2026 i hallen." in paragraphs
    )
    # the point after "c." starts however it goes on
    assert "d. 25 års jubilæum: festen holdes i hallen." in paragraphs
    titles = {d.title for d in drafts}
    assert "Tage kontakt til forældrene" in titles
    assert not any("Svømmeklubben" in title for title in titles)


def test_a_programme_s_time_slots_are_no_items():
    text = (
        "Referat af temadag for byrådet\n\nDato: 3. juni 2026\n\n**Oplæg om kultur**\n\n"
        "Byrådet drøftede oplægget og besluttede at arbejde videre med det.\n\n**Program:**\n\n"
        "12.00 Frokost\n\n12.30 Velkomst\n\n13.00 Oplæg\n\n**Videre arbejde**\n\n"
        "Forvaltningen udarbejder en plan for kulturområdet.\n"
    )
    minutes = parse_minutes(text)
    assert [i.title for i in minutes.agenda_items] == ["Oplæg om kultur", "Videre arbejde"]


def test_list_marks_in_a_symbol_font_or_another_glyph_read_as_bullets_in_any_text():
    text = (
        "Til stede:\n\uf0b7 Anna\n\uf0a7\tBo\n▪ Carl\n\uf0d8Dorte\n"
        "Et punkt \uf0b7 Et andet \uf04a\n"  # a list run together; a Wingdings smiley
    )
    assert plain_bullets(text) == (
        "Til stede:\n• Anna\n• Bo\n• Carl\n• Dorte\nEt punkt\n• Et andet \n"
    )
    assert plain_bullets("Kolonne\t\uf0b7 celle \uf0b7 mere") == "Kolonne\t celle mere"  # one row
    assert plain_bullets("§ 4, stk. 2 ændres.") == "§ 4, stk. 2 ændres."
    # Word's second-level "o" keeps its tab or spaces; a word "o" would not
    assert plain_bullets("o   Sundhed\no\tSkole\no ja\n") == "• Sundhed\n• Skole\no ja\n"


def test_a_font_weight_off_the_scale_is_no_bold_and_an_item_title_s_colon_ends_its_line(
    monkeypatch,
):
    import pypdfium2.raw

    monkeypatch.setattr(pypdfium2.raw, "FPDFFont_GetWeight", lambda font: 3696)  # as printed
    pdf = new_pdf()
    lines(pdf, "Referat af generalforsamling i Grundejerforeningen Lyngen 2026")
    lines(pdf, "Tirsdag den 3. marts 2026 kl. 19.30")
    lines(pdf, "1. Valg af dirigent")
    lines(pdf, "Karin Holm blev valgt.")
    lines(pdf, "2. Valg til bestyrelsen:", "På valg er Søren Dal og Mette Lind")
    text, minutes, _ = read(bytes(pdf.output()))
    assert "**" not in text
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Valg af dirigent"),
        (2, "Valg til bestyrelsen"),
    ]


def test_the_board_in_an_association_s_general_assembly_is_the_board_not_the_association():
    from tracker.minutes.drafts import extract_draft_actions

    head = "Referat af ordinær generalforsamling\n\nGrundejerforeningen Lærkevej\n\n"
    minutes = parse_minutes(
        head + "Dato: 19. marts 2026 kl. 19.00\n\n1. Eventuelt\n\n"
        "Bestyrelsen undersøger om vejen skal have nyt slidlag.\n"
    )
    assert minutes.forum == "Grundejerforeningen Lærkevej"
    assert [d.owner_names for d in extract_draft_actions(minutes)] == [["Bestyrelsen"]]
    council = parse_minutes(
        "Referat af møde i Ældrerådet\n\nDato: 19. marts 2026 kl. 10.00\n\n1. Høring\n\n"
        "Rådet sender et høringssvar til kommunen.\n"
    )
    assert [d.owner_names for d in extract_draft_actions(council)] == [["Ældrerådet"]]


def test_lettered_points_run_in_after_a_sentence_are_sentences_of_their_own():
    from tracker.minutes.drafts import split_sentences

    text = "a) Hallen er malet; b) Taget er utæt. Ib ringer til udlejer. c) Nye måtter er købt."
    assert split_sentences(text) == [
        "a) Hallen er malet;",
        "b) Taget er utæt.",
        "Ib ringer til udlejer.",
        "c) Nye måtter er købt.",
    ]
    assert split_sentences("Se bilag a) og b) for detaljer.") == ["Se bilag a) og b) for detaljer."]


def test_numbered_items_in_plain_lines_under_a_big_title_are_items():
    pdf = new_pdf()
    lines(pdf, "Referat af trænermøde 3. marts 2026", size=16)  # the one heading
    lines(pdf, "Til stede: Anna, Bo, Carl")
    lines(pdf, "1. Velkommen", "Anna bød velkommen til mødet")
    lines(pdf, "2. Sommerlejr", "Bo bestiller bussen til sommerlejren inden 1. maj 2026.")
    text, minutes, drafts = read(bytes(pdf.output()))
    assert text.startswith("# Referat af trænermøde")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Velkommen"),
        (2, "Sommerlejr"),
    ]
    assert [(d.agenda_item_number, d.owner_names) for d in drafts] == [(2, ["Bo"])]


def test_a_task_under_a_topic_with_its_day_is_due_that_day():
    from datetime import date

    from tracker.minutes.drafts import extract_draft_actions

    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 2. februar 2026\n\nTil stede: Ole, Ida\n\n1. Diverse\n\n"
        "- Klubmøde d. 9/3-2026: Ida tilmelder to personer til mødet.\n"
        "- 14. marts: Ole og Ida spiller turnering i Odense.\n"
    )
    drafts = extract_draft_actions(minutes)
    assert [(d.title, d.due_end) for d in drafts] == [
        ("Tilmelde to personer til mødet", date(2026, 3, 9))
    ]  # a day in a calendar's line ("14. marts: …") makes no task of it


def test_one_who_works_on_after_the_board_agreed_a_task_owns_it():
    from tracker.minutes.drafts import extract_draft_actions

    minutes = parse_minutes(
        "Referat af møde i Bestyrelsen\n\nDato: 2. februar 2026\n\nTil stede: Kim, Ida\n\n"
        "1. Rengøring\n\nPlanen er godkendt, og vi er enige om også at udarbejde en plan for "
        "salen. Kim arbejder videre.\n"
    )
    drafts = extract_draft_actions(minutes)
    assert [d.owner_names for d in drafts] == [["Kim"]]  # one task, Kim's ("Arbejde videre": none)
    assert "plan for salen" in drafts[0].title
