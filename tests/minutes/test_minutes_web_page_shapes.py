"""Agenda shapes of parish councils' and parents' boards' web-page referater (issue 25), in
documents written for these tests: a word processor's list whose every item shows "1."."""

from __future__ import annotations

from datetime import date, time

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


# A parish council's page: every item " 1." (the list's numbers lost), the title run in before
# a colon, written small, some behind a stray ": ".
ALL_ONES = """Referat af menighedsrådsmøde d. 3. marts 2021

Deltagere: Anne, Bo og Carl

 1. godkendelse af dagsorden: Dagsordenen blev godkendt.

 1. regnskab for året: Regnskabet blev gennemgået og godkendt.

 1. : Udlejning af sognehuset: Huset lejes ud i weekenderne. Kassereren sørger for aftalen.
"""


def test_a_list_whose_every_item_is_one_is_numbered_in_order_with_its_run_in_titles():
    minutes = parse_minutes(ALL_ONES)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Regnskab for året"),
        (3, "Udlejning af sognehuset"),
    ]
    assert "renumbered" in [w.code for w in minutes.warnings]  # said, not silent


def test_a_list_with_other_numbers_keeps_its_small_lines_out_of_the_items():
    text = ALL_ONES.replace(" 1. : Udlejning", " 2. Udlejning")
    assert (1, "Godkendelse af dagsorden") not in items(parse_minutes(text))


# A council's page that lost the cell border between an item's number and its title, the
# place and time on a long line right above the first item.
GLUED = """Referat af ældrerådets møde den 6. oktober 2025
Medborgerhuset, Skolegade 12, 4000 Roskilde kl. 16.00
45Godkendelse af dagsorden
Beslutning
Dagsordenen blev godkendt.
46Orientering fra formanden
Beslutning
Orienteringen blev taget til efterretning.
"""


def test_item_numbers_glued_to_their_titles_are_read_when_they_count_on():
    assert items(parse_minutes(GLUED)) == [
        (45, "Godkendelse af dagsorden"),
        (46, "Orientering fra formanden"),
    ]


def test_a_lone_number_glued_to_a_word_is_no_item():
    text = GLUED.replace("46Orientering", "Orientering").replace("45Godkendelse", "2Godkendelse")
    assert 2 not in [number for number, _ in items(parse_minutes(text))]


# A school board's agenda template: no numbers, each title with who presents it and the kind of
# point after dashes.
TAGGED = """Referat af skolebestyrelsesmøde 3. september 2025
Dato: onsdag den 3. september 2025 kl. 17.00-19.00
Mødested: Lærerværelset
Afbud: Ida
Velkomst - Ansvarlig (Ole) - Proces (Information)
Ole bød velkommen.
Budget - Ansvarlig (Pia og Ole) - Proces (Drøftelse og beslutning)
Budgettet blev drøftet og godkendt.
- Pia sender budgettet til bestyrelsen.
Skolefesten - Ansvarlig (Kim) - Proces (Information)
Festen holdes i oktober.
"""


def test_unnumbered_titles_tagged_with_the_one_responsible_are_the_items():
    minutes = parse_minutes(TAGGED)
    assert items(minutes) == [(1, "Velkomst"), (2, "Budget"), (3, "Skolefesten")]
    assert "unnumbered" in [w.code for w in minutes.warnings]  # said, not silent


def test_a_time_at_the_end_of_the_place_line_is_the_start_time_not_part_of_the_place():
    minutes = parse_minutes(GLUED)
    assert minutes.start_time == time(16, 0)
    assert minutes.location == "Medborgerhuset, Skolegade 12, 4000 Roskilde"


# A parents' board's page: one-line items without numbers, each its title, a full stop and a
# verdict of a few words.
JUDGED = """Referat af forældrebestyrelsesmøde tirsdag den 4. november 2025

Til stede: Eva, Jens og Sofie

Godkendelse af dagsorden. Dagsorden godkendt

Godkendelse af referat af den 2. oktober 2025. Referat godkendt

Nyt medlem - præsentation og tavshedserklæring. Erklæringen underskrives

Til orientering:

Status for ventelisten: Der er stadig mange på ventelisten i byens nordlige del.
"""


