"""A budget on reading an upload: hostile PDFs refused before pypdf reads them, every upload read
in a child process with CPU, memory and wall-clock limits, more proposals than the review can
show refused at upload, and a file name with control characters kept clean."""

from __future__ import annotations

import html
import io
import os
import resource
import signal
import zlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config import ConfigError, load_config
from tracker.extensions import db
from tracker.importing import uploads
from tracker.minutes import isolation
from tracker.minutes.pdf import read_pdf
from tracker.minutes.reading import MinutesError, read_minutes_bytes
from tracker.models import (
    Action,
    AgendaItem,
    Attendance,
    ImportDraft,
    Meeting,
    OutboxMessage,
    Person,
)

DATA = Path(__file__).parents[1] / "data"
CORPUS = DATA / "referater"
# The real referater beside the project (read-only; never copied into it).
REAL = Path(__file__).resolve().parents[3] / "shared" / "referater" / "inputs"
MB = 1024 * 1024
HEAVY = "PDF'en er for tung at læse"


def counts():
    return [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Meeting, Attendance, AgendaItem, Action, Person, OutboxMessage, ImportDraft)
    ]


def upload(client, data: bytes, name="referat.pdf"):
    return client.post(
        "/import",
        {"file": (io.BytesIO(data), name), "forum": ""},
        content_type="multipart/form-data",
    )


def cli_import(app, tmp_path, data: bytes, name="referat.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return app.test_cli_runner().invoke(args=["minutes", "import", str(path)])


def pdf(contents: list[bytes], pages: list[dict] | None = None, forms: dict | None = None) -> bytes:
    """A PDF written by hand: ``contents`` are flate-compressed streams (objects 4, 5, …);
    each page names its stream by index (``{"contents": 0}``) and may draw the forms, a dict
    of name -> stream index (form XObjects over those streams)."""
    forms = forms or {}
    pages = pages or [{"contents": 0}]
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b""]
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    first_stream = 4
    for index, data in enumerate(contents):
        packed = zlib.compress(data, 9)
        kind = b""
        if index in forms.values():
            kind = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
        objects.append(
            b"<< %s/Length %d /Filter /FlateDecode >>\nstream\n" % (kind, len(packed))
            + packed
            + b"\nendstream"
        )
    xobjects = b" ".join(
        b"/%s %d 0 R" % (name.encode(), first_stream + index) for name, index in forms.items()
    )
    resources = b"<< " + font + (b" /XObject << " + xobjects + b" >>" if forms else b"") + b" >>"
    kids = []
    for page in pages:
        kids.append(b"%d 0 R" % (len(objects) + 1))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources %s /Contents %d 0 R >>" % (resources, first_stream + page["contents"])
        )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    objects[2] = b"<< >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def twenty_pages_one_stream() -> bytes:
    """The issue's file: twenty pages sharing one 4 MB content stream of tiny operators."""
    return pdf([b"q Q " * MB], pages=[{"contents": 0}] * 20)


# --------------------------------------------------------------------------------------
# Counted before pypdf reads a page


def test_twenty_pages_sharing_one_heavy_stream_are_refused_on_the_import_page(
    app, secretary_client
):
    # So long a read time that only the count before reading can have refused it.
    app.config["IMPORT_READ_SECONDS"] = 600
    data = twenty_pages_one_stream()
    assert len(data) < 20 * 1024
    before = counts()
    response = upload(secretary_client, data)
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert f"{HEAVY}: dens sider indeholder tilsammen over 300.000 tegneoperationer" in page
    assert counts() == before


def test_twenty_pages_sharing_one_heavy_stream_are_refused_by_the_command(app, tmp_path):
    app.config["IMPORT_READ_SECONDS"] = 600
    before = counts()
    result = cli_import(app, tmp_path, twenty_pages_one_stream())
    assert result.exit_code == 2
    assert "over 300.000 tegneoperationer" in result.stderr
    assert counts() == before


