"""Agenda items in more shapes of small bodies' minutes (issue 25), in documents written for
these tests: "Ad 1:" under an agenda list or with its own title, "1) Title" lists under a date
written in capitals, unnumbered titles ending in a full stop, and item lists a flattened PDF
ran together on one line."""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.repairs import LOST_TITLE


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


# ----------------------------------------------------------------------------- "Ad 1:"


def test_ad_minutes_under_an_agenda_list_keep_every_listed_item():
    minutes = parse_minutes(
        "Referat af bestyrelsesmødet 2. marts 2026\n\n"
        "Referat fra bestyrelsesmøde i Boldklubben mandag 2. marts 2026 kl. 19.00.\n"
        "Dagsorden:\n1. Sommerstævnet.\n2. Nye bolde.\n3. ….\n4. Klubhuset.\n5. Eventuelt.\n"
        "Til stede: Ane Lund, Bo Holm og Carl Berg.\n\n"
        "Ad 1:\nStævnet holdes i juni. Ane booker banerne.\n\n"
        "Ad 2:\nBo bestiller ti nye bolde.\n"
    )
    assert items(minutes) == [
        (1, "Sommerstævnet"),
        (2, "Nye bolde"),
        (3, LOST_TITLE),
        (4, "Klubhuset"),
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[1].decision == "Bo bestiller ti nye bolde."
    # the line between the list and the minutes is the head's, not the last item's text
    assert minutes.agenda_items[4].decision == ""
    assert "Carl Berg" in [a.name for a in minutes.attendees]


def test_ad_items_without_a_list_take_the_title_after_the_number_or_below_it():
    minutes = parse_minutes(
        "Bestyrelsesmøde 7.03.2026\n\nTil stede: Ane, Bo og Carl\n\nDagsorden:\n\n"
        "ad 1.\n\nValg af ordstyrer\n\nAne blev valgt.\n\n"
        "ad 2. Indkommet post\n\n • • Kommunen har sendt en ny folder.\n\n"
        "ad. 3 Regnskab\n\n • • Kassereren sender regnskabet til revisor.\n\n"
        "Ad 4 Eventuelt\n\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Valg af ordstyrer"),
        (2, "Indkommet post"),
        (3, "Regnskab"),
        (4, "Eventuelt"),
    ]
    assert minutes.agenda_items[0].decision == "Ane blev valgt."
    # a list saved with its marker twice ("• •") is a list point, without the marker
    assert minutes.agenda_items[2].decision == "- Kassereren sender regnskabet til revisor."


def test_an_ad_line_with_its_minutes_keeps_them_as_minutes():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 9. marts 2026\n\nDagsorden:\n\n"
        "Ad 1: Godkendt\n\nAd 2: Kassereren blev bedt om et budget.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2]
    assert "Godkendt" not in [title for _, title in items(minutes)]
    assert minutes.agenda_items[0].decision == "Godkendt"
    assert minutes.agenda_items[1].decision == "Kassereren blev bedt om et budget."


# ----------------------------------------------------------------------------- "1) Title"


def test_items_numbered_with_a_parenthesis_under_a_date_line_in_capitals():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde 3. marts 2026\n\nKaren Holm\n5. marts 2026 kl. 08:12\n\n"
        " REFERAT AF BESTYRELSESMØDE\n\n3. MARTS 2026\n\n \n\nMødt: Bestyrelsen\n\n"
        "Afbud: Ole Dam\n\n \n\nDagsorden blev behandlet således:\n\n"
        " 1) Referat fra sidste møde\n\n • Referatet blev godkendt\n\n"
        "  2) Baner og mål\n\n • Der indkøbes nye net til målene\n"
        " • Banerne kridtes inden sæsonen\n\n"
        "  3) Eventuelt\n\n • Intet\n"
    )
    assert items(minutes) == [
        (1, "Referat fra sidste møde"),
        (2, "Baner og mål"),
        (3, "Eventuelt"),
    ]
    assert minutes.date.isoformat() == "2026-03-03"


