"""Meeting words where a deadline is typed (issue 27): "til næste møde" is the forum's next
planned meeting on the action page, the new-action form, the check-in page, the meeting view and
the import review, the form says which meeting it found (or that none is planned), and a
deadline in meeting words follows its meeting when the meeting is planned or moved."""

from __future__ import annotations

import html
import json
import secrets
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_forum, make_meeting, make_point
from tests.importing.test_import import new_forum, review_fields, save_url, upload
from tests.prg import error_page
from tracker import tokens
from tracker.deadlines import format_date
from tracker.deadlines.words import DA_MONTHS
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def lederforum(app):
    """Lederforum with a meeting held and the next two planned; Direktionen with none."""
    forum = make_forum("Lederforum")
    held = make_meeting(forum, day=today() - timedelta(days=30), status="held")
    upcoming = make_meeting(forum, day=today() + timedelta(days=20), status="planned")
    later = make_meeting(forum, day=today() + timedelta(days=80), status="planned")
    make_forum("Direktionen")
    return {"forum": forum, "held": held, "next": upcoming, "later": later}


def seen(action) -> dict:
    return {"version": str(db.session.get(Action, action.id).version)}


def found(day: date) -> str:
    return f"til næste møde = Lederforum {format_date(day)}"


NONE_PLANNED = (
    "Der er intet næste møde planlagt for Direktionen – skriv en dato eller planlæg mødet."
)


def test_the_action_page_previews_and_saves_the_next_meeting(member_client, member, lederforum):
    action = make_action(member, forum=lederforum["forum"], words="primo marts")
    url, day = f"/handlinger/{action.id}", lederforum["next"].date
    preview = member_client.post(
        f"{url}/frist", {"deadline": "til næste møde", "preview": "1"}, token_from=url
    )
    page = html.unescape(error_page(member_client, preview, url))
    assert found(day) in page and f"Fristen betyder: <strong>{format_date(day)}" in page
    saved = member_client.post(
        f"{url}/frist",
        {"deadline": "til næste møde", "submit_deadline": "1", **seen(action)},
        token_from=url,
    )
    assert saved.status_code == 302
    db.session.refresh(action)
    assert (action.deadline_text, action.due_start, action.due_end) == ("til næste møde", day, day)
    assert action.is_overdue(day + timedelta(days=1)), "a delay to the meeting ends there"
    assert found(day) in text(member_client.get(url)), "the save says which meeting"


def test_the_meeting_in_a_month_is_that_meeting_not_the_month(member_client, member, lederforum):
    action = make_action(member, forum=lederforum["forum"], words="primo marts")
    later = lederforum["later"].date
    words = f"til mødet i {DA_MONTHS[later.month - 1]}"
    url = f"/handlinger/{action.id}"
    member_client.post(
        f"{url}/frist", {"deadline": words, "submit_deadline": "1", **seen(action)}, token_from=url
    )
    db.session.refresh(action)
    assert (action.due_start, action.due_end, action.deadline_precision) == (later, later, "day")


def test_with_no_meeting_planned_the_form_says_so(member_client, member, lederforum):
    forum = db.session.scalar(select(type(lederforum["forum"])).filter_by(name="Direktionen"))
    action = make_action(member, forum=forum, words="primo marts")
    url = f"/handlinger/{action.id}"
    preview = member_client.post(
        f"{url}/frist", {"deadline": "til næste møde", "preview": "1"}, token_from=url
    )
    assert NONE_PLANNED in html.unescape(error_page(member_client, preview, url))
    member_client.post(
        f"{url}/frist",
        {"deadline": "til næste møde", "submit_deadline": "1", **seen(action)},
        token_from=url,
    )
    db.session.refresh(action)
    assert (action.due_end, action.deadline_precision) == (None, "none"), "kept as uden frist"
    assert NONE_PLANNED in text(member_client.get(url)), "said again after the save"
    no_date = '<span class="dates">(uden frist)</span>'  # not "(løbende, ingen slutdato)"
    assert no_date in text(member_client.get(url)) and no_date in text(member_client.get("/mine"))


