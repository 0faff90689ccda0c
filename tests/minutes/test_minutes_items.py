"""Agenda items and decisions in the shapes real minutes take (issue 25), in documents written
for these tests: Word's lost numbering, a web page's item cells, wrapped titles, time slots,
an agenda list repeated by the minutes, and decisions kept apart from proposals and history."""

from __future__ import annotations

import io

import docx

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.notices import RENUMBERED, UNNUMBERED
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


def codes(minutes):
    return [w.code for w in minutes.warnings]


# ------------------------------------------------------------------------------ numbering


def word_with_lost_numbering() -> bytes:
    """Word's automatic numbering as the importer sees it: every item its own list, "1."."""
    document = docx.Document()
    document.add_heading("Referat fra Seniorrådets møde", 0)
    document.add_paragraph("Mødet blev holdt den 3. marts 2026 kl. 10.00 i Mødesal 2.")
    for title, decision in (
        ("Godkendelse af dagsorden", "Referat: Godkendt"),
        ("Busplanen.", "Referat:"),
        ("Høring om cykelstier.", "Referat:"),
    ):
        document.add_paragraph(title, style="List Number")
        document.add_paragraph(decision)
        if decision.endswith(":"):
            document.add_paragraph("Rådet drøftede sagen. Formanden skriver et høringssvar.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_words_lost_numbering_is_counted_in_order_and_warned():
    text = read_minutes_bytes(word_with_lost_numbering(), "referat.docx")
    minutes = parse_minutes(text)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Busplanen"),
        (3, "Høring om cykelstier"),
    ]
    assert RENUMBERED in codes(minutes)
    assert minutes.agenda_items[2].decision.startswith("Rådet drøftede sagen.")


def test_a_web_pages_repeated_one_with_titles_ending_in_a_full_stop():
    minutes = parse_minutes(
        "Mødereferat 3. marts 2026\n\nAfbud: Bo Holm.\n\n"
        " 1. Godkendelse af referatet\n\nReferat: Godkendt\n\n"
        " 1. Trafiksikkerhed.\n\nHvad kan rådet gøre?\n\nReferat:\n\nRådet drøftede sagen.\n\n"
        " 1. Eventuelt.\n\nReferat:\n\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af referatet"),
        (2, "Trafiksikkerhed"),
        (3, "Eventuelt"),
    ]


def test_an_agenda_list_repeated_by_the_minutes_gives_each_item_once():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nDagsorden:\n\n"
        "1. Godkendelse af dagsorden\n2. Legepladsen og de nye gynger ved indgangen til den"
        " store sal, som forældrene har spurgt til\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Legepladsen\n\n"
        "Kassereren indhenter tre tilbud.\n\n3. Eventuelt\n\nIntet.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    # the list's longer title where the minutes' heading is its start
    assert items(minutes)[1][1].startswith("Legepladsen og de nye gynger")
    assert RENUMBERED not in codes(minutes)


def test_ad_1_takes_its_title_from_the_agenda_list():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde 17. marts 2026\n\nDagsorden:\n\n"
        "  1. Budgetforhandlinger\n  2. Mødedatoer til efteråret\n\nBeslutningsreferat:\n"
        "Ad 1: Kassereren laver et oplæg til næste møde.\nAd 2. Datoerne blev aftalt.\n"
    )
    assert items(minutes) == [(1, "Budgetforhandlinger"), (2, "Mødedatoer til efteråret")]
    assert minutes.agenda_items[0].decision == "Kassereren laver et oplæg til næste møde."


