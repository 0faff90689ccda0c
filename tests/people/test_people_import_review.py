"""The referat review marks each proposed owner without email and takes the email there."""

from __future__ import annotations

from sqlalchemy import select

from tests.factories import make_person
from tests.importing.test_import import SAMPLE, new_forum, review_fields, save_url, upload
from tests.prg import error_page
from tracker.extensions import db
from tracker.models import OutboxMessage, Person


def test_review_marks_owners_without_email_and_saves_the_typed_one(secretary_client):
    torben = make_person(name="Torben G. M. Benneskov", email="torben@example.org")
    make_person(name="Karina Pedersen", email="karina@example.org", role="secretary")
    page = upload(secretary_client, SAMPLE).get_data(as_text=True)
    fields = new_forum(review_fields(page))
    prefixes = sorted({k.rsplit("-", 1)[0] for k in fields if k.endswith("-title")})
    first, second, *rest = prefixes
    for prefix in rest:
        fields.pop(f"{prefix}-accept", None)
    fields[f"{first}-accept"] = fields[f"{second}-accept"] = "y"  # kept, owners typed below
    fields[f"{first}-owner"] = "Lasse Lyø Rahbek"
    fields[f"{first}-owner_email"] = "Lasse@Sonderoe.example"
    fields[f"{second}-owner"] = torben.name
    gem = save_url(page)
    bad = secretary_client.raw.post(gem, data={**fields, f"{first}-owner_email": "ikke en adresse"})
    again = error_page(secretary_client, bad, gem.removesuffix("/gem"))
    assert "Skriv en gyldig e-mailadresse" in again
    assert "Lasse Lyø Rahbek har ingen e-mail og får ingen påmindelser." in again
    assert f"{torben.name} har ingen e-mail" not in again
    assert db.session.scalar(select(Person).where(Person.name == "Lasse Lyø Rahbek")) is None
    taken = secretary_client.raw.post(
        gem, data={**fields, f"{first}-owner_email": "karina@example.org"}
    )
    assert "allerede den e-mailadresse" in error_page(secretary_client, taken)
    assert db.session.scalar(select(Person).where(Person.name == "Lasse Lyø Rahbek")) is None
    saved = secretary_client.raw.post(gem, data=fields)
    assert saved.status_code == 302, saved.get_data(as_text=True)[:2000]
    lasse = db.session.scalar(select(Person).where(Person.name == "Lasse Lyø Rahbek"))
    assert lasse.email == "lasse@sonderoe.example"
    notices = set(db.session.scalars(select(OutboxMessage.to_address)))
    assert "lasse@sonderoe.example" in notices, "the new owner is told at once"
