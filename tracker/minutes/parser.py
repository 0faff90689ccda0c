"""Parse a Danish referat (meeting minutes) into its meeting, agenda items and decisions.

The input is the common text model as Markdown (:mod:`tracker.minutes.model`): what every
reader (Word, PDF, web page, text) gives, and the shape the case system exports ("# REFERAT
Lederforum d. 26-02-2025", "**Mødedato** ...", "# Punkt 1: ...", "## Beslutning") or the same
text without the ``#``/``**`` markers, where heading lines are recognised by their words
(:mod:`tracker.minutes.sections`). The head is read by :mod:`tracker.minutes.header`, the
items and attachments by :mod:`tracker.minutes.body`; every date by the deadline grammar.

Pure module: no Flask, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from tracker.deadlines import find_date
from tracker.minutes.agenda import Heading, find_headings
from tracker.minutes.body import parse_body
from tracker.minutes.bullet_agenda import answers_below
from tracker.minutes.cell_lines import CELL_BREAK
from tracker.minutes.checklists import ticked_attendance
from tracker.minutes.closing import take_closing_attendance
from tracker.minutes.contents import fold_page_numbers
from tracker.minutes.decimal_items import whole_decimal_items
from tracker.minutes.delegations import write_delegations
from tracker.minutes.errors import MinutesError
from tracker.minutes.first_item import lost_first_item
from tracker.minutes.flat_items import split_run_in_items
from tracker.minutes.flat_rows import split_flat_rows
from tracker.minutes.glued_labels import split_glued_attendance
from tracker.minutes.header import (
    Attendee,
    Line,
    parse_header,
)
from tracker.minutes.items import (
    MinutesPoint,
    ParsedAgendaItem,
)
from tracker.minutes.lettered_items import letter_count, lettered_as_numbered
from tracker.minutes.listed_answers import missed_answers
from tracker.minutes.loose import loose_section
from tracker.minutes.name_tables import attendance_tables
from tracker.minutes.nested_restart import drop_nested_restarts
from tracker.minutes.notices import (
    NO_ITEMS,
    MinutesWarning,
    decision_word,
)
from tracker.minutes.numbered_names import unnumbered_names
from tracker.minutes.numbered_paragraphs import numbered_paragraphs
from tracker.minutes.numbering import (
    case_below_number,
    drop_outer_numbers,
    join_lone_numbers,
    listed_agenda,
    split_glued_numbers,
    split_glued_ones,
    split_number_from_title,
    tidy_repeated_ones,
    title_above_case_number,
    titles_lost_above_cases,
)
from tracker.minutes.page_preface import (
    dated_bullet_below,
    referat_below_page,
    without_document_host,
    without_page_controls,
    without_page_preface,
)
from tracker.minutes.pipe_tables import pipes_as_tabs
from tracker.minutes.pkt_columns import number_below_pkt
from tracker.minutes.quoted_agenda import (
    link_texts,
    quoted_items,
    repeats_agenda,
    unquoted_agenda,
)
from tracker.minutes.referat_marks import is_referat_like
from tracker.minutes.repairs import (
    close_letter_spacing,
    number_lost_titles,
    plain_bullets,
    split_run_together,
    unmarked_points,
)
from tracker.minutes.sections import _split_lines
from tracker.minutes.tables import attach_tasks, rewrite_tables
from tracker.minutes.topic_lists import topics_over_lists
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
    # The text as read: its lines no item took are looked at once more (tracker.minutes.sweep)
    text: str = field(default="", compare=False, repr=False)


def parse_minutes(text: str) -> ParsedMinutes:
    """Parse referat text. Raises :class:`MinutesError` when it is not a usable referat."""
    try:
        minutes = _parse(text)
    except MinutesError as error:
        # a web page's members and rules above "Referat fra Pårørenderådsmøde 04.02.2020"
        below = referat_below_page(text) if error.code == "not_minutes" else None
        if below is None:
            raise
        minutes = _parse(below)
    if minutes.date is None:  # a page's referater under their dates: " • 21. august 2023"
        minutes = _dated_below(text, minutes)
    if not minutes.agenda_items:  # "Sagsid.: 19/36231" / "Beslutning": the titles lost
        lost = titles_lost_above_cases(text)
        retried = _parse(lost) if lost != text else minutes
        if retried.agenda_items:
            minutes = retried
    if len(minutes.agenda_items) < letter_count(text):  # "a. Valg af dirigent" … "Ad. a"
        retried = _parse(lettered_as_numbered(text))
        if len(retried.agenda_items) > len(minutes.agenda_items):
            minutes = retried
    minutes.text = text
    return minutes


def _dated_below(text: str, minutes: ParsedMinutes) -> ParsedMinutes:
    """The referat below a web page's other lines when it has the date the page lacked."""
    below = dated_bullet_below(text)
    try:
        retried = _parse(below) if below is not None else minutes
    except MinutesError:
        return minutes
    return retried if retried.date is not None else minutes


