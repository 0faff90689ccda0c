"""A scanned referat (a PDF without text) is read by Tesseract in Danish, within a budget of
pages and time, and its lines go through the PDF reader as any PDF's do; without Tesseract it
is refused in Danish, saying what would read it."""

from __future__ import annotations

import time
from datetime import date

import pytest

from config import ConfigError, load_config
from tests.minutes.scans import long_scan, need_tesseract, scanned_pdf, table_scan
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.errors import MinutesError
from tracker.minutes.isolation import read_in_child
from tracker.minutes.ocr import SCANNED, SCANNED_PAGES, OcrBudget
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes


@pytest.fixture(scope="module")
def scan() -> bytes:
    return scanned_pdf()


def test_a_scanned_referat_is_read_as_a_pdf_with_text(scan):
    need_tesseract()
    reading = read_minutes(scan, "referat.pdf")
    assert [w.code for w in reading.warnings] == [SCANNED]
    minutes = parse_minutes(reading.text)
    assert minutes.date == date(2026, 3, 3)
    assert minutes.title == "Referat af bestyrelsesmøde 3. marts 2026"
    assert [item.title for item in minutes.agenda_items] == [
        "Godkendelse af dagsorden",
        "Vedligeholdelse af fællesarealer",
        "Eventuelt",
    ]
    absent = [a.name for a in minutes.attendees if not a.present]
    assert absent == ["Henrik Østergaard"]
    drafts = extract_draft_actions(minutes, [], undated=date(2026, 3, 3))
    assert [(d.agenda_item_number, d.owner_names, d.deadline_text) for d in drafts] == [
        (2, ["Jonas Bækgaard"], "inden 1. april 2026")
    ]


def test_a_page_scanned_askew_and_blurred_is_read_alike():
    need_tesseract()
    minutes = parse_minutes(read_minutes(scanned_pdf(skew=1.5), "referat.pdf").text)
    assert minutes.date == date(2026, 3, 3)
    assert [item.title for item in minutes.agenda_items][1] == "Vedligeholdelse af fællesarealer"
    drafts = extract_draft_actions(minutes, [], undated=date(2026, 3, 3))
    assert [d.owner_names for d in drafts] == [["Jonas Bækgaard"]]


def test_a_decision_table_on_a_scan_gives_drafts_from_its_columns():
    need_tesseract()
    text = read_minutes(table_scan(), "referat.pdf").text
    assert "1\tTilbud på beplantning indhentes\tJonas Bækgaard\t1. april 2026" in text
    minutes = parse_minutes(text)
    drafts = extract_draft_actions(minutes, [], undated=date(2026, 3, 3))
    assert [(d.owner_names, d.deadline_text) for d in drafts] == [
        (["Jonas Bækgaard"], "1. april 2026"),
        (["Sofie Lund"], "15. marts 2026"),
    ]


def test_a_scan_is_read_in_the_child_with_its_warning(scan):
    need_tesseract()
    reading = read_in_child(scan, "referat.pdf", seconds=20, ocr=OcrBudget(seconds=14))
    assert reading.warnings[0].code == SCANNED
    assert "Jonas Bækgaard indhenter tilbud på ny beplantning inden 1. april 2026." in (
        reading.text
    )


def test_pages_over_the_limit_are_left_out_with_a_warning():
    need_tesseract()
    reading = read_minutes(long_scan(4), "referat.pdf", ocr=OcrBudget(pages=2))
    assert [w.code for w in reading.warnings] == [SCANNED, SCANNED_PAGES]
    left = reading.warnings[1]
    assert left.da.startswith("Kun de første 2 af PDF'ens 4 sider er læst (en scannet PDF")
    assert "Only the first 2 of the PDF's 4 pages were read" in left.en
    assert "4. Punkt nummer 4" in reading.text  # the second page
    assert "Punkt nummer 5" not in reading.text  # the third


def test_a_scan_whose_first_page_does_not_fit_the_time_is_refused():
    need_tesseract()
    with pytest.raises(MinutesError) as info:
        read_minutes(scanned_pdf(), "referat.pdf", ocr=OcrBudget(seconds=0.2))
    assert info.value.code == "too_slow"
    assert str(info.value).startswith("Den scannede PDF kunne ikke læses inden for 0,2 sekunder.")


def test_without_tesseract_a_scan_is_refused_saying_what_reads_it(scan):
    with pytest.raises(MinutesError) as info:
        read_minutes(scan, "referat.pdf", ocr=OcrBudget(command="/ingen/tesseract"))
    assert info.value.code == "pdf_no_text"
    assert str(info.value) == (
        "PDF'en indeholder ingen tekst – gem referatet som Word eller tekst. En scannet PDF "
        "kan kun læses, når serveren har Tesseract med dansk (tesseract-ocr og "
        "tesseract-ocr-dan)."
    )
    assert "Tesseract with Danish" in info.value.message("en")


def test_without_the_danish_model_a_scan_is_refused_the_same_way(scan):
    need_tesseract()
    with pytest.raises(MinutesError) as info:
        read_minutes(scan, "referat.pdf", ocr=OcrBudget(language="zz_mangler"))
    assert "når serveren har Tesseract med dansk" in str(info.value)


def test_a_blank_scan_is_refused_as_holding_no_text():
    need_tesseract()
    blank = scanned_pdf([[("", 11, False)]])
    with pytest.raises(MinutesError) as info:
        read_minutes(blank, "referat.pdf")
    assert info.value.code == "pdf_no_text"
    assert "Siderne er læst som scannede billeder" in str(info.value)


