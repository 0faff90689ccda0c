"""The status overview of the demo plus a second imported referat (16 actions) as the forum
gets it: the PDF read back and rendered, the Word file, the spreadsheets, and numbers that agree
between all of them and the page."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PIL import Image, ImageChops
from pypdf import PdfReader
from sqlalchemy import select

from tests import snapshots
from tracker.actions.services import add_note, change_deadline, edit_action
from tracker.deadlines import parse_deadline
from tracker.demo.services import load_demo
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.importing import services as importing
from tracker.models import Action
from tracker.people.matching import person_named
from tracker.reports.chart import COLORS
from tracker.reports.services import status_overview

SECOND = Path(__file__).parents[1] / "data" / "referat-lederforum-2025-05-14.md"
CANCEL_NOTE = "Aflyst af medejeren: erstattet af den samlede reformplan"


def _action(words: str) -> Action:
    return db.session.scalar(select(Action).where(Action.title.ilike(f"%{words}%")))


@pytest.fixture
def sixteen(app, secretary):
    """The demo (ten actions) and the May referat (six), with a co-owner's cancellation, a
    deadline moved twice and a note that holds characters outside Latin-1: loaded for real
    once per worker, copied back for the later tests."""
    ids = snapshots.restore_or_build("sixteen", lambda: _load_sixteen(secretary))
    assert db.session.query(Action).count() == 16
    return {name: db.session.get(Action, id_) for name, id_ in ids.items()}


def _load_sixteen(secretary) -> dict[str, int]:
    load_demo(meeting_date=None)  # the minutes' own dates (26 February 2025)
    parsed = importing.read_referat(SECOND.read_bytes(), SECOND.name)
    importing.save_import(parsed, importing.reviewed_from_proposals(parsed), actor=secretary)
    torben = person_named("Torben G. M. Benneskov")
    strategy = _action("implementeringsstrategi")
    assert torben in strategy.co_owners and strategy.owner is not torben
    add_note(strategy, torben, CANCEL_NOTE, "cancelled")
    policy = _action("personalepolitik")
    change_deadline(policy, secretary, parse_deadline("ultimo august 2025", today()))
    change_deadline(policy, secretary, parse_deadline("primo oktober 2030", today()))
    trip = _action("Łódź")
    edit_action(trip, secretary, title=trip.title, description=None, owner=torben, co_owners=[])
    add_note(trip, torben, "Budget ≥ 12.000 € – program aftalt med Łódź")
    db.session.commit()
    return {"strategy": strategy.id, "policy": policy.id, "trip": trip.id}


def _text(pdf_bytes: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf_bytes))
    return reader, " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_pdf_reads_as_the_page_on_at_most_three_pages(secretary_client, sixteen):
    response = secretary_client.get("/fora/lederforum/status.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    reader, text = _text(response.data)
    assert len(reader.pages) <= 3, f"{len(reader.pages)} pages for 16 actions"
    for words in [
        "250.000 €",
        "Łódź",
        "≥ 85 %",
        "1.–10. marts",
        "Zofia Wąsowska",
        "Budget ≥ 12.000 € – program aftalt med Łódź",
        CANCEL_NOTE,  # the co-owner's note
        "Medejer: Torben G. M. Benneskov",
        "Annulleret siden sidste møde (1)",
        f"Side 1 af {len(reader.pages)}",
    ]:
        assert words in text, words
    assert re.search(r"Ikke\s+startet\s+Overskredet", text), "overdue beside its status"
    assert "?" not in text.replace("Hvem har svaret?", ""), "no character lost as '?'"
    assert "Morten Hoff Grønvald" in text, "names are not stretched apart"
    # The deadline moved twice is one change, from the first deadline to the last.
    moved = re.findall(r"Proces for en opdateret personalepolitik: ([^•]+?) → ", text)
    assert len(moved) == 1 and moved[0].startswith("inden sommerferien"), moved
    assert "primo oktober 2030" in text and "ultimo august 2025 (" not in text


def _near_any(image: Image.Image, colours, tolerance=12) -> Image.Image:
    """A mask ("L", 255 or 0) of the pixels within ``tolerance`` of one of ``colours`` on every
    channel; PIL does per pixel what a loop over 300,000 pixels in Python would."""
    found = Image.new("L", image.size, 0)
    for colour in colours:
        difference = ImageChops.difference(image, Image.new("RGB", image.size, colour))
        bands = [band.point(lambda v: 255 if v <= tolerance else 0) for band in difference.split()]
        every_channel = ImageChops.darker(ImageChops.darker(bands[0], bands[1]), bands[2])
        found = ImageChops.lighter(found, every_channel)
    return found


def test_pdf_rendered_no_table_cell_in_a_chart_colour(secretary_client, sixteen, tmp_path):
    if not shutil.which("pdftoppm"):
        reason = "pdftoppm (poppler-utils) is missing; scripts/install-browser.sh installs it"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(reason)
        pytest.skip(reason)
    pdf = tmp_path / "status.pdf"
    pdf.write_bytes(secretary_client.get("/fora/lederforum/status.pdf").data)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(PdfReader(str(pdf)).pages) <= 3
    colours = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in COLORS.values()]
    for number, path in enumerate(images, start=1):
        image = Image.open(path).convert("RGB")
        width, height = image.size
        mask = _near_any(image, colours).tobytes()
        # A filled cell or bar colours a long run of a pixel row; the edges of text never do.
        # (Every other pixel of a row is looked at.)
        coloured_rows = [
            y
            for y in range(height)
            if mask[y * width : (y + 1) * width : 2].count(255) > width / 2 * 0.08
        ]
        if number > 1:
            assert not coloured_rows, f"page {number} has chart colours at rows {coloured_rows}"
        else:
            assert coloured_rows, "the chart is on the first page"
            span = coloured_rows[-1] - coloured_rows[0]
            assert span < height * 0.12, "chart colours only in the chart's few lines"


def _page_counts(page: str) -> dict[str, int]:
    heading = r'<h2 id="afsnit-([a-z_]+)">[^<]+ <span class="muted">\((\d+)\)</span>'
    found = re.findall(heading, page)
    return {key: int(n) for key, n in found}


def test_numbers_agree_across_page_pdf_word_excel_and_csv(secretary_client, sixteen):
    o = status_overview(_action("seminar").forum, today(), local_tz())
    counts = o.counts
    assert sum(counts.values()) == o.total == 16
    page = secretary_client.get("/fora/lederforum/status").get_data(as_text=True)
    assert _page_counts(page) == counts
    summary = re.findall(r'<li><a href="#([a-z_]+)">[^<]+</a>: <strong>(\d+)', page)
    assert {k: int(n) for k, n in summary} == counts, "the summary counts the sections"
    titles = {s.key: str(s.title) for s in o.sections}
    _reader, text = _text(secretary_client.get("/fora/lederforum/status.pdf").data)
    for key, n in counts.items():
        assert f"{titles[key]} ({n})" in text, (key, n)
    rows = list(
        csv.reader(
            io.StringIO(
                secretary_client.get("/fora/lederforum/status.csv").data.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    by_title = Counter(r[0] for r in rows[1:])
    assert {k: by_title.get(titles[k], 0) for k in counts} == counts
    sheet = load_workbook(
        io.BytesIO(secretary_client.get("/fora/lederforum/status.xlsx").data)
    ).active
    sections = Counter(sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1))
    assert {k: sections.get(titles[k], 0) for k in counts} == counts
    document = Document(io.BytesIO(secretary_client.get("/fora/lederforum/status.docx").data))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for key, n in counts.items():
        assert f"{titles[key]} ({n})" in headings, (key, n, headings)


def test_word_file_has_headings_and_a_table_per_agenda_item(secretary_client, sixteen):
    response = secretary_client.get("/fora/lederforum/status.docx")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert 'filename="status-lederforum-' in response.headers["Content-Disposition"]
    document = Document(io.BytesIO(response.data))
    title = document.paragraphs[0]
    assert title.style.name == "Title" and title.text.startswith("Lederforum: Status pr.")
    groups = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    # Overdue: one table per meeting's agenda item; the summary table comes first.
    assert "Mødet 26. februar 2025 · Punkt 1: Ledertrivsel og reformarbejde (S2024-702)" in groups
    assert len(document.tables) == 1 + len(groups)
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "250.000 €" in cells and "Łódź" in cells and CANCEL_NOTE in cells
    statuses = [row.cells[3].text for t in document.tables[1:] for row in t.rows[1:]]
    assert "Ikke startet\nOverskredet" in statuses, "overdue beside its status"
    header = document.tables[1].rows[0]._tr
    assert header.xpath("./w:trPr/w:tblHeader"), "the header row repeats on a new page"


def test_word_from_the_command(app, sixteen, tmp_path):
    path = str(tmp_path / "status.docx")
    result = app.test_cli_runner().invoke(
        args=["report", "status", "--forum", "lederforum", "--format", "docx", "--output", path]
    )
    assert result.exit_code == 0, result.output
    assert any("Łódź" in p.text for p in Document(path).paragraphs)


def test_spreadsheets_have_co_owners_note_author_and_link(secretary_client, sixteen):
    response = secretary_client.get("/fora/lederforum/status.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    by_title = {r[header.index("Handling")]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    strategy = by_title["Implementeringsstrategi til politisk godkendelse"]
    assert strategy["Medejere"] == "Torben G. M. Benneskov"
    assert strategy["Seneste statusnote"] == CANCEL_NOTE
    assert strategy["Notens forfatter"] == "Torben G. M. Benneskov"
    assert strategy["Link"].endswith(f"/handlinger/{sixteen['strategy'].id}")
    assert strategy["Link"].startswith("http")
    sheet = load_workbook(
        io.BytesIO(secretary_client.get("/fora/lederforum/status.xlsx").data)
    ).active
    names = [c.value for c in sheet[1]]
    link = sheet.cell(row=2, column=names.index("Link") + 1)
    assert link.hyperlink is not None and link.hyperlink.target == link.value
    assert "Medejere" in names and "Notens forfatter" in names


def test_an_ongoing_deadline_does_not_contradict_itself(secretary_client, sixteen):
    page = secretary_client.get("/fora/lederforum/status").get_data(as_text=True)
    assert "løbende 2025" in page and "(løbende, ingen slutdato)" not in page
    _reader, text = _text(secretary_client.get("/fora/lederforum/status.pdf").data)
    assert "løbende 2025" in text and "ingen slutdato" not in text


def test_chart_reads_in_black_and_white():
    from tracker.reports.chart import HATCH, status_chart_svg

    labels = {"done": "Udført", "in_progress": "I gang", "not_started": "Ikke startet"}
    labels["cancelled"] = "Annulleret"
    svg = status_chart_svg([("26. februar 2025", {"in_progress": 2, "done": 3})], labels, "T")
    for status in HATCH:
        assert f'<pattern id="hatch-{status}"' in svg
    assert 'fill="url(#hatch-in_progress)"><title>I gang: 2</title>' in svg, "the bar is hatched"
    assert svg.count('fill="url(#hatch-in_progress)"') == 2, "and its legend box"
    assert 'fill="#1d6b34"><title>Udført: 3</title>' in svg, "done stays solid"


def test_english_pdf_and_word(secretary_client, secretary, sixteen):
    secretary.language = "en"
    db.session.commit()
    _reader, text = _text(secretary_client.get("/fora/lederforum/status.pdf").data)
    assert "Status as of" in text and "Overdue" in text and "Łódź" in text
    document = Document(io.BytesIO(secretary_client.get("/fora/lederforum/status.docx").data))
    assert document.paragraphs[0].text.startswith("Lederforum: Status as of")
    page = secretary_client.get("/fora/lederforum/moedevisning").get_data(as_text=True)
    assert "Overdue" in page