def test_a_new_action_takes_the_meeting_of_the_forum_named(secretary_client, member, lederforum):
    point = make_point(lederforum["held"])
    strategy = make_forum("Strategisk Chefforum")
    march = make_meeting(strategy, day=lederforum["later"].date, status="planned")
    url = f"/beslutninger/{point.id}/handling/ny"
    month = DA_MONTHS[march.date.month - 1]
    for words, day in (
        ("til næste Lederforum", lederforum["next"].date),
        (f"til Strategisk Chefforums møde i {month}", march.date),
    ):
        form = {"title": words, "owner_id": str(member.id), "deadline": words}
        preview = error_page(secretary_client, secretary_client.post(url, {**form, "preview": "1"}))
        assert f"{words} = " in html.unescape(preview), words
        assert secretary_client.post(url, {**form, "submit": "1"}).status_code == 302
        action = db.session.scalar(select(Action).filter_by(title=words))
        assert (action.due_start, action.due_end) == (day, day), words


def test_checking_in_delayed_to_the_next_meeting_gives_its_date(client, member, lederforum):
    action = make_action(member, forum=lederforum["forum"], words="primo marts")
    token = tokens.sign_checkin(member, action.id, "delayed", secrets.token_urlsafe(8))
    url = f"/e/{token}"
    shown = client.post(url, {"deadline": "til næste møde"}, token_from=url)
    assert shown.status_code == 303, "'Forsinket' shows what the words mean first"
    day = lederforum["next"].date
    assert found(day) in text(client.get(shown.headers["Location"]))
    done = client.post(url, {"deadline": "til næste møde", "shown": "til næste møde"})
    assert done.status_code == 200 and "Tak for din status" in text(done)
    assert found(day) in text(done) and f"({format_date(day)})" in text(done)
    db.session.refresh(action)
    assert (action.due_start, action.due_end) == (day, day)
    assert format_date(day) in action.notes[0].text  # "Forsinket. Ny frist: ..."


def test_the_meeting_view_means_the_meeting_after_todays(secretary_client, member, lederforum):
    forum = lederforum["forum"]
    todays = make_meeting(forum, day=today(), status="planned", title="Lederforum i dag")
    action = make_action(member, forum=forum, meeting=lederforum["held"], words="primo marts")
    prefix = f"a{action.id}-"
    screen = "/fora/lederforum/moedevisning"
    response = secretary_client.post(
        f"/moeder/{todays.id}/moedevisning/{action.id}?punkt=1",
        {prefix + "deadline": "til næste møde", prefix + "owner_id": "0"},
        token_from=screen,
    )
    assert response.status_code == 302
    db.session.refresh(action)
    day = lederforum["next"].date
    assert action.due_end == day, "at today's meeting the next meeting is the one after it"
    assert found(day) in text(secretary_client.get(response.headers["Location"]))


REFERAT = (
    "Referat – 4. marts 2026\n\nMedlemmer: Eva Lund, Bo Jessen\n\n1. Trafikplan\n\n"
    "Beslutning\n\nEva Lund udarbejder et notat til næste møde.\n"
).encode()


def test_the_import_review_takes_the_forum_named_on_upload(secretary_client):
    forum = make_forum("Teknik- og Miljøudvalget", slug="tmu")
    make_meeting(forum, day=date(2026, 4, 15), status="planned")
    response = upload(secretary_client, REFERAT, forum="Teknik- og Miljøudvalget")
    page = text(response)
    assert "til næste møde = Teknik- og Miljøudvalget 15. april 2026" in page
    fields = new_forum(review_fields(response.get_data(as_text=True)))
    fields.update({k: "Eva Lund" for k in fields if k.endswith("-owner")})
    assert secretary_client.raw.post(save_url(page), data=fields).status_code == 302
    action = db.session.scalar(select(Action))
    assert (action.deadline_text, action.due_end) == ("til næste møde", date(2026, 4, 15))


