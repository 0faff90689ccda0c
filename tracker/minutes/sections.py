"""The words that mark a referat's structure: agenda items, case numbers, sections.

"Punkt 1: …", "Pkt. 3", "Sag nr. 12", "• 214. …"; "Sagsnr.", "Sags-ID", "Journalnr." (and
"Dok.nr.", which is no case number); the sections that hold this meeting's decision
("Beslutning", "Beslutning i … den …", "Aktuel beslutning", "Referat:", "Konklusion",
"Opfølgning") and those that never do ("Indstilling", "Sagsfremstilling", "Baggrund", …).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines import find_date
from tracker.minutes.header import FIELD_LINE, Line, is_title

_BULLET = re.compile(r"^\s*(?:[-*+•–]|\u2022)\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
# "Punkt 1: Title", "Pkt. 3 Title", "Sag nr. 12 Title", "Dagsordenspunkt 4 – Title"
_PUNKT = re.compile(
    r"^(?:Punkt|Pkt\.?|Sag\s+nr\.?|Dagsordenspunkt)\s*(\d{1,4})\s*(?:[:.)\-–]\s*|\s+|$)(.*)$",
    re.IGNORECASE,
)
# "214. Title", "• 214. Title": a number, then a title starting with a capital
_NUMBER_TITLE = re.compile(r"^(?:[•\-–]\s*)?(\d{1,4})\.?\s+([A-ZÆØÅ0-9\"«].*)$")
_TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,})\s*\d*\s*$|\t\s*\d+\s*$")
_CASE_NUMBER = re.compile(
    r"^(?:Sags?(?:nr|nummer)\.?\s*:?\s*)?([A-ZÆØÅ]{0,4}\d[\w./-]*\d(?:\s*[A-Z]\d+)?)$",
    re.IGNORECASE,
)
# A labelled case number; "Dok.nr." names a document, not the case, and is no case number.
_CASE_LABEL = re.compile(
    r"^(?:Sagsnr|Sagnr|Sags?\s*nummer|Sags-?ID|Sagsid|Journalnr|Journal\s+nr|J\.\s*nr)\.?"
    r"\s*:?\s*(\S*)\s*(?:Dok(?:ument)?\.?\s*(?:nr|id)\.?.*)?$",
    re.IGNORECASE,
)
# A case number alone on a line: "S2024-702", "27.00.00-A00-4-26", "26/1034".
_CASE_ALONE = re.compile(
    r"^(?:[A-ZÆØÅ]{1,4}\d{2,4}-\d{2,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2}/\d{3,6})$"
)
_DOCUMENT_LABEL = re.compile(r"^Dok(?:ument)?\.?\s*(?:nr|id)\.?\s*:?", re.IGNORECASE)
_NOT_PRESENT = re.compile(
    r"\s*Følgende\s+deltog\s+ikke\s+i\s+behandlingen\s+af\s+punktet\s*:?\s*$", re.IGNORECASE
)
_DECISION_WORDS = (
    r"(?:aktuel\s+beslutning\b.*|beslutning(?:er)?\b(?:\s+\S+){0,8}?|konklusion|opfølgning"
    r"|referat|beslutningsreferat)"
)
_SECTION_WORDS = (
    ("summary", re.compile(r"^(?:sagens\s+kerne|resum[eé]|sagsfremstilling)\s*:?$", re.I)),
    ("programme", re.compile(r"^(?:program|dagsorden)\s*:?$", re.I)),
    ("decision", re.compile(r"^" + _DECISION_WORDS + r"\s*:?$", re.I)),
    ("attachments", re.compile(r"^bilag\s*:?$", re.I)),
    (
        "other",
        re.compile(
            r"^(?:indstilling(?:en)?|baggrund|økonomi(?:ske\s+konsekvenser)?|høring|kommunikation"
            r"|lovgrundlag|retsgrundlag|vurdering|supplerende\s+sagsfremstilling|tidsplan"
            r"|administrationens\s+indstilling|forvaltningens\s+indstilling|beslutningstema"
            r"|sagsbeskrivelse|historik|tidligere\s+beslutninger|udvalgets\s+beslutning\s+.*\d{4})"
            r"\s*:?$",
            re.I,
        ),
    ),
)
_BARE_SECTION_WORDS = ("sagens kerne", "beslutning", "bilag", "program", "indholdsfortegnelse")
_INLINE_SECTION = re.compile(
    r"^(Beslutning|Sagens kerne|Bilag|Konklusion|Referat|Opfølgning|Indstilling|Baggrund"
    r"|Sagsfremstilling)\s*:\s*(\S.*)$",
    re.I,
)
_ATTACHMENT_LINE = re.compile(r"^bilag\s+\d+\s*[.:)\-–]?\s*\S", re.I)
_DECIDED_ON = re.compile(r"^Beslutning\s+i\s+.{2,80}?\s(?:den|d\.)\s+\d", re.I)
_ABSENCE_ITEM = re.compile(r"\b(?:fravær|afbud)\b", re.I)


def _section_kind(text: str) -> str | None:
    words = text.rstrip(":").strip()
    if len(words) > 90:
        return None
    for kind, pattern in _SECTION_WORDS:
        if pattern.match(words):
            return kind
    return None


def _agenda_match(line: Line, plain: bool) -> tuple[int, str] | None:
    """(number, title) when the line is an agenda item's heading."""
    if line.toc or not line.text:
        return None
    m = _PUNKT.match(line.text)
    if m:
        if line.level or line.bold or re.match(r"^Punkt\s+\d+\s*[:.]", line.text, re.I):
            return int(m.group(1)), m.group(2).strip().rstrip(".")
        if not re.match(r"^Punkt\b", line.text, re.I) and len(line.text) < 150:
            return int(m.group(1)), m.group(2).strip().rstrip(".")
        return None
    m = _NUMBER_TITLE.match(line.text)
    if not m or len(line.text) > 160 or _ATTACHMENT_LINE.match(line.text):
        return None
    title = m.group(2).strip()
    # A sentence ("1. Udvalget godkendte indstillingen.") is no heading; a title has no full stop.
    if re.search(r"[.!?]$", title) and not line.level:
        return None
    if line.level or line.bold or line.case_below or (plain and len(title.split()) <= 16):
        return int(m.group(1)), title.rstrip(".")
    return None


