"""A stacked bar chart of action statuses per meeting, as SVG (pure: no Flask, no database)."""

from __future__ import annotations

from xml.sax.saxutils import escape

STATUS_ORDER = ("done", "in_progress", "not_started", "cancelled")
COLORS = {
    "done": "#1d6b34",
    "in_progress": "#0b4f8a",
    "not_started": "#b45f06",
    "cancelled": "#6b7280",
}
# Printed in black and white, two dark colours look alike: these statuses are also hatched
# (white stripes at this angle, in degrees), in the SVG and in the PDF alike.
HATCH = {"in_progress": 45, "cancelled": 0}
LABEL_WIDTH, BAR_WIDTH, BAR_HEIGHT, GAP = 190, 420, 22, 10


def fill(status: str) -> str:
    """A status's SVG fill: its colour, or its hatch pattern."""
    return f"url(#hatch-{status})" if status in HATCH else COLORS[status]


def _patterns() -> str:
    return (
        "<defs>"
        + "".join(
            f'<pattern id="hatch-{status}" patternUnits="userSpaceOnUse" width="6" height="6" '
            f'patternTransform="rotate({angle})">'
            f'<rect width="6" height="6" fill="{COLORS[status]}"/>'
            f'<line x1="0" y1="1" x2="6" y2="1" stroke="#ffffff" stroke-width="1.6"/></pattern>'
            for status, angle in HATCH.items()
        )
        + "</defs>"
    )


def status_chart_svg(
    rows: list[tuple[str, dict[str, int]]], labels: dict[str, str], title: str
) -> str:
    """One horizontal bar per meeting, split by status, with a legend; readable in print."""
    height = 34 + len(rows) * (BAR_HEIGHT + GAP)
    width = LABEL_WIDTH + BAR_WIDTH + 60
    most = max((sum(c.values()) for _, c in rows), default=1) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-labelledby="chart-title" class="status-chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        _patterns(),
    ]
    x = LABEL_WIDTH
    for status in STATUS_ORDER:  # legend
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{fill(status)}"/>')
        parts.append(f'<text x="{x + 16}" y="16" font-size="12">{escape(labels[status])}</text>')
        x += 16 + 8 * len(labels[status]) + 14
    y = 34
    for label, counts in rows:
        total = sum(counts.values())
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        x = float(LABEL_WIDTH)
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            w = BAR_WIDTH * n / most
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{fill(status)}"><title>{escape(labels[status])}: {n}</title></rect>'
            )
            if w >= 18:
                if status in HATCH:  # a plain patch behind the number
                    parts.append(
                        f'<rect x="{x + w / 2 - 8:.1f}" y="{y + 4}" width="16" '
                        f'height="{BAR_HEIGHT - 8}" fill="{COLORS[status]}"/>'
                    )
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 15}" font-size="11" fill="#ffffff" '
                    f'text-anchor="middle">{n}</text>'
                )
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">{total}</text>')
        y += BAR_HEIGHT + GAP
    parts.append("</svg>")
    return "".join(parts)
