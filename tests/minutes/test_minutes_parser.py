"""Structure parsing of Danish referater (tracker.minutes.parser)."""

from __future__ import annotations

import io
import re
from datetime import date, time
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.minutes.parser import (
    Attendee,
    MinutesPoint,
    ParsedMinutes,
    parse_danish_date,
    parse_minutes,
)
from tracker.minutes.reading import MinutesError, read_minutes_bytes

DATA = Path(__file__).parents[1] / "data"
SAMPLE = DATA / "referat-lederforum-2025-02-26.md"
DIREKTIONEN = DATA / "referat-direktionen-2025-09-10.md"
CHEFFORUM = DATA / "referat-strategisk-chefforum-2025-11-05.txt"

ABSENT = [
    "Christine Meinhardt Wille",
    "Line Hansen",
    "Hans Rasmussen",
    "Mads Korsgaard",
    "Morten Schneider Schlægelberger",
]
LEDERTRIVSEL = "Ledertrivsel"
REFORM = "Reformimplementering - faglig ledelse"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample() -> ParsedMinutes:
    return parse_minutes(sample_text())


def markdown_to_docx(markdown: str, *, numbering_properties: bool = False) -> bytes:
    """Build a Word document with heading and list styles from the case-system Markdown."""
    document = docx.Document()
    first_heading = True
    number_style = document.styles["List Number"].element
    num_id = number_style.pPr.numPr.numId.val
    bullet_id = document.styles["List Bullet"].element.pPr.numPr.numId.val
    for raw in markdown.splitlines():
        line = raw.strip().replace("\\_", "_")
        if not line:
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading:
            text = heading.group(2).replace("**", "")
            level = 0 if first_heading else len(heading.group(1))
            first_heading = False
            document.add_heading(text, level)
            continue
        bullet = re.match(r"^- (.*)$", line)
        numbered = re.match(r"^\d+\. (.*)$", line)
        if (bullet or numbered) and numbering_properties:
            paragraph = document.add_paragraph((bullet or numbered).group(1))
            p_pr = paragraph._p.get_or_add_pPr()
            num_pr = p_pr._add_numPr()
            num_pr._add_ilvl().val = 0
            num_pr._add_numId().val = bullet_id if bullet else num_id
        elif bullet:
            document.add_paragraph(bullet.group(1), style="List Bullet")
        elif numbered:
            document.add_paragraph(numbered.group(1), style="List Number")
        else:
            paragraph = document.add_paragraph()
            bold = re.match(r"^\*\*(.+?)\*\*\s*(.*)$", line)
            if bold:
                paragraph.add_run(bold.group(1)).bold = True
                paragraph.add_run(" " + bold.group(2))
            else:
                paragraph.add_run(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- the sample


def test_sample_meeting_fields(sample):
    assert sample.forum == "Lederforum"
    assert sample.title == "REFERAT Lederforum d. 26-02-2025"
    assert sample.date == date(2025, 2, 26)
    assert sample.start_time == time(8, 30)
    assert sample.location == "Sønderø Rådhus, Tingstedet 1+2"


def test_sample_attendees(sample):
    assert len(sample.attendees) == 50
    absent = [a.name for a in sample.attendees if not a.present]
    assert absent == ABSENT
    names = [a.name for a in sample.attendees]
    assert names[0] == "Morten Hoff Grønvald"
    assert names[-1] == "Lone Elisabeth Hvingelby"
    assert "Åse Nielsen" in names and "Søren Schlüter" in names
    assert "Torben G. M. Benneskov" in names
    assert Attendee("Morten Schneider Schlægelberger", False) in sample.attendees
    assert not any("(" in name or name.endswith(",") for name in names)


def test_sample_agenda_item(sample):
    assert len(sample.agenda_items) == 1  # the table of contents is skipped
    item = sample.agenda_items[0]
    assert item.number == 1
    assert item.title == "Ledertrivsel og reformarbejde"
    assert item.case_number == "S2024-702"
    paragraphs = item.summary.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("I Lederforum sættes denne gang fokus på ledertrivsel")
    assert paragraphs[2].endswith("Handlerum - faglig ledelse vedhæftet som bilag.")
    # nothing from the programme
    assert "Morgenmad" not in item.summary and "Morgenmad" not in item.decision
    assert "Hvilket fokus" not in item.decision


def test_sample_decision_text(sample):
    decision = sample.agenda_items[0].decision
    assert decision.startswith("Morten bød velkommen til Lederforum")
    assert decision.endswith("til hhv. ledertrivsel og reformarbejdet.")
    assert "primo marts" in decision
    assert "\n- At reformimplementering kræver psykologisk tryghed" in decision
    assert "\n1. Ejerskab og faglig mening" in decision
    assert "\n4. Helhedsløsninger og tværfaglighed" in decision
    assert "**" not in decision and "#" not in decision
    assert "\nLedertrivsel\n" in decision  # sub-headings kept as plain lines


def test_sample_points_with_headings(sample):
    points = sample.agenda_items[0].points
    summary = [(p.heading, p.kind) for p in points]
    assert summary == (
        [(None, "decision")] * 3
        + [(LEDERTRIVSEL, "decision")]
        + [(LEDERTRIVSEL, "plenum")] * 4
        + [(REFORM, "decision")]
        + [(REFORM, "plenum")] * 4  # the numbered Reformkompas themes are plenum points
        + [(REFORM, "decision")]
        + [(REFORM, "plenum")] * 4
        + [(REFORM, "decision")]
    )
    assert points[4].text.startswith("At reformimplementering kræver")
    assert points[9].text.startswith("Ejerskab og faglig mening - Inddragelse")
    assert points[12].text.startswith("Helhedsløsninger og tværfaglighed")
    assert points[14].text.endswith("og sikre sammenhæng med strategier.")
    assert points[-1].text.startswith("Afslutningsvis fortalte Morten")
    assert all(p.text and "**" not in p.text and not p.text.startswith("- ") for p in points)


def test_sample_attachments(sample):
    assert sample.attachments == [
        "Bilag 1. Handlerum - faglig ledelse",
        "Bilag 2. One-pager_ Opsummering af lederforumseminar og postkort",
    ]


# ---------------------------------------------------------------------------- other encodings


def test_docx_gives_the_same_parse(sample):
    data = markdown_to_docx(sample_text())
    assert data[:2] == b"PK"
    assert parse_minutes(read_minutes_bytes(data, "referat.docx")) == sample


def test_docx_with_numbering_properties_gives_the_same_parse(sample):
    data = markdown_to_docx(sample_text(), numbering_properties=True)
    assert parse_minutes(read_minutes_bytes(data, "referat.docx")) == sample


def test_cp1252_crlf_gives_the_same_parse(sample):
    data = sample_text().replace("\n", "\r\n").encode("cp1252")
    text = read_minutes_bytes(data, "referat.md")
    assert "\r" not in text and "Sønderø" in text
    assert parse_minutes(text) == sample


def test_utf8_bom_gives_the_same_parse(sample):
    data = b"\xef\xbb\xbf" + sample_text().encode("utf-8")
    assert parse_minutes(read_minutes_bytes(data, "referat.md")) == sample
    # a BOM left in the text does no harm either
    assert parse_minutes("\ufeff" + sample_text()) == sample


def test_plain_text_without_markers(sample):
    plain = re.sub(r"^#+\s*", "", sample_text(), flags=re.M).replace("**", "")
    parsed = parse_minutes(plain)
    assert parsed.date == sample.date and parsed.location == sample.location
    assert parsed.attendees == sample.attendees
    item = parsed.agenda_items[0]
    assert (item.number, item.title, item.case_number) == (
        1,
        "Ledertrivsel og reformarbejde",
        "S2024-702",
    )
    assert item.summary == sample.agenda_items[0].summary
    assert [p.heading for p in item.points] == [p.heading for p in sample.agenda_items[0].points]
    assert parsed.attachments == sample.attachments


# ---------------------------------------------------------------------------- further referater


def test_direktionen_referat():
    parsed = parse_minutes(DIREKTIONEN.read_text(encoding="utf-8"))
    assert parsed.forum == "Direktionen"
    assert parsed.date == date(2025, 9, 10) and parsed.start_time == time(9, 0)
    assert [(a.name, a.present) for a in parsed.attendees if not a.present] == [
        ("Lasse Lyø Rahbek", False)
    ]
    assert len(parsed.attendees) == 6
    assert [(i.number, i.title, i.case_number) for i in parsed.agenda_items] == [
        (1, "Opfølgning på Lederforum", "S2025-118"),
        (2, "Budget 2026 og reformspor", "S2025-204"),
        (3, "Orientering fra HR", "S2025-311"),
    ]
    first, second, third = parsed.agenda_items
    assert first.points[0] == MinutesPoint(
        None, "Direktionen tog orienteringen til efterretning.", "decision"
    )
    assert first.points[2].kind == "plenum" and first.points[2].text.startswith(
        "Charlotte og Lasse"
    )
    assert [(p.heading, p.kind) for p in second.points] == [
        ("Reformspor", "decision"),
        ("Reformspor", "plenum"),
        ("Reformspor", "plenum"),
        ("Budget", "decision"),
    ]
    assert third.decision == "Taget til efterretning."
    assert parsed.attachments == [
        "Bilag 1. Postkort fra Lederforum",
        "Bilag 2. Sygefraværsstatistik 2. kvartal 2025",
    ]


def test_plain_text_chefforum_referat():
    parsed = parse_minutes(CHEFFORUM.read_text(encoding="utf-8"))
    assert parsed.forum == "Strategisk Chefforum"
    assert parsed.date == date(2025, 11, 5) and parsed.start_time == time(13, 0)
    assert parsed.location == "Byrådssalen, Sønderø Rådhus"
    assert [a.name for a in parsed.attendees if not a.present] == [
        "Karina Pedersen",
        "Mette Tokehøj",
    ]
    assert "Kristian Juul Kjærgaard" in [a.name for a in parsed.attendees]
    assert len(parsed.attendees) == 7
    assert [i.title for i in parsed.agenda_items] == ["Ny onboarding", "Mødefri fredag"]
    one, two = parsed.agenda_items
    assert one.summary.startswith("Strategisk Chefforum skal tage stilling")
    assert one.summary.endswith("input fra Lederforum.")
    assert [p.text for p in one.points][
        1
    ] == "Selma følger op med de enkelte fagområder medio december."
    assert two.decision.startswith("Strategisk Chefforum bakker op om forslaget.")
    assert parsed.attachments == ["Bilag 1. Skitse til onboarding-forløb", "Bilag 2. Tidsplan"]


def test_title_date_is_used_when_modedato_is_missing():
    text = "REFERAT Kommunalbestyrelsen d. 03-04-2025\n\nPunkt 1: Budget\n\nBeslutning\nGodkendt."
    parsed = parse_minutes(text)
    assert parsed.forum == "Kommunalbestyrelsen"
    assert parsed.date == date(2025, 4, 3) and parsed.start_time is None
    assert parsed.agenda_items[0].decision == "Godkendt."
    assert parsed.agenda_items[0].points == [MinutesPoint(None, "Godkendt.", "decision")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onsdag d. 26. februar 2025 kl. 08:30", date(2025, 2, 26)),
        ("tirsdag den 2. dec. 2025", date(2025, 12, 2)),
        ("26-02-2025", date(2025, 2, 26)),
        ("26.02.2025", date(2025, 2, 26)),
        ("2025-02-26", date(2025, 2, 26)),
        ("uge 42", None),
        ("31. februar 2025", None),
    ],
)
def test_parse_danish_date(text, expected):
    assert parse_danish_date(text) == expected


