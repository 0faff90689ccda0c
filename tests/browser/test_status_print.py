"""The status overview in Chromium: it renders with its chart and prints cleanly to an A4 PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.conftest import DESKTOP

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)


def test_status_overview_renders_and_prints_on_a4(logged_in, shoot, tmp_path):
    page = logged_in("sekretariat@sonderoe.example", viewport=DESKTOP)
    page.goto("/fora/lederforum/status")
    assert "Status pr." in page.locator("h1").inner_text()
    assert page.locator("svg.status-chart rect").count() >= 4, "the chart's bars"
    assert page.get_by_role("heading", name="Overskredne").is_visible()
    shoot(page, "status-overview")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible(), "no navigation on paper"
    assert not page.locator(".toolbar").is_visible()
    pdf = page.pdf(format="A4", print_background=False)
    (tmp_path / "status.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert abs(width - A4_POINTS[0]) < 2 and abs(height - A4_POINTS[1]) < 2
    texts = [p.extract_text() for p in reader.pages]
    everything = " ".join(texts)
    assert "Lederforum" in texts[0] and "Status pr." in texts[0]
    assert "Overskredne" in everything and "Ændringer siden sidste møde" in everything
    assert "Log ud" not in everything and "Importér referat" not in everything
    assert len(reader.pages) >= 2, "sections start on a new page"
    assert texts[0].count("Overskredne") <= 1
