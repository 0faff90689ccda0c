"""The status overview as an A4 PDF for the agenda in the case system (fpdf2, no system fonts)."""

from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _
from fpdf import FPDF
from fpdf.fonts import FontFace

from tracker.i18n import STATUS_LABELS, date_range, long_date
from tracker.reports.chart import COLORS, STATUS_ORDER
from tracker.reports.services import Overview

_REPLACEMENTS = {
    "–": "-",
    "—": "-",
    "“": '"',
    "”": '"',
    "„": '"',
    "’": "'",
    "…": "...",
    "»": '"',
    "«": '"',
}


def latin1(text) -> str:
    """Core PDF fonts speak Latin-1: æ, ø and å stay, typographic dashes become plain ones."""
    text = str(text or "")
    for old, new in _REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Document(FPDF):
    def __init__(self, header_text: str):
        super().__init__(format="A4")
        self.header_text = header_text
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(15, 15, 15)

    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, latin1(self.header_text), align="L")
        self.cell(0, 5, f"{self.page_no()}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _chart(pdf: _Document, overview: Overview) -> None:
    if not overview.chart:
        return
    most = max(sum(c.values()) for _, c in overview.chart) or 1
    label_w, bar_w, bar_h = 55, 110, 6
    pdf.set_font("helvetica", "", 8)
    x = pdf.l_margin + label_w
    for status in STATUS_ORDER:  # legend
        pdf.set_fill_color(*_hex(COLORS[status]))
        pdf.rect(x, pdf.get_y(), 3, 3, style="F")
        pdf.set_xy(x + 4, pdf.get_y() - 1)
        label = latin1(STATUS_LABELS[status])
        pdf.cell(pdf.get_string_width(label) + 6, 5, label)
        x += pdf.get_string_width(label) + 12
    pdf.ln(7)
    for meeting, counts in overview.chart:
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(
            label_w - 2,
            bar_h,
            latin1(long_date(meeting.date)),
            align="R",
        )
        x = pdf.l_margin + label_w
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if n:
                width = bar_w * n / most
                pdf.set_fill_color(*_hex(COLORS[status]))
                pdf.rect(x, y, width, bar_h, style="F")
                x += width
        pdf.set_xy(x + 2, y)
        pdf.cell(10, bar_h, str(sum(counts.values())))
        pdf.ln(bar_h + 2)
    pdf.ln(2)


def to_pdf(overview: Overview, locale: str = "da") -> bytes:
    """The overview on A4: header, counts, chart, changes, then each section as a table."""
    with force_locale(locale):
        title = _("Status pr. %(date)s", date=long_date(overview.today))
        pdf = _Document(f"{overview.forum.name} - {title}")
        pdf.add_page()
        pdf.set_font("helvetica", "B", 16)
        pdf.multi_cell(
            0, 8, latin1(f"{overview.forum.name}: {title}"), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("helvetica", "", 10)
        if overview.next:
            pdf.multi_cell(
                0,
                5,
                latin1(_("Næste møde: %(date)s", date=long_date(overview.next.date))),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        counts = ", ".join(f"{STATUS_LABELS[s]}: {overview.counts.get(s, 0)}" for s in STATUS_ORDER)
        pdf.multi_cell(0, 5, latin1(counts), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("helvetica", "B", 12)
        pdf.cell(
            0, 7, latin1(_("Status for alle handlinger pr. møde")), new_x="LMARGIN", new_y="NEXT"
        )
        _chart(pdf, overview)
        changes = overview.changes
        pdf.set_font("helvetica", "", 9)
        pdf.multi_cell(
            0,
            5,
            latin1(
                _(
                    "Siden sidste møde: %(new)d nye, %(done)d udført, %(moved)d med flyttet frist, "
                    "%(owner)d med ny ejer.",
                    new=len(changes["new"]),
                    done=len(changes["done"]),
                    moved=len(changes["deadline_moved"]),
                    owner=len(changes["owner_changed"]),
                )
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        for section in overview.sections:
            if not section.count:
                continue
            pdf.ln(3)
            pdf.set_font("helvetica", "B", 12)
            pdf.cell(
                0, 7, latin1(f"{section.title} ({section.count})"), new_x="LMARGIN", new_y="NEXT"
            )
            for group in section.groups:
                _group_table(pdf, group)
        return bytes(pdf.output())


def _group_table(pdf: _Document, group) -> None:
    pdf.set_font("helvetica", "I", 9)
    where = []
    if group.meeting:
        where.append(f"{group.meeting.title} ({long_date(group.meeting.date)})")
    if group.agenda_item:
        case = f", {group.agenda_item.case_number}" if group.agenda_item.case_number else ""
        where.append(f"{_('Punkt')} {group.agenda_item.number}: {group.agenda_item.title}{case}")
    pdf.multi_cell(0, 5, latin1(" - ".join(where) or _("Uden møde")), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    heading = FontFace(emphasis="BOLD", fill_color=(230, 233, 237))
    with pdf.table(
        col_widths=(60, 32, 38, 20, 50), headings_style=heading, line_height=4.5
    ) as table:
        table.row(
            [
                latin1(h)
                for h in (
                    _("Handling"),
                    _("Ejer"),
                    _("Frist"),
                    _("Status"),
                    _("Seneste statusnote"),
                )
            ]
        )
        for row in group.rows:
            a = row.action
            deadline = a.deadline_text or ""
            if a.due_start and a.due_end:
                deadline += f" ({date_range(a.due_start, a.due_end)})"
            note = f"{long_date(row.note.created_at.date())}: {row.note.text}" if row.note else ""
            if row.stale:
                note = f"{_('Ingen status siden sidste møde')}. {note}".strip()
            table.row(
                [
                    latin1(v)
                    for v in (
                        a.title,
                        a.owner.name if a.owner else "",
                        deadline,
                        STATUS_LABELS.get(a.status, a.status),
                        note[:300],
                    )
                ]
            )
