"""The chef's workflow through HTTP: Mine handlinger, status notes, deadlines, history."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import func, select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tests.prg import error_page
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action, StatusNote


def iso(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


def test_root_lands_on_mine(member_client):
    response = member_client.get("/")
    assert response.headers["Location"].endswith("/mine")


def test_mine_orders_overdue_then_soon_then_rest_with_counts(member_client, member):
    other = make_person(name="Anden", email="anden@example.org")
    make_action(member, "Senere", words=iso(60))
    make_action(member, "Snart", words=iso(5))
    make_action(member, "Længe over", words=iso(-30))
    make_action(member, "Lige over", words=iso(-2))
    make_action(other, "Medejer", words=iso(3), co_owners=[member])
    make_action(other, "Ikke min", words=iso(-1))
    make_action(member, "Udført", words=iso(-10), status="done")
    make_action(member, "Løbende", words="løbende")
    page = member_client.get("/mine").get_data(as_text=True)
    order = ["Længe over", "Lige over", "Medejer", "Snart", "Senere", "Løbende"]
    positions = [page.index(f">{title}<") for title in order]
    assert positions == sorted(positions)
    assert ">Ikke min<" not in page and ">Udført<" not in page
    assert "2 overskredne" in page and "2 inden for 14 dage" in page and "6 i alt" in page
    assert "30 dage over fristen" in page and "2 dage over fristen" in page
    closed = member_client.get("/mine?fane=afsluttede").get_data(as_text=True)
    assert ">Udført<" in closed and ">Snart<" not in closed


def test_mine_shows_forum_meeting_deadline_and_latest_note(member_client, member):
    meeting = make_meeting(make_forum("Strategisk Chefforum"), title="Møde i februar")
    action = make_action(member, "Budgettemadag", meeting=meeting, words="primo marts")
    member_client.post(
        f"/handlinger/{action.id}/note",
        {"text": "Første note"},
        token_from=f"/handlinger/{action.id}",
    )
    member_client.post(
        f"/handlinger/{action.id}/note",
        {"text": "Nyeste note"},
        token_from=f"/handlinger/{action.id}",
    )
    page = member_client.get("/mine").get_data(as_text=True)
    assert f'Strategisk Chefforum · <a href="/moeder/{meeting.id}">Møde i februar</a>' in page, (
        "the forum and a link to the meeting"
    )
    assert "primo marts" in page and "1.–10. marts 2025" in page
    assert "Nyeste note" in page and "Første note" not in page


def seen(action) -> dict:
    """The version the page showed, as the form's hidden field sends it back."""
    return {"version": str(db.session.get(Action, action.id).version)}


def post_note(client, action, **data):
    data = {**seen(action), **data}
    return client.post(f"/handlinger/{action.id}/note", data, token_from=f"/handlinger/{action.id}")


def test_owner_writes_note_and_marks_done(member_client, member):
    action = make_action(member, "Seminar")
    assert (
        post_note(
            member_client, action, text="Programmet er lagt", status="in_progress"
        ).status_code
        == 302
    )
    assert (
        post_note(member_client, action, text="Seminaret er holdt", status="done").status_code
        == 302
    )
    db.session.refresh(action)
    assert action.status == "done" and action.closed_at is not None
    page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert page.index("Seminaret er holdt") < page.index("Programmet er lagt"), "newest first"
    assert "ændrede status fra »I gang« til »Udført«" in page
    assert "ændrede status fra »Ikke startet« til »I gang«" in page


def test_note_required_to_close_or_cancel(member_client, member):
    action = make_action(member)
    for status in ("done", "cancelled"):
        response = post_note(member_client, action, text="  ", status=status)
        page = error_page(member_client, response, f"/handlinger/{action.id}")
        assert "Skriv en statusnote, når handlingen markeres som udført eller annulleret." in page
    db.session.refresh(action)
    assert action.status == "not_started"
    assert db.session.scalar(select(func.count()).select_from(StatusNote)) == 0


def test_empty_note_and_unknown_status_are_refused(member_client, member):
    action = make_action(member)
    empty = post_note(member_client, action, text="", status="")
    assert "Skriv en statusnote eller vælg en ny status." in error_page(member_client, empty)
    unknown = post_note(member_client, action, text="x", status="finished")
    assert "Ukendt status" in error_page(member_client, unknown)
    db.session.refresh(action)
    assert action.status == "not_started" and action.notes == []