def test_one_line_items_of_a_title_and_a_short_verdict_are_the_items():
    minutes = parse_minutes(JUDGED)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat af den 2. oktober 2025"),
        (3, "Nyt medlem - præsentation og tavshedserklæring"),
        (4, "Status for ventelisten"),  # a run-in title among them
    ]
    assert minutes.date == date(2025, 11, 4)  # not the earlier meeting's date in a title


def test_a_sentence_before_a_verdict_is_no_item():
    text = JUDGED.replace("Nyt medlem - præsentation", "Budgettet blev gennemgået")
    assert not [t for _, t in items(parse_minutes(text)) if t.startswith("Budgettet")]


# A committee's SBSYS page: each item's journal number on its own line above "NN. Title".
CASE_ABOVE = """Referat til mødet i Udvalget for Teknik den 12. maj 2021 kl. 16:00 i Rådhuset

00.01.00-A00-3-21

12. Godkendelse af dagsorden

Beslutning

Godkendt.

01.02.05-P20-7-20

13. Lokalplan for Havnevej

Beslutning

Anbefales.
"""


def test_a_journal_number_above_the_items_heading_is_the_items_case_number():
    minutes = parse_minutes(CASE_ABOVE)
    assert [(i.number, i.title, i.case_number) for i in minutes.agenda_items] == [
        (12, "Godkendelse af dagsorden", "00.01.00-A00-3-21"),
        (13, "Lokalplan for Havnevej", "01.02.05-P20-7-20"),
    ]


def test_a_title_in_typographic_quotes_is_an_items_title():
    text = """Referat af møde i Landsbyudvalget mandag den 3. marts 2008 kl. 19.00

1. ” Grønne stier”.
Udvalget drøftede stierne. Formanden skriver til kommunen.

2. Regnskab 2007
Regnskabet blev godkendt.
"""
    assert items(parse_minutes(text)) == [(1, "” Grønne stier”"), (2, "Regnskab 2007")]


# A council's page that lost its item's title but kept the case number and the sections.
LOST = """Referat

tirsdag den 8. september 2020 kl. 14:00

Mødested Byrådssalen
Udvalg Seniorrådet

Sagsid.: 20/4711
Indstilling
Formanden indstiller, at orienteringen tages til efterretning.
Beslutning i Seniorrådet den 08-09-2020
Taget til efterretning.
"""


def test_a_case_number_with_sections_below_and_no_title_is_an_item_whose_title_was_lost():
    minutes = parse_minutes(LOST)
    assert [(i.number, i.title, i.case_number) for i in minutes.agenda_items] == [
        (1, "(titlen mangler i referatet)", "20/4711")
    ]


def test_a_list_of_initials_names_the_members_present_and_absent():
    text = """Referat 4-5-2019

Mødedeltagere: KBL, TQ, MR

Afbud: HPV, LJ, OS

1. Godkendelse af dagsorden
Godkendt.
"""
    minutes = parse_minutes(text)
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["HPV", "LJ", "OS"]
    assert sorted(a.name for a in minutes.attendees if a.present) == ["KBL", "MR", "TQ"]


def test_an_associations_name_under_the_title_is_no_place():
    text = """Referat fra Vejlaugets bestyrelsesmøde 03.04.2015
Bakkevej Vejlaug af 2009
Tilstede:
Ida Holm, Bo Lund

 1. Vejenes vedligeholdelse
  Bo kontakter entreprenøren.
 2. Generalforsamling
  Den holdes i maj.
"""
    assert parse_minutes(text).location is None


