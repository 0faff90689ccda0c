"""Importing PDF and web-page referater through the import page and the command (issue 18)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import pytest

from tests.importing.test_import import counts, new_forum, review_fields, save_url, upload

CORPUS = Path(__file__).parents[1] / "data" / "referater"
SCANNED = (CORPUS / "bad" / "scannet-referat.pdf").read_bytes()


def test_a_pdf_referat_is_reviewed_and_saved(secretary_client):
    data = (CORPUS / "bue-2026-03-10.pdf").read_bytes()
    before = counts()
    response = upload(secretary_client, data, name="referat.pdf")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page[-2000:]
    assert "Kvalitetsrapport for skoleområdet 2025" in page
    assert "Sende kvalitetsrapporten i høring i skolebestyrelserne" in page
    assert "ultimo april" in page
    assert counts() == before  # the review saves nothing
    fields = new_forum(review_fields(page))
    for key in [k for k in fields if k.endswith("-owner")]:
        fields[key] = fields[key] or "Lotte Friis"
        fields[key.removesuffix("-owner") + "-accept"] = "y"  # ticked, as the secretary does
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302
    meeting = secretary_client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "Børne- og Ungeudvalget" in meeting and "25/8812" in meeting


def test_a_body_is_suggested_not_made_an_owner(secretary_client):
    data = (CORPUS / "oekonomiudvalget-2026-03-16.html").read_bytes()
    page = upload(secretary_client, data, name="referat.html").get_data(as_text=True)
    fields = new_forum(review_fields(page))
    owners = [v for k, v in fields.items() if k.endswith("-owner")]
    assert owners and not any(owners), owners  # "Direktionen", "Ejendomsafdelingen": no people
    assert "Foreslået ansvarlig i referatet: Ejendomsafdelingen" in page


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (SCANNED, "referat.pdf", "PDF'en indeholder ingen tekst – gem referatet som Word"),
        (b"%PDF-1.4\nikke en pdf", "referat.pdf", "PDF'en kunne ikke åbnes"),
        (b"<html><body><p>Hej med dig</p></body></html>", "side.html", "ligner ikke et referat"),
    ],
)
def test_bad_pdf_and_html_are_refused_and_change_nothing(
    secretary_client, app, tmp_path, data, name, words
):
    before = counts()
    response = upload(secretary_client, data, name=name)
    assert response.status_code == 400
    assert words in html.unescape(response.get_data(as_text=True))
    assert counts() == before
    path = tmp_path / name
    path.write_bytes(data)
    result = app.test_cli_runner().invoke(args=["minutes", "import", str(path)])
    assert result.exit_code == 2 and words in result.stderr
    assert counts() == before


def test_the_command_imports_a_word_referat_with_tables(app, tmp_path):
    path = CORPUS / "tmu-2026-03-04.docx"
    result = app.test_cli_runner().invoke(args=["minutes", "import", str(path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "5 deltagere (1 fraværende)" in result.output
    assert "3 punkter, 4 forslag til handlinger" in result.output


def test_next_meeting_words_take_the_forums_planned_meeting(secretary_client):
    from tests.factories import make_forum, make_meeting
    from tracker.extensions import db
    from tracker.meetings.services import slugify

    name = "Teknik- og Miljøudvalget"
    forum = make_forum(name, slug=slugify(name))
    make_meeting(forum=forum, day=date(2026, 4, 15), status="planned", title="Næste møde")
    db.session.commit()
    data = (CORPUS / "tmu-2026-03-04.docx").read_bytes()
    page = upload(secretary_client, data, name="referat.docx").get_data(as_text=True)
    fields = new_forum(review_fields(page))
    assert "til næste møde" in fields.values()
    for key in [k for k in fields if k.endswith("-owner")]:
        fields[key] = "Eva Lund"
        fields[key.removesuffix("-owner") + "-accept"] = "y"
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302
    from sqlalchemy import select

    from tracker.models import Action

    action = db.session.scalar(select(Action).where(Action.deadline_text == "til næste møde"))
    assert action.due_start == action.due_end == date(2026, 4, 15)