def test_the_new_deadlines_hint_gives_examples_on_the_plain_page(member_client, member):
    action = make_action(member, words="primo marts")
    page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    hint = re.search(r"Med ord, fx [^<]*", page).group(0)
    assert "%(" not in hint, hint  # the examples, not their placeholders
    assert re.search(r"fx &#34;[^&]+&#34;, &#34;uge \d+|fx \"[^\"]+\", \"uge \d+", hint), hint


def test_deadline_change_keeps_the_old_one_in_history(member_client, member):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    preview = member_client.post(
        f"{url}/frist", {"deadline": "uge 20 2025", "preview": "1"}, token_from=url
    )
    assert "12.–18. maj 2025" in error_page(member_client, preview, url), "shown at the GET"
    db.session.refresh(action)
    assert action.deadline_text == "primo marts", "preview saves nothing"
    response = member_client.post(
        f"{url}/frist",
        {"deadline": "uge 20 2025", "submit_deadline": "1", **seen(action)},
        token_from=url,
    )
    assert response.status_code == 302
    db.session.refresh(action)
    assert (action.deadline_text, action.due_start, action.due_end) == (
        "uge 20 2025",
        date(2025, 5, 12),
        date(2025, 5, 18),
    )
    page = member_client.get(url).get_data(as_text=True)
    assert "primo marts 2025 (1.–10. marts 2025)" in page  # the old deadline in the history


def test_refused_deadline_keeps_the_words_and_changes_nothing(member_client, member):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    response = member_client.post(
        f"{url}/frist", {"deadline": "32. marts", "submit_deadline": "1"}, token_from=url
    )
    page = error_page(member_client, response, url)
    assert "kan ikke læses" in page and 'value="32. marts"' in page
    again = member_client.get(url).get_data(as_text=True)
    assert "kan ikke læses" not in again and "32. marts" not in again, "shown once"
    db.session.refresh(action)
    assert action.deadline_text == "primo marts" and len(action.events) == 1


def test_a_deadline_beyond_the_horizon_is_refused_when_moved(member_client, member):
    action = make_action(member, words="primo marts")
    url = f"/handlinger/{action.id}"
    for words in ("uge 52 9999", "31. december 9999"):
        for button in ("preview", "submit_deadline"):
            response = member_client.post(
                f"{url}/frist", {"deadline": words, button: "1", **seen(action)}, token_from=url
            )
            assert "mere end 50 år fra i dag" in error_page(member_client, response, url)
    db.session.refresh(action)
    assert action.deadline_text == "primo marts"


def test_action_page_shows_source_and_history(member_client, member):
    from tests.factories import make_point
    from tracker.actions.services import create_action

    point = make_point(
        text="Strategisk Chefforum og Direktionen skal fastlægge retningslinjer.",
        heading="Reformer",
    )
    item = point.agenda_item
    action = create_action(
        forum=item.meeting.forum,
        meeting=item.meeting,
        agenda_item=item,
        point=point,
        title="Retningslinjer",
        owner=member,
        actor=None,
    )
    db.session.commit()
    page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    for text in [
        "Kilde",
        item.meeting.title,
        "Punkt 1: Reformarbejde",
        "S2024-1",
        "Reformer:",
        "Strategisk Chefforum og Direktionen skal fastlægge retningslinjer.",
        "oprettede handlingen",
    ]:
        assert text in page, text