def test_a_date_line_is_never_an_item():
    minutes = parse_minutes(
        "Referat\n\n18. MARTS 2026 kl. 19.00\n\n1. Budget\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert items(minutes) == [(1, "Budget"), (2, "Eventuelt")]


# ------------------------------------------------------------ titles ending in a full stop


def test_short_titles_ending_in_a_full_stop_head_the_items():
    minutes = parse_minutes(
        "Referat 4. marts 2026\n\nReferat af mødet 04.03.26\n\n"
        "Legepladsen.\n\nGyngerne blev gennemgået, og kassereren indhenter tre tilbud.\n"
        "Sankthans.\n\nDer blev nedsat et festudvalg, som står for bålet og musikken.\n\n"
        "Hjemmesiden.\n\nSekretæren lovede at lægge referaterne på hjemmesiden og at tale med\n"
        "Frivilligcentret.\n\nOm nye medlemmer og om foreningens opslagstavle ved kiosken.\n\n"
        "Mvh.\n\nAnne Holm, sekretær i Grundejerforeningen Engen\n"
    )
    assert items(minutes) == [(1, "Legepladsen"), (2, "Sankthans"), (3, "Hjemmesiden")]
    assert minutes.agenda_items[1].decision.startswith("Der blev nedsat et festudvalg")


def test_two_short_lines_ending_in_a_full_stop_are_no_rhythm_of_titles():
    minutes = parse_minutes(
        "Referat 4. marts 2026\n\nLegepladsen.\n\n"
        "Gyngerne blev gennemgået, og kassereren indhenter tre tilbud.\n\n"
        "Godkendt.\n\nDer blev nedsat et festudvalg, som står for bålet og musikken.\n\n"
        "Mvh.\n\nAnne Holm, sekretær og kasserer i foreningen\n"
    )
    assert items(minutes) == []


# ------------------------------------------------- an agenda list, then the minutes' own count


def test_minutes_that_add_an_item_to_the_agenda_list_and_glue_numbers_to_sentences():
    minutes = parse_minutes(
        "Bestyrelsesmøde 2. september 2026\n\n"
        "Dagsorden til bestyrelsesmødet 2. september 2026 kl. 19:30\n\n"
        "  1. Sommerfesten\n  2. Vejbump\n  3. Andet\n\n\nReferat\n\nTil stede:\n\n"
        "Ane, Bo og Carl\n\n\n1. Valg af referent\n\nAne valgt\n\n\n2. Sommerfest\n\n"
        "Festen gav overskud. Bestyrelsen holder den igen næste år.3. Vejbump\n\n"
        "Kommunen har svaret, og Bo skriver til vejudvalget .4. Andet\n\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Valg af referent"),
        (2, "Sommerfest"),
        (3, "Vejbump"),
        (4, "Andet"),
    ]
    assert minutes.agenda_items[1].decision.endswith("igen næste år.")
    assert minutes.agenda_items[2].decision.startswith("Kommunen har svaret")


