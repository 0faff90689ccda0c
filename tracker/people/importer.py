"""Importing people from a file exported from HR or Active Directory (CSV or Excel).

Columns (Danish or English headers, any order): name, email, title, unit, manager's email.
A row is matched to a person by email, else by name when that person has no email yet; an
empty cell changes nothing. A file with a bad row changes nothing and every bad row is named
with its line. The same file imported again changes nothing.

:func:`plan_upload` reads and checks a file without changing anything (the preview and
``--dry-run``); :func:`apply` carries out a plan without errors (it flushes, never commits).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Person
from tracker.models.people import name_key
from tracker.people.files import UnreadableFile, header_key, read_table
from tracker.people.services import audit, manages
from tracker.text import clean_name, clean_text

FIELDS = ("name", "email", "title", "unit", "manager_email")
FIELD_LABELS = {
    "name": "navn",
    "email": "e-mail",
    "title": "titel",
    "unit": "enhed",
    "manager_email": "leders e-mail",
}
# Header words as HR systems, Active Directory and people write them, after _header_key.
HEADERS = {
    "name": {"navn", "name", "fuldenavn", "fuldtnavn", "displayname", "medarbejder"},
    "email": {"email", "mail", "emailadresse", "mailadresse", "epost", "userprincipalname"},
    "title": {"titel", "title", "stilling", "stillingsbetegnelse", "jobtitel", "jobtitle"},
    "unit": {"enhed", "unit", "afdeling", "department", "forvaltning", "organisation"},
    "manager_email": {
        "lederemail",
        "ledersemail",
        "ledermail",
        "ledersmail",
        "leder",
        "chefemail",
        "chefsemail",
        "nærmestelederemail",
        "nærmesteledersemail",
        "manageremail",
        "manager",
        "managermail",
    },
}
LIMITS = {"name": 200, "email": 254, "title": 200, "unit": 200, "manager_email": 254}
MAX_ROWS = 20_000
CANONICAL = ("linje", *FIELDS)


@dataclass
class Row:
    line: int
    name: str
    email: str | None
    title: str | None
    unit: str | None
    manager_email: str | None


@dataclass
class Change:
    """What importing one row does: a new person, or these fields of an existing one."""

    row: Row
    person: Person | None
    fields: dict[str, tuple] = field(default_factory=dict)
    manager_unknown: bool = False


@dataclass
class Plan:
    """A file read and checked; nothing changed yet."""

    filename: str
    content: str = ""  # the rows as canonical CSV, for the confirm step
    rows: list[Row] = field(default_factory=list)
    new: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    not_in_file: list[Person] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def manager_unknown(self) -> list[Change]:
        """Rows whose manager's email is neither a person nor a row of the file."""
        return [c for c in (*self.new, *self.changed) if c.manager_unknown]


@dataclass
class Result:
    created: int
    changed: int


def _columns(header: list[str], headers: dict) -> tuple[dict[str, int], list[str]]:
    columns, errors = {}, []
    for index, cell in enumerate(header):
        key = header_key(cell)
        for name, words in headers.items():
            if key in words and name not in columns:
                columns[name] = index
    for required in ("name", "email"):
        if required not in columns:
            errors.append(
                str(
                    _l(
                        "Linje 1: kolonnen »%(column)s« mangler (overskrifter: %(found)s).",
                        column=FIELD_LABELS[required],
                        found=", ".join(c for c in header if c.strip()) or "ingen",
                    )
                )
            )
    return columns, errors


@lru_cache(maxsize=20_000)
def _email(value: str) -> str:
    return validate_email(value, check_deliverability=False).normalized.lower()