def test_deadlines_follow_their_meeting_when_planned_and_moved(secretary_client, member):
    forum = make_forum("Lederforum")
    held = make_meeting(forum, day=today() - timedelta(days=10), status="held")
    waiting = make_action(member, "Venter", forum=forum, words="til næste møde", reference=today())
    assert waiting.deadline_precision == "none"  # nothing planned when it was written
    month_day = today() + timedelta(days=40)
    month = DA_MONTHS[month_day.month - 1]
    in_month = make_action(
        member, "Måned", forum=forum, words=f"til mødet i {month}", reference=today()
    )
    other = make_action(member, "Andet", forum=forum, words="ultimo marts")
    was_held = make_action(member, "Holdt", forum=forum, words="til næste møde")
    was_held.due_start = was_held.due_end = held.date  # it found the meeting since held
    was_held.deadline_precision = "day"
    named = make_action(member, "Navngivet", forum=make_forum("Direktionen"), words=None)
    named.deadline_text, named.deadline_precision = "til næste Lederforum", "none"
    db.session.commit()
    before = (other.due_start, other.due_end)

    day = today() + timedelta(days=40)
    created = secretary_client.post(
        "/fora/lederforum/moeder/ny?planlagt=1",
        {"date": day.isoformat(), "status": "planned", "title": ""},
        token_from="/fora/lederforum/moeder/ny?planlagt=1",
    )
    assert created.status_code == 302
    meeting_url = created.headers["Location"]
    assert "Fristerne på 3 handlinger følger mødet" in text(secretary_client.get(meeting_url))
    for action in (waiting, in_month, other, was_held, named):
        db.session.refresh(action)
    assert waiting.due_start == waiting.due_end == named.due_end == day
    assert in_month.due_end == day and in_month.deadline_precision == "day"
    assert (other.due_start, other.due_end) == before
    assert was_held.due_end == held.date, "a deadline whose meeting was held stays overdue"
    history = text(secretary_client.get(f"/handlinger/{waiting.id}"))
    assert "Fulgte mødet" in history and f"»uden frist« til »{format_date(day)}«" in history

    moved = day + timedelta(days=7)
    secretary_client.post(
        f"{meeting_url}/rediger",
        {"date": moved.isoformat(), "status": "planned", "title": ""},
        token_from=f"{meeting_url}/rediger",
    )
    db.session.refresh(waiting)
    assert waiting.due_end == moved and waiting.deadline_text == "til næste møde"
    assert was_held.due_end == held.date


def test_the_command_reads_meeting_words_for_a_forum(app, lederforum):
    day = lederforum["next"].date
    runner = app.test_cli_runner()
    for args in (["til næste Lederforum"], ["til næste møde", "--forum", "Lederforum"]):
        result = runner.invoke(args=["deadline", "parse", *args])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["end"] == day.isoformat()


def test_a_deadline_left_without_its_meeting_gets_the_next_one(secretary_client, member):
    """Saved as "uden frist" while a meeting was planned (before issue 27): planning another
    meeting gives it the forum's next one, not the one just planned."""
    forum = make_forum("Lederforum")
    first = make_meeting(forum, day=today() + timedelta(days=10), status="planned")
    stale = make_action(member, "Glemt", forum=forum, words="til næste møde", reference=today())
    assert stale.deadline_precision == "none"
    url = "/fora/lederforum/moeder/ny?planlagt=1"
    later = (today() + timedelta(days=50)).isoformat()
    created = secretary_client.post(
        url, {"date": later, "status": "planned", "title": ""}, token_from=url
    )
    assert "Fristen på 1 handling følger mødet" in text(
        secretary_client.get(created.headers["Location"])
    )
    db.session.refresh(stale)
    assert stale.due_start == stale.due_end == first.date
