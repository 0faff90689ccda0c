"""The status overview as a file: each format's content type and writer, in one table.

A writer's module is imported when a file is asked for: fpdf2, python-docx and openpyxl take
about half a second to load, and most processes (workers, the scheduler, every other command)
never write one.
"""

from __future__ import annotations

from importlib import import_module

from tracker.reports.services import Overview

# format -> (content type, module, function)
FORMATS: dict[str, tuple[str, str, str]] = {
    "pdf": ("application/pdf", "tracker.reports.pdf", "to_pdf"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "tracker.reports.word",
        "to_docx",
    ),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "tracker.reports.exports",
        "to_xlsx",
    ),
    "csv": ("text/csv; charset=utf-8", "tracker.reports.exports", "to_csv"),
}


def content_type(fmt: str) -> str:
    """The Content-Type of a file in ``fmt`` (one charset, as given)."""
    return FORMATS[fmt][0]


def write(fmt: str, overview: Overview, lang: str) -> bytes:
    """The overview as a file in ``fmt`` (pdf, docx, xlsx or csv), in the language ``lang``."""
    _, module, function = FORMATS[fmt]
    return getattr(import_module(module), function)(overview, lang)
