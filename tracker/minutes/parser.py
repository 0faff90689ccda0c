"""Parse a Danish referat (meeting minutes) into its meeting, agenda items and decisions.

The input is the common text model as Markdown (:mod:`tracker.minutes.model`): what every
reader (Word, PDF, web page, text) gives, and the shape the case system exports ("# REFERAT
Lederforum d. 26-02-2025", "**Mødedato** ...", "# Punkt 1: ...", "## Beslutning") or the same
text without the ``#``/``**`` markers, where heading lines are recognised by their words
(:mod:`tracker.minutes.sections`). The head is read by :mod:`tracker.minutes.header`; every
date by the deadline grammar.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from tracker.deadlines import find_date, find_dates
from tracker.minutes.errors import MinutesError
from tracker.minutes.header import (
    Attendee,
    Line,
    parse_header,
)
from tracker.minutes.sections import (
    _ABSENCE_ITEM,
    _ATTACHMENT_LINE,
    _BARE_SECTION_WORDS,
    _BULLET,
    _CASE_LABEL,
    _CASE_NUMBER,
    _DECIDED_ON,
    _DOCUMENT_LABEL,
    _INLINE_SECTION,
    _NUMBERED,
    _agenda_match,
    _is_agenda_heading,
    _is_referat_like,
    _section_kind,
    _split_lines,
)
from tracker.minutes.tables import TableTask, attach_tasks, rewrite_tables

__all__ = ["Attendee", "MinutesPoint", "ParsedAgendaItem", "ParsedMinutes", "parse_minutes"]


def parse_danish_date(text: str) -> date | None:
    """The first date with its year in text ("26. februar 2025", "26-02-2025"), or None."""
    return find_date(text)


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
    tasks: list[TableTask] = field(default_factory=list)  # rows of a decision table


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


_REFERAT_TITLE = re.compile(r"^referat\b", re.IGNORECASE)

_Line = Line


def parse_minutes(text: str) -> ParsedMinutes:
    """Parse referat text. Raises :class:`MinutesError` when it is not a usable referat."""
    if not text or not text.strip():
        raise MinutesError("Referatet er tomt.", "The minutes are empty.", code="empty")
    text, tasks = rewrite_tables(text)  # decision tables as items and points (tables.py)
    lines = _split_lines(text)
    if not _is_referat_like(lines):
        raise MinutesError(
            "Teksten ligner ikke et referat: der er ingen overskrift med »Referat«, "
            "ingen »Mødedato« og ingen dagsordenspunkter (»Punkt 1: …«).",
            "The text does not look like minutes: there is no 'Referat' title, "
            "no 'Mødedato' and no agenda items ('Punkt 1: ...').",
            code="not_minutes",
        )
    plain = not any(line.level for line in lines)
    header_end = next(
        (
            i
            for i, line in enumerate(lines)
            if _is_agenda_heading(line, plain)
            or line.text.lower().startswith("indholdsfortegnelse")
        ),
        len(lines),
    )
    header = parse_header(lines[:header_end], lambda line: _is_agenda_heading(line, plain))
    if header["date"] is None:
        header["date"] = _date_of_decisions(lines[header_end:])
    if header["date"] is None:
        raise MinutesError(
            "Referatet mangler en mødedato. Skriv fx »Mødedato: 26. februar 2025 kl. 08:30«.",
            "The minutes have no meeting date. Add e.g. 'Mødedato: 26. februar 2025 kl. 08:30'.",
            code="no_date",
        )
    items, attachments = _parse_body(lines[header_end:], plain, header)
    attach_tasks(items, tasks)
    return ParsedMinutes(**header, agenda_items=items, attachments=attachments)


def _date_of_decisions(lines: list[_Line]) -> date | None:
    """The latest date of "Beslutning i … den 12-05-2026" lines: this meeting's own."""
    dates = [d for line in lines if _DECIDED_ON.match(line.text) for d in find_dates(line.text)]
    return max(dates) if dates else None


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
        self.intro: list[_Line] = []  # lines before any section label
        self.sections: set[str] = set()  # the section labels seen

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


