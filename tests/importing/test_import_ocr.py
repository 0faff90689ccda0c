"""A scanned referat through the upload form and the command: read by Tesseract, reviewed as
usual with a warning to check it with care; without Tesseract refused in Danish."""

from __future__ import annotations

import html
import json

from tests.importing.test_import import counts, upload
from tests.minutes.scans import long_scan, need_tesseract, scanned_pdf

WARNING = "Teksten er læst fra et scannet billede (OCR) og kan have læsefejl."
MISSING = "En scannet PDF kan kun læses, når serveren har Tesseract med dansk"


def test_a_scanned_referat_is_reviewed_with_a_warning(app, secretary_client):
    need_tesseract()
    app.config["IMPORT_READ_SECONDS"] = 20  # a loaded test machine: the page's own time
    before = counts()
    response = upload(secretary_client, scanned_pdf(), name="referat.pdf")
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 200, page[-2000:]
    assert WARNING in page
    assert "2026-03-03" in page or "03-03-2026" in page  # the meeting's date field
    assert "Vedligeholdelse af fællesarealer" in page
    assert "Indhente tilbud på ny beplantning" in page
    assert "Jonas Bækgaard" in page
    assert counts() == before  # the review saves nothing
    again = secretary_client.get(response.request.path)  # the kept draft says it again
    assert WARNING in html.unescape(again.get_data(as_text=True))


def test_the_review_says_which_pages_of_a_long_scan_were_read(app, secretary_client):
    need_tesseract()
    app.config.update(IMPORT_READ_SECONDS=20, IMPORT_OCR_PAGES=1)
    response = upload(secretary_client, long_scan(2), name="referat.pdf")
    assert response.status_code == 200
    left = "Kun den første af PDF'ens 2 sider er læst (en scannet PDF læses højst 1 side)."
    assert left in html.unescape(response.get_data(as_text=True))
    again = html.unescape(secretary_client.get(response.request.path).get_data(as_text=True))
    assert WARNING in again and left in again  # kept with the draft, in its order


def test_the_command_says_in_json_that_the_text_was_scanned(app, tmp_path):
    need_tesseract()
    app.config["IMPORT_READ_SECONDS"] = 20
    path = tmp_path / "referat.pdf"
    path.write_bytes(scanned_pdf())
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["meeting"]["date"] == "2026-03-03"
    assert read["warnings"][0]["code"] == "scanned"
    assert read["warnings"][0]["message"].startswith(WARNING)
    owners = [d["owner_names"] for d in read["draft_actions"]]
    assert owners == [["Jonas Bækgaard"]]


def test_without_tesseract_a_scan_is_refused_in_danish(app, secretary_client, tmp_path):
    app.config["TESSERACT"] = "/ingen/sti/tesseract"
    before = counts()
    response = upload(secretary_client, scanned_pdf(), name="referat.pdf")
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    assert "PDF'en indeholder ingen tekst – gem referatet som Word eller tekst." in page
    assert MISSING in page
    path = tmp_path / "referat.pdf"
    path.write_bytes(scanned_pdf())
    result = app.test_cli_runner().invoke(args=["minutes", "import", str(path)])
    assert result.exit_code == 2 and MISSING in result.stderr
    assert counts() == before
