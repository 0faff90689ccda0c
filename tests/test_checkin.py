"""Check-in from the email: a button opens a small page for one action, no login; only its POST
changes anything; the link is bound to person, action and purpose, expires and is spent."""

from __future__ import annotations

import html as htmllib
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from tests.factories import make_action, make_person
from tests.prg import error_page
from tracker import tokens
from tracker.extensions import db
from tracker.models import Action, ActionEvent, CheckinUse, OutboxMessage, StatusNote
from tracker.reminders.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)
BUTTON = re.compile(r'<a href="http://tracker\.test(/e/[^"]+)"[^>]*>([^<]+)</a>')


def buttons(message) -> dict[str, list[str]]:
    """The check-in buttons of an email's HTML part: label → links, in order."""
    found: dict[str, list[str]] = {}
    message = getattr(message, "message", message)
    for url, label in BUTTON.findall(message.get_body(("html",)).get_content()):
        found.setdefault(htmllib.unescape(label), []).append(htmllib.unescape(url))
    return found


def plain(message) -> str:
    message = getattr(message, "message", message)
    return message.get_body(("plain",)).get_content()


def counts():
    return [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (ActionEvent, StatusNote, OutboxMessage, CheckinUse)
    ]


def post(client, url, data=None):
    return client.post(url, dict(data or {}), token_from=url)


@pytest.fixture
def digest(smtp, member):
    action = make_action(
        member, "Budgettemadag", words="ultimo februar", reference=date(2025, 2, 1)
    )
    sweep("weekly", MONDAY)
    (message,) = smtp.to(member.email)
    return {"action": action, "message": message, "buttons": buttons(message)}


def test_each_action_has_three_buttons_and_a_note_and_the_text_one_link(digest):
    assert list(digest["buttons"]) == ["Går efter planen", "Forsinket", "Udført", "Skriv en note"]
    assert all(len(links) == 1 for links in digest["buttons"].values())
    text = plain(digest["message"])
    assert len(re.findall(r"Meld status: http://tracker\.test/e/\S+", text)) == 1
    assert "/l/" not in text, "no link in an email logs in"
    assert "personlige" in text and "http://tracker.test/indstillinger" in text
    assert "/indstillinger" in digest["message"].message.get_body(("html",)).get_content()


def test_delayed_with_new_deadline_in_words_in_two_clicks(client, digest, member):
    link = digest["buttons"]["Forsinket"][0]
    page = client.get(link)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Budgettemadag" in text and "Ny frist" in text and "Log ud" not in text
    done = post(client, link, {"deadline": "ultimo marts"})
    assert done.status_code == 200, done.get_data(as_text=True)
    assert "Tak for din status" in done.get_data(as_text=True)
    action = db.session.get(Action, digest["action"].id)
    assert action.deadline_text == "ultimo marts" and action.due_end.month == 3
    note = action.notes[0]
    assert note.via == "email" and note.author_id == member.id and "ultimo marts" in note.text
    assert client.get("/mine").status_code == 302, "the check-in logged nobody in"
    client.login(member)
    page = client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "via e-mail" in page and "ultimo marts" in page


def test_on_track_starts_the_action_and_done_closes_it(client, smtp, member):
    first = make_action(member, "Seminar", words="den 27. marts 2025")
    second = make_action(member, "Strategi", words="den 28. marts 2025")
    sweep("weekly", MONDAY)
    found = buttons(smtp.to(member.email)[0])
    assert post(client, found["Går efter planen"][0]).status_code == 200
    assert post(client, found["Udført"][1], {"note": "Holdt 20. marts."}).status_code == 200
    db.session.expire_all()
    assert db.session.get(Action, first.id).status == "in_progress"
    closed = db.session.get(Action, second.id)
    assert closed.status == "done" and closed.notes[0].text == "Holdt 20. marts."
    assert closed.notes[0].status_to == "done" and closed.notes[0].via == "email"


