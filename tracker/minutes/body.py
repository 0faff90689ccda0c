"""The body of a referat: its agenda items, their sections, and the attachments.

:mod:`tracker.minutes.parser` repairs the text, finds the headings and reads the head; here
the lines from the first item on are read in order: each heading starts an item (its case
number printed above, below or glued to its text), each section label (:func:`line_section`)
routes the lines after it to the item's intro, proposal, decision or summary, and what cannot
be placed (a table read as text, a decision under an unknown heading) becomes a warning.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.deadlines import find_dates
from tracker.minutes.agenda import Heading
from tracker.minutes.contents import with_left_out
from tracker.minutes.fields import Line
from tracker.minutes.items import (
    ItemBuilder,
    ParsedAgendaItem,
    absences,
    add_decision,
    approve_proposal,
    paragraphs,
    render_decision,
    same_heading,
)
from tracker.minutes.notices import (
    TEXT_AFTER_ITEMS,
    UNREAD_TABLE,
    MinutesWarning,
    decision_word,
    excerpt,
)
from tracker.minutes.numbering import settle_numbers
from tracker.minutes.sections import (
    _ABSENCE_ITEM,
    _ATTACHMENT_LINE,
    _CASE_LABEL,
    _CASE_NUMBER,
    _DOCUMENT_LABEL,
    BULLET,
    Row,
    line_section,
)
from tracker.minutes.sub_answers import keep_sub_point_answers

_CASE_FIRST = re.compile(r"^([A-ZÆØÅ]{2,4}-\d{4}-\d{3,8})\s+(\S.*)$")


def _case_above(lines: list[Line], start: int) -> str | None:
    """A case number that ends the head, printed above the first item's heading as above
    every other's."""
    above = next((line.text for line in reversed(lines[:start]) if line.text), "")
    case = _CASE_LABEL.match(above)
    return (case.group(1) or None) if case else None


