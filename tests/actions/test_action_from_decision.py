"""A new action from a decision: deadline words run from the meeting's date; a link's
prefill never fails."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.factories import make_meeting, make_person, make_point
from tests.prg import error_page
from tracker.extensions import db
from tracker.models import Action


def test_deadline_words_run_from_the_meetings_date_not_today(secretary_client, member):
    point = make_point(make_meeting(day=date(2026, 11, 20)))
    url = f"/beslutninger/{point.id}/handling/ny"
    form = {"title": "Notat", "owner_id": str(member.id), "deadline": "om to uger"}
    preview = error_page(secretary_client, secretary_client.post(url, {**form, "preview": "1"}))
    assert "4. december 2026" in preview
    assert secretary_client.post(url, {**form, "submit": "1"}).status_code == 302
    action = db.session.scalar(select(Action))
    assert (action.due_start, action.due_end) == (date(2026, 12, 4), date(2026, 12, 4))


def test_senest_runs_from_the_meetings_date(secretary_client, member):
    point = make_point(make_meeting(day=date(2026, 11, 20)))
    url = f"/beslutninger/{point.id}/handling/ny"
    form = {"title": "Plan", "owner_id": str(member.id), "deadline": "senest 15. januar 2027"}
    assert secretary_client.post(url, {**form, "submit": "1"}).status_code == 302
    action = db.session.scalar(select(Action))
    assert (action.due_start, action.due_end) == (date(2026, 11, 20), date(2027, 1, 15))


def test_a_links_prefill_fills_the_form(secretary_client, member):
    other = make_person(name="Jonas Berg", email="jonas@example.org")
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    query = f"?titel=Lave+en+plan&ejer={member.id}&medejer={other.id}&frist=primo+marts"
    page = secretary_client.get(url + query).get_data(as_text=True)
    assert 'value="Lave en plan"' in page and 'value="primo marts"' in page
    assert f'<option selected value="{member.id}">' in page
    assert f'<option selected value="{other.id}">' in page
    assert db.session.scalar(select(Action)) is None, "a prefill saves nothing"


def test_bad_prefill_is_ignored_without_an_error(secretary_client, member):
    point = make_point()
    url = f"/beslutninger/{point.id}/handling/ny"
    for query in (
        "?ejer=abc&medejer=%C2%B2&medejer=999999",
        "?ejer=99999999999999999999999&titel=" + "x" * 5000,
        "?medejer=&frist=" + "y" * 5000,
    ):
        response = secretary_client.get(url + query)
        assert response.status_code == 200, query
        assert "<option selected" not in response.get_data(as_text=True), query
