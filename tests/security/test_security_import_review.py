"""The import's review attacked as a hostile user would: a referat's markup shown as text on
every page and email it reaches, forged CSRF tokens refused on each of its forms, and no
referat text, name or address in the log of a whole import."""

from __future__ import annotations

import io
import logging
import re

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import make_person
from tests.importing.test_import import counts, review_fields, save_url
from tracker.extensions import db
from tracker.models import Action, ImportDraft, Meeting, OutboxMessage

EVIL = "<img src=x onerror=alert(1)>"
LONE = "<script>alert(2)</script>"  # one word: an attendee the import leaves to choose
REFERAT = f"""# REFERAT Lederforum d. 12-03-2025

**Mødedato** Onsdag d. 12. marts 2025 kl. 09:00

**Mødested** Rådhuset {EVIL}

**Mødedeltagere** Torben G. M. Benneskov, Charlotte {EVIL}, {LONE}

**Bilag** Bilag {EVIL}

# Punkt 1: Budget {EVIL}

S2025-{EVIL}

## Sagens kerne

Kerne {EVIL}.

## Beslutning

Lederforum drøftede budgettet {EVIL}. Torben G. M. Benneskov samler input {EVIL} fra \
afdelingerne inden 1. april 2025.
"""


def _upload(client, data: bytes, name: str = "referat.md", forum: str = ""):
    return client.post(
        "/import",
        {"file": (io.BytesIO(data), name), "forum": forum},
        content_type="multipart/form-data",
    )


def _raw_markup(text: str) -> list[str]:
    return [tag for tag in ("<img src=x", "<script>alert") if tag in text]


def test_a_referats_markup_is_text_on_every_page_and_email_it_reaches(secretary_client):
    make_person(name="Torben G. M. Benneskov", email="torben@example.org")
    uploaded = _upload(secretary_client, REFERAT.encode(), forum=f"Forum {EVIL}")
    assert uploaded.status_code == 303
    review = uploaded.headers["Location"]
    page = secretary_client.get(review).get_data(as_text=True)
    assert page.count("&lt;img src=x") >= 6 and not _raw_markup(page)
    fields = review_fields(page)
    index = re.findall(r'name="saetning" value="(\d+)"', page)[0]
    made = secretary_client.raw.post(
        review + "/fra-tekst", data={**fields, "saetning": index, "title": EVIL}
    )
    assert made.status_code == 303
    page = secretary_client.get(review).get_data(as_text=True)
    assert not _raw_markup(page)
    fields = review_fields(page)
    for key in [k for k in fields if k.endswith("-owner")]:
        fields[key] = "Torben G. M. Benneskov"
        fields[key.removesuffix("-owner") + "-accept"] = "y"
        fields[key.removesuffix("-owner") + "-unit"] = f"Enhed {EVIL}"
    fields.update({"forum": "ny", "new_forum": f"Forum {EVIL}", "location": f"Sted {EVIL}"})
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302, saved.status_code
    meeting = secretary_client.get(saved.headers["Location"]).get_data(as_text=True)
    assert not _raw_markup(meeting)
    for action in db.session.scalars(select(Action)):
        shown = secretary_client.get(f"/handlinger/{action.id}").get_data(as_text=True)
        assert "&lt;img src=x" in shown and not _raw_markup(shown)
    (email,) = db.session.scalars(select(OutboxMessage))
    assert "&lt;img src=x" in email.body_html and not _raw_markup(email.body_html)


@pytest.mark.parametrize("token", ["another session's", "forged", "empty"])
def test_a_token_not_of_this_session_is_refused_on_every_import_form(
    app, secretary_client, secretary, token
):
    uploaded = _upload(secretary_client, REFERAT.encode())
    review = uploaded.headers["Location"]
    fields = review_fields(secretary_client.get(review).get_data(as_text=True))
    other = Client(app.test_client())
    other.login(make_person(name="Anden Sekretær", email="anden@example.org", role="secretary"))
    fields["csrf_token"] = {
        "another session's": other.csrf_token("/import"),
        "forged": fields["csrf_token"][:-4] + "AAAA",
        "empty": "",
    }[token]
    fields.update({"forum": "ny", "saetning": "0"})
    before = counts(), db.session.scalar(select(func.count(ImportDraft.id)))
    for url in (review + "/gem", review + "/fra-tekst"):
        refused = secretary_client.raw.post(url, data=fields)
        assert refused.status_code == 400 and "Formularen er udløbet" in refused.text, url
    refused = secretary_client.raw.post(
        "/import",
        data={"file": (io.BytesIO(REFERAT.encode()), "r.md"), "csrf_token": fields["csrf_token"]},
        content_type="multipart/form-data",
    )
    assert refused.status_code == 400 and "Formularen er udløbet" in refused.text
    assert (counts(), db.session.scalar(select(func.count(ImportDraft.id)))) == before
    assert db.session.scalar(select(ImportDraft.used_at)) is None


def test_a_whole_import_logs_no_referat_text_name_or_address(secretary_client, caplog):
    data = REFERAT.replace(EVIL, "Hemmelig").encode()
    secret = ["Hemmelig", "Torben", "Benneskov", "Charlotte", "torben@example.org", "fortrolig"]
    with caplog.at_level(logging.DEBUG):
        uploaded = _upload(secretary_client, data, name="fortrolig Torben.md", forum="Hemmelig")
        review = uploaded.headers["Location"]
        page = secretary_client.get(review).get_data(as_text=True)
        fields = review_fields(page) | {"forum": "ny", "saetning": "0"}
        secretary_client.raw.post(review + "/fra-tekst", data=fields)
        fields = review_fields(secretary_client.get(review).get_data(as_text=True))
        fields |= {"forum": "ny", "new_forum": "Hemmelig", "drafts-0-owner": "Ukendt Torben"}
        fields |= {"drafts-0-accept": "y", "drafts-0-owner_email": "torben@example.org"}
        assert secretary_client.raw.post(review + "/gem", data=fields).status_code == 303
        fields |= {"drafts-0-owner_new": "y"}
        fields.pop("drafts-1-accept")  # the sentence made a proposal names nobody: unticked
        assert secretary_client.raw.post(review + "/gem", data=fields).status_code == 302
    assert db.session.scalar(select(func.count(Meeting.id))) == 1
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert not [word for word in secret if word.casefold() in logged.casefold()], logged