def test_secretary_edits_text_owner_and_co_owners(secretary_client, member):
    other = make_person(name="Charlotte Chef", email="charlotte@example.org")
    action = make_action(member, "Gammel titel")
    url = f"/handlinger/{action.id}/rediger"
    form = secretary_client.get(url).get_data(as_text=True)
    assert 'name="version"' in form
    response = secretary_client.post(
        url,
        {
            "title": "Ny titel",
            "description": "Mere",
            "owner_id": str(other.id),
            "co_owner_ids": [str(member.id)],
            "version": "1",
            "seen_event": "1",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.refresh(action)
    assert (action.title, action.owner_id, [p.id for p in action.co_owners]) == (
        "Ny titel",
        other.id,
        [member.id],
    )
    page = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert "ændrede titel fra »Gammel titel« til »Ny titel«" in page
    assert "ændrede ejer fra »Torben Chef« til »Charlotte Chef«" in page


def test_edit_conflict_does_not_overwrite_and_says_what_changed(app, secretary, member):
    from tests.conftest import Client

    chef, sec = Client(app.test_client()), Client(app.test_client())
    chef.login(member)
    sec.login(secretary)
    action = make_action(member, "Seminar", words="primo marts")
    url = f"/handlinger/{action.id}"
    opened = sec.get(f"{url}/rediger").get_data(
        as_text=True
    )  # the secretary opens the form (version 1)
    versions = re.findall(r'<input[^>]*\bname="version"[^>]*>', opened)
    assert len(versions) == 1 and re.search(r'\bvalue="1"', versions[0]), versions
    chef.post(
        f"{url}/frist",
        {"deadline": "ultimo marts", "submit_deadline": "1", "version": "1", "seen_event": "1"},
        token_from=url,
    )
    response = sec.post(
        f"{url}/rediger",
        {
            "title": "Seminar for chefer",
            "owner_id": str(member.id),
            "version": "1",
            "seen_event": "1",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Handlingen er blevet ændret, efter du åbnede den" in page
    assert "ændrede frist fra »primo marts 2025 (1.–10. marts 2025)«" in page
    assert 'value="Seminar for chefer"' in page, "what the person typed is kept"
    db.session.refresh(action)
    assert action.title == "Seminar" and action.deadline_text == "ultimo marts"
    again = sec.post(
        f"{url}/rediger",
        {
            "title": "Seminar for chefer",
            "owner_id": str(member.id),
            "version": str(action.version),
            "seen_event": "99",
        },
    )
    assert again.status_code == 302
    db.session.refresh(action)
    assert action.title == "Seminar for chefer" and action.deadline_text == "ultimo marts"


def test_status_conflict_keeps_the_note(app, member):
    from tests.conftest import Client

    co_owner = make_person(name="Medejer", email="med@example.org")
    action = make_action(member, co_owners=[co_owner])
    first, second = Client(app.test_client()), Client(app.test_client())
    first.login(member)
    second.login(co_owner)
    url = f"/handlinger/{action.id}"
    assert (
        post_note(
            first, action, text="Færdig", status="done", version="1", seen_event="1"
        ).status_code
        == 302
    )
    response = post_note(
        second, action, text="Vi er i gang", status="in_progress", version="1", seen_event="1"
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ændrede status fra »Ikke startet« til »Udført«" in page and "Vi er i gang" in page
    db.session.refresh(action)
    assert action.status == "done" and [n.text for n in action.notes] == ["Færdig"]
    assert second.get(url).status_code == 200


def test_members_change_only_their_own_actions(member_client, member):
    other = make_person(name="Anden", email="anden@example.org")
    theirs = make_action(other, "Ikke min")
    url = f"/handlinger/{theirs.id}"
    page = member_client.get(url).get_data(as_text=True)
    assert member_client.get(url).status_code == 200, "members read everything"
    assert "Gem statusnote" not in page and "Flyt fristen" not in page and "Rediger" not in page
    attempts = [
        (f"{url}/note", {"text": "x", "status": "done"}),
        (f"{url}/frist", {"deadline": "uge 12", "submit_deadline": "1"}),
        (f"{url}/rediger", {"title": "Overtaget", "owner_id": str(member.id)}),
    ]
    for target, data in attempts:
        assert member_client.post(target, data, token_from="/mine").status_code == 403, target
    assert member_client.get(f"{url}/rediger").status_code == 403
    db.session.refresh(theirs)
    assert (theirs.title, theirs.status, theirs.deadline_text, len(theirs.events)) == (
        "Ikke min",
        "not_started",
        "den 27. marts 2025",
        1,
    )
    mine = make_action(member, "Min")
    assert member_client.get(f"/handlinger/{mine.id}/rediger").status_code == 403, (
        "only secretaries edit text and owners"
    )
    assert post_note(member_client, mine, text="ok").status_code == 302


def test_secretary_may_change_anyones_action(secretary_client, member):
    action = make_action(member)
    assert (
        post_note(
            secretary_client, action, text="Rykket for status", status="in_progress"
        ).status_code
        == 302
    )
    assert db.session.get(Action, action.id).status == "in_progress"


def test_unknown_action_is_404(member_client):
    assert member_client.get("/handlinger/999").status_code == 404
    assert (
        member_client.post("/handlinger/999/note", {"text": "x"}, token_from="/mine").status_code
        == 404
    )
