"""Small things people notice: labels in their language, each id once, a note saved once."""

from __future__ import annotations

from tests.factories import make_action
from tests.prg import error_page
from tracker.extensions import db


def test_overdue_badge_is_english_for_english_users_after_a_danish_page(member_client, member):
    make_action(member, "Seminar", words="2020-01-01")
    for path in ("/mine", "/handlinger", "/handlinger/1"):
        danish = member_client.get(path).get_data(as_text=True)
        assert '<span class="badge overdue">Overskredet</span>' in danish, path
    member.language = "en"
    db.session.commit()
    for path in ("/mine", "/handlinger", "/handlinger/1"):
        english = member_client.get(path).get_data(as_text=True)
        assert '<span class="badge overdue">Overdue</span>' in english, path
        assert "Overskredet" not in english, path


def test_the_action_page_has_each_id_once(member_client, member):
    import re
    from collections import Counter

    action = make_action(member, "Seminar", words="2020-01-01")
    page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
    assert page.count('name="csrf_token"') >= 2 and page.count('name="version"') == 2
    ids = Counter(re.findall(r'\sid="([^"]+)"', page))
    assert [i for i, n in ids.items() if n > 1] == []


def test_the_same_note_saved_twice_within_a_minute_is_stored_once(member_client, member):
    from datetime import UTC, datetime, timedelta

    from tracker.rules import is_repeated_note

    action = make_action(member, "Seminar", words="2020-01-01")
    url, token = f"/handlinger/{action.id}/note", f"/handlinger/{action.id}"
    version = {"version": str(action.version)}
    first = member_client.post(url, {**version, "text": "Afventer direktionen"}, token_from=token)
    assert first.status_code == 302
    again = member_client.post(url, {**version, "text": "Afventer  direktionen"}, token_from=token)
    assert "Den samme note er lige gemt" in error_page(member_client, again, token)
    db.session.refresh(action)
    assert [n.text for n in action.notes] == ["Afventer direktionen"]
    other = member_client.post(url, {**version, "text": "Direktionen har svaret"}, token_from=token)
    assert other.status_code == 302
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    assert is_repeated_note("a b", now - timedelta(seconds=59), "a  b", now)
    assert not is_repeated_note("a b", now - timedelta(seconds=61), "a b", now), "later is new"
    assert not is_repeated_note("", now, "", now), "a status change without words"


def test_the_breadcrumb_names_the_forum_once(member_client, member):
    """ "Lederforum › Lederforum 28. oktober 2026" said the forum twice: the meeting's part of
    the trail drops the forum's name it starts with; a title of its own stays whole."""
    import re

    from tests.factories import make_meeting

    named = make_meeting(title="Lederforum 28. oktober 2026")
    own = make_meeting(title="Seminar om reformerne", day=named.date.replace(day=27))
    trails = []
    for meeting in (named, own):
        action = make_action(member, "Seminar", meeting=meeting, words="2020-01-01")
        page = member_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
        crumbs = re.search(r'<p class="crumbs">(.*?)</p>', page, re.S)[1]
        trails.append(" ".join(re.sub(r"<[^>]+>", "", crumbs).split()))
    assert trails == ["Lederforum › 28. oktober 2026", "Lederforum › Seminar om reformerne"]