def test_the_page_limit_and_the_program_come_from_the_environment(monkeypatch):
    assert load_config()["IMPORT_OCR_PAGES"] == 12
    assert load_config()["TESSERACT"] == "tesseract"
    monkeypatch.setenv("IMPORT_OCR_PAGES", "3")
    monkeypatch.setenv("TESSERACT", "/opt/tesseract/bin/tesseract")
    assert load_config()["IMPORT_OCR_PAGES"] == 3
    assert load_config()["TESSERACT"] == "/opt/tesseract/bin/tesseract"
    monkeypatch.setenv("IMPORT_OCR_PAGES", "0")
    with pytest.raises(ConfigError, match="IMPORT_OCR_PAGES"):
        load_config()


def _slow_tesseract(tmp_path, pages_read_first: int) -> str:
    """A Tesseract that reads ``pages_read_first`` pages as the real one does, then hangs."""
    script = tmp_path / "tesseract"
    count = tmp_path / "count"
    script.write_text(
        "#!/bin/sh\n"
        f'echo x >> "{count}"\n'
        f'if [ "$(wc -l < "{count}")" -gt {pages_read_first} ]; then exec sleep 60; fi\n'
        'exec tesseract "$@"\n'
    )
    script.chmod(0o755)
    return str(script)


def test_a_tesseract_that_hangs_is_stopped_at_the_time_limit(tmp_path):
    command = _slow_tesseract(tmp_path, 0)
    with pytest.raises(MinutesError) as info:
        read_minutes(scanned_pdf(), "referat.pdf", ocr=OcrBudget(command=command, seconds=1.5))
    assert info.value.code == "too_slow"
    assert "kunne ikke læses inden for 1,5 sekunder" in str(info.value)


def test_pages_past_the_time_limit_are_left_out_with_a_warning(tmp_path):
    need_tesseract()
    command = _slow_tesseract(tmp_path, 1)
    budget = OcrBudget(command=command, seconds=8)
    reading = read_minutes(long_scan(3), "referat.pdf", ocr=budget)
    assert [w.code for w in reading.warnings] == [SCANNED, SCANNED_PAGES]
    assert reading.warnings[1].da.startswith(
        "Kun den første af PDF'ens 3 sider er læst (en scanning må højst tage 8 sekunder"
    )
    assert "Vedligeholdelse af fællesarealer" in reading.text


def test_a_tesseract_still_running_when_the_reading_is_killed_dies_with_it(tmp_path):
    """The upload's reader is killed at IMPORT_READ_SECONDS; its Tesseract does not run on."""
    pid_file = tmp_path / "pid"
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\necho $$ > "{pid_file}"\nexec sleep 60\n')
    script.chmod(0o755)
    budget = OcrBudget(command=str(script), seconds=30)  # longer than the reader may live
    with pytest.raises(MinutesError) as info:
        read_in_child(scanned_pdf(), "referat.pdf", seconds=1.5, ocr=budget)
    assert info.value.code == "too_slow"
    pid = int(pid_file.read_text())
    for _ in range(50):
        if not _alive(pid):
            break
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_a_scan_is_rendered_at_its_own_resolution_or_enlarged_to_300_dpi():
    import io

    import pypdfium2
    from PIL import Image

    from tracker.minutes.ocr import _render

    def rendered_dpi(data: bytes) -> float:
        document = pypdfium2.PdfDocument(data)
        try:
            return round(_render(document, 0)[1] * 72)
        finally:
            document.close()

    assert rendered_dpi(scanned_pdf()) == 200  # a 200 dpi scan: enlarging adds no detail
    coarse = io.BytesIO()
    Image.new("L", (827, 1169), 255).save(coarse, "PDF", resolution=100)
    assert rendered_dpi(coarse.getvalue()) == 300  # a coarse one: Tesseract reads 300 best


def fake_tesseract(tmp_path, body: str) -> str:
    """A Tesseract that does only ``body`` (a shell script's lines)."""
    script = tmp_path / "tesseract"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    return str(script)


def test_a_tesseract_that_fails_is_named_without_its_own_words(tmp_path, caplog):
    # its last line may name the server's paths: the log has it, the page does not
    command = fake_tesseract(tmp_path, 'echo "Error: /srv/ocr/secret.traineddata" >&2\nexit 3\n')
    with pytest.raises(MinutesError) as info:
        read_minutes(scanned_pdf(), "referat.pdf", ocr=OcrBudget(command=command))
    assert info.value.code == "pdf_ocr_failed"
    assert "kunne ikke læses af tekstgenkendelsen (OCR)" in info.value.message_da
    assert "/srv" not in info.value.message_da and "/srv" not in info.value.message_en
    assert "/srv/ocr/secret.traineddata" in caplog.text


def test_unreadable_output_from_tesseract_is_its_failure_not_a_damaged_file(tmp_path):
    page = "<div class='ocr_page'><span class='ocr_line' title='bbox a b c d'>Tekst</span></div>"
    command = fake_tesseract(tmp_path, f'echo "{page}"\n')
    with pytest.raises(MinutesError) as info:
        read_minutes(scanned_pdf(), "referat.pdf", ocr=OcrBudget(command=command))
    assert info.value.code == "pdf_ocr_failed"
    assert "beskadiget" not in info.value.message_da