def test_a_number_in_a_sentence_is_not_split_off_as_an_item():
    minutes = parse_minutes(
        "Referat 2. september 2026\n\n1. Budget\n\nVi bruger ca.3. Del af puljen.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert items(minutes) == [(1, "Budget"), (2, "Eventuelt")]
    assert minutes.agenda_items[0].decision == "Vi bruger ca.3. Del af puljen."


# ------------------------------------------------------------------ a flattened PDF's pages


def _page(*parts: str) -> str:
    """One page of a PDF that a web service flattened: all its text on one line."""
    return " ".join(parts)


def test_a_flattened_page_with_punkt_items_run_together():
    text = "Referat fra mødet i Ledergruppen\n\nTranskript\n\n" + _page(
        "1 REFERAT Deltagere Direktionen, Ole Hansen, Kirsten Lund Gæster Søren Berg under",
        "punkt 2 Referent Kirsten Lund Dato Mandag den 7. december 2026 kl Sted Mødesal A",
        "Ref: Referat fra mødet i Ledergruppen Side 1/9 Punkter til drøftelse Punkt 1",
        "Godkendelse af referat fra mødet den 16. november 2026 Punkt 2 Budgetopfølgning",
        "for efteråret Referatet blev godkendt uden bemærkninger. OH gav en kort status på",
        "budgettet for de tre afdelinger, og der var enighed om at holde udgifterne i ro.",
        "KL oplyste, at økonomiafdelingen udarbejder et notat om prognosen til næste møde.",
        "Det blev aftalt at drøfte sagen igen i januar, når regnskabet for året er lukket.",
    )
    minutes = parse_minutes(text + "\n")
    assert items(minutes) == [
        (1, "Godkendelse af referat fra mødet den 16. november 2026"),
        (2, "Budgetopfølgning for efteråret"),
    ]
    assert minutes.date.isoformat() == "2026-12-07"
    assert minutes.location.startswith("Mødesal A")
    assert minutes.agenda_items[1].decision.startswith("Referatet blev godkendt")


def test_a_flattened_page_with_numbered_items_and_a_date_inside_an_item():
    text = "Referat Seniorrådet\n\n" + _page(
        "1 ! Referat MØDE Seniorrådet Torsdag den 4. juni 2026 kl. 13.00 Rådhuset Til stede:",
        "Anne Holm, Bo Dam, Carl Berg, Dorte Friis, Erik Lund, Frida Juul og Gitte Moe.",
        "Gæster: Økonomichef Hans Krog om budgetprocessen og samarbejdet med forvaltningen",
        "TEMA: FORMALIA 1. Godkendelse af dagsorden. Godkendt. 2. Godkendelse af referat",
        "Godkendt med følgende rettelse: Kassereren tager budgettet op med forvaltningen og",
        "banken i løbet af efteråret, jf. pkt. 3. Kassereren sender svaret. Punkt 4 b.",
        "rettes til rute 12.",
        "TEMA: SUNDHED 3. Dagsordener for de politiske udvalg Sundhedsudvalgets møde den",
        "8. Juni blev gennemgået, og rådet sender et høringssvar om klippekort, som drøftes",
        "igen fredag 4. Juni. Side 1 af 4",
    )
    minutes = parse_minutes(text + "\n")
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    assert items(minutes)[:2] == [(1, "Godkendelse af dagsorden"), (2, "Godkendelse af referat")]
    assert minutes.agenda_items[0].decision == "Godkendt."
    assert "Kassereren tager budgettet op" in minutes.agenda_items[1].decision
    # "den 8. Juni", "fredag 4. Juni" are dates in the item's text, not items of their own
    third = minutes.agenda_items[2]
    assert third.title.startswith("Dagsordener for de politiske udvalg")
    assert "den 8. Juni blev" in f"{third.title} {third.decision}"


def test_numbers_in_a_long_paragraph_of_normal_lines_are_no_run_in_items():
    # one long paragraph (a Word file's) among lines of normal length
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\n1. Budget\n\n"
        + _page(
            "Bestyrelsen gennemgik budgettet i tre dele: 1. Drift af klubhuset som koster",
            "mere end sidste år og 2. Vedligehold af banerne hvor kommunen betaler halvdelen",
            "og 3. Arrangementer, hvor der er penge til sommerfesten og julefrokosten.",
            "Kassereren sender det reviderede budget ud inden næste møde, og bestyrelsen",
            "drøfter det igen, når regnskabet for første halvår foreligger fra revisoren.",
            "Formanden takkede kassereren for et grundigt arbejde med budgettet i år.",
            "Der var enighed om at holde udgifterne i ro resten af året.",
        )
        + "\n\n2. Eventuelt\n\nIntet.\n\n3. Næste møde\n\nDen 8. april.\n\n"
        + "\n".join(["Bestyrelsen takkede for et godt møde og for kaffen fra køkkenet."] * 8)
        + "\n"
    )
    assert items(minutes) == [(1, "Budget"), (2, "Eventuelt"), (3, "Næste møde")]
    assert "i tre dele: 1. Drift af klubhuset" in minutes.agenda_items[0].decision