def test_a_programme_inside_an_item_is_no_agenda_item():
    minutes = parse_minutes(
        "Referat\n\nMødedato: 5. marts 2026\n\n1. Velkomst\n\nGodkendt.\n\n"
        "2. Temadag om trivsel\n\nDagen planlægges sådan:\n\n1. Oplæg fra skolen\n"
        "2. Gruppearbejde\n3. Opsamling\n\nLærerne sender materialet ud.\n\n"
        "3. Eventuelt\n\nIntet.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    assert items(minutes)[2] == (3, "Eventuelt")
    assert "Gruppearbejde" in minutes.agenda_items[1].decision


def test_a_postcode_and_a_wrapped_year_are_no_items():
    minutes = parse_minutes(
        "Referat\n\nUdvalget for Kultur\n\nTorsdag den 5. marts 2026\n\nKl. 10:30\n\n"
        "Kursuscenter Strandvej 4\n\n8410 Rønde\n\n"
        "715. Kulturstrategi\n\nSagsnr.: 26/1234\n\nSagsfremstilling\n\n"
        "Strategien blev vedtaget i foråret, og den skal nu følges op i løbet af\n"
        "2026. Det foreslås derfor at udvalget drøfter den.\n\n"
        "Beslutning\n\nDrøftet.\n"
    )
    assert items(minutes) == [(715, "Kulturstrategi")]
    assert minutes.agenda_items[0].case_number == "26/1234"


def test_items_without_numbers_headed_by_time_slots():
    minutes = parse_minutes(
        "Skolebestyrelsesmøde marts 2026\n\nReferat fra den 24. marts 2026.\n\nAfbud: Eva\n\n"
        "Referat\n\n19.00-19.15 - Velkomst\n\nDagsordenen blev godkendt.\n\n"
        "19.15 - 19.45\n\nSkolens budget\n\nLederen gennemgik budgettet.\n\n"
        "19.45-20.00 Eventuelt\n\nIntet.\n"
    )
    assert items(minutes) == [(1, "Velkomst"), (2, "Skolens budget"), (3, "Eventuelt")]
    assert UNNUMBERED in codes(minutes)


def test_items_without_numbers_headed_by_bold_titles():
    minutes = parse_minutes(
        "# Referat\n\nMødedato: 24. marts 2026\n\n**Budget**\n\n"
        "Budgettet blev godkendt.\n\n**Legepladsen**\n\nFormanden kontakter kommunen.\n"
    )
    assert items(minutes) == [(1, "Budget"), (2, "Legepladsen")]


def test_colon_numbering_and_a_duration_glued_to_the_number():
    minutes = parse_minutes(
        "Mødereferat 2. marts 2026\n\n1: Godkendelse af referatet\nReferat\nGodkendt\n\n"
        "2:Årsberetning\nReferat\nSkal foreligge senest 1. april 2026\n"
    )
    assert items(minutes) == [(1, "Godkendelse af referatet"), (2, "Årsberetning")]
    table = parse_minutes(
        "Referat fra skolebestyrelsesmøde\n\nDato: 3. marts 2026\n\n"
        "Punkt 15 minGodkendelse af dagsorden\n18.00 - 18.05 Godkendt.\n"
        "Punkt 210 minElevrådet har ordet\n18.05 - 18.15 Eleverne fortalte om boden.\n"
    )
    assert items(table) == [(1, "Godkendelse af dagsorden"), (2, "Elevrådet har ordet")]


def test_a_collapsed_contents_list_glued_to_the_first_item():
    minutes = parse_minutes(
        "Byrådet - Referat\n\nDato: 4. marts 2026\n\nIndholdsfortegnelse1. Fraværende\n\n"
        "Beslutning\n\nIngen.\n\n2. Spørgetid\n\nBeslutning\n\nIngen spørgsmål.\n"
    )
    assert items(minutes) == [(1, "Fraværende"), (2, "Spørgetid")]


def test_a_closed_item_is_kept_and_proposes_nothing():
    minutes = parse_minutes(
        "# REFERAT Byrådet d. 04-03-2026\n\nMødedato 4. marts 2026 kl. 16:00\n\n"
        "## Punkt 1: Godkendelse af dagsorden\n\n## Beslutninger\n\nGodkendt.\n\n"
        "## Punkt 2: Lukket punkt\n\n## Punkt 3: Lukket: Køb af ejendom\n\n"
        "EMN-2026-000777 Godkendt.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Lukket punkt"),
        (3, "Lukket: Køb af ejendom"),
    ]
    assert minutes.agenda_items[2].case_number == "EMN-2026-000777"
    assert extract_draft_actions(minutes) == []


# ------------------------------------------------------------------ titles and case numbers


