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
from tracker.minutes.agenda import Heading, find_headings
from tracker.minutes.bullet_agenda import answers_below
from tracker.minutes.closing import take_closing_attendance
from tracker.minutes.contents import fold_page_numbers, with_left_out
from tracker.minutes.decimal_items import whole_decimal_items
from tracker.minutes.errors import MinutesError
from tracker.minutes.flat_items import split_run_in_items
from tracker.minutes.flat_rows import split_flat_rows
from tracker.minutes.glued_labels import split_glued_attendance
from tracker.minutes.header import (
    Attendee,
    Line,
    parse_header,
)
from tracker.minutes.items import (
    ItemBuilder,
    MinutesPoint,
    ParsedAgendaItem,
    absences,
    add_decision,
    approve_proposal,
    paragraphs,
    render_decision,
    same_heading,
)
from tracker.minutes.loose import loose_section
from tracker.minutes.notices import (
    NO_ITEMS,
    TEXT_AFTER_ITEMS,
    UNREAD_TABLE,
    MinutesWarning,
    decision_word,
    excerpt,
)
from tracker.minutes.numbering import (
    case_below_number,
    drop_outer_numbers,
    join_lone_numbers,
    listed_agenda,
    settle_numbers,
    split_glued_numbers,
    split_number_from_title,
    tidy_repeated_ones,
    title_above_case_number,
    titles_lost_above_cases,
)
from tracker.minutes.page_preface import without_page_preface
from tracker.minutes.repairs import (
    close_letter_spacing,
    number_lost_titles,
    plain_bullets,
    split_run_together,
)
from tracker.minutes.sections import (
    _ABSENCE_ITEM,
    _ATTACHMENT_LINE,
    _BULLET,
    _CASE_LABEL,
    _CASE_NUMBER,
    _DOCUMENT_LABEL,
    Row,
    _is_referat_like,
    _split_lines,
    line_section,
)
from tracker.minutes.tables import attach_tasks, rewrite_tables
from tracker.minutes.verdict_glued import split_glued_verdict

__all__ = [
    "Attendee",
    "MinutesPoint",
    "MinutesWarning",
    "ParsedAgendaItem",
    "ParsedMinutes",
    "parse_minutes",
]


def parse_danish_date(text: str) -> date | None:
    """The first date with its year in text ("26. februar 2025", "26-02-2025"), or None."""
    return find_date(text)


@dataclass
class ParsedMinutes:
    forum: str
    title: str
    date: date | None  # None: no date found; the review asks for it (warning "no_date")
    start_time: time | None
    location: str | None
    attendees: list[Attendee] = field(default_factory=list)
    agenda_items: list[ParsedAgendaItem] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    # What the parse could not place or is unsure of (tracker.minutes.notices); the import
    # review and ``tracker minutes import --json`` show each in Danish.
    warnings: list[MinutesWarning] = field(default_factory=list)
    # A referat without items: its body as one section (tracker.minutes.loose), for its tasks
    loose: ParsedAgendaItem | None = None


_REFERAT_TITLE = re.compile(r"^referat\b", re.IGNORECASE)
_CASE_FIRST = re.compile(r"^([A-ZÆØÅ]{2,4}-\d{4}-\d{3,8})\s+(\S.*)$")

_Line = Line


def parse_minutes(text: str) -> ParsedMinutes:
    """Parse referat text. Raises :class:`MinutesError` when it is not a usable referat."""
    minutes = _parse(text)
    if not minutes.agenda_items:  # "Sagsid.: 19/36231" / "Beslutning": the titles lost
        lost = titles_lost_above_cases(text)
        retried = _parse(lost) if lost != text else minutes
        if retried.agenda_items:
            return retried
    return minutes


