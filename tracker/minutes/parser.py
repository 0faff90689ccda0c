"""Parse a Danish referat (meeting minutes) into its structure.

The input is the Markdown the case system exports ("# REFERAT Lederforum d. 26-02-2025",
"**Mødedato** ...", "# Punkt 1: ...", "## Sagens kerne", "## Beslutning", "## Bilag") or the
same text without the ``#``/``**`` markers, where heading lines are recognised by their words.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from tracker.minutes.reading import (
    MinutesError,
    clean_inline,
    parse_danish_date,
    parse_time,
)


@dataclass
class Attendee:
    name: str
    present: bool


@dataclass
class MinutesPoint:
    heading: str | None
    text: str
    kind: str  # "decision" (paragraph) or "plenum" (bullet or numbered item)


@dataclass
class ParsedAgendaItem:
    number: int
    title: str
    case_number: str | None
    summary: str
    decision: str
    points: list[MinutesPoint] = field(default_factory=list)


@dataclass
class ParsedMinutes:
    forum: str
    title: str
    date: date
    start_time: time | None
    location: str | None
    attendees: list[Attendee] = field(default_factory=list)
    agenda_items: list[ParsedAgendaItem] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)


_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•–]|\u2022)\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
_PUNKT = re.compile(r"^Punkt\s+(\d{1,3})\s*(?:[:.)\-–]\s*|\s+)(.*)$", re.IGNORECASE)
_TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,}|\t)\s*\d*\s*$")
_CASE_NUMBER = re.compile(
    r"^(?:Sags?(?:nr|nummer)\.?\s*:?\s*)?([A-ZÆØÅ]{0,4}\d[\w./-]*\d(?:\s*[A-Z]\d+)?)$",
    re.IGNORECASE,
)
_REFERAT_TITLE = re.compile(r"^referat\b", re.IGNORECASE)
_FIELDS = {  # field word -> kind
    **dict.fromkeys(("mødedato", "dato"), "date"),
    **dict.fromkeys(("mødetidspunkt", "tidspunkt"), "time"),
    **dict.fromkeys(("mødested", "sted", "lokale"), "location"),
    **dict.fromkeys(("mødedeltagere", "deltagere", "til stede"), "attendees"),
    **dict.fromkeys(("afbud", "fraværende", "fravær"), "absent"),
}
_FIELD_LINE = re.compile(
    r"^(" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + r")(?![\wæøå])\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_ABSENT_MARK = re.compile(
    r"\s*\((?:fravær|fraværende|afbud|afbud\s+\w+|fraværende\s+\w+)\)\s*$", re.I
)
_SECTION_WORDS = (
    ("summary", re.compile(r"^(?:sagens\s+kerne|resum[eé]|sagsfremstilling)\s*:?$", re.I)),
    ("programme", re.compile(r"^(?:program|dagsorden)\s*:?$", re.I)),
    (
        "decision",
        re.compile(r"^(?:aktuel\s+beslutning\b.*|beslutning(?:er)?\b(?:\s+\S+){0,6}?\s*:?)$", re.I),
    ),
    ("attachments", re.compile(r"^bilag\s*:?$", re.I)),
    ("other", re.compile(r"^(?:indstilling|baggrund|økonomi|høring|kommunikation)\s*:?$", re.I)),
)
_BARE_SECTION_WORDS = ("sagens kerne", "beslutning", "bilag", "program", "indholdsfortegnelse")
_ATTACHMENT_LINE = re.compile(r"^bilag\s+\d+\s*[.:)\-–]?\s*\S", re.I)


@dataclass
class _Line:
    level: int  # Markdown heading level, 0 for body text
    text: str  # cleaned text
    bold: bool  # the whole line was bold (**...**)
    toc: bool = False  # ends in a dot leader or tab + page number (table of contents)


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n"):
        stripped = raw.strip()
        level = 0
        m = _HEADING.match(stripped)
        if m:
            level, stripped = len(m.group(1)), m.group(2)
        bold = bool(re.fullmatch(r"(\*\*|__)[^*_].*\1:?", stripped))
        toc = bool(_TOC_LEADER.search(stripped))
        lines.append(_Line(level, clean_inline(stripped), bold, toc))
    return lines


def _section_kind(text: str) -> str | None:
    words = text.rstrip(":").strip()
    if len(words) > 90:
        return None
    for kind, pattern in _SECTION_WORDS:
        if pattern.match(words):
            return kind
    return None


def _is_referat_like(lines: list[_Line]) -> bool:
    for line in lines:
        if _REFERAT_TITLE.match(line.text) and len(line.text) < 150:
            return True
        m = _FIELD_LINE.match(line.text)
        if m and m.group(1).lower() == "mødedato" and parse_danish_date(m.group(2)):
            return True
        if _PUNKT.match(line.text) and (line.level or ":" in line.text[:12]):
            return True
    return False


def parse_minutes(text: str) -> ParsedMinutes:
    """Parse referat text. Raises :class:`MinutesError` when it is not a usable referat."""
    if not text or not text.strip():
        raise MinutesError("Referatet er tomt.", "The minutes are empty.", code="empty")
    lines = _split_lines(text)
    if not _is_referat_like(lines):
        raise MinutesError(
            "Teksten ligner ikke et referat: der er ingen overskrift med »REFERAT«, "
            "ingen »Mødedato« og ingen dagsordenspunkter (»Punkt 1: …«).",
            "The text does not look like minutes: there is no 'REFERAT' title, "
            "no 'Mødedato' and no agenda items ('Punkt 1: ...').",
            code="not_minutes",
        )
    plain = not any(line.level for line in lines)
    header_end = next(
        (
            i
            for i, line in enumerate(lines)
            if _is_agenda_heading(line) or line.text.lower().startswith("indholdsfortegnelse")
        ),
        len(lines),
    )
    header = _parse_header(lines[:header_end])
    if header["date"] is None:
        raise MinutesError(
            "Referatet mangler en mødedato. Skriv fx »Mødedato: 26. februar 2025 kl. 08:30«.",
            "The minutes have no meeting date. Add e.g. 'Mødedato: 26. februar 2025 kl. 08:30'.",
            code="no_date",
        )
    items, attachments = _parse_body(lines[header_end:], plain)
    return ParsedMinutes(**header, agenda_items=items, attachments=attachments)


def _is_agenda_heading(line: _Line) -> bool:
    m = _PUNKT.match(line.text)
    if not m or line.toc:
        return False
    return bool(line.level or line.bold or re.match(r"^Punkt\s+\d+\s*[:.]", line.text, re.I))


def _parse_header(lines: list[_Line]) -> dict:
    result: dict = dict(forum="", title="", date=None, start_time=None, location=None)
    result["attendees"] = []
    title_date = None
    for line in lines:
        if line.text and _REFERAT_TITLE.match(line.text) and not result["title"]:
            result["title"] = line.text
            result["forum"] = _forum_from_title(line.text)
            title_date = parse_danish_date(line.text)
    if not result["title"]:
        first = next((ln for ln in lines if ln.text), None)
        result["title"] = first.text if first else ""
    i = 0
    while i < len(lines):
        m = _FIELD_LINE.match(lines[i].text)
        if not m:
            i += 1
            continue
        kind, value = _FIELDS[m.group(1).lower()], m.group(2).strip()
        j = i + 1
        if kind in ("attendees", "absent") or not value:
            # the value may continue (or start) on the following lines
            parts = [value] if value else []
            while j < len(lines) and lines[j].text and not lines[j].level:
                if _FIELD_LINE.match(lines[j].text):
                    break
                parts.append(lines[j].text)
                j += 1
            sep = ", " if kind in ("attendees", "absent") else " "
            value = sep.join(p.rstrip(",") if sep == ", " else p for p in parts)
        i = j
        if kind == "date" and result["date"] is None:
            result["date"] = parse_danish_date(value)
            result["start_time"] = result["start_time"] or parse_time(value)
        elif kind == "time":
            result["start_time"] = parse_time(value) or parse_time(value, require_kl=False)
        elif kind == "location" and result["location"] is None and value:
            result["location"] = value.rstrip(".")
        elif kind in ("attendees", "absent"):
            for name, present in _parse_attendees(value):
                if kind == "absent":
                    present = False
                existing = next((a for a in result["attendees"] if a.name == name), None)
                if existing:
                    existing.present = existing.present and present
                else:
                    result["attendees"].append(Attendee(name, present))
    if result["date"] is None:
        result["date"] = title_date
    return result


def _forum_from_title(title: str) -> str:
    forum = re.sub(r"^referat\s*(?:[:\-–]\s*)?", "", title, flags=re.I)
    forum = re.sub(r"^(?:af|fra)\s+(?:(?:møde|mødet)\s+i\s+)?", "", forum, flags=re.I)
    forum = re.sub(
        r"[\s,\-–]*(?:(?:d\.|den)\s*)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.?\s*[a-zæøå]+\.?\s+\d{4}"
        r"|\d{4}-\d{2}-\d{2})\s*$",
        "",
        forum,
        flags=re.I,
    )
    return forum.strip(" -–,:")


def _parse_attendees(value: str) -> list[tuple[str, bool]]:
    result = []
    for part in re.split(r"\s*[,;]\s*|\s+og\s+", value):
        name = part.strip().strip(".")
        if not name:
            continue
        present = True
        if _ABSENT_MARK.search(name):
            present = False
            name = _ABSENT_MARK.sub("", name).strip()
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "(formand)" and similar roles
        if name:
            result.append((name, present))
    return result


# --------------------------------------------------------------------------------------
# Body: agenda items and attachments


class _ItemBuilder:
    def __init__(self, number: int, title: str) -> None:
        self.number = number
        self.title = title
        self.case_number: str | None = None
        self.summary: list[str] = []
        self.decision_blocks: list[tuple[str, str | None, str]] = []  # (kind, heading, text)
        self.heading: str | None = None

    def build(self) -> ParsedAgendaItem:
        points = [
            MinutesPoint(heading=h, text=t, kind="decision" if k == "decision" else "plenum")
            for k, h, t in self.decision_blocks
        ]
        return ParsedAgendaItem(
            number=self.number,
            title=self.title,
            case_number=self.case_number,
            summary="\n\n".join(b for b in self.summary if b),
            decision=_render_decision(self.decision_blocks),
            points=points,
        )


def _render_decision(blocks: list[tuple[str, str | None, str]]) -> str:
    out: list[str] = []
    number = 0
    prev = None
    last_heading = None
    for kind, heading, text in blocks:
        if heading != last_heading:
            last_heading = heading
            if heading:
                out.append(heading)
                prev = "heading"
        if kind == "plenum_numbered":
            number += 1
            piece = f"{number}. {text}"
        elif kind == "plenum":
            number = 0
            piece = f"- {text}"
        else:
            number = 0
            piece = text
        if out and kind.startswith("plenum") and prev and prev.startswith("plenum"):
            out[-1] += "\n" + piece
        else:
            out.append(piece)
        prev = kind
    return "\n\n".join(out)


def _paragraphs(lines: list[_Line]) -> list[tuple[str, str, bool]]:
    """Group body lines into ("para"|"bullet"|"numbered", text, bold) blocks."""
    blocks: list[tuple[str, str, bool]] = []
    current: list = []

    def flush() -> None:
        if current:
            blocks.append((current[0], " ".join(current[1]).strip(), current[2]))
            current.clear()

    for line in lines:
        if not line.text:
            flush()
            continue
        bullet, numbered = _BULLET.match(line.text), _NUMBERED.match(line.text)
        if bullet and not line.bold:
            flush()
            current.extend(["bullet", [bullet.group(1)], False])
        elif numbered and not line.bold and not _ATTACHMENT_LINE.match(line.text):
            flush()
            current.extend(["numbered", [numbered.group(2)], False])
        elif current:
            current[1].append(line.text)
            current[2] = current[2] and line.bold
        else:
            current.extend(["para", [line.text], line.bold])
    flush()
    return blocks


def _parse_body(lines: list[_Line], plain: bool) -> tuple[list[ParsedAgendaItem], list[str]]:
    items: list[ParsedAgendaItem] = []
    attachments: list[str] = []
    item: _ItemBuilder | None = None
    section = "toc"
    pending: list[_Line] = []
    expect_case = False

    def flush_pending() -> None:
        nonlocal pending
        if section == "attachments":
            for line in pending:
                name = _BULLET.sub(r"\1", line.text).strip()
                if name:
                    attachments.append(name)
        elif item is not None and section == "summary":
            kinds = {"para": "decision", "bullet": "plenum", "numbered": "plenum_numbered"}
            blocks = [(kinds[kind], None, text) for kind, text, _ in _paragraphs(pending)]
            item.summary.append(_render_decision(blocks))
        elif item is not None and section == "decision":
            _add_decision(item, _paragraphs(pending), plain)
        pending = []

    for line in lines:
        text = line.text
        if _is_agenda_heading(line):
            flush_pending()
            if item:
                items.append(item.build())
            m = _PUNKT.match(text)
            item = _ItemBuilder(int(m.group(1)), m.group(2).strip().rstrip("."))
            section, expect_case = "intro", True
            continue
        if text.lower().startswith("indholdsfortegnelse") and len(text) < 40:
            flush_pending()
            section = "toc"
            continue
        if section == "toc":
            continue
        if expect_case and text:
            expect_case = False
            m = _CASE_NUMBER.match(text)
            if m and item is not None and not line.level:
                item.case_number = m.group(1)
                continue
        is_heading = line.level > 0 or line.bold or plain
        kind = _section_kind(text) if is_heading and text else None
        if kind is None and text.rstrip(":").lower() in _BARE_SECTION_WORDS:
            kind = _section_kind(text)
        inline = None
        if kind is None and text and not line.level:
            m = re.match(r"^(Beslutning|Sagens kerne|Bilag)\s*:\s*(\S.*)$", text, re.I)
            if m and not _ATTACHMENT_LINE.match(text):
                kind, inline = _section_kind(m.group(1)), m.group(2)
        if kind is not None:
            flush_pending()
            section = kind
            if item is not None:
                item.heading = None
            if inline:
                pending.append(_Line(0, inline, False))
            continue
        if line.level and _ATTACHMENT_LINE.match(text):
            flush_pending()
            attachments.append(text)
            continue
        if line.level and section == "decision" and item is not None:
            flush_pending()
            item.heading = text or None
            continue
        if line.level and section != "programme":
            flush_pending()
            section = "other"
            continue
        pending.append(line)
    flush_pending()
    if item:
        items.append(item.build())
    return items, attachments


def _add_decision(item: _ItemBuilder, blocks: list[tuple[str, str, bool]], plain: bool) -> None:
    for index, (kind, text, bold) in enumerate(blocks):
        is_last = index == len(blocks) - 1
        short = len(text) <= 70 and not re.search(r"[.:;!?]$", text) and len(text.split()) <= 8
        if kind == "para" and short and not is_last and (bold or plain):
            item.heading = text
            continue
        if kind == "para":
            item.decision_blocks.append(("decision", item.heading, text))
        elif kind == "bullet":
            item.decision_blocks.append(("plenum", item.heading, text))
        else:
            # numbered items are plenum points too; the kind only matters for rendering
            item.decision_blocks.append(("plenum_numbered", item.heading, text))