def test_a_title_wrapped_by_the_pdf_is_joined_and_the_emn_case_number_read():
    plain = parse_minutes(
        "REFERAT Byrådet d. 04-03-2026\n\nMødedato Onsdag d. 4. marts 2026 kl. 16:00\n\n"
        "Punkt 1: Svar på forslag om at halvere prisen på parkering i\nkommunale P-huse\n"
        "EMN-2026-003928\nBeslutninger\nGodkendt.\n"
        "Punkt 2: Orientering om ny 2030-\nfremskrivning\nEMN-2026-008528\nBeslutninger\n"
        "Taget til efterretning.\n"
    )
    assert [(i.title, i.case_number) for i in plain.agenda_items] == [
        ("Svar på forslag om at halvere prisen på parkering i kommunale P-huse", "EMN-2026-003928"),
        ("Orientering om ny 2030-fremskrivning", "EMN-2026-008528"),
    ]
    headings = parse_minutes(
        "# REFERAT Byrådet d. 04-03-2026\n\nMødedato Onsdag d. 4. marts 2026 kl. 16:00\n\n"
        "## Punkt 1: Svar på forslag om at sikre Grillbarens\n\n## plads på havnen\n\n"
        "EMN-2026-003383\n\n## Beslutninger\n\nGodkendt.\n"
    )
    assert (
        headings.agenda_items[0].title == "Svar på forslag om at sikre Grillbarens plads på havnen"
    )
    assert headings.agenda_items[0].case_number == "EMN-2026-003383"


WEB_AGENDA = """<!doctype html><html><body>
<h1>Referat 4. marts 2026 kl. 15.45</h1>
<table><tr><td>Mødedato:</td><td>onsdag den 4. marts 2026 kl. 15.45</td></tr></table>
<table class="dagsorden"><tr><th>Punkt</th><th>Titel</th></tr>
<tr><td><span>1</span></td><td><button><h2>Cykelstier i midtbyen</h2></button>
<div><span>EMN-2026-010561</span><div><h3>Beslutninger</h3><div>Udvalget besluttede at
udsætte sagen. Forvaltningen svarer på udvalgets spørgsmål.</div></div></div></td>
<td><button aria-label="Menu"></button></td></tr>
<tr><td><span>2</span></td><td><button><h2>Eventuelt</h2></button>
<div><h3>Beslutninger</h3><div>Intet.</div></div></td></tr></table></body></html>"""


def test_number_title_and_case_number_in_a_web_pages_cells():
    minutes = parse_minutes(read_minutes_bytes(WEB_AGENDA.encode(), "referat.html"))
    assert [(i.number, i.title, i.case_number) for i in minutes.agenda_items] == [
        (1, "Cykelstier i midtbyen", "EMN-2026-010561"),
        (2, "Eventuelt", None),
    ]
    assert "Forvaltningen svarer" in minutes.agenda_items[0].decision
    text = parse_minutes(
        "Referat 4. marts 2026\n\nMødedato:\n\nonsdag den 4. marts 2026 kl. 15.45\n\n"
        "Punkt\n\nTitel\n\n1\n\nCykelstier i midtbyen\n\nEMN-2026-010561\n\nBeslutninger\n\n"
        "Udsat.\n\n2\n\nEventuelt\n\nBeslutninger\n\nIntet.\n"
    )
    assert [(i.number, i.title, i.case_number) for i in text.agenda_items] == [
        (1, "Cykelstier i midtbyen", "EMN-2026-010561"),
        (2, "Eventuelt", None),
    ]


# --------------------------------------------------------------------------------- decisions

COUNCIL = """# REFERAT Byrådet d. 04-03-2026

Mødedato Onsdag d. 4. marts 2026 kl. 16:00

## Punkt 1: Forslag fra A om flere bænke

EMN-2026-000101

## Beslutninger

Fremsendes til Teknisk Udvalg til behandling.

BESLUTNINGSFORSLAG FRA A Byen mangler bænke. Forvaltningen skal opstille 40 bænke inden
sommeren, og Teknik og Miljø udarbejder en plan for vedligeholdelsen.

## Sagsforløb

Udvalg: Byrådet

Dato: 04-02-2026

Fremsendes til Magistraten med henblik på udarbejdelse af en indstilling inden 1. april 2026.
"""