def _parse(text: str) -> ParsedMinutes:
    if not text or not text.strip():
        raise MinutesError("Referatet er tomt.", "The minutes are empty.", code="empty")
    text = close_letter_spacing(without_page_preface(text))  # "R e f e r a t"; "***"
    text = plain_bullets(split_glued_attendance(text))  # "\uf0b7 Text"; "Afbud- Bo ()"
    text = split_run_in_items(text)  # a flattened page: "… 1. Title Godkendt. 2. Title …"
    text = split_glued_verdict(split_run_together(text))  # "2. Title Godkendt"; "Godkendt T"
    text = split_flat_rows(text)  # "5 Personalepolitik Udskydes til næste møde": a table's row
    text = number_lost_titles(text)  # " • Sagsid.:" for each item, the titles lost
    text = join_lone_numbers(text)  # "1. ⏎Title": a number cell and a title cell
    text = fold_page_numbers(text)  # a contents list's "1. Title⏎3": the page below
    text = split_glued_numbers(drop_outer_numbers(text))  # ".3. Title", "1. 3. Title"
    text = title_above_case_number(text)  # "Spørgetid⏎Sag nr. 129"
    text = split_number_from_title(text)  # "80Godkendelse af dagsorden"
    text = case_below_number(text)  # "85.02.02-G01-1-17⏎40. Title": the case above
    text = tidy_repeated_ones(whole_decimal_items(text))  # " 1. godkendelse: …"; "1.0 Title"
    text, tasks = rewrite_tables(text)  # decision tables as items and points (tables.py)
    lines = _split_lines(text)
    plain = not any(line.level for line in lines)
    # a heading only over the document (its title, a PDF's big first line): its numbered
    # lines are items as in a plain text's (a table's rows are the table reader's)
    first = next((i for i, line in enumerate(lines) if line.text and not line.level), 0)
    titled = "\t" not in text and not any(line.level for line in lines[first:])
    headings = find_headings(lines, plain or titled)
    if not _is_referat_like(lines, len(headings)):
        raise MinutesError(
            "Teksten ligner ikke et referat: der er ingen overskrift med »Referat«, "
            "ingen »Mødedato« og ingen dagsordenspunkter (»Punkt 1: …«).",
            "The text does not look like minutes: there is no 'Referat' title, "
            "no 'Mødedato' and no agenda items ('Punkt 1: ...').",
            code="not_minutes",
        )
    header_end = next(
        (
            i
            for i, line in enumerate(lines)
            if i in headings or line.text.lower().startswith("indholdsfortegnelse")
        ),
        len(lines),
    )
    starts = {id(lines[i]) for i in headings}
    # the date, time, place and attendance (MinutesError when no meeting date is found)
    header = parse_header(
        _head(lines, header_end, headings), lambda line: id(line) in starts, lines[header_end:]
    )
    if headings:  # "Deltagere: …" after the last item: the meeting's list, not its text
        take_closing_attendance(lines, max(headings), header["attendees"])
    warnings: list[MinutesWarning] = list(header.pop("warnings", None) or [])
    answers = answers_below(lines, headings)  # "Dagsorden:" / "- …" / "Referat:" / "- …"
    items, attachments = _parse_body(lines[:answers], header_end, headings, plain, header, warnings)
    loose = loose_section(lines[answers:]) if answers < len(lines) else None
    if not items:
        warnings.append(MinutesWarning(NO_ITEMS, decision_word(line.text for line in lines)))
        loose = loose_section(lines)  # paragraphs only: the tasks are read all the same
    attach_tasks(items, tasks)
    return ParsedMinutes(
        **header, agenda_items=items, attachments=attachments, warnings=warnings, loose=loose
    )


def _head(lines: list[_Line], header_end: int, headings: dict[int, Heading]) -> list[_Line]:
    """The head's lines; after an agenda list the minutes repeat, the lines between the list
    and the minutes' first item too (members and absence often stand there)."""
    head = lines[:header_end]
    listed = listed_agenda(headings)
    later = [i for i in sorted(headings) if listed and i > listed[-1]]
    if not later:
        return head
    skip = set(listed) | {j for i in listed for j in headings[i].consumed}
    between = range(header_end, later[0])
    return head + [lines[k] for k in between if k not in skip and not lines[k].toc]


# --------------------------------------------------------------------------------------
# Body: agenda items and attachments


def _case_above(lines: list[_Line], start: int) -> str | None:
    """A case number that ends the head, printed above the first item's heading as above
    every other's."""
    above = next((line.text for line in reversed(lines[:start]) if line.text), "")
    case = _CASE_LABEL.match(above)
    return (case.group(1) or None) if case else None


def _parse_body(
    lines: list[_Line],
    start: int,
    headings: dict[int, Heading],
    plain: bool,
    header: dict,
    warnings: list[MinutesWarning],
) -> tuple[list[ParsedAgendaItem], list[str]]:
    items: list[ItemBuilder] = []
    attachments: list[str] = []
    item: ItemBuilder | None = None
    section = "toc"
    pending: list[_Line] = []
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
                name = _BULLET.sub(r"\1", line.text).strip()
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
                pending.append(_Line(0, heading.inline, False))
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
                line = _Line(line.level, text, line.bold)
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


def _note_tables(pending: list[_Line], tables: list[str]) -> None:
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


def _next_text(lines: list[_Line], index: int) -> str | None:
    following = next((ln for ln in lines[index + 1 : index + 3] if ln.text), None)
    if following is not None and re.fullmatch(r"[\w./-]*\d[\w./-]*", following.text):
        return following.text
    return None


def _drop_next_text(lines: list[_Line], start: int) -> None:
    """Blank the case label's value on the next line (it is read; the lines keep their places)."""
    for line in lines[start : start + 2]:
        if line.text:
            if re.fullmatch(r"[\w./-]*\d[\w./-]*", line.text):
                line.text = ""
            break


def _next_is_heading(lines: list[_Line], index: int, headings: dict[int, Heading]) -> bool:
    following = next(
        (j for j in range(index + 1, index + 4) if j < len(lines) and lines[j].text), None
    )
    return following is not None and following in headings
