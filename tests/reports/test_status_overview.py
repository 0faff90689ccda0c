"""The status overview over three meetings: sections, counts, chart, changes, files, carry-over."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.actions.services import add_note, change_deadline, edit_action
from tracker.deadlines import parse_deadline
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.models import ActionEvent, AgendaItem, Meeting
from tracker.reports.services import status_overview


def at(day, hour=10):
    return datetime.combine(day, time(hour), tzinfo=local_tz()).astimezone(UTC)


def iso(days):
    return (today() + timedelta(days=days)).isoformat()


@pytest.fixture
def scenario(app, secretary):
    t = today()
    owner = make_person(name="Torben Æblegård", email="aeblegaard@example.org")
    other = make_person(name="Charlotte Øster", email="oester@example.org")
    forum = make_forum("Lederforum")
    elsewhere = make_forum("Direktionen")
    m1 = make_meeting(forum, day=t - timedelta(days=120), title="LF vinter")
    m2 = make_meeting(forum, day=t - timedelta(days=30), title="LF forår")
    m3 = make_meeting(forum, day=t + timedelta(days=10), title="LF næste", status="planned")

    def action(title, meeting, words, status="not_started", closed=None, created=None):
        a = make_action(owner, title, meeting=meeting, words=words, status=status)
        a.created_at = at(created or meeting.date)
        if closed is not None:
            a.closed_at = at(t + timedelta(days=closed))
        db.session.commit()
        return a

    a1 = action("Overskredet seminar", m1, iso(-5), "in_progress")
    a2 = action("Udført budgetdag", m1, iso(-20), "done", closed=-10)
    action("Gammelt udført", m1, iso(-90), "done", closed=-60)
    a4 = action("Strategi før mødet", m2, iso(5))
    a5 = action("Onboarding i gang", m2, iso(60), "in_progress")
    action("Annulleret politik", m2, iso(40), "cancelled", closed=-3)
    a7 = action("Retningslinjer", m2, iso(90))
    make_action(owner, "Andet forum", forum=elsewhere, words=iso(-1))
    note = add_note(a1, owner, "Afventer direktionen")
    note.created_at = at(t - timedelta(days=40))
    note = add_note(a5, owner, "Programmet er klar")
    note.created_at = at(t - timedelta(days=2))
    note = add_note(a5, other, "Kommentar fra en anden")
    note.created_at = at(t - timedelta(days=1))
    change_deadline(a7, secretary, parse_deadline(iso(120), t))
    edit_action(a7, secretary, title=a7.title, description=None, owner=other, co_owners=[])
    for event in db.session.scalars(select(ActionEvent)):
        if event.kind == "created":
            event.created_at = event.action.created_at
        elif event.field in ("deadline", "owner"):
            event.created_at = at(t - timedelta(days=4))
        else:
            event.created_at = at(t - timedelta(days=5))
    db.session.commit()
    return {
        "forum": forum,
        "m1": m1,
        "m2": m2,
        "m3": m3,
        "a1": a1,
        "a2": a2,
        "a4": a4,
        "a5": a5,
        "a7": a7,
    }


def rows_overdue(o):
    return {r.action.title for r in o.rows if r.overdue}


def titles(section):
    return [row.action.title for group in section.groups for row in group.rows]


def test_sections_counts_chart_and_changes(scenario):
    o = status_overview(scenario["forum"], today(), local_tz())
    assert (o.previous.title, o.next.title) == ("LF forår", "LF næste")
    sections = {s.key: titles(s) for s in o.sections}
    assert sections == {
        "overdue": ["Overskredet seminar"],
        "before_next": ["Strategi før mødet"],
        "in_progress": ["Onboarding i gang"],
        "not_started": ["Retningslinjer"],
        "done": ["Udført budgetdag"],
        "cancelled": ["Annulleret politik"],
    }
    # Each action is counted once, in its section; the overdue one keeps its status beside.
    assert o.counts == {
        "overdue": 1,
        "before_next": 1,
        "in_progress": 1,
        "not_started": 1,
        "done": 1,
        "cancelled": 1,
    }
    assert o.total == 6 and o.sections[0].status_counts == {"in_progress": 1}
    assert rows_overdue(o) == {"Overskredet seminar"}
    rows = {r.action.title: r for r in o.rows}
    assert rows["Overskredet seminar"].stale and rows["Strategi før mødet"].stale
    assert not rows["Onboarding i gang"].stale
    assert rows["Onboarding i gang"].note.text == "Programmet er klar", (
        "the owner's note, not another's"
    )
    chart = {m.title: counts for m, counts in o.chart}
    assert chart == {
        "LF vinter": {"in_progress": 1, "done": 2},
        "LF forår": {"not_started": 2, "in_progress": 1, "cancelled": 1},
    }
    assert sorted(a.title for a in o.changes["new"]) == sorted(
        ["Strategi før mødet", "Onboarding i gang", "Annulleret politik", "Retningslinjer"]
    )
    assert [a.title for a in o.changes["done"]] == ["Udført budgetdag"]
    assert [c.action.title for c in o.changes["deadline_moved"]] == ["Retningslinjer"]
    assert [a.title for a in o.changes["cancelled"]] == ["Annulleret politik"]
    assert [(c.old, c.new) for c in o.changes["owner_changed"]] == [
        ("Torben Æblegård", "Charlotte Øster")
    ]
    groups = o.sections[0].groups
    assert groups[0].meeting.title == "LF vinter"


def test_page_shows_sections_chart_and_marks(member_client, scenario):
    page = member_client.get("/fora/lederforum/status").get_data(as_text=True)
    heading = re.compile(r'<h2 id="afsnit-([a-z_]+)">([^<]+) <span class="muted">\((\d+)\)</span>')
    found = list(heading.finditer(page))
    sections = [(m.group(1), m.group(2), int(m.group(3))) for m in found]
    assert sections == [
        ("overdue", "Overskredne", 1),
        ("before_next", "Frist før næste møde", 1),
        ("in_progress", "I gang", 1),
        ("not_started", "Ikke startet", 1),
        ("done", "Udført siden sidste møde", 1),
        ("cancelled", "Annulleret siden sidste møde", 1),
    ]
    ends = [m.start() for m in found[1:]] + [len(page)]
    rows = {
        m.group(1): re.findall(r'<a href="/handlinger/\d+">([^<]+)</a>', page[m.end() : end])
        for m, end in zip(found, ends, strict=True)
    }
    assert rows == {
        "overdue": ["Overskredet seminar"],
        "before_next": ["Strategi før mødet"],
        "in_progress": ["Onboarding i gang"],
        "not_started": ["Retningslinjer"],
        "done": ["Udført budgetdag"],
        "cancelled": ["Annulleret politik"],
    }
    for key, _title, _count in sections:
        assert f'aria-labelledby="afsnit-{key}" id="{key}"' in page, key
    assert "<svg" in page and 'role="img"' in page and "Status for alle handlinger pr. møde" in page
    assert "Ingen status siden sidste møde" in page and "Status pr." in page
    assert "Næste møde:" in page and "Gammelt udført" not in page and "Andet forum" not in page
    assert "Ændringer siden sidste møde" in page
    assert "<h4>Frist flyttet (1)</h4>" in page and "<h4>Ny ejer (1)</h4>" in page
    assert "<li>Retningslinjer: Torben Æblegård → Charlotte Øster</li>" in page


def test_pdf_xlsx_and_csv_read_back(member_client, scenario):
    pdf = member_client.get("/fora/lederforum/status.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.data))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())  # cells wrap
    for words in [
        "Lederforum",
        "Status pr.",
        "Overskredet seminar",
        "Torben Æblegård",
        "Udført siden sidste møde",
        "Status for alle handlinger pr. møde",
        "Ingen status siden sidste møde",
    ]:
        assert words in text, words
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert content.count(b" re") >= 6, "the chart's bars are drawn"
    xlsx = member_client.get("/fora/lederforum/status.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Afsnit", "Møde", "Mødedato", "Punkt", "Sagsnr.", "Handling"]
    assert sheet.auto_filter.ref and sheet.max_row == 7
    first = [c.value for c in sheet[2]]
    assert (
        first[5] == "Overskredet seminar"
        and isinstance(first[2], datetime)
        and isinstance(first[9], datetime)
    )
    raw = member_client.get("/fora/lederforum/status.csv").data
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Afsnit" and len(rows) == 7
    assert any("Torben Æblegård" in r for r in rows) and any("Charlotte Øster" in r for r in rows)


def test_english_files(member_client, member, scenario):
    member.language = "en"
    db.session.commit()
    raw = member_client.get("/fora/lederforum/status.csv").data.decode("utf-8-sig")
    assert raw.startswith("Section;Meeting;")


def test_carry_over_on_planning_and_acceptance(secretary_client, scenario):
    response = secretary_client.post(
        "/fora/lederforum/moeder/ny",
        {
            "title": "LF sommer",
            "date": iso(40),
            "start_time": "09:00",
            "location": "Rådhuset",
            "status": "planned",
        },
    )
    assert response.status_code == 302
    meeting = db.session.scalar(select(Meeting).where(Meeting.title == "LF sommer"))
    item = db.session.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
    assert (item.title, item.kind) == ("Opfølgning på handlinger", "follow_up")
    assert "Overskredet seminar" in item.summary and "Udført budgetdag" in item.summary
    assert "Annulleret politik" not in item.summary
    page = secretary_client.get(f"/moeder/{scenario['m3'].id}").get_data(as_text=True)
    assert "Opfølgning på handlinger" not in page  # created only for meetings planned via the form
    secretary_client.post("/fora/lederforum/opfoelgning", {}, token_from="/fora/lederforum/status")
    page = secretary_client.get(f"/moeder/{scenario['m3'].id}").get_data(as_text=True)
    assert "Opfølgning på handlinger" in page and "Udført budgetdag" in page
    assert "Godkend som udført" not in page and "Godkendes på mødet" in page, "not held yet"
    a2 = scenario["a2"]
    url = f"/moeder/{scenario['m3'].id}/godkend/{a2.id}"
    refused = secretary_client.post(url, {}, token_from="/fora", follow_redirects=True)
    assert "Handlinger godkendes på et afholdt møde eller på mødets dag" in refused.get_data(
        as_text=True
    ), "not at a meeting that has not been held"
    db.session.refresh(a2)
    assert a2.accepted_at is None
    scenario["m3"].date = today()  # the meeting is being held today
    db.session.commit()
    page = secretary_client.get(f"/moeder/{scenario['m3'].id}").get_data(as_text=True)
    assert "Godkend som udført" in page
    assert "Annulleret politik" not in page.split('id="opfoelgning"')[1].split("</table>")[0], (
        "a cancelled action is no open action of the forum"
    )
    assert secretary_client.post(url, {}, token_from="/fora").status_code == 302
    db.session.refresh(a2)
    assert a2.accepted_at is not None and a2.accepted_meeting_id == scenario["m3"].id
    assert any(e.kind == "accepted" for e in a2.events)
    history = secretary_client.get(f"/handlinger/{a2.id}").get_data(as_text=True)
    assert "godkendt af forum" in history.lower()
    secretary_client.post(url, {}, token_from="/fora")
    db.session.refresh(a2)
    assert sum(e.kind == "accepted" for e in a2.events) == 1
    open_one = scenario["a4"]
    secretary_client.post(
        f"/moeder/{scenario['m3'].id}/godkend/{open_one.id}", {}, token_from="/fora"
    )
    db.session.refresh(open_one)
    assert open_one.accepted_at is None


def test_members_cannot_carry_over_or_accept(member_client, scenario):
    assert (
        member_client.post("/fora/lederforum/opfoelgning", {}, token_from="/fora").status_code
        == 403
    )
    url = f"/moeder/{scenario['m3'].id}/godkend/{scenario['a2'].id}"
    assert member_client.post(url, {}, token_from="/fora").status_code == 403


def test_forum_page_counts_down_to_the_next_meeting(member_client, scenario):
    page = member_client.get("/fora/lederforum").get_data(as_text=True)
    assert "Næste møde" in page and "LF næste" in page and "Om 10 dage" in page


def test_report_command_writes_each_format(app, scenario, tmp_path):
    runner = app.test_cli_runner()
    for fmt in ("html", "pdf", "xlsx", "csv"):
        path = tmp_path / f"status.{fmt}"
        result = runner.invoke(
            args=[
                "report",
                "status",
                "--forum",
                "lederforum",
                "--format",
                fmt,
                "--output",
                str(path),
            ]
        )
        assert result.exit_code == 0, result.output
        assert path.stat().st_size > 500
    html = (tmp_path / "status.html").read_text()
    assert "Overskredet seminar" in html and "<svg" in html and "<style>" in html
    assert 'content: attr(data-label) ": "' in html, "the inlined CSS is not HTML-escaped"
    assert '<style media="print">' in html
    assert "Lederforum" in PdfReader(tmp_path / "status.pdf").pages[0].extract_text()
    bad = runner.invoke(args=["report", "status", "--forum", "findes-ikke"])
    assert bad.exit_code != 0 and "Intet forum" in bad.output


def test_words_naming_no_period_read_the_same_on_the_overview_as_on_the_action(
    member_client, secretary
):
    """ "hurtigst muligt" names no period: the overview says so as the action's page does,
    not "løbende, ingen slutdato" (its rows load the deadline's precision, as Action does)."""
    forum = make_forum("Lederforum")
    action = make_action(secretary, "Svar kommunen", forum=forum, words="hurtigst muligt")
    db.session.commit()
    assert action.deadline_precision == "none" and action.due_end is None
    on_action = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    overview = member_client.get(f"/fora/{forum.slug}/status").get_data(as_text=True)
    shown = re.search(r'<span class="dates">\(([^)]*)\)</span>', on_action).group(1)
    assert f"({shown})" in overview
    assert "ingen slutdato" not in overview