def test_an_accordions_words_glued_to_each_title_are_not_the_title():
    text = (
        "Det fælles landdistriktsråd - Dagsordener og referater\n"
        "Mødedato: 31. august 2025\nMødested: Rådhuset, Torvet 1\nDagsordenpunkter\n"
        "1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af "
        "dagsorden\nBeslutningstema\nGodkendelse af dagsorden\nBeslutning\nGodkendt\n"
        "2. Lokal Fællesvarme - udmøntning af midlerKlik her for at folde ud og læse mere om "
        "Lokal Fællesvarme - udmøntning af midler\nBeslutningstema\nMidlerne fordeles.\n"
        "Beslutning\nGodkendt. Administrationen sender en orientering til de lokale råd.\n"
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Lokal Fællesvarme - udmøntning af midler"),
    ]


# A document host's page over a PDF's text: its own lines, then "Transkript" and the pages,
# each page on one line that opens with its number
HOSTED = """Lars Holm Poul Nielsen (formand) Gurli Dam

Størrelse: px
Starte visningen fra side:

Download "Lars Holm Poul Nielsen (formand) Gurli Dam"

Transkript

1 KULTURREGION VESTEGNEN Referat Kulturgruppen Dato 18. september 2025 Tidspunkt 16:00 \
Sted Kulturhallerne, Allé 11, 4400 Kalundborg Til stede Lars Holm, Poul Nielsen, Gurli Dam, \
Hanne Berg, Troels Krog, Inge Hansen, Jane Hald, Eva Bentsen, Lars Lind Fraværende Peter \
Jacobsen, Susanne Dal

2 Indholdsfortegnelse Godkendelse af dagsorden Meddelelser fra Sekretariatet Evaluering af \
festivalen Side nr. 1

3 Kulturgruppen Mødedato Side Godkendelse af dagsorden Åben sag Beslutning Godkendt.

4 Kulturgruppen Mødedato Side Oplæg til dialog om udbredelse af digital kommunikation Åben sag \
Sagsnr.: Sagen afgøres i: Bilag: 15/24042 Kulturgruppen Digital kommunikation alle skal med på \
bølgen (3).pdf Indledning/Baggrund Pernille Madsen, centerchef for Center for Borgerservice, \
fortalte om arbejdet.
"""


def test_a_hosted_pdfs_text_is_read_without_the_hosts_page():
    minutes = parse_minutes(HOSTED)
    assert minutes.date == date(2025, 9, 18)
    # the first page run together: its title stops where its fields begin
    assert minutes.title == "KULTURREGION VESTEGNEN Referat Kulturgruppen"
    # the host's lines (its title repeats the first names) name no one who attended
    assert "Størrelse" not in " ".join(a.name for a in minutes.attendees)
    # each page's running header ("Kulturgruppen Mødedato Side") is no task's words
    assert not [d.title for d in extract_draft_actions(minutes) if "Mødedato" in d.title]


def test_a_hosted_pdf_whose_first_page_lost_its_year_is_still_a_referat():
    text = HOSTED.replace(
        "1 KULTURREGION VESTEGNEN Referat Kulturgruppen Dato 18. september 2025 Tidspunkt 16:00",
        "1 Referat af bestyrelsesmøde på Vestegnens Gymnasium den 6. december Mødet afholdtes på "
        "Voldgade 10, kl. 16",
    )
    minutes = parse_minutes(text)  # no refusal: the review asks for the date
    assert minutes.date is None
    assert [w.code for w in minutes.warnings if w.code == "no_date"] == ["no_date"]


def test_a_hosted_pdfs_title_gives_what_its_pages_lost():
    # the host's title keeps the year and the hour the first page's line lost
    text = HOSTED.replace(
        'Download "Lars Holm Poul Nielsen (formand) Gurli Dam"',
        'Download "Referat af bestyrelsesmøde på Vestegnens Gymnasium den 6. december 2025. '
        'Mødet afholdtes på Voldgade 10, kl. 16."',
    ).replace(
        "1 KULTURREGION VESTEGNEN Referat Kulturgruppen Dato 18. september 2025 Tidspunkt 16:00",
        "1 Referat af bestyrelsesmøde på Vestegnens Gymnasium den 6. december Mødet afholdtes på "
        "Voldgade 10, kl",
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2025, 12, 6)


