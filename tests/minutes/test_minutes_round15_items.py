"""Round 15: the meeting's roles as an item, a narrow column's dotted title, a place alone
under the heading."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

ROLES = """Referat af husmøde d. 12. marts 2026

Tilstede: Bent, Gry, Sofus og Ida.

1)      Ordstyrer: Gry og referent: Sofus

2)      Godkendelse af dagsorden

3)      Vaskeriet: Maskine 2 er gået i stykker. Bent ringer til firmaet.

4)      Eventuelt
"""


def test_the_roles_and_their_names_are_no_title():
    # "Ordstyrer: Gry og referent: Sofus": the item is the roles; the names are its answer
    minutes = parse_minutes(ROLES)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Ordstyrer"),
        (2, "Godkendelse af dagsorden"),
        (3, "Vaskeriet"),
        (4, "Eventuelt"),
    ]


TOWN = """Referat – Bestyrelsesmøde, den 9. april 2026

Nørre Vedby

Deltagere: Aksel Bro AB, Tine Hald TH, Ulrik Moos UM.

Afbud: Vera Krog VK

 1. Godkendelse af dagsordenen
  Godkendt
 1. Hallens åbningstider
  UM skriver til kommunen om weekenderne.
"""


def test_a_town_alone_under_the_date_above_the_attendance_is_the_place():
    assert parse_minutes(TOWN).location == "Nørre Vedby"


def test_a_name_alone_under_the_date_is_no_place():
    # a byline ("Tine Hald") where the town would stand: a person, not where it was held
    assert parse_minutes(TOWN.replace("Nørre Vedby", "Tine Hald")).location is None


# A narrow column (a PDF, a newsletter): every line wraps after a few words
NARROW = """Referat fra bestyrelsesmøde den 2. marts 2026

Tilstede: Rolf, Tove, Hugo, Inge.

 1. Regnskab for vinterfesten, taget
  til efterretning. Overskuddet går
  til nye borde.
 2. Ny kasserer er fundet.
  Inge overtager efter Tove.
 3. Mødeplan. Der afholdes
  møde den anden onsdag i hver
  måned i klubhuset.
 4. Eventuelt.
  Hugo maler skuret inden påske.
"""


def test_a_narrow_column_s_wrapped_sentence_and_dotted_title():
    minutes = parse_minutes(NARROW)
    titles = [(i.number, i.title) for i in minutes.agenda_items]
    # the first title's sentence ends on the line below; the third's title is its first word,
    # the sentence after it the minutes, however the column wraps them
    assert titles[0] == (1, "Regnskab for vinterfesten, taget til efterretning")
    assert titles[2] == (3, "Mødeplan")
    assert "Overskuddet går" in minutes.agenda_items[0].decision
    assert "anden onsdag" in minutes.agenda_items[2].decision
    assert len(titles) == 4


def test_an_absence_label_glued_to_the_attendance_list_s_full_stop():
    # an e-mail referat: "… og Eva Holm (EH).Udeblevet: Ib Lund (IL)", the break lost
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 5. marts 2026 kl. 19.00 hos Eva\n\n"
        "Til stede: Kaj Berg (KB), Mona Friis (MF) og Eva Holm (EH).Udeblevet: Ib Lund (IL)\n\n"
        "1. Godkendelse af dagsorden: Godkendt\n\n2. Eventuelt: Intet\n"
    )
    assert [a.name for a in minutes.attendees if not a.present] == ["Ib Lund"]
    assert "Eva Holm" in [a.name for a in minutes.attendees if a.present]


def test_a_title_s_colon_then_sentences_without_the_last_full_stop():
    # "2. Nyt fra formanden: … i marts.Lis er rask igen. KB holder kontakten": the minutes after
    # the colon, however the last full stop was left out
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 5. marts 2026\n\nTil stede: Kaj Berg, Mona Friis\n\n"
        "1. Godkendelse af dagsorden: Godkendt\n\n"
        "2. Nyt fra formanden: Pumpen kommer i marts.Lis er rask igen. KB holder kontakten\n\n"
        "3. Høring: Forslag til lokalplan for området ved Kærvej\n\n"
        "4. Eventuelt: Intet\n"
    )
    titles = [i.title for i in minutes.agenda_items]
    assert titles == [
        "Godkendelse af dagsorden",
        "Nyt fra formanden",
        "Høring: Forslag til lokalplan for området ved Kærvej",
        "Eventuelt",
    ]
    assert "Lis er rask igen" in minutes.agenda_items[1].decision


def test_a_title_s_semicolon_above_its_list_is_no_part_of_it():
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde den 5. marts 2026 kl. 19 i Sognegården.\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Kommende gudstjenester og siden sidst;\n14./3. : Højmesse,\n21./3. : Fastelavn,\n"
        "Næste møde 9. april.\n"
    )
    assert [i.title for i in minutes.agenda_items][1] == "Kommende gudstjenester og siden sidst"


def test_a_numbered_agenda_section_over_its_own_count_is_no_item():
    text = (
        "Referat af bestyrelsesmøde 3. marts 2026\n\nSted: Teams\nDeltagere: Rita Moe, Jon Lund\n\n"
        "1 DAGSORDEN\n\n1. Valg af referent\n\nJon blev valgt.\n\n"
        "2. Vejfesten\n\nRita bestiller telt inden 1. maj.\n"
    )
    assert [i.title for i in parse_minutes(text).agenda_items] == ["Valg af referent", "Vejfesten"]
    # "1. Dagsorden" over its decision is the item about the agenda
    approved = text.replace(
        "1 DAGSORDEN\n\n1. Valg af referent\n\nJon blev valgt.", "1. Dagsorden\n\nGodkendt."
    )
    assert [i.title for i in parse_minutes(approved).agenda_items] == ["Dagsorden", "Vejfesten"]


# A parish council's numbered paragraphs, each a few sentences long (over 200 characters)
LONG_PARAGRAPHS = """Referat af MR møde tirsdag d. 7. oktober 2026 kl. 19.30 i Sognehuset.

