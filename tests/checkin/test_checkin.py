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
from tracker.deadlines import parse_deadline
from tracker.deadlines.formatting import examples
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action, ActionEvent, CheckinUse, OutboxMessage, StatusNote
from tracker.scheduler.jobs import sweep

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


def hidden(page: str, name: str) -> str:
    """The value of a hidden field of a page."""
    found = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', page)
    return htmllib.unescape(found[1]) if found else ""


def delayed_link(app, person, action) -> str:
    """A "Forsinket" link for ``action``, as an email would hold it."""
    with app.test_request_context():
        return "/e/" + tokens.sign_checkin(person, action.id, "delayed", "n-" + str(action.id))


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


def test_delayed_shows_what_the_words_mean_before_it_saves_them(client, digest, member):
    link = digest["buttons"]["Forsinket"][0]
    page = client.get(link)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Budgettemadag" in text and "Ny frist" in text and "Log ud" not in text
    before = counts()
    shown = error_page(client, post(client, link, {"deadline": "ultimo marts"}), link)
    meaning = parse_deadline("ultimo marts", today()).label()  # "ultimo marts 2027 (21.–31. …)"
    assert f"Fristen betyder: <strong>{meaning}</strong>" in shown
    assert "Tryk Gem for at flytte fristen" in shown and "Formularen er ikke gemt" not in shown
    assert hidden(shown, "shown") == "ultimo marts"
    assert counts() == before, "nothing is saved before the dates are shown"
    done = post(client, link, {"deadline": "ultimo marts", "shown": "ultimo marts"})
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
    assert "Fristen betyder: <strong>1. januar 2020</strong>" in page
    # seen once, still refused
    again = post(client, link, {"deadline": "1. januar 2020", "shown": "1. januar 2020"})
    assert "Den nye frist er allerede overskredet" in error_page(client, again, link)
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
    from tracker.scheduler.jobs import deliver
    from tracker.workdays.schedule import settings_from_config

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
        again = client.get(link).get_data(as_text=True)
        assert "Du har allerede meldt status (Går efter planen, kl. " in again
        assert "Linket virker ikke" not in again and "Markér som udført" not in again
    assert client.raw.post(other, data={"note": "x"}).status_code == 400  # no CSRF token
    assert counts() == before
    assert db.session.get(Action, digest["action"].id).status == "in_progress", "not closed"


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


def test_changed_words_are_shown_again_before_they_are_saved(client, digest):
    link = digest["buttons"]["Forsinket"][0]
    error_page(client, post(client, link, {"deadline": "ultimo marts"}), link)
    before = counts()
    changed = post(client, link, {"deadline": "medio april", "shown": "ultimo marts"})
    page = error_page(client, changed, link)
    assert parse_deadline("medio april", today()).label() in page
    assert counts() == before and hidden(page, "shown") == "medio april"
    assert (
        post(client, link, {"deadline": "medio  April", "shown": "medio april"}).status_code == 200
    )
    assert db.session.get(Action, digest["action"].id).deadline_text == "medio April"


def test_a_new_deadline_earlier_than_the_current_one_says_so(app, client, member):
    later = make_action(member, "Strategi", words="ultimo december 2030", reference=today())
    link = delayed_link(app, member, later)
    page = error_page(client, post(client, link, {"deadline": "ultimo marts"}), link)
    assert "Bemærk: den nye frist er tidligere end den nuværende." in page
    assert "Tryk Gem for at flytte fristen" in page, "earlier is allowed, once seen"
    page = error_page(client, post(client, link, {"deadline": "uge 2 2031"}), link)
    assert "tidligere end den nuværende" not in page and "uge 2 2031" in page


def test_the_any_link_shows_the_dates_only_for_delayed(client, digest):
    link = re.search(r"Meld status: http://tracker\.test(/e/\S+)", plain(digest["message"]))[1]
    page = error_page(client, post(client, link, {"choice": "delayed", "deadline": "uge 20"}), link)
    assert "Fristen betyder:" in page and "Vælg en af mulighederne" not in page
    assert parse_deadline("uge 20", today()).label() in page
    assert post(client, link, {"choice": "on_track", "deadline": "uge 20"}).status_code == 200
    assert db.session.get(Action, digest["action"].id).deadline_text == "ultimo februar"


def test_the_hints_give_examples_after_today(client, digest):
    words = examples(today())
    for link in (
        digest["buttons"]["Forsinket"][0],
        re.search(r"Meld status: http://tracker\.test(/e/\S+)", plain(digest["message"]))[1],
    ):
        page = htmllib.unescape(client.get(link).get_data(as_text=True))
        assert f'"{words["late"]}"' in page, page
        assert "15. maj 2025" not in page and '"ultimo marts"' not in page


@pytest.mark.parametrize(
    ("button", "data", "said"),
    [
        ("Går efter planen", {}, "Går efter planen"),
        ("Udført", {"note": "Holdt."}, "Udført"),
        ("Skriv en note", {"note": "Vi venter på HR."}, "en note"),
        ("Forsinket", {"deadline": "uge 20", "shown": "uge 20"}, "Forsinket"),
    ],
)
def test_back_after_a_check_in_says_what_was_reported_and_when(client, digest, button, data, said):
    link = digest["buttons"][button][0]
    assert post(client, link, data).status_code == 200
    used = db.session.scalar(select(CheckinUse)).used_at.astimezone(CPH)
    before = counts()
    back = client.get(link)
    text = back.get_data(as_text=True)
    assert back.status_code == 200
    if used.date() == today():
        assert f"Du har allerede meldt status ({said}, kl. {used:%H:%M})." in text
    assert "flash-error" not in text and "Linket virker ikke" not in text
    assert counts() == before