def test_a_stream_is_counted_once_per_page_that_uses_it():
    stream = b"q Q " * 400  # 800 operators: one page is within 1,000, two pages are not
    with pytest.raises(MinutesError) as info:
        read_pdf(pdf([stream], pages=[{"contents": 0}] * 2), max_operators=1000)
    assert info.value.code == "too_costly"
    assert "more than 1,000 drawing operations" in info.value.message("en")
    with pytest.raises(MinutesError) as info:
        read_pdf(pdf([stream]), max_operators=1000)
    assert info.value.code == "pdf_no_text"  # read to the end: there is no text in it


def test_a_form_drawn_many_times_is_counted_each_time():
    form = b"q Q " * 200
    page = b"/X0 Do " * 2000  # 400,000 operators drawn from a 2,000-operator page
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(pdf([page, form], forms={"X0": 1}))
    assert "300.000 tegneoperationer" in str(info.value)


def test_decoded_bytes_over_the_budget_are_refused_before_reading():
    text = b"BT /F1 12 Tf 72 700 Td (" + b"a" * (5 * MB) + b") Tj ET"
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(pdf([text]))
    assert str(info.value).startswith(f"{HEAVY}: dens sider fylder tilsammen over 4 MB udpakket.")


# --------------------------------------------------------------------------------------
# Read in a child process with a budget


def _spin(*args, **kwargs):
    while True:
        pass


def test_a_read_over_its_wall_clock_time_is_stopped_and_refused(
    app, secretary_client, tmp_path, monkeypatch
):
    """A PDF that the checks let through but that takes forever: the child is killed."""
    monkeypatch.setattr("tracker.minutes.pdf.read_pdf_reading", _spin)  # the child has it too
    app.config["IMPORT_READ_SECONDS"] = 0.5
    data = (CORPUS / "byraad-2026-02-24.pdf").read_bytes()
    before = counts()
    response = upload(secretary_client, data)
    assert response.status_code == 400
    assert "kunne ikke læses inden for 0,5 sekunder" in response.get_data(as_text=True)
    result = cli_import(app, tmp_path, data)
    assert result.exit_code == 2
    assert "kunne ikke læses inden for 0,5 sekunder, så læsningen blev afbrudt" in result.stderr
    assert counts() == before


def test_a_text_slow_to_parse_is_refused_at_upload_within_the_budget(
    app, secretary_client, tmp_path, monkeypatch
):
    """A plain-text referat read at once but slow to parse (a huge file, a line of letters
    without end): the child parses it too, so it is refused at upload in Danish, nothing kept,
    instead of holding the web worker on the upload and on every load of its review."""
    monkeypatch.setattr("tracker.minutes.isolation.parse_minutes", _spin)  # the child's parse
    app.config["IMPORT_READ_SECONDS"] = 0.5
    data = (CORPUS / "aeldreraadet-2026-01-14.txt").read_bytes()
    before = counts()
    response = upload(secretary_client, data, name="referat.txt")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "kunne ikke læses inden for 0,5 sekunder" in page
    assert "importér ét møde ad gangen" in page
    result = cli_import(app, tmp_path, data, name="referat.txt")
    assert result.exit_code == 2
    assert "kunne ikke læses inden for 0,5 sekunder, så læsningen blev afbrudt" in result.stderr
    assert counts() == before


def test_the_refusal_names_the_time_in_danish_and_english():
    assert "inden for 1 sekund, så" in str(isolation.too_slow_error(1))
    assert "inden for 10 sekunder, så" in str(isolation.too_slow_error(10))
    assert "within 2.5 seconds," in isolation.too_slow_error(2.5).message("en")


def test_the_child_runs_with_cpu_core_and_memory_limits():
    def limits():
        return [resource.getrlimit(r) for r in (resource.RLIMIT_CPU, resource.RLIMIT_CORE)] + [
            resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY
        ]

    assert isolation.run_in_child(limits, seconds=2.5) == [[3, 4], [0, 0], True]


def test_a_child_that_dies_or_runs_out_of_memory_is_refused():
    def killed():
        os.kill(os.getpid(), signal.SIGKILL)

    def hog():
        hoard = []
        while True:
            hoard.append(bytearray(MB))

    for function in (killed, hog):
        with pytest.raises(MinutesError) as info:
            isolation.run_in_child(function, seconds=60, memory=64 * MB)
        assert info.value.code == "too_costly"
        assert "krævede for mange ressourcer" in str(info.value)