# ------------------------------------------------------------- a title and its answer


def test_a_short_items_answer_on_its_title_line_is_its_minutes():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 7. marts 2026 kl. 19.30. Til stede: Lars, Nina, Bo\n\n"
        "1. Valg af referent Lars\n\n2. Fraværende: Karen Dam og Ole Berg\n\n"
        "3) Besøg af organist Sanne Holm, \n\nDrøftet. Sanne sender en liste med salmer.\n\n"
        "4. Eventuelt intet |\n"
    )
    assert items(minutes) == [
        (1, "Valg af referent"),
        (2, "Fraværende"),
        (3, "Besøg af organist Sanne Holm"),
        (4, "Eventuelt"),
    ]
    assert minutes.agenda_items[0].decision == "Lars"
    assert minutes.agenda_items[3].decision == "intet"
    absent = {a.name for a in minutes.attendees if not a.present}
    assert {"Karen Dam", "Ole Berg"} <= absent


# ------------------------------------------------------------- numbers a page ran together


def test_numbers_glued_to_their_title_or_to_the_line_above_the_title():
    minutes = parse_minutes(
        "Referat af møde i ældrerådet tirsdag den 5. maj 2026\n\n"
        "Fraværende med afbud: Ole Dam, Kaj Berg1. \nGodkendelse af dagsordenen.\n\n"
        "Dagsordenen godkendt\n\n2.Valg af referent\nKaj\n\n"
        "3. Godkendelse af referater\nudsat\n\n4. Andet\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af dagsordenen"),
        (2, "Valg af referent"),
        (3, "Godkendelse af referater"),
        (4, "Andet"),
    ]
    assert minutes.agenda_items[2].decision == "udsat"
    assert "Kaj Berg" in {a.name for a in minutes.attendees if not a.present}


def test_a_pages_list_numbers_over_the_writers_numbers():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde i koret den 4.1.2026 kl. 13\n\nDagsorden:\n\n"
        "  1. 1.     Valg af referent:\n\nBirgit.\n\n"
        "  1. 2.     Kassererposten:\n\nLene vil gerne være kasserer.\n\n"
        "  1. 3.     Hjemmesiden:\n\nLene lægger billederne op.\n\n"
        "  2. 4.     Evt.:\n\nIntet.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4]
    assert items(minutes)[2] == (3, "Hjemmesiden")


def test_minutes_in_capitals_under_an_agenda_list_with_notes():
    minutes = parse_minutes(
        "GRUNDEJERFORENINGEN ENGEN\nReferat fra generalforsamling, tirsdag den 3. november 2026\n\n"
        "DAGSORDEN:\n1. Valg af dirigent\nBestyrelsen foreslår Bo Dam\n2. Formandens beretning\n"
        "3. Vejene\nA: Forslag fra Ole Berg om nye fliser på fortovet ved legepladsen*\n"
        "4. Valg til bestyrelsen\nPå valg: Ole Berg og Kaj Holm\n5. Eventuelt\n"
        "Fremmøde: 25 grundejere\n\n"
        "1: VALG AF DIRIGENT\nBo Dam blev valgt.\n\n"
        "2: FORMANDENS BERETNING\nFormanden fortalte om vejene. Bestyrelsen indhenter tilbud.\n"
    )
    assert items(minutes) == [
        (1, "Valg af dirigent"),
        (2, "Formandens beretning"),
        (3, "Vejene"),
        (4, "Valg til bestyrelsen"),
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[1].decision.startswith("Formanden fortalte om vejene.")


# ------------------------------------------------------ numbered minutes without titles


def test_numbered_minutes_without_titles_are_items_titled_as_missing():
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde d. 25/3 2026\n"
        "Til stede: sognepræsten, Anne Holm, Bo Dam og Carl Berg\n"
        "Afbud fra Dorte Lund.\n"
        "1. Regnskabsføreren fremlagde regnskabet for 2025 for begge kirkekasser. Rådet godkendte"
        " det.\n"
        "2. Sognepræsten holder ferie i uge 16.\n"
        "6. Bo Dam sender de nye vedtægter ud til alle. Tages op på næste møde.\n"
        "9. Udsættes til næste møde.\n"
    )
    assert items(minutes) == [(n, LOST_TITLE) for n in (1, 2, 6, 9)]
    assert minutes.agenda_items[2].decision.startswith("Bo Dam sender de nye vedtægter")


