"""Reading a people file into rows of cells: CSV (UTF-8 with or without BOM, or Windows-1252;
``;``, ``,`` or tab) or the first sheet of an Excel workbook (checked from its zip directory
before it is unpacked)."""

from __future__ import annotations

import csv
import io
import zipfile

from flask_babel import lazy_gettext as _l

from tracker.text import clean_text


def header_key(text) -> str:
    """A column header as matched: lower-case letters, digits ("Leders e-mail" is ledersemail)."""
    return "".join(ch for ch in clean_text(str(text or "")).casefold() if ch.isalnum())


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")  # Excel's "CSV" on Danish Windows


def _csv_rows(data: bytes) -> list[list[str]]:
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _unpacked_limit() -> int:
    from flask import current_app

    return current_app.config.get("IMPORT_MAX_UNPACKED_BYTES", 20 * 1024 * 1024)


def _excel_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # from its directory, before reading
        if sum(info.file_size for info in archive.infolist()) > _unpacked_limit():
            raise UnreadableFile(_l("Excel-filen fylder for meget udpakket."))
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [
            ["" if value is None else str(value) for value in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        book.close()


class UnreadableFile(Exception):
    """A file that cannot be read at all."""


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """The file's cells, row by row (CSV in UTF-8 or Windows-1252, or the first Excel sheet)."""
    if not data.strip():
        raise UnreadableFile(_l("Filen er tom."))
    if data[:2] == b"PK":
        try:
            return _excel_rows(data)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            raise UnreadableFile(
                _l("Excel-filen kan ikke læses. Gem den igen som .xlsx.")
            ) from error
    if filename.lower().endswith((".xls", ".xlsx")) or b"\x00" in data[:1000]:
        raise UnreadableFile(_l("Filen kan ikke læses. Brug CSV eller Excel (.xlsx)."))
    try:
        return _csv_rows(data)
    except (UnicodeDecodeError, csv.Error) as error:
        raise UnreadableFile(_l("Filen kan ikke læses som CSV.")) from error