# A home's web page about its council: the members with their terms and mail, the rules, then
# the referat's own dated title far down the page (no rule between them).
COUNCIL_PAGE = """Pårørenderådet

Bostedet har et Pårørenderåd, hvor der vælges en repræsentant fra hvert hus.

Pårørenderådets medlemmer

Formand:

  • Łucja Nowak - valgt for perioden 2024 - 2026

tlf.nr. 11 22 33 44 mail: lucja@example.org

  • Inge Holm - valgt for perioden 2024 - 2026

tlf.nr. 22 33 44 55 mail: inge@example.org

  • Edith Berg - valgt for perioden 2025 - 2027

tlf.nr. 33 44 55 66 mail: edith@example.org

  • Karin Dam - valgt for perioden 2025 - 2027 kontaktperson aflastning

tlf.nr. 44 55 66 77 mail: karin@example.org

Medarbejderrepræsentant:

  • Marianne Lund, Aflastning
  • Sidsel Nielsen, Centerleder - tlf.nr. 99 60 37 52

Vedtægter

Referat fra Pårørenderådsmøde 04.02.2026

REFERAT

- Pårørenderådsmøde tirsdag 4 februar – 2026 kl. 17.00

Godkendelse af referat – Ingen kommentar.
1. Opsamling/ orientering v. Sidsel
Sidsel kommet 01.11.26 – Været med ved tilsyn – Der blev scoret godt.
Der kommer en ny borger i Bo-delen. Karin Dam bestiller telt til sommerfesten inden 1. maj.
"""


def test_a_referat_far_down_a_councils_page_is_read_from_its_dated_title():
    minutes = parse_minutes(COUNCIL_PAGE)
    assert minutes.date == date(2026, 2, 4) and minutes.start_time == time(17, 0)
    assert [i.title for i in minutes.agenda_items] == ["Opsamling/ orientering v. Sidsel"]
    assert not minutes.attendees  # the council's members are no roll call of the meeting
    drafts = extract_draft_actions(minutes, ["Karin Dam", "Sidsel Nielsen"])
    # "Sidsel kommet 01.11." tells she came; the tent is the one task
    assert [(d.title, d.due_end) for d in drafts] == [
        ("Bestille telt til sommerfesten", date(2026, 5, 1))
    ]


def test_items_headed_pkt_behind_a_list_mark_are_the_items():
    text = (
        "Referat fra ordinært bestyrelsesmøde torsdag den 15. oktober 2026\n\n"
        "Alle bestyrelsesmedlemmer undtagen rochef Kurt var til stede.\n\n"
        "¤ pkt1. Status for ansøgning om opvaskemaskine mv.\n\n"
        "Formanden orienterede om, at ansøgningen var sendt.\n\n"
        "¤ pkt 2 Medlemshvervning.\n\n"
        "Łukasz Nowak kontakter lokalpressen efter nytår.\n\n"
        "• Punkt 3: Eventuelt\n\nIntet.\n"
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Status for ansøgning om opvaskemaskine mv"),
        (2, "Medlemshvervning"),
        (3, "Eventuelt"),
    ]
    drafts = extract_draft_actions(minutes, ["Łukasz Nowak"])
    assert [(d.title, d.agenda_item_number) for d in drafts] == [("Kontakte lokalpressen", 2)]