def test_numbered_questions_in_another_text_make_no_referat():
    import pytest

    from tracker.minutes.errors import MinutesError

    with pytest.raises(MinutesError):
        parse_minutes(
            "Kulturkommune 2027\n\nTemadagen blev holdt den 20. september 2026 for byrådet.\n\n"
            "Alle fik et postkort med bud på\n1. Hvad er en kulturkommune for os alle sammen.\n"
            "2. Hvilken forskel gør det for borgerne i kommunen.\n"
            "3. Hvilke resultater håber du at se frem mod 2027.\n"
        )


def test_numbered_questions_in_a_referat_are_no_items():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nVi drøftede banen og stillede spørgsmålene:\n"
        "1. Hvad koster en ny bane i alt?\n2. Hvem skal passe den om sommeren?\n"
    )
    assert items(minutes) == []


# ------------------------------------------------------ numbered paragraphs holding their minutes

_PARAGRAPHS = (
    "Referat af MR møde tirsdag d. 8. oktober 2025 kl. 19.30 i Sognehuset.\n\n"
    "Til stede: Ida Holm - formand, Bo Dam, Eva Lund.\n\n"
    "1. Temadag om salmer, lørdag d. 29. november. En orientering v. Ida. Tilmelding til Ida.\n"
    "Hæfterne deles ud på næste møde.\n\n"
    "2. Vestby Kirke som ny venskabsmenighed for Nordby Kirke? Et besøg hos dem blev drøftet, "
    "som svar på deres besøg i foråret. Et løst forhold. Vi vil gerne prøve det et år.\n\n"
    "3. Kvartalsrapporten blev gennemgået af Eva Lund. Der er råd til en ny plæneklipper til "
    "kirkegården. Provstiudvalget søges om 40.000 kr. af de fælles midler.\n\n"
    "4. Kommende arrangementer og siden sidst;\nHøstgudstjeneste 12. oktober.\n"
)


def test_numbered_paragraphs_that_hold_their_own_minutes_are_each_an_item():
    minutes = parse_minutes(_PARAGRAPHS)
    assert items(minutes) == [
        (1, "Temadag om salmer, lørdag d. 29. november"),
        (2, "Vestby Kirke som ny venskabsmenighed for Nordby Kirke?"),
        (3, "Kvartalsrapporten blev gennemgået af Eva Lund"),
        (4, "Kommende arrangementer og siden sidst"),  # the semicolon above its list dropped
    ]


def test_paragraph_items_need_the_count_to_go_on():
    # "7." below "2.": numbered sentences, not a count of items going on; they stay the text
    minutes = parse_minutes(_PARAGRAPHS.replace("3. Kvartalsrapporten", "7. Kvartalsrapporten"))
    assert [n for n, _ in items(minutes)] == [1]
    assert "Vestby Kirke" in minutes.agenda_items[0].decision