def test_a_pdf_that_runs_out_of_memory_is_refused_as_too_costly_not_as_damaged(monkeypatch):
    def out_of_memory(*args):
        raise MemoryError  # as pypdf does on a page over the child's memory

    monkeypatch.setattr("tracker.minutes.pdf._page_lines", out_of_memory)
    data = (CORPUS / "byraad-2026-02-24.pdf").read_bytes()
    with pytest.raises(MinutesError) as info:
        isolation.read_in_child(data, "referat.pdf")
    assert info.value.code == "too_costly"


def test_a_bug_in_the_reader_is_no_refusal_but_an_error_with_its_traceback():
    def broken():
        raise KeyError("nøgle")

    with pytest.raises(RuntimeError, match="KeyError: 'nøgle'"):
        isolation.run_in_child(broken)


def test_every_referat_reads_the_same_in_the_child_as_in_this_process():
    files = [
        p for p in sorted(CORPUS.iterdir()) if p.suffix not in (".json", ".py") and p.is_file()
    ]
    if REAL.is_dir():
        files += sorted(REAL.iterdir())
    for path in files:
        data = path.read_bytes()
        in_child = isolation.read_in_child(data, path.name).text
        assert in_child == read_minutes_bytes(data, path.name), path


def test_the_read_time_comes_from_the_environment(monkeypatch):
    assert load_config()["IMPORT_READ_SECONDS"] == 10
    monkeypatch.setenv("IMPORT_READ_SECONDS", "2,5")
    assert load_config()["IMPORT_READ_SECONDS"] == 2.5
    for bad in ("0", "ti", "-1"):
        monkeypatch.setenv("IMPORT_READ_SECONDS", bad)
        with pytest.raises(ConfigError, match="IMPORT_READ_SECONDS skal være et antal sekunder"):
            load_config()


# --------------------------------------------------------------------------------------
# More proposals than the review shows; a file name with control characters

HEAD = """# REFERAT Direktionen d. 10-09-2025

**Mødedato** Onsdag d. 10. september 2025 kl. 09:00

**Mødedeltagere** Torben G. M. Benneskov, Charlotte Veilskov
"""


def proposals(count: int) -> str:
    """A referat with ``count`` proposed actions, 50 to an agenda item."""
    items = []
    for first in range(1, count + 1, 50):
        tasks = "\n\n".join(
            f"Torben sender notat {n} til Direktionen i uge 42."
            for n in range(first, min(first + 50, count + 1))
        )
        items.append(f"# Punkt {len(items) + 1}: Opfølgning\n\n## Beslutning\n\n{tasks}\n")
    return HEAD + "\n" + "\n".join(items)


def test_more_proposals_than_the_review_shows_are_refused_at_upload(secretary_client):
    before = counts()
    response = upload(secretary_client, proposals(501).encode(), name="referat.txt")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert (
        "Referatet giver 501 forslag til handlinger, men gennemgangen kan højst vise 500." in page
    )
    assert counts() == before


def test_as_many_proposals_as_the_review_shows_are_reviewed(secretary_client):
    response = upload(secretary_client, proposals(500).encode(), name="referat.txt")
    assert response.status_code == 303
    page = secretary_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Torben sender notat 500 til Direktionen" in page and "/gem" in page


def test_a_review_kept_with_too_many_proposals_says_so_and_saves_nothing(
    secretary_client, secretary
):
    draft = uploads.keep(secretary, proposals(501), "referat.md")
    db.session.commit()
    before = counts()
    review = f"/import/{draft.id}"
    response = secretary_client.get(review)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "gennemgangen kan højst vise 500" in page and "/gem" not in page
    saved = secretary_client.post(f"{review}/gem", {}, token_from=review)
    assert saved.status_code == 303 and saved.location.endswith(review)
    assert counts() == before


def test_a_file_name_with_nul_and_control_characters_is_kept_without_them(secretary_client):
    data = (DATA / "referat-direktionen-2025-09-10.md").read_bytes()
    response = upload(secretary_client, data, name="refe\x00rat\x07\x1b.md")
    assert response.status_code == 303
    assert secretary_client.get(response.headers["Location"]).status_code == 200
    assert db.session.scalar(select(ImportDraft.filename)) == "referat.md"