# ---------------------------------------------------------------------------- errors


def test_letter_is_not_a_referat():
    with pytest.raises(MinutesError) as info:
        parse_minutes((DATA / "brev.txt").read_text(encoding="utf-8"))
    assert "ligner ikke et referat" in str(info.value)
    assert "does not look like minutes" in info.value.message("en")


def test_missing_meeting_date_is_asked_for_not_refused():
    minutes = parse_minutes("# REFERAT Lederforum\n\n**Mødested** Rådhuset\n\n# Punkt 1: Noget\n")
    assert minutes.date is None and [i.title for i in minutes.agenda_items] == ["Noget"]
    (asked,) = [w for w in minutes.warnings if w.code == "no_date"]
    assert "ingen mødedato" in asked.da and "»Mødedato«" in asked.da


def test_a_roll_call_heading_the_text_is_a_referat_asked_for_its_date():
    # A web page's referat whose title and date stayed in the page's title: it opens at the
    # roll call, labels on lines of their own, and has one item. Asked for its date.
    text = (
        "Deltagere:\nFormand Aase Holm, Bent Lund og Carla Friis.\nAfbud:\nIngen\n"
        "Referent:\nDorte Bak, Sekretariatet\n\nFormanden bød velkommen.\n\n"
        "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date is None and [i.title for i in minutes.agenda_items] == [
        "Godkendelse af dagsorden"
    ]
    assert [w.code for w in minutes.warnings if w.code == "no_date"] == ["no_date"]
    assert minutes.title == ""  # "Deltagere:" names no meeting: the review's default title
    # one label is any list's: a note that names who took part is still no referat
    with pytest.raises(MinutesError, match="ligner ikke et referat"):
        parse_minutes("Deltagere:\nAase og Bent\n\nVi mødes igen efter ferien. Husk kaffe.\n")