def _parse(text: str) -> ParsedMinutes:
    if not text or not text.strip():
        raise MinutesError("Referatet er tomt.", "The minutes are empty.", code="empty")
    text = link_texts(text)  # "[beslutningslog](https://…)": the link's words
    text = ticked_attendance(text)  # "Deltagere:" / "- [x] Eva" / "- [ ] Bo": who attended
    quoted = repeats_agenda(text)
    text = unquoted_agenda(text)  # "> #### 2. Title" over the minutes: the agenda quoted
    text = pipes_as_tabs(text)  # "| Punkt | Beslutning |": a Markdown or copied table
    text = attendance_tables(text)  # "Afbud:" / "| Navn | Organisation |": who was away
    text = unnumbered_names(text)  # "Deltagere:" / "1. Eva Holm" / "2. Bo Lund": no items
    text = without_document_host(without_page_controls(text))  # "Transkript", "Klik her …"
    text = close_letter_spacing(without_page_preface(text))  # "R e f e r a t"; "***"
    text = plain_bullets(split_glued_attendance(unmarked_points(text)))  # "\uf0b7 Text"; "¤ pkt 2"
    text = split_run_in_items(text)  # a flattened page: "… 1. Title Godkendt. 2. Title …"
    text = split_glued_verdict(split_run_together(text))  # "2. Title Godkendt"; "Godkendt T"
    text = split_flat_rows(text)  # "5 Personalepolitik Udskydes til næste møde": a table's row
    text = number_lost_titles(text)  # " • Sagsid.:" for each item, the titles lost
    text = join_lone_numbers(number_below_pkt(text))  # "1. ⏎Title"; "Pkt. Title⏎2"
    text = fold_page_numbers(text)  # a contents list's "1. Title⏎3": the page below
    text = split_glued_ones(text)  # "… kommentarer.  1. Henrik orienterede …": lost numbers
    text = split_glued_numbers(drop_outer_numbers(text))  # ".3. Title", "1. 3. Title"
    text = title_above_case_number(text)  # "Spørgetid⏎Sag nr. 129"
    text = split_number_from_title(text)  # "80Godkendelse af dagsorden"
    text = case_below_number(text)  # "85.02.02-G01-1-17⏎40. Title": the case above
    text = tidy_repeated_ones(whole_decimal_items(text))  # " 1. godkendelse: …"; "1.0 Title"
    text = write_delegations(
        text
    )  # "hvem der skal skrive om hvad" ⏎ "Eva: Festen" (delegations.py)
    text, tasks = rewrite_tables(text)  # decision tables as items and points (tables.py)
    text = text.replace(CELL_BREAK, " ")  # a cell's lines in a table no reader took
    lines = _split_lines(text)
    plain = not any(line.level for line in lines)
    # a heading only over the document (its title, a PDF's big first line): its numbered
    # lines are items as in a plain text's (a table's rows are the table reader's)
    first = next((i for i, line in enumerate(lines) if line.text and not line.level), 0)
    titled = "\t" not in text and not any(line.level for line in lines[first:])
    headings = find_headings(lines, plain or titled)
    headings = numbered_paragraphs(lines, headings)  # "1. Stormen havde …": no titles
    headings = lost_first_item(lines, headings)  # "Godkendelse af dagsorden Godkendt."
    headings = missed_answers(lines, headings)  # "Dagsorden:" / "1. …" and "2. (a paragraph)"
    headings = drop_nested_restarts(headings)  # "3. Evaluering af:" / "1. Tilsyn" / "4. …"
    headings = topics_over_lists(lines, headings)  # "Nyt fra formanden:" / "1. …" / "2. …"
    headings = quoted_items(lines, headings) if quoted else headings  # quoted_agenda.py
    if not is_referat_like(lines, len(headings)):
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
    items, attachments = parse_body(lines[:answers], header_end, headings, plain, header, warnings)
    loose = loose_section(lines[answers:]) if answers < len(lines) else None
    if not items:
        warnings.append(MinutesWarning(NO_ITEMS, decision_word(line.text for line in lines)))
    if not any(item.summary or item.decision or item.points or item.tasks for item in items):
        loose = loose_section(lines)  # paragraphs only: the tasks are read all the same
    attach_tasks(items, tasks)
    return ParsedMinutes(
        **header, agenda_items=items, attachments=attachments, warnings=warnings, loose=loose
    )


def _head(lines: list[Line], header_end: int, headings: dict[int, Heading]) -> list[Line]:
    """The head's lines; after an agenda list the minutes repeat, the lines between the list
    and the minutes' first item too (members and absence often stand there)."""
    head = lines[:header_end]
    listed = listed_agenda(headings)
    later = [i for i in sorted(headings) if listed and i > listed[-1]]
    if not later:
        return head
    # the list's own lines, its items' points too ("4. Sommerfest" / "• Lokale" / "• Mad")
    skip = set(range(listed[0], listed[-1] + 1)) | {j for i in listed for j in headings[i].consumed}
    between = range(header_end, later[0])
    return head + [lines[k] for k in between if k not in skip and not lines[k].toc]