def _parse_body(
    lines: list[_Line], plain: bool, header: dict
) -> tuple[list[ParsedAgendaItem], list[str]]:
    items: list[ParsedAgendaItem] = []
    attachments: list[str] = []
    item: _ItemBuilder | None = None
    section = "toc"
    pending: list[_Line] = []
    expect_case = False
    next_case: str | None = None
    meeting_date = header["date"]

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
        elif item is not None and section == "intro":
            item.intro.extend(pending)
        pending = []

    def finish() -> None:
        if item is None:
            return
        if _ABSENCE_ITEM.search(item.title):
            _absences(item, header["attendees"])
        if not item.decision_blocks and not item.sections and item.intro:
            # A small body writes its decision as the item's only, unlabelled paragraphs.
            _add_decision(item, _paragraphs(item.intro), False)
        items.append(item.build())

    for index, line in enumerate(lines):
        text = line.text
        heading = _agenda_match(line, plain)
        if heading is not None:
            number, title = heading
            if item is not None and _same_heading(item, number, title):
                continue  # the heading printed twice
            flush_pending()
            finish()
            item = _ItemBuilder(number, title)
            item.case_number, next_case = next_case, None
            section, expect_case = "intro", True
            continue
        if text.lower().startswith("indholdsfortegnelse") and len(text) < 40:
            flush_pending()
            section = "toc"
            continue
        if section == "toc" or not text and not pending:
            continue
        if _DOCUMENT_LABEL.match(text):
            continue
        case = _CASE_LABEL.match(text)
        if case and item is not None:
            value = case.group(1) or _next_text(lines, index)
            if _next_is_heading(lines, index + (0 if case.group(1) else 1), plain):
                next_case = value  # the case number printed above its item's heading
            elif item.case_number is None:
                item.case_number = value
            if not case.group(1):
                lines[index + 1 :] = _drop_next_text(lines[index + 1 :])
            continue
        if expect_case and text:
            expect_case = False
            m = _CASE_NUMBER.match(text)
            if m and item is not None and not line.level:
                item.case_number = m.group(1)
                continue
        is_heading = line.level > 0 or line.bold or plain
        kind = _section_kind(text) if is_heading and text else None
        if kind is None and (
            text.rstrip(":").lower() in _BARE_SECTION_WORDS
            or (text.endswith(":") or len(text) < 40)
            and _section_kind(text) in ("decision", "other", "summary")
            and not _BULLET.match(text)
        ):
            kind = _section_kind(text)
        inline = None
        if kind is None and text and not line.level:
            m = _INLINE_SECTION.match(text)
            if m and not _ATTACHMENT_LINE.match(text):
                kind, inline = _section_kind(m.group(1)), m.group(2)
        if kind is not None:
            flush_pending()
            if kind == "decision" and meeting_date is not None:
                # the label's date ("Beslutning i … den 10-04-2026"), not a deadline after it
                dates = find_dates(text[: len(text) - len(inline)] if inline else text)
                if dates and meeting_date not in dates:
                    kind = "history"  # an earlier meeting's decision, quoted in the case
            section = kind
            if item is not None:
                item.heading = None
                item.sections.add(kind)
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
    finish()
    if len(items) > 1 and len({i.number for i in items}) == 1:
        # Lost numbering (every item "1."): count on. A number twice among others is a
        # mistake in the file, which the import names (services.check_minutes).
        for offset, parsed in enumerate(items):
            parsed.number = items[0].number + offset
    return items, attachments


def _same_heading(item: _ItemBuilder, number: int, title: str) -> bool:
    empty = not (item.intro or item.decision_blocks or item.summary or item.sections)
    return empty and title == item.title and number in (item.number, 1)


def _next_text(lines: list[_Line], index: int) -> str | None:
    following = next((ln for ln in lines[index + 1 : index + 3] if ln.text), None)
    if following is not None and re.fullmatch(r"[\w./-]*\d[\w./-]*", following.text):
        return following.text
    return None


def _drop_next_text(rest: list[_Line]) -> list[_Line]:
    """The lines after a case label, its value on the next line removed."""
    for offset, line in enumerate(rest[:2]):
        if line.text:
            if re.fullmatch(r"[\w./-]*\d[\w./-]*", line.text):
                return rest[:offset] + rest[offset + 1 :]
            break
    return rest


def _next_is_heading(lines: list[_Line], index: int, plain: bool) -> bool:
    following = next((ln for ln in lines[index + 1 : index + 4] if ln.text), None)
    return following is not None and _is_agenda_heading(following, plain)


def _absences(item: _ItemBuilder, attendees: list[Attendee]) -> None:
    """ "Meddelelse om fravær": the attendees named in the item did not attend."""
    text = " ".join(line.text for line in item.intro)
    text += " " + " ".join(t for _, _, t in item.decision_blocks)
    for attendee in attendees:
        if re.search(r"(?<!\w)" + re.escape(attendee.name) + r"(?!\w)", text):
            attendee.present = False
    item.decision_blocks.clear()
    item.intro.clear()


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
