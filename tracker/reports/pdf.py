"""The status overview as an A4 PDF for the agenda and the case system (fpdf2).

The text is set in DejaVu Sans Condensed, shipped in ``tracker/reports/fonts`` (Bitstream Vera
licence) and embedded as a subset, so any character a name or note can hold prints as itself
("Łódź", "250.000 €", "≥", en dashes). The layout follows the printed page: the same order,
the same numbers (one ``Overview``), empty sections on one line, tables that wrap text left
aligned and repeat their header on a new page, the forum, date and page numbers in the footer.
"""

from __future__ import annotations

from pathlib import Path

from flask_babel import force_locale
from flask_babel import gettext as _
from fpdf import FPDF
from fpdf.fonts import FontFace

from tracker.i18n import STATUS_LABELS, date_range, long_date
from tracker.reports import wording
from tracker.reports.chart import COLORS, HATCH, STATUS_ORDER
from tracker.reports.services import CHANGE_KINDS, Overview, change_titles

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
WHITE, BLACK, GREY = (255, 255, 255), (0, 0, 0), (85, 85, 85)
HEAD_FILL, GROUP_FILL = (226, 230, 235), (244, 245, 247)
COL_WIDTHS = (55, 33, 34, 21, 37)  # mm of the 180 between the margins


class _Document(FPDF):
    """A4 with the forum and date on the left of every footer, "Side 1 af 3" on the right."""

    def __init__(self, footer_text: str, page_text: str):
        super().__init__(format="A4")
        self.add_font(FAMILY, "", FONTS / "DejaVuSansCondensed.ttf")
        self.add_font(FAMILY, "B", FONTS / "DejaVuSansCondensed-Bold.ttf")
        self.footer_text, self.page_text = footer_text, page_text
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(auto=True, margin=16)

    def footer(self):
        self.set_y(-11)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.page_text.replace("{page}", str(self.page_no())), align="R")
        self.set_text_color(*BLACK)


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _text(pdf: _Document, text: str, size: float = 9, style: str = "", height: float = 4.4):
    pdf.set_font(FAMILY, style, size)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def _heading(pdf: _Document, text: str, size: float = 11.5) -> None:
    pdf.ln(2.5)
    _text(pdf, text, size, "B", size * 0.5)
    pdf.ln(0.8)


def _swatch(pdf: _Document, status: str, x: float, y: float, w: float, h: float) -> None:
    """A bar part or legend box in the status's colour, hatched white where the chart says
    (tracker.reports.chart.HATCH), so the chart reads in black and white too."""
    pdf.set_fill_color(*_hex(COLORS[status]))
    pdf.rect(x, y, w, h, style="F")
    if status not in HATCH:
        return
    pdf.set_draw_color(*WHITE)
    pdf.set_line_width(0.35)
    with pdf.rect_clip(x, y, w, h):
        step = 1.4
        if HATCH[status] == 0:  # horizontal stripes
            line_y = y + step / 2
            while line_y < y + h:
                pdf.line(x, line_y, x + w, line_y)
                line_y += step
        else:  # diagonal stripes
            start = x - h
            while start < x + w:
                pdf.line(start, y + h, start + h, y)
                start += step * 1.4
    pdf.set_line_width(0.2)


def _summary(pdf: _Document, overview: Overview) -> None:
    """The sections and their counts as a two-row table: the same numbers as the sections."""
    pdf.set_fill_color(*WHITE)
    pdf.set_font(FAMILY, "", 8.5)
    labels = [str(s.title) for s in overview.sections] + [_("I alt")]
    counts = [wording.section_count(s) for s in overview.sections] + [str(overview.total)]
    with pdf.table(
        text_align="LEFT",
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
        line_height=3.8,
        padding=1.2,
    ) as table:
        table.row(labels)
        table.row(counts)