def test_the_text_parts_link_asks_which(client, digest):
    link = re.search(r"Meld status: http://tracker\.test(/e/\S+)", plain(digest["message"]))[1]
    assert "Hvordan går det?" in client.get(link).get_data(as_text=True)
    assert "Vælg en af mulighederne" in error_page(client, post(client, link, {}), link)
    late = post(client, link, {"choice": "delayed", "deadline": ""})
    assert "Skriv den nye frist med ord" in error_page(client, late, link)
    assert post(client, link, {"choice": "note", "note": "Vi venter på HR."}).status_code == 200
    assert db.session.get(Action, digest["action"].id).notes[0].text == "Vi venter på HR."


def test_a_deadline_the_grammar_does_not_know_is_refused_in_danish(client, digest):
    before = counts()
    link = digest["buttons"]["Forsinket"][0]
    page = error_page(client, post(client, link, {"deadline": "når solen skinner"}), link)
    assert "Formularen er ikke gemt" in page and "når solen skinner" in page
    assert counts() == before and client.get(link).status_code == 200, "not spent"


def test_a_past_new_deadline_is_refused_and_the_link_not_spent(client, digest):
    before = counts()
    link = digest["buttons"]["Forsinket"][0]
    page = error_page(client, post(client, link, {"deadline": "1. januar 2020"}), link)
    assert "Den nye frist er allerede overskredet" in page
    assert counts() == before and client.get(link).status_code == 200, "not spent"
    assert db.session.get(Action, digest["action"].id).deadline_text == "ultimo februar"


def test_a_deadline_beyond_the_horizon_is_refused_on_the_checkin_page(client, digest):
    before = counts()
    link = digest["buttons"]["Forsinket"][0]
    for words in ("uge 52 9999", "31. december 9999"):
        page = error_page(client, post(client, link, {"deadline": words}), link)
        assert "datoen ligger mere end 50 år fra i dag" in page
    assert counts() == before and client.get(link).status_code == 200, "not spent"


def test_a_note_of_invisible_characters_only_is_no_note(client, digest):
    before = counts()
    link = digest["buttons"]["Skriv en note"][0]
    invisible = "\u200b\u200c\u200d\u2060\ufeff \u180e\u3164\n\u00ad"
    page = error_page(client, post(client, link, {"note": invisible}), link)
    assert "Skriv en note." in page
    assert counts() == before, "no note, so the escalation is not restarted"
    on_track = digest["buttons"]["Går efter planen"][0]
    assert post(client, on_track, {"note": invisible}).status_code == 200
    assert db.session.get(Action, digest["action"].id).notes[0].text == "Går efter planen."


def test_a_forwarded_link_shows_what_the_email_showed_and_nothing_newer(client, digest, secretary):
    from tracker.actions.services import add_note

    add_note(digest["action"], secretary, "Fortroligt: budgettet skæres", new_status="in_progress")
    db.session.commit()
    for link in (digest["buttons"]["Skriv en note"][0], digest["buttons"]["Forsinket"][0]):
        page = client.get(link).get_data(as_text=True)
        assert "Budgettemadag" in page and "ultimo februar" in page
        assert "Fortroligt" not in page and secretary.name not in page
        assert "Seneste note" not in page and "I gang" not in page


