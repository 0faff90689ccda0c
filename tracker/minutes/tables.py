"""Decision tables: a beslutningsprotokol or handlingsplan set as a table, read row by row.

Many referater put their decisions in a table: "Punkt | Beslutning | Ansvarlig | Frist",
"Emne | Drøftelse/beslutning | Hvem | Hvornår", "Nr. | Sag | Opfølgning | Ansvar | Deadline".
The columns are known by their header words. Every reader writes a table row as its cells
joined by tabs (:mod:`tracker.minutes.model`), so the table is read from the text, and the
review page, which parses the same text again, reads it the same way.

:func:`rewrite_tables` writes each such table as the text the parser reads. In a referat
that has no agenda items of its own the table gives one item per row ("Punkt 3: Title" and
"Beslutning: …"); inside an item it gives that item's follow-up points; one before the first
of a referat's own items (a summary of them) is left as it is, its owners and deadlines given
to the drafts of the items that say the same. Each row
with something to do is kept as a :class:`TableTask` with its owner and deadline columns'
words; :func:`attach_tasks` hands the tasks to the parsed items, and the drafts take their
owner and deadline from them (:func:`apply_task`).

Pure module: stdlib and the deadline grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.deadlines import DeadlineError, find_all_deadlines, parse_deadline
from tracker.minutes.agenda import find_headings
from tracker.minutes.cell_lines import CELL_BREAK, split_title_cell
from tracker.minutes.sections import _split_lines

__all__ = [
    "TableTask",
    "apply_task",
    "attach_tasks",
    "header_roles",
    "rewrite_tables",
    "task_for",
]

# The roles of a decision table's columns, by the words of its header cell.
_ROLES = (
    ("number", r"(?:nr|no|#|løbenr|pkt\.?\s*nr|punkt\s*nr)\.?"),
    ("title", r"(?:dagsordens|møde)?(?:punkt|pkt)\.?|emne|sag(?:en)?|tema|overskrift|dagsorden"),
    ("decision", r"(?:drøftelse\s*(?:/|og)\s*)?(?:beslutning(?:er)?|konklusion|referat|resultat)"),
    ("decision", r"drøftelse|bemærkning(?:er)?"),
    ("action", r"opfølgning|handling(?:er)?|opgave(?:r)?|aftale(?:r)?|hvad|tiltag|indsats"),
    ("action", r"næste\s+skridt|aktivitet(?:er)?"),
    ("owner", r"ansvarlig(?:e)?|ansvar|hvem|tovholder|ejer|udføres\s+af|ansvarshavende"),
    ("deadline", r"(?:tids)?frist|deadline|hvornår|senest|forfald|færdig|slutdato|dato"),
)
# The whole cell is the header word ("Ansvarlig", "Frist:", "Ansvarlig (initialer)"), or its
# first part is ("Emne, ansvarlig, tidsramme"); "Hvad? Hvorfor? Hvordan?" is no action column.
_ROLE_PATTERNS = tuple(
    (role, re.compile(r"^(?:" + words + r")\s*[:.]?\s*(?:\(.*\))?$", re.IGNORECASE))
    for role, words in _ROLES
)
# "3. Title", "Punkt 3: Title", an agenda tool's "3 - Title"
_NUMBERED = re.compile(
    r"^(?:punkt|pkt\.?)?\s*(\d{1,3})\s*(?:[.):]|\s[-–](?=\s))?(?:\s+|$)(.*)$", re.IGNORECASE
)
_EMPTY = re.compile(r"^[\s\-–—./]*$")  # "-", "–", "n/a" marks an empty cell
_OWNER_SPLIT = re.compile(r"\s*(?:,|/|&|\bog\b|\bsamt\b)\s*")


@dataclass
class TableTask:
    """What a row asks to be done, with the words of its owner and deadline columns."""

    text: str
    owner: str = ""
    deadline: str = ""
    number: int | None = None  # the item the row is, when the table's rows are items
    firm: bool = False  # an action column, an owner or a date: a task even in few words


def rewrite_tables(text: str) -> tuple[str, list[TableTask]]:
    """The text with its decision tables written as items and points; the rows' tasks."""
    if "\t" not in text:
        return text, []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    parsed = _split_lines(text)
    plain = not any(line.level for line in parsed)
    # A referat with items of its own keeps them: a table in an item is that item's follow-up,
    # and one before the first item (a summary of them, last meeting's list) is left as it is.
    # the agenda's headings, as the parser finds them; a table's own rows are none of them
    headings = {
        i: h.number for i, h in find_headings(parsed, plain).items() if "\t" not in lines[i]
    }
    own_items = bool(headings)
    out: list[str] = []
    tasks: list[TableTask] = []
    last_item: int | None = None  # the number of the agenda item the text has reached
    index = 0
    while index < len(lines):
        if headings.get(index) is not None:
            last_item = headings[index]
        end, rows = _table_at(lines, index)
        roles = header_roles(rows[0]) if rows else None
        if roles is None or len(rows) < 2:
            out.append(lines[index])
            index += 1
            continue
        if own_items and last_item is None:
            # A summary of the items below: its text stays; its owners and deadlines go to
            # the drafts of the items that say the same.
            tasks.extend(_write(rows[1:], roles, True, None)[1])
            out.extend(lines[index:end])
            index = end
            continue
        items = not own_items
        written, found, last_number = _write(rows[1:], roles, items, last_item)
        out.extend(written)
        tasks.extend(found)
        if items and last_number is not None:
            last_item = last_number
        index = end
    return "\n".join(out), tasks