def _chart(pdf: _Document, overview: Overview) -> None:
    """Bars per meeting; the legend on its own line above them; counts written in each part."""
    if not overview.chart:
        return
    labels = {k: str(v) for k, v in STATUS_LABELS.items()}
    most = max(sum(c.values()) for _, c in overview.chart) or 1
    label_w, bar_w, bar_h = 38, 125, 5.5
    pdf.set_font(FAMILY, "", 8)
    x, y = pdf.l_margin + label_w, pdf.get_y()
    for status in STATUS_ORDER:  # the legend, in the bars' order
        _swatch(pdf, status, x, y + 0.6, 3, 3)
        pdf.set_xy(x + 4, y)
        width = pdf.get_string_width(labels[status])
        pdf.cell(width + 1, 4.2, labels[status])
        x += width + 10
    y += 6
    for meeting, counts in overview.chart:
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(label_w - 2, bar_h, long_date(meeting.date), align="R")
        x = pdf.l_margin + label_w
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            width = bar_w * n / most
            _swatch(pdf, status, x, y, width, bar_h)
            pdf.set_draw_color(*WHITE)
            pdf.line(x, y, x, y + bar_h)  # a white edge between the parts
            if width >= 5:  # the count inside: the chart reads in black and white too
                if status in HATCH:  # on a plain patch, so the stripes do not cross it
                    box = pdf.get_string_width(str(n)) + 1.6
                    pdf.set_fill_color(*_hex(COLORS[status]))
                    pdf.rect(x + (width - box) / 2, y + 0.9, box, bar_h - 1.8, style="F")
                pdf.set_text_color(*WHITE)
                pdf.set_xy(x, y)
                pdf.cell(width, bar_h, str(n), align="C")
                pdf.set_text_color(*BLACK)
            x += width
        pdf.set_xy(x + 1.5, y)
        pdf.cell(12, bar_h, str(sum(counts.values())))
        y += bar_h + 1.8
    pdf.set_draw_color(*BLACK)
    pdf.set_fill_color(*WHITE)
    pdf.set_xy(pdf.l_margin, y + 1)


def _changes(pdf: _Document, overview: Overview) -> None:
    """The changes since the last meeting as lists, grouped by kind."""
    _heading(pdf, _("Ændringer siden sidste møde"), 10.5)
    if not overview.change_count:
        _text(pdf, _("Ingen ændringer."), 8.5)
        return
    titles = change_titles()
    for kind in CHANGE_KINDS:
        entries = overview.changes[kind]
        if not entries:
            continue
        _text(pdf, f"{titles[kind]} ({len(entries)})", 8.5, "B", 4.2)
        for entry in entries:
            pdf.set_x(pdf.l_margin + 3)
            pdf.set_font(FAMILY, "", 8.5)
            pdf.multi_cell(0, 3.9, f"• {wording.change_line(kind, entry)}", new_x="LMARGIN")
        pdf.ln(0.8)


def _section(pdf: _Document, section, today) -> None:
    if not section.count:
        _text(pdf, f"{section.title} (0): {_('Ingen.')}", 10, "B", 6)
        return
    _heading(pdf, f"{section.title} ({section.count})", 10.5)
    pdf.set_fill_color(*WHITE)
    pdf.set_font(FAMILY, "", 8)
    group_style = FontFace(emphasis="BOLD", fill_color=GROUP_FILL)
    with pdf.table(
        col_widths=COL_WIDTHS,
        text_align="LEFT",
        v_align="TOP",
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
        line_height=3.6,
        padding=(1, 1.2, 1, 1.2),
        repeat_headings=1,
    ) as table:
        table.row(wording.table_header())
        for group in section.groups:
            table.row().cell(wording.group_heading(group), colspan=5, style=group_style)
            for row in group.rows:
                table.row(wording.table_cells(row, date_range, note_limit=400))
    pdf.ln(1)


def to_pdf(overview: Overview, locale: str = "da") -> bytes:
    """The overview on A4: heading, summary, chart, changes, then each section as a table."""
    with force_locale(locale):
        title = _("Status pr. %(date)s", date=long_date(overview.today))
        pdf = _Document(
            f"{overview.forum.name} · {title}",
            _("Side %(page)s af %(pages)s", page="{page}", pages="{nb}"),
        )
        pdf.set_title(f"{overview.forum.name}: {title}")
        pdf.set_lang(locale)
        pdf.set_creator("tracker")
        pdf.add_page()
        _text(pdf, f"{overview.forum.name}: {title}", 15, "B", 7.5)
        pdf.ln(0.5)
        _text(pdf, wording.meetings_line(overview), 9, "", 4.4)
        _heading(pdf, _("Overblik"))
        _summary(pdf, overview)
        _heading(pdf, _("Status for alle handlinger pr. møde"), 10.5)
        _chart(pdf, overview)
        _changes(pdf, overview)
        for section in overview.sections:
            _section(pdf, section, overview.today)
        return bytes(pdf.output())