def parse(table: list[list[str]], headers: dict = HEADERS) -> tuple[list[Row], list[str]]:
    """Rows and the errors (with line numbers) of a table whose first row is the header."""
    if not table:
        return [], [str(_l("Filen er tom."))]
    columns, errors = _columns(table[0], headers)
    if errors:
        return [], errors
    line_of_col = columns.pop("line", None)
    rows, seen = [], {}
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(c).strip() for c in cells):
            continue
        line = _line(cells, line_of_col, number)
        values = {
            name: clean_text(cells[index]) if index < len(cells) else ""
            for name, index in columns.items()
        }
        row_errors = _row_errors(line, values, seen)
        errors.extend(row_errors)
        if not row_errors:
            rows.append(Row(line, values["name"], *(values.get(n) or None for n in FIELDS[1:])))
        if len(rows) + len(errors) > MAX_ROWS:
            errors.append(str(_l("Filen har mere end %(max)d rækker.", max=MAX_ROWS)))
            break
    if not rows and not errors:
        errors.append(str(_l("Filen har ingen rækker under overskrifterne.")))
    return rows, errors


def _line(cells: list[str], column: int | None, number: int) -> int:
    """The row's line in the uploaded file (the canonical CSV keeps it in a column)."""
    if column is None or column >= len(cells) or not str(cells[column]).isdigit():
        return number
    return int(cells[column])


def _row_errors(line: int, values: dict, seen: dict) -> list[str]:
    errors = []
    values["name"] = clean_name(values.get("name"))
    if not values["name"]:
        errors.append(str(_l("Linje %(line)d: navnet mangler.", line=line)))
    for name, limit in LIMITS.items():
        if len(values.get(name) or "") > limit:
            errors.append(
                str(
                    _l(
                        "Linje %(line)d: %(column)s er længere end %(max)d tegn.",
                        line=line,
                        column=FIELD_LABELS[name],
                        max=limit,
                    )
                )
            )
            values[name] = ""
    for name in ("email", "manager_email"):
        if values.get(name):
            try:
                values[name] = _email(values[name])
            except EmailNotValidError:
                errors.append(
                    str(
                        _l(
                            "Linje %(line)d: »%(value)s« er ikke en gyldig e-mailadresse.",
                            line=line,
                            value=values[name],
                        )
                    )
                )
                values[name] = ""
    email = values.get("email")
    if email and email in seen:
        errors.append(
            str(
                _l(
                    "Linje %(line)d: e-mailadressen %(email)s står også på linje %(other)d.",
                    line=line,
                    email=email,
                    other=seen[email],
                )
            )
        )
    elif email:
        seen[email] = line
    return errors


# Planning -----------------------------------------------------------------------------------


def plan_upload(data: bytes, filename: str) -> Plan:
    """Read and check an uploaded file against the people there are; nothing is changed."""
    try:
        table = read_table(data, filename)
    except UnreadableFile as error:
        return Plan(filename, errors=[str(error.args[0])])
    return _plan(table, filename)


def plan_content(content: str, filename: str) -> Plan:
    """The plan of the canonical CSV a preview carried to its confirm step."""
    table = list(csv.reader(io.StringIO(content, newline=""), delimiter=";"))
    return _plan(table, filename, {**HEADERS, "line": {"linje"}})


def _canonical(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CANONICAL)
    for row in rows:
        writer.writerow([row.line, *((getattr(row, n) or "") for n in FIELDS)])
    return out.getvalue()


def _plan(table: list[list[str]], filename: str, headers: dict = HEADERS) -> Plan:
    rows, errors = parse(table, headers)
    plan = Plan(filename, rows=rows, errors=errors)
    if errors:
        return plan
    people = db.session.scalars(select(Person)).all()
    by_email = {p.email.lower(): p for p in people if p.email}
    by_name: dict[str, list[Person]] = {}
    for person in people:
        by_name.setdefault(person.name_key, []).append(person)
    known_emails = set(by_email) | {r.email for r in rows if r.email}
    matched: dict[int, int] = {}
    nodes: list[tuple[Row, Person | tuple]] = []
    for row in rows:
        person = _match(row, by_email, by_name)
        nodes.append((row, person if person is not None else ("ny", row.line)))
        if person is not None and person.id in matched:
            plan.errors.append(
                str(
                    _l(
                        "Linje %(line)d: %(name)s står også på linje %(other)d.",
                        line=row.line,
                        name=row.name,
                        other=matched[person.id],
                    )
                )
            )
            continue
        if person is not None:
            matched[person.id] = row.line
        change = _change(row, person, by_email)
        change.manager_unknown = bool(row.manager_email and row.manager_email not in known_emails)
        if person is None:
            plan.new.append(change)
        elif change.fields:
            plan.changed.append(change)
        else:
            plan.unchanged += 1
    plan.errors.extend(_cycles(nodes, by_email))
    plan.not_in_file = sorted(
        (p for p in people if p.active and p.email and p.id not in matched),
        key=lambda p: p.name_key,
    )
    plan.content = _canonical(rows)
    return plan