def _table_at(lines: list[str], start: int) -> tuple[int, list[list[str]]]:
    """The rows of the table starting at ``start`` (blank lines between rows allowed) and the
    index after it; no rows when the line is no table row."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if "\t" in line:
            rows.append([cell.strip() for cell in line.split("\t")])
            index += 1
        elif not line.strip() and rows and index + 1 < len(lines) and "\t" in lines[index + 1]:
            index += 1
        else:
            break
    return index, rows


def header_roles(cells: list[str]) -> dict[str, int] | None:
    """The column of each role when the row is a decision table's header, else None."""
    roles: dict[str, int] = {}
    for column, cell in enumerate(cells):
        words = cell.strip(" :*").lower()
        if not words or len(words) > 40:
            continue
        for role, pattern in _ROLE_PATTERNS:
            if pattern.match(words) or pattern.match(words.split(",")[0].strip()):
                roles.setdefault(role, column)
                break
    does = "decision" in roles or "action" in roles
    whose = {"owner", "deadline", "title", "number"} & set(roles)
    return roles if does and whose and len(roles) >= 2 else None


def _cell(row: list[str], roles: dict[str, int], role: str) -> str:
    column = roles.get(role)
    if column is None or column >= len(row):
        return ""
    value = row[column].strip()
    if role != "title":  # a cell's own lines (tracker.minutes.cell_lines) read as one
        value = value.replace(CELL_BREAK, " ")
    return "" if _EMPTY.match(value) else value


def _write(
    rows: list[list[str]], roles: dict[str, int], items: bool, last_item: int | None
) -> tuple[list[str], list[TableTask], int | None]:
    """The parser's text for the rows, their tasks, and the last item number written."""
    out: list[str] = [] if items else ["", "Opfølgning:", ""]  # inside an item: its follow-up
    tasks: list[TableTask] = []
    number = last_item
    for row in rows:
        title = _cell(row, roles, "title")
        decision = _cell(row, roles, "decision")
        action = _cell(row, roles, "action")
        owner, deadline = _cell(row, roles, "owner"), _cell(row, roles, "deadline")
        if not (title or decision or action):
            continue
        todo = action or (decision if owner or deadline else "")
        if not items:
            out += [f"- {words}" for words in dict.fromkeys(w for w in (decision, action) if w)]
            out.append("")
        else:
            given = _cell(row, roles, "number")
            m = _NUMBERED.match(title) if title else None
            if m and not given:
                given, title = m.group(1), m.group(2).strip(" :–-")
            title, described = split_title_cell(title)  # "Title⏎The case …", "A - B The …."
            title = title.rstrip(" .") if m and given == m.group(1) else title
            titled = "title" in roles or "number" in roles
            if title or given or number is None or not titled:
                # a new item: its own number, else the next one
                number = int(given) if given.isdigit() else (number or 0) + 1
                title = title or _short(decision or action)
                out += ["", f"Punkt {number}: {title}", ""]
                out += ["Sagsfremstilling:", described, ""] if described else []
                out += [f"Beslutning: {decision}" if decision else "Beslutning:", ""]
            elif decision:  # a row without a title goes on with the item above
                out += [decision, ""]
            if action and action != decision:
                out += [f"- {action}", ""]
        if todo:
            firm = bool(action or owner or _deadline(deadline, date(2000, 1, 1)))
            tasks.append(TableTask(todo, owner, deadline, number if items else None, firm))
    return out, tasks, number if items else None


def _short(text: str) -> str:
    """A title from a decision: its first sentence, at most twelve words."""
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    words = first.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def attach_tasks(items: list, tasks: list[TableTask]) -> None:
    """Give each parsed item the tasks of the table rows whose text it holds."""
    for task in tasks:
        for item in items:
            if task.number is not None and item.number != task.number:
                continue
            if any(task.text in point.text for point in item.points) or task.text in (
                item.decision or ""
            ):
                item.tasks.append(task)
                break


def task_for(item, text: str) -> TableTask | None:
    """The table row's task a decision text or point of ``item`` came from, or None."""
    for task in getattr(item, "tasks", ()):
        if task.text == text or (len(task.text) >= 20 and task.text in text):
            return task
    return None


def apply_task(draft, task: TableTask, people, reference: date, meetings=()) -> None:
    """The owner and deadline of the row's columns on a draft made from the row's text.

    The owner column's people (by full or first name, as the attendee list knows them) or its
    words as written; the deadline column read by the deadline grammar. A column left empty
    or a deadline the grammar cannot read keeps what the text gave.
    """
    if task.owner:
        named = [name for _, name in people.find(task.owner)]
        draft.owner_names = named or [w for w in _OWNER_SPLIT.split(task.owner) if w]
    if task.deadline:
        deadline = _deadline(task.deadline, reference, meetings)
        if deadline is not None:
            words, found = deadline
            draft.deadline_text = words
            draft.due_start = getattr(found, "start", None)
            draft.due_end = getattr(found, "end", None) or draft.due_start
    extras = [f"Ansvarlig: {task.owner}" if task.owner else "", f"Frist: {task.deadline}"]
    draft.source_text = " · ".join(
        [draft.source_text] + [e for e in extras if e and not e.endswith(": ")]
    )


def _deadline(words: str, reference: date, meetings=()):
    """(the words, the Deadline) of a deadline cell, or None when it names no date."""
    try:
        return words, parse_deadline(words, reference, meetings)
    except DeadlineError:
        pass
    except Exception:  # a cell the grammar chokes on must not stop the import
        return None
    try:
        found = find_all_deadlines(words, reference, meetings)
    except Exception:
        return None
    return found[0] if found else None