def test_only_the_decision_proposes_not_the_proposal_or_the_case_history():
    minutes = parse_minutes(COUNCIL)
    item = minutes.agenda_items[0]
    assert item.decision == "Fremsendes til Teknisk Udvalg til behandling."
    titles = " ".join(d.title for d in extract_draft_actions(minutes))
    assert "bænke" not in titles and "plan" not in titles and "indstilling" not in titles


EDOC = """Referat Åbent referat

Dato: 04.03.2026

**Referat**

**onsdag den 4. marts 2026, kl. 13:00 i Mødesal C**

**1. Aflastningstilbud**

Sagsnr.: 2026-31673

**Indstilling**

Centret indstiller, at

A) Takstreduktionen godkendes.

B) Forvaltningen udarbejder en evaluering af tilbuddet inden 1. oktober 2026.

Sundhedsudvalgets beslutning den 04.03.2026 Punkt 1 Indstillingen godkendt

Referat Åbent referat

Dato: 04.03.2026

**2. Rygestop**

Sagsnr.: 2026-3082

**Indstilling**

Centret indstiller, at

A) Forvaltningen udbyder kurserne igen.

Sundhedsudvalgets beslutning den 04.03.2026 Punkt 2 Udsat. Formanden indkalder lægerne
til et møde.

Referat Åbent referat

Dato: 04.03.2026

Sundhedsudvalgets beslutning den 04.02.2026 Punkt 9 Forvaltningen laver en ny plan.
"""


def test_an_approved_proposal_gives_drafts_to_confirm_and_page_headers_are_dropped():
    minutes = parse_minutes(EDOC)
    first, second = minutes.agenda_items
    assert first.decision.startswith("Indstillingen godkendt")
    drafts = extract_draft_actions(minutes)
    approved = [d for d in drafts if d.agenda_item_number == 1]
    assert [d.deadline_text for d in approved] == ["inden 1. oktober 2026"]
    assert first.approves(approved[0].source_text)
    # Not approved as it stood: the proposal stays out; the decision's own task is proposed.
    assert "udbyder" not in second.decision and "Formanden indkalder" in second.decision
    assert not any(second.approves(d.source_text) for d in drafts if d.agenda_item_number == 2)
    # the running page header ("Referat Åbent referat", "Dato: …") is no part of a decision
    assert "Åbent referat" not in first.decision + second.decision
    # an earlier meeting's decision quoted in the case is history, not this meeting's
    assert "ny plan" not in second.decision


def test_a_short_referats_repeated_decision_is_no_page_header():
    minutes = parse_minutes(
        "Referat\n\nDato: 3. marts 2026\n\n1. Dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n\n"
        "3. Legeplads\n\nGodkendt.\n"
    )
    assert [i.decision for i in minutes.agenda_items] == ["Godkendt."] * 3


def test_an_email_referat_with_the_minutes_on_the_items_line():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 12. marts 2026\nTilstede: Eva, Bo og Ida.\n\n"
        "1. Valg af referent: Bo\n2. Godkendelse af referat fra sidst, enstemmigt af alle.\n"
        "3. Medlemmer: 250 medlemmer, heraf 40 nye. Eva opdaterer medlemslisten inden 1. april"
        " 2026, og Bo sender velkomstbrevet til de nye medlemmer.\n"
        "4. Årsmøde 2026: Godt møde. Ida booker salen til næste år.\n"
    )
    assert items(minutes) == [
        (1, "Valg af referent"),  # "Bo", the one elected, is the item's minutes
        (2, "Godkendelse af referat fra sidst, enstemmigt af alle"),
        (3, "Medlemmer"),
        (4, "Årsmøde 2026"),
    ]
    assert minutes.agenda_items[3].decision == "Godt møde. Ida booker salen til næste år."


def test_a_closed_item_on_the_agenda_list_stays_when_the_minutes_leave_it_out():
    minutes = parse_minutes(
        "Handicaprådet\n\nReferat\n\nDato: 3. marts 2026\n\nPUNKTER\n\n"
        "1. Godkendelse af dagsorden\n2. Tildeling af prisen - Lukket punkt\n"
        "3. Eventuelt1. Godkendelse af dagsorden\n\n"
        "Beslutning i Handicaprådet den 03-03-2026\nGodkendt.\n\n"
        "Sagsfremstilling3. Eventuelt\n\nBeslutning i Handicaprådet den 03-03-2026\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Tildeling af prisen - Lukket punkt"),
        (3, "Eventuelt"),
    ]
    assert [i.decision for i in minutes.agenda_items] == ["Godkendt.", "", "Intet."]