def test_minutes_in_capitals_right_below_the_agenda_list_keep_their_first_item():
    minutes = parse_minutes(
        "REFERAT BRUGERRÅDSMØDE 3. MARTS 2026 NORDBY\n\n"
        "DELTAGERE: Aja Holm, Bent Lund, Carla Møller.\n\n"
        "DAGSORDEN:\n\n1. Referat fra sidst.\n\n2. Orientering fra formand.\n\n"
        "3. Orientering fra kasserer.\n\n4. Evt.\n\n"
        "1. REFERAT FRA SIDST:\n\nGodkendt.\n\n"
        "2. ORIENTERING FRA FORMAND:\n\nFormanden laver et udkast til en folder.\n\n"
        "3. ORIENTERING FRA KASSERER:\n\nBent laver nye medlemskort.\n\n4. EVT.:\n\nIntet.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4]
    assert minutes.agenda_items[0].title.lower() == "referat fra sidst"


def test_a_flattened_page_with_pkt_and_semicolons_gives_its_items():
    minutes = parse_minutes(
        "1 Referat af Grupperådsmøde lørdag d. 7. marts 2026 Nordby gruppe, DDS Pkt. 1; "
        "Gruppelederen byder velkommen, og der er enighed om at mødet er lovligt indkaldt og "
        "kan holdes som planlagt. Ane vælges til dirigent og Bo til referent, og alle siger kort "
        "hvem de er. Pkt. 2; Beretningen fra bestyrelse og ledere er sendt ud på skrift, hvor "
        "der kan læses om gruppens mange ture og lejre i det forløbne år med de mindste og "
        "de store spejdere. Beretningen blev godkendt. Pkt. 3; Regnskabet for 2025 gennemgås. "
        "Regnskabet blev godkendt. Pkt. 4; Budget for 2026 fremlægges. Kassereren sender "
        "budgettet rundt inden 1. april.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4]
    assert items(minutes)[3] == (4, "Budget for 2026 fremlægges")
    # no title: the first sentence stands for it, the rest is the item's minutes
    assert minutes.agenda_items[0].title == (
        "Gruppelederen byder velkommen, og der er enighed om at mødet er lovligt indkaldt og "
        "kan holdes som planlagt"
    )


def test_a_flattened_page_with_numbers_and_colons_gives_its_items():
    minutes = parse_minutes(
        "1 Referat af 2. rådsmøde i Nordrådet Afholdt onsdag den 4. marts 2026 Kl "
        "Tilstedeværende medlemmer af Rådet Ane Holm (formand) Bo Dam Carl Berg Afbud Dorte "
        "Krag Fra sekretariatet Eva Lund (referent) 1\n\n"
        "2 Ane Holm bød velkommen til det andet møde i Nordrådet. 1: Godkendelse af "
        "dagsordenen Der blev spurgt til, hvorfor punkt 5 er et orienteringspunkt. Formanden "
        "svarede, at sagen ikke er klar til en beslutning endnu, og at den kommer igen senere "
        "på året. Et par medlemmer udtrykte bekymring for, at rådet ikke kan påvirke sagen, når "
        "den først er lagt fast af andre, og bad om at få den forelagt i god tid før næste "
        "møde. Dagsordenen blev godkendt. 2: Meddelelser Der blev orienteret om mødet med "
        "regionerne. Sekretariatet udarbejder et notat om processen til næste møde. 3: "
        "Eventuelt Intet.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    assert items(minutes)[0] == (1, "Godkendelse af dagsordenen")


def test_an_indented_list_inside_an_item_counting_from_1_is_no_item():
    # a web page's items at the margin, each item's points further in and numbered from 1
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde d. 10. marts 2026\n\n"
        "1 Indledning (19.00)\n\nA.   Sang ved Lise\n\nB.   Dagsordenen blev godkendt.\n\n"
        "2. Fokuspunkt (19.15)\n\n 1. Kirkegårdens hegn (v. Bo)\n \n"
        " 1. Udvalget ser på hegnet med Bo som tovholder.\n\n"
        "3. Orientering fra (19.45)\n\nA.   Nyt fra præsten\n\n"
        " 1. Orientering via mail\n 2. Orientering om udflugten den 2. marts.\n \n"
        "4. Punkter til debat og beslutning (20.00)\n\n"
        " 1. Folderen blev drøftet og godkendt.\n\n5. Eventuelt\n\nIntet.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Indledning (19.00)"),
        (2, "Fokuspunkt (19.15)"),
        (3, "Orientering fra (19.45)"),
        (4, "Punkter til debat og beslutning (20.00)"),
        (5, "Eventuelt"),
    ]


def test_a_number_with_a_parenthesis_glued_to_its_title_is_an_item():
    # "1)Godkendelse af dagsorden:" without a space, as web pages of small boards write it
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 13. marts 2026\n\nTilstede: Pia, Bo\n\n"
        "1)Godkendelse af dagsorden:\n\nGodkendt.\n\n2) Orientering fra gårdlauget:\n\nIntet.\n\n"
        "3)Erhvervslejemålet\n\nNy lejer fra 1. april.\n\n4) Evt.\n\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Orientering fra gårdlauget"),
        (3, "Erhvervslejemålet"),
        (4, "Evt"),
    ]