def parse_body(
    lines: list[Line],
    start: int,
    headings: dict[int, Heading],
    plain: bool,
    header: dict,
    warnings: list[MinutesWarning],
) -> tuple[list[ParsedAgendaItem], list[str]]:
    """The agenda items and attachments read from ``lines[start:]``, each item from its
    heading to the next; what cannot be placed is added to ``warnings``."""
    items: list[ItemBuilder] = []
    attachments: list[str] = []
    item: ItemBuilder | None = None
    section = "toc"
    pending: list[Line] = []
    expect_case = False
    next_case = _case_above(lines, start)  # "Sagnr.: 1-13-3" above the first item's heading
    meeting_date = header["date"]
    tables: list[str] = []  # the first row of each table read as plain text
    dropped: list[tuple[ItemBuilder | None, str, list[str]]] = []  # unknown headings' text

    def flush_pending() -> None:
        nonlocal pending
        if section in ("intro", "decision", "summary", "proposal"):
            _note_tables(pending, tables)
        if section == "other" and dropped and dropped[-1][0] is item:
            dropped[-1][2].extend(line.text for line in pending if line.text)
        if section == "attachments":
            for line in pending:
                name = BULLET.sub(r"\1", line.text).strip()
                if name:
                    attachments.append(name)
        elif item is not None and section == "summary":
            kinds = {"para": "decision", "bullet": "plenum", "numbered": "plenum_numbered"}
            blocks = [(kinds[kind], None, text) for kind, text, _ in paragraphs(pending)]
            item.summary.append(render_decision(blocks))
        elif item is not None and section == "decision":
            add_decision(item, paragraphs(pending), plain)
        elif item is not None and section == "intro":
            item.intro.extend(pending)
        elif item is not None and section == "proposal":
            item.proposal.extend(pending)
        pending = []

    def finish() -> None:
        if item is None:
            return
        if _ABSENCE_ITEM.search(item.title):
            absences(item, header["attendees"])
        if not item.decision_blocks and not item.sections and item.intro:
            # A small body writes its decision as the item's only, unlabelled paragraphs.
            add_decision(item, paragraphs(item.intro), False)
        keep_sub_point_answers(item)  # sub_answers.py: "a. Formanden …" with no label of its own
        approve_proposal(item)
        items.append(item)

    consumed = {j for heading in headings.values() for j in heading.consumed}
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.text
        if index in consumed:
            continue
        heading = headings.get(index)
        if heading is not None:
            number, title = heading.number, heading.title
            if item is not None and same_heading(item, number, title, pending):
                continue  # the heading printed twice
            flush_pending()
            finish()
            item = ItemBuilder(number, title.strip().rstrip(".:").rstrip())
            item.case_number, next_case = next_case, None
            section, expect_case = "intro", True
            if heading.inline:
                pending.append(Line(0, heading.inline, False))
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
            if _next_is_heading(lines, index + (0 if case.group(1) else 1), headings):
                next_case = value  # the case number printed above its item's heading
            elif item.case_number is None:
                item.case_number = value
            if not case.group(1):
                _drop_next_text(lines, index + 1)
            continue
        if expect_case and text:
            expect_case = False
            m = _CASE_NUMBER.match(text)
            if m and item is not None and not line.level:
                item.case_number = m.group(1)
                continue
            glued = _CASE_FIRST.match(text)
            if glued and item is not None and not line.level:
                # "EMN-2025-007940 Tilbagesendes …": the PDF joined the case number and text
                item.case_number, text = glued.group(1), glued.group(2)
                line = Line(line.level, text, line.bold)
        found = line_section(line, plain)
        if found is not None:
            kind, inline = found
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
                pending.append(Line(0, inline, False))
            continue
        if line.level and _ATTACHMENT_LINE.match(text):
            flush_pending()
            attachments.append(text)
            continue
        if line.level and section == "decision" and item is not None:
            flush_pending()
            item.heading = text or None
            continue
        if line.level and section == "intro" and item is not None and not item.sections:
            # "#### Opfølgning på budget" in an item no label has opened: a sub-heading of its
            # unlabelled minutes, which go on below it (not an unknown section to leave out)
            flush_pending()
            continue
        if line.level and section != "programme":
            flush_pending()
            section = "other"
            dropped.append((item, text, []))
            continue
        pending.append(line)
    flush_pending()
    finish()
    _warn_unplaced(items, tables, dropped, warnings)
    # An agenda list the minutes repeat goes; lost or repeated numbers are counted in order;
    # a contents list's items the body leaves out (closed ones) stay.
    settled = with_left_out(
        lines, min(headings, default=len(lines)), settle_numbers(items, warnings)
    )
    return [built.build() for built in settled], attachments


def _note_tables(pending: list[Line], tables: list[str]) -> None:
    """Remember a table's first row (three cells or more) that is read as plain text."""
    previous_row = False
    for line in pending:
        row = isinstance(line, Row)
        if row and not previous_row:
            tables.append(line.text)
        previous_row = row or (previous_row and not line.text)


def _warn_unplaced(
    items: list[ItemBuilder],
    tables: list[str],
    dropped: list[tuple[ItemBuilder | None, str, list[str]]],
    warnings: list[MinutesWarning],
) -> None:
    """Say which parts the parse could not place: tables read as text, decisions after the
    last item under a heading it does not know."""
    for row in tables[:3]:
        warnings.append(MinutesWarning(UNREAD_TABLE, excerpt(row)))
    last = items[-1] if items else None
    for owner, heading, texts in dropped:
        if owner is last and texts and decision_word(texts):
            warnings.append(MinutesWarning(TEXT_AFTER_ITEMS, excerpt(f"{heading}: {texts[0]}")))
            break


def _next_text(lines: list[Line], index: int) -> str | None:
    following = next((ln for ln in lines[index + 1 : index + 3] if ln.text), None)
    if following is not None and re.fullmatch(r"[\w./-]*\d[\w./-]*", following.text):
        return following.text
    return None


def _drop_next_text(lines: list[Line], start: int) -> None:
    """Blank the case label's value on the next line (it is read; the lines keep their places)."""
    for line in lines[start : start + 2]:
        if line.text:
            if re.fullmatch(r"[\w./-]*\d[\w./-]*", line.text):
                line.text = ""
            break


def _next_is_heading(lines: list[Line], index: int, headings: dict[int, Heading]) -> bool:
    following = next(
        (j for j in range(index + 1, index + 4) if j < len(lines) and lines[j].text), None
    )
    return following is not None and following in headings