Til stede: Ida Holm - formand, Bo Dam, Eva Lund.

1. Temadag om salmer, lørdag d. 28. november. En orientering v. Ida. Tilmelding til Ida.

2. Vestby Kirke som ny venskabsmenighed for Nordby Kirke? Et besøg hos dem blev drøftet, som \
svar på deres besøg i foråret, hvor de var her en hel weekend. Et løst forhold. Vi vil gerne \
prøve det et år.

3. Kvartalsrapporten blev gennemgået af Eva Lund. Der er råd til en ny plæneklipper til \
kirkegården, som graveren har ønsket længe. Provstiudvalget søges om 40.000 kr. af de fælles \
midler.

4. Eventuelt. Intet.
"""


def test_numbered_paragraphs_of_a_few_sentences_are_each_an_item():
    minutes = parse_minutes(LONG_PARAGRAPHS)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Temadag om salmer, lørdag d. 28. november"),
        (2, "Vestby Kirke som ny venskabsmenighed for Nordby Kirke?"),
        (3, "Kvartalsrapporten blev gennemgået af Eva Lund"),
        (4, "Eventuelt"),
    ]
    assert "Provstiudvalget søges" in minutes.agenda_items[2].decision


def test_a_title_glued_to_a_verdict_or_a_no():
    # a table's title and text cells run together: "HavenIkke …", "EventueltIntet"
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 5. marts 2026\n\nTil stede: Kaj Berg, Mona Friis\n\n"
        "1. Godkendelse af dagsorden: Godkendt\n\n"
        "2. LegepladsenIkke meget slid på gyngerne i vinter.\n\n"
        "3. Betaling med MobilePay gebyrer\n\n"
        "4. EventueltIntet\n"
    )
    assert [i.title for i in minutes.agenda_items] == [
        "Godkendelse af dagsorden",
        "Legepladsen",
        "Betaling med MobilePay gebyrer",
        "Eventuelt",
    ]
    assert "Ikke meget slid" in minutes.agenda_items[1].decision


def test_a_first_item_written_as_a_sentence_above_the_count():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 02.03.26. Afholdt hos Rolf kl. 10.00.\n\n"
        "Tilstede: Rolf, Tove, Hugo. Fraværende: Inge.\n"
        "1). Referatet fra generalforsamlingen den 02.02.26 blev taget til efterretning.\n"
        "Referatet fra sidste møde godkendt.\n"
        "2). Regnskabet. Hugo er i gang med at overtage regnskabet fra Tove.\n"
        "3). Fælleshuset. Taget skal repareres inden vinteren, Rolf indhenter tilbud.\n"
        "4). Eventuelt. Intet.\n"
    )
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4]
    assert minutes.agenda_items[0].title.startswith("Referatet fra generalforsamlingen")


def test_numbered_minutes_numbered_with_a_bracket_and_a_full_stop():
    # "2). Regnskabet. Hugo …": the number's "). " is no part of the title; every line a
    # sentence, the first item's title left out
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 02.03.26. Afholdt hos Rolf kl. 10.00.\n\n"
        "Tilstede: Rolf, Tove, Hugo. Fraværende: Inge.\n"
        "1). Referatet fra generalforsamlingen blev taget til efterretning.\n"
        "2). Regnskabet. Hugo er i gang med at overtage regnskabet fra Tove.\n"
        "3). Fælleshuset. Taget skal repareres inden vinteren, Rolf indhenter tilbud.\n"
        "4). Eventuelt. Intet.\n"
    )
    assert [i.title for i in minutes.agenda_items][1:] == ["Regnskabet", "Fælleshuset", "Eventuelt"]
    assert "Referatet fra generalforsamlingen" in minutes.agenda_items[0].decision


def test_a_first_item_written_small_above_its_own_text():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde d. 2. marts 2026\n\nAfbud: Rolf\n\nReferent: Tove\n\n"
        "1 godkendelse af ref. fra sidste møde.\n\nReferatet godkendt uden bemærkninger.\n\n"
        "2 Nyt fra kassereren:\n\nAlle har betalt haveleje.\n\n"
        "3 Nyt fra formanden:\n\nHugo maler fælleshuset i april.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items][0] == (
        1,
        "Godkendelse af ref. fra sidste møde",
    )
    assert len(minutes.agenda_items) == 3