def test_the_head_goes_on_after_an_agenda_list_up_to_the_minutes():
    minutes = parse_minutes(
        "Handicaprådet\n\nReferat\n\nDato: 4. marts 2026\n\nIndholdsfortegnelse:\n\n"
        "36 Høring: Lokalplan 512 for boliger ved Møllen\n37 Forretningsorden for rådet\n\n"
        "Fraværende:\nJonna Holm\n\n36. Høring: Lokalplan 512 for boliger ved Møllen\n\n"
        "Beslutning\nRådet afgiver høringssvar.\n\n37. Forretningsorden for rådet\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert items(minutes) == [
        (36, "Høring: Lokalplan 512 for boliger ved Møllen"),
        (37, "Forretningsorden for rådet"),
    ]
    assert [(a.name, a.present) for a in minutes.attendees] == [("Jonna Holm", False)]
    assert RENUMBERED not in codes(minutes)


def test_a_number_that_ends_a_wrapped_sentence_is_no_item():
    minutes = parse_minutes(
        "REFERAT Byrådet d. 04-03-2026\n\nMødedato Onsdag d. 4. marts 2026 kl. 16:00\n\n"
        "Punkt 1: Budget\nEMN-2026-000101\nBeslutninger\nGodkendt.\nBeslutningspunkter\n"
        "At 1) der frigives 18 mio. kr. fra Teknik og Miljø som angivet i afsnit\n6.\n"
        "Den nye plan for bygningerne vedtages\nSagsforløb\nUdvalg: Byrådet\n"
    )
    assert items(minutes) == [(1, "Budget")]


def test_a_number_alone_on_its_line_and_the_title_below():
    # a web page's number cell and title cell saved as text: "1. " then the title
    minutes = parse_minutes(
        "Referat fra møde i Ældrerådet torsdag den 18. december 2025\n\n"
        "1. \nGodkendelse af dagsordenen\n\nGodkendt.\n\n2. \nMødedatoer 2026\n\n"
        "Formanden sender mødeplanen ud inden 10. januar 2026.\n"
    )
    assert items(minutes) == [(1, "Godkendelse af dagsordenen"), (2, "Mødedatoer 2026")]
    assert "mødeplanen" in minutes.agenda_items[1].decision


def test_items_with_their_minutes_on_the_line_after_a_full_stop_or_a_dash():
    minutes = parse_minutes(
        "Referat 2. juni 2026\n\nAfbud: Kim Holm\n\n1) Indledning v. Anne Lene\n\n"
        "2) Godkendelse af dagsorden - Godkendt\n\n"
        "3) Økonomi.  Budget 2027 vedtages på et ekstra møde inden den 15. juni 2026.\n\n"
        "4) Alpha Kursus.  Der skal findes en ny kursusleder. Punktet tages op igen.\n\n"
        "5) Eventuelt - intet\n"
    )
    assert items(minutes) == [
        (1, "Indledning v. Anne Lene"),
        (2, "Godkendelse af dagsorden"),
        (3, "Økonomi"),
        (4, "Alpha Kursus"),
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[1].decision.startswith("Godkendt")
    assert "Budget 2027 vedtages" in minutes.agenda_items[2].decision


def test_a_title_right_above_its_case_number():
    # a council's web page: the title on its own line, "Sag nr. 129" right below it
    minutes = parse_minutes(
        "Kommunalbestyrelsen\n\n24-09-2026\n\nSager 129 - 130\n\nSpørgetid\nSag nr. 129\n\n"
        "Beslutning\n\nTaget til efterretning\n\nTillæg 1 til Lokalplan 145\nSag nr. 130\n\n"
        "Beslutning\n\nVedtaget.\n"
    )
    assert items(minutes) == [(129, "Spørgetid"), (130, "Tillæg 1 til Lokalplan 145")]
    assert minutes.agenda_items[0].decision == "Taget til efterretning"