def test_back_days_later_names_the_day(client, digest):
    link = digest["buttons"]["Går efter planen"][0]
    post(client, link)
    use = db.session.scalar(select(CheckinUse))
    use.used_at = datetime(2025, 3, 3, 7, 32, tzinfo=CPH)
    db.session.commit()
    text = client.get(link).get_data(as_text=True)
    assert "Du har allerede meldt status (Går efter planen, 3. marts 2025 kl. 07:32)." in text


def test_a_note_typed_in_a_second_tab_is_kept(client, digest, member):
    on_track, note_link = digest["buttons"]["Går efter planen"][0], digest["buttons"]["Udført"][0]
    token = client.visit_for_token(note_link)  # the second tab is opened before the first saves
    assert post(client, on_track).status_code == 200
    late = client.post(note_link, {"note": "Vi venter på HR.", "csrf_token": token})
    text = late.get_data(as_text=True)
    assert late.status_code == 200
    assert "Du har allerede meldt status (Går efter planen" in text
    assert "Din note er også gemt i handlingens historik." in text
    action = db.session.get(Action, digest["action"].id)
    assert [n.text for n in action.notes][:1] == ["Vi venter på HR."]
    assert action.notes[0].via == "email" and action.notes[0].author_id == member.id
    assert action.status == "in_progress", "the second tab's choice (Udført) is not taken"
    before = counts()
    again = client.post(note_link, {"note": "Vi venter på HR.", "csrf_token": token})
    assert "også gemt" in again.get_data(as_text=True) and counts() == before, "saved once"


def test_a_note_from_a_second_tab_long_after_is_offered_back(client, digest):
    on_track, note_link = (
        digest["buttons"]["Går efter planen"][0],
        digest["buttons"]["Skriv en note"][0],
    )
    token = client.visit_for_token(note_link)
    post(client, on_track)
    use = db.session.scalar(select(CheckinUse))
    use.used_at = use.used_at - timedelta(hours=2)
    db.session.commit()
    before = counts()
    late = client.post(note_link, {"note": "Mødet er flyttet <til> maj.", "csrf_token": token})
    text = late.get_data(as_text=True)
    assert "Din note er ikke gemt" in text
    assert (
        '<textarea id="note" readonly rows="4">Mødet er flyttet &lt;til&gt; maj.</textarea>' in text
    )
    assert counts() == before


def test_a_second_tab_that_saves_at_the_same_moment_keeps_its_note(client, digest, monkeypatch):
    """The race: both tabs pass the link check, the second one's spend fails on the nonce."""
    from tracker.checkin import services

    first, second = digest["buttons"]["Går efter planen"][0], digest["buttons"]["Skriv en note"][0]
    assert post(client, first).status_code == 200
    real = services.open_checkin
    opened = []

    def as_before_the_first_saved(token):
        found = real(token)
        if not opened and isinstance(found, services.Reported):
            opened.append(token)
            return services.Checkin(found.person, found.action, "note", "other")
        return found

    monkeypatch.setattr(services, "open_checkin", as_before_the_first_saved)
    monkeypatch.setattr(
        services, "nonce_hash", lambda nonce: db.session.scalar(select(CheckinUse.nonce_hash))
    )
    response = post(client, second, {"note": "Samtidig note."})
    text = response.get_data(as_text=True)
    assert "Du har allerede meldt status" in text and "også gemt" in text
    assert db.session.get(Action, digest["action"].id).notes[0].text == "Samtidig note."


def test_words_that_name_no_period_show_as_without_deadline(app, client, member):
    vague = make_action(member, "Afklaring", words="når vi ved mere", reference=today())
    page = client.get(delayed_link(app, member, vague)).get_data(as_text=True)
    assert "når vi ved mere" in page and "(uden frist)" in page
    assert "ingen slutdato" not in page


def test_back_in_english_for_a_person_who_reads_english(client, digest, member):
    member.language = "en"
    db.session.commit()
    link = digest["buttons"]["Forsinket"][0]
    page = error_page(client, post(client, link, {"deadline": "uge 20"}), link)
    assert "The deadline means:" in page and "week 20 " in page
    assert "Are the dates right? Press Save to move the deadline." in page
    post(client, link, {"deadline": "uge 20", "shown": "uge 20"})
    text = client.get(link).get_data(as_text=True)
    assert "You have already reported the status (Delayed, " in text


def test_the_check_in_choices_are_listed_once():
    """Tokens, services, form, page and email templates all take tracker.tokens.CHECKIN_CHOICES:
    a fifth choice is added in one place."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    again = [
        str(path.relative_to(root))
        for folder in ("tracker", "templates")
        for path in (root / folder).rglob("*.*")
        if path.suffix in (".py", ".html", ".txt")
        and path != root / "tracker" / "tokens.py"
        and '("Skriv en note")' in path.read_text(encoding="utf-8")  # _("…") or _l("…")
    ]
    assert again == []
