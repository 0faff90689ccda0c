"""Every form is protected against cross-site requests: each POST form the app renders, to any
role, is refused without its token (400, in Danish) and changes nothing."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import make_action, make_forum, make_meeting, make_person, make_point
from tracker import tokens
from tracker.extensions import db
from tracker.models import Attendance, Meeting, utcnow

SAMPLE = (Path(__file__).parents[1] / "data" / "referat-lederforum-2025-02-26.md").read_bytes()
REFUSED = "Formularen er udløbet"
# Pages that are no HTML or carry no form of the app.
NOT_PAGES = {"static", "actions.calendar_feed", "reports.status_file", "outbox.html"}


@dataclass
class Form:
    action: str
    token: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


class Forms(HTMLParser):
    """The POST forms of a page, with the fields a browser would send (less the token)."""

    def __init__(self, page_url: str):
        super().__init__()
        self.page_url, self.forms, self.current = page_url, [], None
        self.by_id: dict[str, Form] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if (attrs.get("method") or "get").lower() == "post":
                self.current = Form(urljoin(self.page_url, attrs.get("action") or self.page_url))
                self.forms.append(self.current)
                self.by_id[attrs.get("id") or ""] = self.current
            return
        owner = self.by_id.get(attrs.get("form") or "") or self.current
        if tag == "button" and attrs.get("formaction") and owner is not None:
            # A button sending its form elsewhere (form="…" when it stands outside it): the
            # same fields as far as they came before it, to the button's own address.
            other = Form(urljoin(self.page_url, attrs["formaction"]), owner.token)
            other.fields = {**owner.fields, (attrs.get("name") or "x"): attrs.get("value") or "x"}
            self.forms.append(other)
            return
        if self.current is None or not attrs.get("name"):
            return
        if attrs["name"] == "csrf_token" or attrs["name"].endswith("-csrf_token"):  # prefixed
            self.current.token = attrs.get("value") or ""
            return
        if tag == "input" and attrs.get("type") == "file":
            self.current.files.append(attrs["name"])
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio"):
            if "checked" in attrs:
                self.current.fields[attrs["name"]] = attrs.get("value") or "y"
        elif tag in ("input", "button", "textarea", "select"):
            self.current.fields.setdefault(attrs["name"], attrs.get("value") or "x")

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def post_forms(page: str, url: str) -> list[Form]:
    parser = Forms(url)
    parser.feed(page)
    return parser.forms


def everything() -> dict[str, list]:
    """Every row of every table, to see that a refused request changed nothing."""
    return {
        table.name: sorted(map(repr, db.session.execute(select(table)).all()))
        for table in db.metadata.sorted_tables
    }


@pytest.fixture
def world(app, secretary, member, admin):
    """Data enough for every form to be shown: a held and a planned meeting with the follow-up
    item, an attendee, a point, actions open and done, an email in the outbox."""
    forum = make_forum()
    held = make_meeting(forum, day=date(2025, 2, 26), status="held")
    planned = make_meeting(forum, day=date(2099, 3, 26), title="Næste møde", status="planned")
    point = make_point(held)
    db.session.add(Attendance(meeting=held, person=member, present=True))
    mine = make_action(member, "Min", meeting=held, words="marts 2025")
    done = make_action(member, "Udført", meeting=held, words="marts 2025", status="done")
    done.closed_at = utcnow()
    db.session.commit()
    secretary_client = Client(app.test_client())
    secretary_client.login(secretary)
    carried = secretary_client.post("/fora/lederforum/opfoelgning", token_from="/fora/lederforum")
    assert carried.status_code == 302
    # The held meeting's follow-up item offers "Godkend som udført" (only held meetings do).
    from tracker.i18n import local_tz
    from tracker.meetings.follow_up import carry_over

    carry_over(held, date(2025, 2, 26), local_tz())
    db.session.commit()
    app.config["MAIL_SERVER"] = ""
    queued = app.test_cli_runner().invoke(
        args=["reminders", "run", "--kind", "weekly", "--at", "2025-03-03T07:00"]
    )
    assert queued.exit_code == 0, queued.output
    # The status round before the planned meeting: its page offers "Send påmindelse nu".
    asked = app.test_cli_runner().invoke(
        args=["reminders", "run", "--kind", "status-round", "--at", "2099-03-20T07:00"]
    )
    assert asked.exit_code == 0, asked.output
    # A person who left (their page offers reactivate and erase) and an owner without email
    # (the secretaries' pages offer a field for it).
    gone = make_person(
        name="Fratrådt Person",
        active=False,
        # Bound to an account at the login provider, another one refused: link and unlink.
        sso_issuer="https://login.example",
        sso_subject="gammel-konto",
        sso_refused_issuer="https://login.example",
        sso_refused_subject="ny-konto",
        sso_refused_at=utcnow(),
    )
    make_action(make_person(name="Uden Mail"), "Uden mail", meeting=held, words="marts 2025")
    # A forum whose status round is not sent yet: its page offers "Send statusrunden nu".
    hr = make_forum("HR")
    make_meeting(hr, day=date(2099, 9, 1), status="planned")
    make_action(member, "HR-opgave", forum=hr, words="marts 2025")
    ids = {
        "slug": forum.slug,
        "meeting_id": planned.id,
        "item_id": point.agenda_item_id,
        "point_id": point.id,
        "action_id": mine.id,
        "attendance_id": db.session.scalar(select(Attendance.id)),
        "person_id": gone.id,
        "message_id": 1,
        "fmt": "csv",
        "token": "x",
        "filename": "app.css",
        "name": "oidc",
        "draft_id": 1,  # no draft yet: the review is reached by an upload (below)
    }
    return {"ids": ids, "held": held, "mine": mine}


def get_urls(app, ids) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in NOT_PAGES:
            continue
        url = rule.rule
        for arg in rule.arguments:
            url = re.sub(rf"<(?:[a-z]+(?:\([^)]*\))?:)?{arg}>", str(ids[arg]), url)
        urls.append(url)
    return urls


def test_every_post_form_needs_its_token(app, world, secretary, member, admin):
    ids, found = world["ids"], {}  # (who, action) -> form
    held = world["held"].id
    urls = get_urls(app, ids) + [f"/moeder/{held}", f"/moeder/{held}/deltagere"]
    urls.append(f"/fora/lederforum/moedevisning?moede={held}")  # decisions at a held meeting
    urls.append("/fora/hr/statusrunde")  # a status round not sent yet
    visitors = {
        "anonymous": (
            None,
            urls
            + [
                f"/nulstil/{tokens.sign_reset(member)}",
                f"/e/{tokens.sign_checkin(member, world['mine'].id, 'note', 'csrf-world')}",
            ],
        ),
        "member": (member, urls),
        "secretary": (secretary, urls),
        "admin": (admin, urls),
    }
    clients = {}
    for who, (person, pages) in visitors.items():
        client = clients[who] = Client(app.test_client())
        if person is not None:
            client.login(person)
        for url in pages:
            response = client.get(url)
            if response.mimetype == "text/html":
                for form in post_forms(response.get_data(as_text=True), url):
                    found.setdefault((who, form.action), form)
        if who == "secretary":  # the review form is the answer to an upload
            review = client.post(
                "/import",
                {"file": (io.BytesIO(SAMPLE), "referat.md"), "forum": ""},
                content_type="multipart/form-data",
            )
            assert review.status_code == 303  # to the review's own address, /import/<id>
            address = urlsplit(review.headers["Location"]).path
            review = client.get(address)
            assert review.status_code == 200
            for form in post_forms(review.get_data(as_text=True), address):
                found.setdefault((who, form.action), form)
        if who == "admin":  # the people import's confirm form is the answer to an upload
            preview = client.post(
                "/admin/personer/import",
                {"file": (io.BytesIO(b"navn;email\nNy;ny@example.org\n"), "p.csv")},
                content_type="multipart/form-data",
            )
            assert preview.status_code == 200
            for form in post_forms(preview.get_data(as_text=True), "/admin/personer/import"):
                found.setdefault((who, form.action), form)

    base = "http://tracker.test"
    adapter = app.url_map.bind("tracker.test")
    endpoints = {adapter.match(urlsplit(action).path, method="POST")[0] for _, action in found}
    every_post = {r.endpoint for r in app.url_map.iter_rules() if "POST" in r.methods}
    assert endpoints == every_post, "a POST endpoint no page shows a form for: test it here"

    for (who, action), form in sorted(found.items()):
        assert len(form.token) > 20, ("the form carries no token", who, action)
        client = clients[who]  # still logged in: a refused request ends nothing
        before = everything()
        data = dict(form.fields)
        data.update({name: (io.BytesIO(SAMPLE), "referat.md") for name in form.files})
        response = client.raw.post(
            action.removeprefix(base), data=data, content_type="multipart/form-data"
        )
        assert response.status_code == 400, (who, action, response.status_code)
        assert REFUSED in response.get_data(as_text=True), (who, action)
        db.session.expire_all()
        assert everything() == before, (who, action)
    assert (
        db.session.scalar(select(func.count()).select_from(Meeting)) == 3
    )  # the two of Lederforum and HR's planned one


def test_login_form_needs_the_token_too(client, member):
    response = client.raw.post("/login", data={"email": member.email, "password": "x"})
    assert response.status_code == 400 and REFUSED in response.get_data(as_text=True)
    with_token = client.post("/login", {"email": member.email, "password": "x"})
    assert with_token.status_code == 200, "the same form with its token is checked"