def test_a_lettered_point_below_a_short_title_is_no_part_of_it():
    # "3. Siden sidst" / "a. Kommunen" / "b. Budgettet": the item's lettered points
    minutes = parse_minutes(
        "Referat bestyrelsesmøde den 20. februar 2026\n\nDeltagere: Lars, Kim\n\n"
        "1. Godkendelse af dagsordenen\nGodkendt\n\n2. Siden sidst\na. Kommunen\n"
        "Lars orienterede.\nb. Budgettet\nKim orienterede.\n\n3. Evt.\nIntet.\n"
    )
    assert items(minutes) == [(1, "Godkendelse af dagsordenen"), (2, "Siden sidst"), (3, "Evt")]


def test_a_decision_for_a_range_of_points_is_no_item():
    # "PKT. 1. - 4." above the decision names the points it covers, it heads no item
    minutes = parse_minutes(
        "Referat\nIdrætsrådet onsdag den 4. november 2026 kl. 19:00\n\n"
        "Punkt 1 Meddelelser\n\nKulturnat på fredag. Julemiddag den 4. december.\n\n"
        "Beslutning\n\nPKT. 1. - 2.\n\nTIL EFTERRETNING\n\nPunkt 2 Regnskab\n\n"
        "Beslutning\n\nTIL EFTERRETNING\n"
    )
    assert items(minutes) == [(1, "Meddelelser"), (2, "Regnskab")]


def test_a_referat_named_short_in_its_heading_is_read():
    # "Brugerrådet/årsmøderef." and numbered items: minutes (no date: asked, never refused)
    minutes = parse_minutes(
        "Brugerrådet\n\nBrugerrådet/årsmøderef.\n\n1.   Velkomst.\nFormanden bød velkommen.\n\n"
        "2.   Valg af dirigent.\nGrethe blev valgt.\n\n3.   Eventuelt.\nIntet.\n"
    )
    assert items(minutes) == [(1, "Velkomst"), (2, "Valg af dirigent"), (3, "Eventuelt")]
    assert minutes.date is None and "no_date" in [w.code for w in minutes.warnings]


def test_items_written_add_with_a_tab_are_the_ad_items():
    minutes = parse_minutes(
        "Referat af bestyrelsesmødet d. 19-5-2026 hos Anker\n"
        "Add.1\t\tGodkendelse af referat fra mødet hos Kaj d. 25-2-26\n"
        "-referatet blev godkendt.\n"
        "Add.2\t\tOpfølgning fra sidste møde.\n"
        "Klubhus: Thorkild anskaffer en bog til notaterne. Det blev snakket en del om, hvor "
        "meget vi skal bruge tidtagningen.\n"
        "Add.3\t\tSiden sidst\nŁukasz udsender en indbydelse.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af referat fra mødet hos Kaj d. 25-2-26"),
        (2, "Opfølgning fra sidste møde"),
        (3, "Siden sidst"),
    ]
    drafts = extract_draft_actions(minutes, ["Thorkild Holm", "Łukasz Nowak"])
    # what was talked about is no task
    assert [(d.title, d.agenda_item_number) for d in drafts] == [
        ("Anskaffe en bog til notaterne", 2),
        ("Udsende en indbydelse", 3),
    ]