def test_get_of_every_link_in_every_email_changes_nothing(app, client, smtp, member, secretary):
    from tests.factories import make_meeting
    from tracker import mail
    from tracker.reminders import chase
    from tracker.reminders.jobs import deliver
    from tracker.reminders.services import settings_from_config

    meeting = make_meeting(day=date(2025, 3, 12), status="planned")
    chef = make_person(name="Mette Chef", email="mette@example.org")
    member.manager_id = chef.id
    meeting.forum.escalation_enabled = True
    action = make_action(member, "Budgettemadag", words="den 5. marts 2025")
    make_action(member, "Glemt", words="medio januar 2025", reference=date(2025, 1, 1))
    mail.queue_assignment_notices({member: [action]}, MONDAY)
    db.session.commit()
    for at in (MONDAY, MONDAY + timedelta(days=2), MONDAY + timedelta(days=3)):
        sweep("all", at)
    chase.chase(meeting, MONDAY + timedelta(days=3), settings_from_config(app.config))
    db.session.commit()
    deliver(MONDAY + timedelta(days=3))
    kinds = {m.kind for m in db.session.scalars(select(OutboxMessage))}
    expected = {"assignment", "weekly", "status_round", "deadline_soon", "deadline_passed"}
    assert expected | {"escalation", "chase"} <= kinds
    before = counts()
    links = set()
    for message in smtp.messages:
        for part in ("plain", "html"):
            body = message.message.get_body((part,)).get_content()
            links |= {
                htmllib.unescape(u) for u in re.findall(r'http://tracker\.test[^\s"<]+', body)
            }
    assert any("/e/" in u for u in links)
    for url in sorted(links):
        assert client.get(url.replace("http://tracker.test", "")).status_code < 500, url
    assert counts() == before


def test_a_link_is_spent_by_its_first_check_in_with_every_link_of_that_action(client, digest):
    first, other = digest["buttons"]["Går efter planen"][0], digest["buttons"]["Udført"][0]
    assert post(client, first).status_code == 200
    before = counts()
    for link in (first, other):
        again = client.get(link)
        assert again.status_code == 410 and "allerede brugt" in again.get_data(as_text=True)
    assert client.post(other, {"note": "x"}, token_from="/login").status_code == 410
    assert counts() == before


def test_refused_links_say_why_in_danish_and_change_nothing(app, client, digest, member):
    link = digest["buttons"]["Udført"][0]
    token = link.removeprefix("/e/")
    other = make_person(name="Anden Chef", email="anden@example.org")
    theirs = make_action(other, "Andens handling")
    with app.test_request_context():
        other_action = tokens.sign_checkin(member, theirs.id, "done", "n1")
        other_person = tokens.sign_checkin(other, digest["action"].id, "done", "n2")
        expired = tokens.sign_checkin(member, digest["action"].id, "done", "n3")
    before = counts()
    cases = {
        "/e/" + token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"): "ugyldigt",
        "/e/" + token.replace(".", "!", 1): "ugyldigt",
        "/e/x": "ugyldigt",
        "/e/" + other_action: "ikke længere din",
        "/e/" + other_person: "ikke længere din",
    }
    for url, words in cases.items():
        for response in (client.get(url), client.post(url, {"note": "x"}, token_from="/login")):
            assert response.status_code in (400, 410), url
            assert words in response.get_data(as_text=True), url
    from tracker.checkin import services

    original = tokens.read_checkin
    try:
        services.tokens.read_checkin = lambda t: original(t, max_age=-1)
        response = client.get("/e/" + expired)
        assert response.status_code == 410 and "udløbet" in response.get_data(as_text=True)
    finally:
        services.tokens.read_checkin = original
    member.set_password("a brand new password")
    db.session.commit()
    assert "ugyldigt" in client.get(link).get_data(as_text=True), "a new password ends links"
    assert counts() == before


def test_the_token_is_never_in_the_outbox_and_hidden_in_logs(digest):
    from tracker.logs import redact

    row = db.session.scalar(select(OutboxMessage))
    assert "@@checkin:" in row.body_text and "/e/ey" not in row.body_text + row.body_html
    link = digest["buttons"]["Udført"][0]
    assert redact(f"GET {link} HTTP/1.1") == "GET /e/[skjult] HTTP/1.1"


def test_a_closed_action_refuses_its_links(client, digest):
    action = db.session.get(Action, digest["action"].id)
    action.status = "cancelled"
    db.session.commit()
    response = client.get(digest["buttons"]["Går efter planen"][0])
    assert response.status_code == 410 and "allerede udført eller annulleret" in response.get_data(
        as_text=True
    )


def test_a_post_needs_the_csrf_token(client, digest):
    before = counts()
    link = digest["buttons"]["Går efter planen"][0]
    assert client.raw.post(link, data={}).status_code == 400
    assert counts() == before