# A council's PDF on a document host: its contents page's count, then the items run in, each
# title followed by the case handler's initials and the case's number (Acadre).
PAD = " Udvalget drøftede sagen og tog orienteringen til efterretning uden bemærkninger." * 4
COUNCIL_HOSTED = (
    "Folkeoplysningsudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\n"
    'Download "Folkeoplysningsudvalget"\n\nTranskript\n\n'
    "1 REFERAT Folkeoplysningsudvalget Mødedato: Tirsdag den 1. marts 2026 Mødested: "
    "Klubhuset Starttidspunkt: Kl. 19:00 Afbud: Łukasz Nowak\n\n"
    "2 Indholdsfortegnelse Sag nr. Side 1. Orientering fra formand og forvaltning 2 "
    "2. Folkeoplysningsudvalget: Evaluering 2 3. Eventuelt 4" + PAD + "\n\n"
    "3 1. Orientering fra formand og forvaltning dicoes / 26/1363 Formanden orienterede om "
    "samarbejdet. Forvaltningen præsenterer et forslag til program på næste møde."
    + PAD
    + " 2. Folkeoplysningsudvalget: Evaluering DIJMHA / 26/7833 Sagsfremstilling Udvalget "
    "har i det første år behandlet mange emner." + PAD + " 3. Eventuelt Intet.\n"
)


def test_a_hosted_councils_items_run_in_with_their_case_numbers_are_read():
    minutes = parse_minutes(COUNCIL_HOSTED)
    assert minutes.date == date(2026, 3, 1)
    assert [(i.number, i.title, i.case_number) for i in minutes.agenda_items] == [
        (1, "Orientering fra formand og forvaltning", "26/1363"),
        (2, "Folkeoplysningsudvalget: Evaluering", "26/7833"),
        (3, "Eventuelt", None),
    ]


# An ePaper host's page: its own words, then the PDF's text layer with the page's inline tags
EPAPER = """26.07.2026 Views

Referat fra ordinært afdelingsmøde for Kollegiet torsdag den ...

SHOW MORE
SHOW LESS

YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.

1<br />

Husstandsomdelt <strong>den</strong> 28.11.2026<br />

<strong>Referat</strong> <strong>fra</strong> <strong>ordinært</strong> afdelingsmøde<br />

<strong>torsdag</strong> <strong>den</strong> 19. november 2026 kl. 19.00<br />

1) Valg af dirigent:<br />

Łukasz Nowak blev valgt til dirigent<br />

2) Valg af referent:<br />

Mette Thybo blev valgt til referent &amp; ordstyrer<br />

3) Byggeriet<br />

Svend-Erik Jensen sender tidsplanen til beboerne.<br />
"""


def test_an_epaper_hosts_text_is_read_without_its_page_or_its_tags():
    from tracker.minutes.reading import read_minutes_bytes

    text = read_minutes_bytes(EPAPER.encode(), "referat.txt")
    assert "<strong>" not in text and "<br" not in text and "referent & ordstyrer" in text
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 11, 19) and minutes.start_time == time(19, 0)
    assert items(minutes) == [
        (1, "Valg af dirigent"),
        (2, "Valg af referent"),
        (3, "Byggeriet"),
    ]
    assert [d.title for d in extract_draft_actions(minutes)] == ["Sende tidsplanen til beboerne"]


def test_a_few_tags_in_a_text_stay_as_written():
    from tracker.minutes.reading import read_minutes_bytes

    text = "Referat 4. maj 2026\n\n1. Budget\n\nVi skriver <b>fed</b> og a<br>b.\n"
    assert read_minutes_bytes(text.encode(), "referat.md") == text


def test_an_online_meeting_names_its_tool_as_the_place():
    minutes = parse_minutes(
        "Hørsholm Biavlerforening\n\n9. marts 2026\n\nReferat af mødet\n\n"
        "via Microsoft Teams pga. Corona\n\nTilstede: Łukasz Nowak, Ella Stubben\n\n"
        "1. Konstituering\n\nGodkendt.\n"
    )
    assert minutes.location == "Microsoft Teams"
    said = parse_minutes(
        "Referat\n\nProvstiudvalgsmøde 16. marts 2026 kl. 15:00\n\nMødet afholdes som "
        "teamsmøde.\n\n1 - Godkendelse af dagsorden\n\nGodkendt.\n\n2 - Regnskab\n\nGodkendt.\n"
    )
    assert said.location == "teamsmøde"
