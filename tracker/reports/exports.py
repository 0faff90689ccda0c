"""The status overview as files: CSV for Danish Excel, and .xlsx with real dates and filters.

Every text a person wrote ends up here, so text is always written as text: never as a
formula in the workbook (string cells), and CSV cells that a spreadsheet would read as a
formula get a leading apostrophe (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import csv
import io

from flask_babel import force_locale
from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from tracker.i18n import STATUS_LABELS, local_tz
from tracker.reports import wording
from tracker.reports.services import Overview
from tracker.routing import external_url
from tracker.workdays.days import local_day


def headers() -> list[str]:
    """Column names, in the current language."""
    return [
        _("Afsnit"),
        _("Møde"),
        _("Mødedato"),
        _("Punkt"),
        _("Sagsnr."),
        _("Handling"),
        _("Ejer"),
        _("Frist"),
        _("Frist fra"),
        _("Frist til"),
        _("Status"),
        _("Seneste statusnote"),
        _("Notens dato"),
        _("Ingen status siden sidste møde"),
        # Added later, so the columns above keep their places in macros people have built.
        _("Medejere"),
        _("Overskredet"),
        _("Notens forfatter"),
        _("Øvrige ejeres seneste noter"),
        _("Link"),
        _("Enhed"),
    ]


LINK_COLUMN = 19  # "Link", 1-based; "Enhed" came after it


def action_url(action_id: int) -> str:
    """The action's page, as a link that works from the file (TRACKER_BASE_URL)."""
    return external_url("actions.action", action_id=action_id)


def table(overview: Overview) -> list[list]:
    """One row per action, in the overview's order; dates stay dates."""
    rows = []
    for section in overview.sections:
        for group in section.groups:
            for row in group.rows:
                a, note = row.action, row.note
                others = [n for n in row.notes if n is not note]
                rows.append(
                    [
                        str(section.title),
                        wording.meeting_name(a.meeting) if a.meeting else "",
                        a.meeting.date if a.meeting else None,
                        f"{a.agenda_item.number}. {a.agenda_item.title}" if a.agenda_item else "",
                        (a.agenda_item.case_number or "") if a.agenda_item else "",
                        a.title,
                        a.owner.name if a.owner else "",
                        a.deadline_text or "",
                        a.due_start,
                        a.due_end,
                        str(STATUS_LABELS.get(a.status, a.status)),
                        note.text if note else "",
                        local_day(note.created_at, local_tz()) if note else None,
                        _("Ja") if row.stale else "",
                        ", ".join(a.other_owners),
                        _("Ja") if row.overdue else "",
                        note.author.name if note and note.author else "",
                        "\n".join(wording.note_line(n) for n in others),
                        action_url(a.id),
                        a.unit or "",
                    ]
                )
    return rows


# A cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text: formula-like cells get a leading ``'``."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_cell(value) -> str:
    """One value as CSV text: dates as DD-MM-YYYY, text made safe."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d-%m-%Y")
    return csv_text(str(value))


def xlsx_text(value: str) -> str:
    """Text without the control characters that XML (and so .xlsx) cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def write_row(sheet, row_number: int, values: list) -> None:
    """Write one row; text always becomes a string cell, never a formula; dates stay dates."""
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row_number, column=column)
        if isinstance(value, str):
            cell.value = xlsx_text(value)
            cell.data_type = "s"  # openpyxl would make "=..." a formula
        else:
            cell.value = value


def to_csv(overview: Overview, locale: str = "da") -> bytes:
    """UTF-8 with BOM and semicolons, so Danish Excel opens it with æøå intact."""
    with force_locale(locale):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_cell(v) for v in headers()])
        for row in table(overview):
            writer.writerow([csv_cell(v) for v in row])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(overview: Overview, locale: str = "da") -> bytes:
    """An Excel workbook: a header row, one row per action, real date cells, filters on."""
    with force_locale(locale):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Status")[:31]
        write_row(sheet, 1, headers())
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row_number, row in enumerate(table(overview), start=2):
            write_row(sheet, row_number, row)
            link = sheet.cell(row=row_number, column=LINK_COLUMN)
            link.hyperlink, link.style = row[LINK_COLUMN - 1], "Hyperlink"
        for column in (3, 9, 10, 13):
            for cell in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell[0].number_format = "DD-MM-YYYY"
        widths = [28, 24, 12, 30, 12, 45, 26, 22, 12, 12, 14, 50, 12, 12, 26, 12, 24, 50, 40, 26]
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