def _is_agenda_heading(line: Line, plain: bool = False) -> bool:
    return _agenda_match(line, plain) is not None


def clean_inline(text: str) -> str:
    """Strip Markdown emphasis and escapes from one line."""
    text = re.sub(r"(\*\*|__)([^\n]{1,500}?)\1", r"\2", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", text)
    text = text.replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n"):
        stripped = raw.strip()
        level = 0
        m = _HEADING.match(stripped)
        if m:
            level, stripped = len(m.group(1)), m.group(2)
        bold = bool(re.fullmatch(r"(\*\*|__)[^*_].*\1:?", stripped))
        toc = bool(_TOC_LEADER.search(stripped))
        cleaned = _NOT_PRESENT.sub("", clean_inline(stripped))
        lines.append(Line(level, cleaned, bold, toc))
    texts = [line for line in lines if line.text]
    for line, following in zip(texts, texts[1:], strict=False):
        line.case_below = bool(
            _CASE_ALONE.match(following.text) or _CASE_LABEL.match(following.text)
        )
    return lines


def _is_referat_like(lines: list[Line]) -> bool:
    head = [line for line in lines if line.text][:15]
    if any(is_title(line.text) for line in head):
        return True
    dated = decided = False
    for line in lines:
        m = FIELD_LINE.match(line.text)
        if m and m.group(1).lower() in ("mødedato", "dato") and find_date(m.group(2)):
            if m.group(1).lower() == "mødedato":
                return True
            dated = True
        if _PUNKT.match(line.text) and (line.level or ":" in line.text[:12]):
            return True
        decided = decided or _section_kind(line.text) == "decision"
    # "Dato:" alone is any letter's; with a decision section it is a referat.
    return dated and decided
