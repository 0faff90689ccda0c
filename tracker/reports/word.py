"""The status overview as a Word document (python-docx), to journalise in the case system or
attach to the next agenda: headings, the summary, the changes as lists, and one table per
agenda item in each section, with a header row that repeats when a table breaks a page."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from flask_babel import force_locale
from flask_babel import gettext as _

from tracker.i18n import date_range, long_date
from tracker.reports import wording
from tracker.reports.services import CHANGE_KINDS, Overview, change_titles

COLUMN_MM = (55, 32, 34, 22, 37)


def _repeat_header(row) -> None:
    """Mark a table row as its header: Word repeats it on every page the table spans."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_setup(document, footer_text: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(15))
    section.top_margin, section.bottom_margin = Mm(15), Mm(18)
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text} · {_('Side')} "
    _field(footer, "PAGE")
    footer.add_run(f" {_('af')} ")
    _field(footer, "NUMPAGES")
    document.styles["Normal"].font.size = Pt(9.5)


def _table(document, rows: list[list[str]]):
    table = document.add_table(rows=1, cols=len(rows[0]))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, rows[0], strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _repeat_header(table.rows[0])
    for values in rows[1:]:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    return table


def _changes(document, overview: Overview) -> None:
    document.add_heading(_("Ændringer siden sidste møde"), level=1)
    if not overview.change_count:
        document.add_paragraph(_("Ingen ændringer."))
        return
    titles = change_titles()
    for kind in CHANGE_KINDS:
        entries = overview.changes[kind]
        if entries:
            document.add_heading(f"{titles[kind]} ({len(entries)})", level=3)
            for entry in entries:
                document.add_paragraph(wording.change_line(kind, entry), style="List Bullet")


def _section(document, section) -> None:
    if not section.count:
        document.add_heading(f"{section.title} (0)", level=1)
        document.add_paragraph(_("Ingen."))
        return
    document.add_heading(f"{section.title} ({section.count})", level=1)
    for group in section.groups:
        document.add_heading(wording.group_heading(group), level=2)
        rows = [wording.table_header()]
        rows += [wording.table_cells(row, date_range) for row in group.rows]
        table = _table(document, rows)
        for column, width in zip(table.columns, COLUMN_MM, strict=True):
            for cell in column.cells:
                cell.width = Mm(width)


def to_docx(overview: Overview, locale: str = "da") -> bytes:
    """The overview as .docx: the same sections, numbers and words as the page and the PDF."""
    with force_locale(locale):
        title = _("Status pr. %(date)s", date=long_date(overview.today))
        document = Document()
        document.core_properties.title = f"{overview.forum.name}: {title}"
        document.core_properties.language = locale
        _page_setup(document, f"{overview.forum.name} · {title}")
        document.add_heading(f"{overview.forum.name}: {title}", level=0)
        document.add_paragraph(wording.meetings_line(overview))
        document.add_heading(_("Overblik"), level=1)
        summary = [[_("Afsnit"), _("Antal")]]
        summary += [[str(s.title), wording.section_count(s)] for s in overview.sections]
        summary.append([_("I alt"), str(overview.total)])
        _table(document, summary)
        _changes(document, overview)
        for section in overview.sections:
            _section(document, section)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
