"""Labels in templates follow each person's language; the action page's ids are unique."""

from __future__ import annotations

from tests.factories import make_action
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