def _match(row: Row, by_email, by_name) -> Person | None:
    """By email; else by name: a row with an email takes a namesake who has none yet, a row
    without one takes the only namesake."""
    if row.email and row.email in by_email:
        return by_email[row.email]
    namesakes = by_name.get(name_key(row.name), [])
    if row.email:
        namesakes = [p for p in namesakes if not p.email]
    return namesakes[0] if len(namesakes) == 1 else None


def _cycles(nodes: list[tuple[Row, Person | tuple]], by_email) -> list[str]:
    """The rows whose manager would, with the file saved, be below them: the person form's
    rule (services.manages) asked of the chain of managers the file would make. A node is a
    Person, or ("ny", line) for a row that makes a new one."""
    email_node = dict(by_email)
    for row, node in nodes:  # an email the file gives someone else is theirs after the import
        if isinstance(node, Person) and node.email and row.email:
            email_node.pop(node.email.lower(), None)
    email_node |= {row.email: node for row, node in nodes if row.email}
    manager = {}
    for row, node in nodes:
        found = email_node.get(row.manager_email or "")
        if found is not None and found is not node:
            manager[node] = found

    def manager_of(node):
        if node in manager:
            return manager[node]
        return node.manager if isinstance(node, Person) else None

    names = {node: row.name for row, node in nodes}
    return [
        str(
            _l(
                "Linje %(line)d: %(name)s er selv leder for %(manager)s (lederne går i ring).",
                line=row.line,
                name=row.name,
                manager=names.get(manager[node]) or manager[node].name,
            )
        )
        for row, node in nodes
        if node in manager and manages(node, manager[node], manager_of)
    ]


def _change(row: Row, person: Person | None, by_email) -> Change:
    change = Change(row, person)
    if person is None:
        return change
    for name in ("name", "email", "title", "unit"):
        new = getattr(row, name)
        if new and new != getattr(person, name):
            change.fields[name] = (getattr(person, name), new)
    if row.manager_email and row.manager_email != (person.email or "").lower():
        current = person.manager.email.lower() if person.manager and person.manager.email else None
        if current != row.manager_email:
            change.fields["manager"] = (current, row.manager_email)
    return change


# Applying -----------------------------------------------------------------------------------


def apply(plan: Plan, actor: Person | None) -> Result:
    """Carry out a plan without errors: create and change the people, then set the managers."""
    if plan.errors:
        raise ValueError("a plan with errors is not applied")
    created = []
    for change in plan.new:
        person = Person(role="member")
        _set(person, change.row)
        db.session.add(person)
        created.append(person)
    for change in plan.changed:
        _set(change.person, change.row)
    db.session.flush()
    by_email = {
        email.lower(): pid
        for pid, email in db.session.execute(
            select(Person.id, Person.email).where(Person.email.is_not(None))
        )
    }
    for change, person in [
        *zip(plan.new, created, strict=True),
        *((c, c.person) for c in plan.changed),
    ]:
        manager_id = by_email.get(change.row.manager_email or "")
        if manager_id and manager_id != person.id:
            person.manager_id = manager_id
    audit(
        "import",
        None,
        actor,
        f"{len(created)} nye, {len(plan.changed)} ændrede, {plan.unchanged} uændrede",
    )
    db.session.flush()
    return Result(len(created), len(plan.changed))


def _set(person: Person, row: Row) -> None:
    for name in ("name", "email", "title", "unit"):
        value = getattr(row, name)
        if value:
            setattr(person, name, value)
