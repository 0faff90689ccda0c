"""The words that mark a referat's structure: agenda items, case numbers, sections.

"Punkt 1: …", "Pkt. 3", "Sag nr. 12", "• 214. …"; "Sagsnr.", "Sags-ID", "Journalnr." (and
"Dok.nr.", which is no case number); the sections that hold this meeting's decision
("Beslutning", "Beslutning i … den …", "Aktuel beslutning", "Referat:", "Konklusion",
"Opfølgning") and those that never do ("Indstilling", "Sagsfremstilling", "Baggrund", …).

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.deadlines.words import FULL_MONTHS
from tracker.minutes.header import Line
from tracker.minutes.letters import CAPITALS

# "- Text", "• Text"; a web page's list saved with its marker twice: "• • Text"
BULLET = re.compile(r"^\s*(?:[-*+•–]|\u2022)(?:\s+•)?\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
# "Punkt 1: Title", "Pkt. 3 Title", "Sag nr. 12 Title", "Dagsordenspunkt 4 – Title",
# "Pkt. 1 — Title"
# ("PKT. 1. - 4." above a decision names the points it covers: no item)
_PUNKT = re.compile(
    r"^(?:Punkt|Pkt\.?|Sag\s+nr\.?|Dagsordenspunkt)\s*(\d{1,4})(?!\.?\s*[-–]\s*\d)"
    r"\s*(?:[:;.)\-–—]\s*|\s+|$)(.*)$",
    re.IGNORECASE,
)
# "214. Title", "• 214. Title", "3: Title", "6:Title", "2) Title", "2). Title", "4-   Title":
# a number, a title (which may open with a figure: "3) 3D skydning")
# "1.Godkendelse af dagsorden": a number glued to its title's word (never "1.December")
_GLUED_TITLE = r"\.(?=[A-ZÆØÅ][a-zæøå]{2})(?!(?i:" + "|".join(FULL_MONTHS) + r")\b)"
_OPENS = "[" + CAPITALS + '"«]'  # a title's first letter, or its quote
_NUMBER_TITLE = re.compile(
    r"^(?:[•\-–]\s*)?(\d{1,4})(?:\.?\s+| ?:\s*(?=" + _OPENS + r")|\.?\)\.?\s*(?=" + _OPENS + r"|\d)"
    r"|(?<=^\d)-\s+(?="
    + _OPENS
    + r")|(?<=^\d\d)-\s+(?="
    + _OPENS
    + r")|"
    + _GLUED_TITLE
    # "2 - Meddelelser": an agenda tool's number, a spaced dash, the title
    + r"|\s[-–]\s+(?="
    + _OPENS
    + r")"
    # "1/ Generalforsamling": a number, a slash, a space, the title (never a date's "15/01")
    + r"|/\s+(?="
    + _OPENS
    + r")"
    + r")"
    r"([" + CAPITALS + '0-9"«“”„].*'  # a title in quotes, typographic ones too: "1. ” Landskab”"
    r"|[a-zæøå]\s*(?:\+|&|og)\s*[a-zæøå]\s+[A-ZÆØÅ].*"  # "2. a + b Planlægning …": two sub-points
    r"|a\)\s+[A-ZÆØÅ].*\sb\)\s+[A-ZÆØÅ].*)$"  # "7. a) Minikonfirmander. b) Konfirmationer."
)

# A table of contents' page number: after dots, a tab or (a text layout) a run of spaces.
TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,})\s*\d*\s*$|\t\s*\d+\s*$|\S {4,}\d{1,3}$")
# (a word in small letters inside it, "page2image26180016", is a PDF converter's image name);
# "18.00Ø00 - 2015/01100": the case's subject code (KLE) before its number
_CASE_NUMBER = re.compile(
    r"^(?:Sags?(?:nr|nummer)\.?\s*:?\s*)?(?:\d{2}\.\d{2}(?:\.\d{2})?[A-ZÆØÅ]\d{2}\s*[-–]\s*)?"
    r"(?!\S*(?-i:[a-zæøå]{3}))"
    r"([A-ZÆØÅ]{0,4}-?\d[\w./-]*\d(?:\s*[A-Z]\d+)?)$",
    re.IGNORECASE,
)
# A labelled case number; "Dok.nr." names a document, not the case, and is no case number.
# Words after a number are the case's forum and access ("Sagsnr. 24903 Udvalget Åbent punkt").
_CASE_LABEL = re.compile(
    r"^(?:Sagsnr|Sagnr|Sags?\s*nummer|Sags-?ID|Sagsid|Journalnr|Journal\s+nr|J\.\s*nr)\.?"
    # the case number, then maybe the document's or journal's ("J.nr.: 00.01.00  Dokumentnr.: …")
    r"\s*:?\s*(\S*)(?:\s*(?:Dok(?:ument)?\.?\s*(?:nr|id)|J\.\s?nr)\.?.*|(?<=\d)\s+[A-ZÆØÅ][^\d]*)?"
    r"\s*$",
    re.IGNORECASE,
)
# A case number alone on a line: "S2024-702", "27.00.00-A00-4-26", "26/1034",
# FirstAgenda's "EMN-2025-007940".
_CASE_ALONE = re.compile(
    r"^(?:[A-ZÆØÅ]{1,4}\d{2,4}-\d{2,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2}/\d{3,6}"
    r"|[A-ZÆØÅ]{2,4}-\d{4}-\d{3,8})$"
)
_DOCUMENT_LABEL = re.compile(r"^Dok(?:ument)?\.?\s*(?:nr|id)\.?\s*:?", re.IGNORECASE)
_NOT_PRESENT = re.compile(
    r"\s*Følgende\s+deltog\s+ikke\s+i\s+behandlingen\s+af\s+punktet\s*:?\s*$", re.IGNORECASE
)
_DECISION_WORDS = (
    r"(?:aktuel\s+beslutning\b.*|beslutning(?:er)?\b(?:\s+\S+){0,8}?|konklusion|opfølgning"
    r"|(?:til\s+)?referat|ref\.|beslutningsreferat)"  # "Til referat;": what goes in the minutes
)
_SECTION_WORDS = (
    (
        "summary",
        re.compile(
            r"^(?:sagens\s+kerne|resum[eé]|sagsfremstilling|sammendrag|beskrivelse\s+af\s+sagen)"
            r"\s*:?$",
            re.I,
        ),
    ),
    ("programme", re.compile(r"^(?:program|dagsorden)\s*:?$", re.I)),
    ("decision", re.compile(r"^" + _DECISION_WORDS + r"\s*:?$", re.I)),
    ("attachments", re.compile(r"^bilag\s*:?$", re.I)),
    # the end matter after the last item: read, nothing to place
    ("end", re.compile(r"^underskrift(?:sside|sblad|er)?\s*:?$", re.I)),
    # What the meeting was asked to decide: its tasks are the meeting's only when approved.
    (
        "proposal",
        re.compile(
            r"^(?:indstilling(?:en)?|administrationens\s+indstilling|forvaltningens\s+indstilling"
            r"|direktørens\s+indstilling|forslag(?:\s+til\s+beslutning)?|beslutningspunkter"
            r"|det\s+indstilles)\s*:?$",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"^(?:baggrund|økonomi(?:ske)?(?:\s+(?:og|konsekvenser|organisatoriske|finansiering"
            r"|personale)){0,4}|høring|kommunikation|beslutningen\s+træffes\s+af"
            r"|sagen\s+(?:afgøres|behandles)\s+i|kompetence|personale|[\w\s]{3,60}\s+påtegning"
            r"|lovgrundlag|retsgrundlag|vurdering|supplerende\s+sagsfremstilling|tidsplan"
            r"|beslutningstema|sagsforløb|sagsbeskrivelse|historik|tidligere\s+beslutninger"
            r"|udvalgets\s+beslutning\s+.*\d{4})"
            r"\s*:?$",
            re.I,
        ),
    ),
)
_BARE_SECTION_WORDS = (
    "sagens kerne",
    "beslutning",
    "bilag",
    "program",
    "indholdsfortegnelse",
    "indstilling",
    "sagsforløb",
)
# "Beslutning i Økonomiudvalget den 1. oktober 2018:", "Udvalgets beslutning den 04.12.2012
# Punkt 2 Indstillingen godkendt", "Behandling i Udvalget … onsdag den 15. januar 2020, pkt. 1",
# "Beslutning Ældrerådet den 10-11-2016": this meeting's decision when the date is its date.
_DECIDED_LABEL = re.compile(
    r"^(?P<label>(?:[^\n]{2,100}?\s?s\s+)?(?:beslutning(?:er)?|behandling)\s+(?:(?:i|på|af)\s+)?"
    r"[^\n]{0,110}?(?:den|d\.)\s+(?P<date>\d{1,2}[-./]\s?\d{1,2}[-./]\s?\d{2,4}"
    r"|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})(?:\s*,?\s*(?:punkt|pkt\.?)\s*\d+)?)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# A heading in capitals, alone or glued to its paragraph by the PDF: "BESLUTNINGSFORSLAG FRA
# KF OG M", "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ De senere år …"; it opens
# a proposal or the case's text, never this meeting's decision.
_CAPS_HEADING = re.compile(
    r"^((?:[A-ZÆØÅ]{2,}[A-ZÆØÅ,&/-]*\s+)*[A-ZÆØÅ][A-ZÆØÅ,&/-]*)(?=\s+[A-ZÆØÅ][a-zæøå]|\s*$)"
)
_CAPS_WORDS = re.compile(
    r"FORSLAG|INDSTILLING|SAGSFREMSTILLING|BAGGRUND|RESUM[EÉ]|NOTAT|BEGRUNDELSE"
    r"|PROBLEMSTILLING|SAGSFORLØB|HØRINGSSVAR"
)
_INLINE_SECTION = re.compile(
    r"^(Beslutning|Sagens kerne|Bilag|Konklusion|Referat|Opfølgning|Indstilling|Baggrund"
    r"|Sagsfremstilling|Beslutningsreferat)\s*:\s*(\S.*)$",
    re.I,
)
# "Bestyrelsens beslutning. Godkendt", "Rådets beslutning:": a body's decision, labelled by
# the body's name in the genitive (a full stop for the colon too), the decision after it
_BODY_DECISION = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,30}s\s+beslutning\s*[.:]\s*(\S.*)?$")
_ATTACHMENT_LINE = re.compile(r"^bilag\s+\d+\s*[.:)\-–]?\s*\S", re.I)
# An item about who is away ("Fraværende", "Meddelelse om fravær", "Afbud og stedfortrædere"),
# not one about absence as a subject ("Fravær blandt borgere i hjemmeplejen").
_ABSENCE_ITEM = re.compile(
    r"^(?:meddelelse\s+om\s+|registrering\s+af\s+|godkendelse\s+af\s+)?(?:fravær|fraværende"
    r"|afbud)(?:\s*(?:/|,|og|&)\s*(?:fravær|fraværende|afbud|stedfortrædere|suppleanter"
    r"|inhabilitet|fremmøde))*\s*\.?$",
    re.I,
)


def line_section(line: Line, plain: bool) -> tuple[str, str | None] | None:
    """(kind, the text after the label) when the line opens a section of an item, else None.

    Kinds: "decision", "summary", "proposal", "programme", "attachments", "end", "other".
    """
    text = line.text
    if not text:
        return None
    m = _DECIDED_LABEL.match(text)
    if m and (m.group("rest") or len(text) <= 200):
        return "decision", m.group("rest").strip() or None
    is_heading = line.level > 0 or line.bold or plain
    kind = section_kind(text) if is_heading else None
    if kind is None and (
        text.rstrip(":").lower() in _BARE_SECTION_WORDS
        or (text.endswith(":") or len(text) < 40)
        and section_kind(text) in ("decision", "other", "summary", "proposal", "end")
        and not BULLET.match(text)
    ):
        kind = section_kind(text)
    if kind is not None:
        return kind, None
    if line.level:
        return None
    m = _BODY_DECISION.match(text)
    if m:
        return "decision", m.group(1)
    m = _INLINE_SECTION.match(text)
    if m and not _ATTACHMENT_LINE.match(text):
        return section_kind(m.group(1)), m.group(2)
    m = _CAPS_HEADING.match(text)
    if m and _CAPS_WORDS.search(m.group(1)):
        rest = text[m.end() :].strip() or None
        return ("proposal" if re.search(r"FORSLAG|INDSTILLING", m.group(1)) else "other"), rest
    return None


def section_kind(text: str) -> str | None:
    """The kind of section a label line opens ("decision" for "Beslutning:", …), or None."""
    words = text.rstrip(":;").strip()  # "Til referat;": a semicolon for the colon
    if len(words) > 90:
        return None
    for kind, pattern in _SECTION_WORDS:
        if pattern.match(words):
            return kind
    return None


_BOLD = re.compile(r"(\*\*|__)([^\n]{1,500}?)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_BLANKS = re.compile(r"[ \t]+")


def clean_inline(text: str) -> str:
    """Strip Markdown emphasis and escapes from one line."""
    # Most lines have no mark at all: the three passes below change nothing without one,
    # and they were a fifth of a long PDF's parse.
    if "*" in text or "_" in text or "\\" in text:
        text = _BOLD.sub(r"\2", text)
        text = text.replace("**", "").replace("__", "")
        text = _ITALIC.sub(r"\1", text)
        text = _ESCAPE.sub(r"\1", text)
    text = text.replace("\xa0", " ")
    return _BLANKS.sub(" ", text).strip()


@dataclass
class Row(Line):
    """A table row (three cells or more) as one line; ``cells`` says how many."""

    cells: int = 0


_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # A label or a contents list glued to the next item: "Indholdsfortegnelse1. Fraværende",
    # "Sagsfremstilling2. Godkendelse af dagsorden", "10. Eventuelt1. Orientering"
    text = re.sub(r"(?<=[a-zæøå]{4})(?=\d{1,3}\.\s+[A-ZÆØÅ])", "\n", text)
    # An accordion's toggle glued to its label: "fold dette punkt ind Beslutning"
    text = re.sub(r"(?im)^(\s*)(?:fold\s+dette\s+punkt\s+(?:ind|ud)|vis\s+mere)\s+", r"\1", text)
    for raw in text.split("\n"):
        stripped = raw.strip()
        level = 0
        m = _HEADING.match(stripped)
        if m:
            level, stripped = len(m.group(1)), m.group(2)
        bold = bool(re.fullmatch(r"(\*\*|__)[^*_].*\1:?", stripped))
        toc = bool(TOC_LEADER.search(stripped))
        cleaned = _NOT_PRESENT.sub("", clean_inline(stripped))
        cells = len([c for c in stripped.split("\t") if c.strip()])
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        lines.append(
            Row(level, cleaned, bold, toc, indent=indent, cells=cells)
            if cells >= 3
            else Line(level, cleaned, bold, toc, indent=indent)
        )
    _drop_running_lines(lines)
    texts = [line for line in lines if line.text]
    for line, following in zip(texts, texts[1:], strict=False):
        line.case_below = bool(
            _CASE_ALONE.match(following.text) or _CASE_LABEL.match(following.text)
        )
    return lines


_PAGE_NUMBER = re.compile(
    r"^(?:side\s+\d+(?:\s*(?:af|/)\s*\d+)?|\d+\s+(?:of|af)\s+\d+|-\s*\d+\s*-)$", re.I
)
HEAD_LINES = 8


def _drop_running_lines(lines: list[Line]) -> None:
    """Blank a page's running header and page number ("Referat Åbent referat", "Dato: …",
    "Side 4"): lines of the head repeated in the body, and page numbers. A section label
    ("Referat") goes only where it stands among other running lines."""
    filled = [i for i, line in enumerate(lines) if line.text]
    first_item = next(
        (
            k
            for k, i in enumerate(filled)
            if _PUNKT.match(lines[i].text) or _NUMBER_TITLE.match(lines[i].text)
        ),
        len(filled),
    )
    # the head: before any item (a short referat's "Godkendt." repeated is no page header)
    head = {
        lines[i].text for i in filled[: min(HEAD_LINES, first_item)] if len(lines[i].text) <= 80
    }
    counts: dict[str, int] = {}
    for i in filled:
        counts[lines[i].text] = counts.get(lines[i].text, 0) + 1
    # "Åben" over each item of a case system's page is the item's mark, not a running head
    running = {t for t in head if counts.get(t, 0) >= 3 and not ACCESS_MARK.match(t)}
    body = filled[HEAD_LINES:]
    marked = [i for i in body if lines[i].text in running or _PAGE_NUMBER.match(lines[i].text)]
    plain_running = [i for i in marked if not section_kind(lines[i].text)]
    for i in marked:
        # a label ("Referat") repeated goes only beside a running line that is no label
        if not section_kind(lines[i].text) or any(abs(i - j) <= 4 for j in plain_running):
            lines[i].text = ""


# A case system's access mark alone on a line over each item: "Åben", "Lukket punkt"
ACCESS_MARK = re.compile(r"^(?:åben|åbent|lukket)(?:\s+punkt)?$", re.IGNORECASE)