def test_empty_text():
    with pytest.raises(MinutesError, match="tomt"):
        parse_minutes("  \n ")


def test_letter_with_a_date_field_is_not_a_referat():
    letter = (
        "Dato: 3. marts 2025\n\nKære Jeanette\n\nHermed materialet.\n\nMed venlig hilsen\nTorben\n"
    )
    with pytest.raises(MinutesError, match="ligner ikke et referat"):
        parse_minutes(letter)


def test_toc_entries_with_tabs_are_not_agenda_items():
    text = (
        "REFERAT Direktionen d. 01-10-2025\n\nIndholdsfortegnelse\nPunkt 1: Budget\t2\n"
        "Punkt 2: Personale\t3\n\nPunkt 1: Budget\nS2025-1\n\nBeslutning\nGodkendt.\n"
    )
    parsed = parse_minutes(text)
    assert [(i.number, i.title, i.case_number) for i in parsed.agenda_items] == [
        (1, "Budget", "S2025-1")
    ]


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_arbitrary_text_raises_only_minutes_error(text):
    try:
        parse_minutes(text)
    except MinutesError as err:
        assert str(err)


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_arbitrary_bytes_raise_only_minutes_error(data):
    try:
        text = read_minutes_bytes(data, "upload.docx" if data[:1] == b"P" else "upload.md")
    except MinutesError as err:
        assert str(err)
    else:
        assert "\r" not in text
