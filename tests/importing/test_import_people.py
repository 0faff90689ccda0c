"""The import review names people by the one matching rule: "Torben" and "Karsten" are the
referat's attendees, an ambiguous or unknown owner is refused until the secretary chooses,
and a person is created only where "Opret ... som ny person" is ticked."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from tests.factories import make_person
from tests.importing.test_import import SAMPLE, counts, new_forum, review_fields, save_url, upload
from tests.prg import error_page
from tracker.extensions import db
from tracker.models import Action, Person


def _review(client):
    """The review of the sample referat with only its first two proposals accepted."""
    response = upload(client, SAMPLE)
    page = response.get_data(as_text=True)
    fields = new_forum(review_fields(page))
    rows = sorted({k.rsplit("-", 1)[0] for k in fields if k.endswith("-title")})
    for prefix in rows[2:]:
        fields.pop(f"{prefix}-accept", None)
    for prefix in rows[:2]:  # the secretary keeps these two (and names their owners)
        fields[f"{prefix}-accept"] = "y"
    return urlsplit(response.request.url).path, save_url(page), fields, rows[:2]


def _named(name):
    return db.session.scalar(select(func.count()).where(Person.name == name))


def test_torben_and_karsten_are_the_attendees_nobody_new(secretary_client):
    torben = make_person(name="Torben G. M. Benneskov", email="torben@example.org")
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Torben", f"{second}-owner": "karsten"})
    fields[f"{second}-co_owners"] = "Søren, Lasse"
    fields[f"{second}-owner_email"] = "kp@example.org"  # typed beside "karsten"
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    owners = {a.owner.name for a in db.session.scalars(select(Action))}
    assert owners == {torben.name, "Karsten Poulsen"}
    co_owners = {p.name for a in db.session.scalars(select(Action)) for p in a.co_owners}
    assert co_owners == {"Søren Schlüter", "Lasse Lyø Rahbek"}
    assert _named("Torben") == _named("Karsten") == _named("Søren") == 0
    karsten = db.session.scalar(select(Person).where(Person.name == "Karsten Poulsen"))
    assert karsten.email == "kp@example.org"


def test_an_ambiguous_or_unknown_owner_is_refused_until_chosen_on_purpose(secretary_client):
    make_person(name="Anna Berg")
    make_person(name="Anna Holm")
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Anna", f"{second}-owner": "Gert Ny"})
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    assert "»Anna« passer på flere: Anna Berg, Anna Holm. Skriv hele navnet." in page
    assert "»Gert Ny« kendes ikke" in page
    assert "Flere passer på »Anna«" in page and "Opret ejeren som ny person" in page
    assert counts() == before
    fields.update({f"{first}-owner": "Anna Holm", f"{second}-owner_new": "y"})
    fields[f"{first}-co_owners"] = "Gert Ny"
    fields[f"{first}-co_owners_new"] = "y"
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    assert _named("Gert Ny") == 1  # created once, on purpose, for both rows
    assert {a.owner.name for a in db.session.scalars(select(Action))} == {"Anna Holm", "Gert Ny"}


def test_the_review_says_whom_a_short_name_means(secretary_client):
    make_person(name="Torben G. M. Benneskov", email="torben@example.org")
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Torben", f"{second}-owner": ""})
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    assert "»Torben« er Torben G. M. Benneskov." in page
    assert "Torben har ingen e-mail" not in page  # he has one: no email field asked for


def test_a_referat_attendee_of_two_karstens_or_a_lone_first_name_is_left_to_choose(
    secretary_client,
):
    from tracker.models import Attendance

    make_person(name="Karsten Holm")
    make_person(name="Karsten Vinding")
    referat = SAMPLE.replace(b"Karsten Poulsen", b"Karsten").replace(b"Ole Vett", b"Olaf")
    response = upload(secretary_client, referat)
    page = response.get_data(as_text=True)
    said = " ".join(page.split())
    assert "»Karsten«: flere passer: Karsten Holm, Karsten Vinding" in said
    assert "»Olaf«: kun et fornavn" in said
    fields = new_forum(review_fields(page))
    for key in [k for k in fields if k.endswith("-accept")]:
        fields.pop(key)  # the meeting alone
    saved = secretary_client.raw.post(save_url(page), data=fields)
    assert saved.status_code == 302
    shown = secretary_client.get(saved.headers["Location"]).get_data(as_text=True)
    flashed = " ".join(
        re.search(r'<div class="flash flash-warning"[^>]*>(.*?)</div>', shown, re.S)[1].split()
    )
    assert flashed.startswith("»Karsten«, »Olaf« er ikke sat på deltagerlisten")
    assert "Vælg »Ret deltagerlisten« under Mødedeltagere" in flashed  # where to choose them
    assert "Ret deltagerlisten</a>" in shown
    assert _named("Karsten") == _named("Olaf") == 0
    assert db.session.scalar(select(func.count()).select_from(Attendance)) == 48


def test_a_first_name_off_the_attendee_list_is_asked_not_taken(secretary_client):
    # A club's "Ole" in a referat went to the municipality's one Ole (a phone walk with real
    # minutes): a first name alone names an attendee; anyone else is asked for by full name.
    make_person(name="Ib Kronborg", email="ib@example.org")
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Ib", f"{second}-owner": "Ib"})
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    assert "»Ib« står ikke på referatets deltagerliste. Er det Ib Kronborg?" in page
    assert "»Ib« står ikke på deltagerlisten. Mener referatet:" in page
    assert counts() == before
    fields.update({f"{first}-owner": "Ib Kronborg", f"{second}-owner_new": "y"})
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    owners = sorted(a.owner.name for a in db.session.scalars(select(Action)))
    assert owners == ["Ib", "Ib Kronborg"]  # the one asked for by name, and a new Ib on purpose
    assert _named("Ib") == 1


@pytest.mark.parametrize(
    ("co_owners", "new", "saved_as"),
    [
        ("Søren, Søren Schlüter", False, "Søren Schlüter"),  # one attendee, two spellings
        ("Lasse Lyø Rahbek, Lasse Lyø Rahbek", False, "Lasse Lyø Rahbek"),  # picked twice
        ("Gert Ny, gert  ny", True, "Gert Ny"),  # made on purpose, named twice
    ],
)
def test_a_co_owner_named_twice_is_saved_once_never_a_500(
    secretary_client, co_owners, new, saved_as
):
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "karsten", f"{second}-owner": "karsten"})
    fields[f"{first}-co_owners"] = co_owners
    if new:
        fields[f"{first}-co_owners_new"] = "y"
    saved = secretary_client.raw.post(gem, data=fields)
    assert saved.status_code == 302, saved.status_code
    action = db.session.scalars(select(Action).order_by(Action.id)).first()
    assert [p.name for p in action.co_owners] == [saved_as]
    assert _named(saved_as) == 1


def test_an_email_typed_beside_one_of_an_owners_rows_is_kept(secretary_client):
    # The review asks for the email beside each of the owner's rows; typed in the first and
    # left empty in the next, it was lost (the later, empty field won) and nobody was told.
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "karsten", f"{second}-owner": "karsten"})
    fields.update({f"{first}-owner_email": "kp@example.org", f"{second}-owner_email": ""})
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    karsten = db.session.scalar(select(Person).where(Person.name == "Karsten Poulsen"))
    assert karsten.email == "kp@example.org"


def test_two_emails_for_one_owner_are_refused_in_danish_and_nothing_saved(secretary_client):
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "karsten", f"{second}-owner": "karsten"})
    fields.update({f"{first}-owner_email": "kp@example.org", f"{second}-owner_email": "k@x.dk"})
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    said = " ".join(page.split())
    assert (
        "Forslag 2, Ejerens e-mail: »karsten« har en anden e-mail i forslag 1. Skriv den samme, "
        "eller lad feltet stå tomt." in said
    )
    assert counts() == before
    fields[f"{second}-owner_email"] = "KP@example.org"  # the same address, other capitals
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    karsten = db.session.scalar(select(Person).where(Person.name == "Karsten Poulsen"))
    assert karsten.email == "kp@example.org"


def test_one_owner_under_two_spellings_with_two_emails_is_refused_in_danish(secretary_client):
    # "karsten" and "Karsten Poulsen" are one person: two addresses for them let the first
    # win silently. Now the summary says so and nothing is saved; one address saves.
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "karsten", f"{second}-owner": "Karsten Poulsen"})
    fields.update({f"{first}-owner_email": "kp@example.org", f"{second}-owner_email": "k@x.dk"})
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    said = " ".join(page.split())
    assert (
        "»Karsten Poulsen« og »karsten« er den samme person, men har fået to forskellige "
        "e-mailadresser." in said
    )
    assert counts() == before
    fields[f"{second}-owner_email"] = ""
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    karsten = db.session.scalar(select(Person).where(Person.name == "Karsten Poulsen"))
    assert karsten.email == "kp@example.org"


@pytest.mark.parametrize("create", [False, True])
def test_an_invisible_co_owner_between_commas_is_no_one_and_no_nameless_person(
    secretary_client, create
):
    # A zero-width space or soft hyphen after a comma, as pasted from a web page: no co-owner.
    # It was "»« kendes ikke" in the summary, and with the tick a person with no name.
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "karsten", f"{second}-owner": "karsten"})
    fields[f"{first}-co_owners"] = "Søren, \u200b, \u00ad\u200d"
    if create:
        fields[f"{first}-co_owners_new"] = "y"
    saved = secretary_client.raw.post(gem, data=fields)
    assert saved.status_code == 302, error_page(secretary_client, saved)[-3000:]
    action = db.session.scalars(select(Action).order_by(Action.id)).first()
    assert [p.name for p in action.co_owners] == ["Søren Schlüter"]
    assert db.session.scalar(select(func.count()).where(Person.name == "")) == 0


@pytest.mark.parametrize("create", [False, True])
def test_two_people_typed_as_the_owner_are_asked_apart_never_made_one_person(
    secretary_client, create
):
    # The owner field takes one person (the co-owners are folded away under »Medejere og
    # enhed«): two names were »kendes ikke … sæt hak for at oprette en ny person«, and with the
    # tick one person named "Karsten Poulsen, Søren Schlüter" got the action.
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Karsten Poulsen, Søren Schlüter", f"{second}-owner": "Ole"})
    if create:
        fields[f"{first}-owner_new"] = "y"
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    said = " ".join(page.split())
    assert "Forslag 1, Ejer: Skriv én person som ejer; de andre skrives under Medejere." in said
    assert "»Karsten Poulsen, Søren Schlüter« kendes ikke" not in said
    assert "Ingen kendt person hedder »Karsten Poulsen, Søren Schlüter«" not in said
    assert counts() == before
    fields.update({f"{first}-owner": "Karsten Poulsen", f"{first}-co_owners": "Søren Schlüter"})
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    action = db.session.scalars(select(Action).order_by(Action.id)).first()
    assert (action.owner.name, [p.name for p in action.co_owners]) == (
        "Karsten Poulsen",
        ["Søren Schlüter"],
    )
    assert db.session.scalar(select(func.count()).where(Person.name.contains(","))) == 0


def test_a_known_person_whose_name_has_a_comma_is_still_an_owner(secretary_client):
    holm = make_person(name="Holm, Anne", email="anne@example.org")  # as a list may spell it
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update({f"{first}-owner": "Holm, Anne", f"{second}-owner": "karsten"})
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    assert holm.id in {a.owner_id for a in db.session.scalars(select(Action))}


@pytest.mark.parametrize(
    "typed", ["-", ".", "Tidligere medarbejder #3", "tidligere  medarbejder #12"]
)
def test_a_name_without_letters_or_an_erased_persons_name_is_never_made_a_person(
    secretary_client, typed
):
    # "Opret ejeren som ny person" ticked for a dash, or for the name an erased person now has
    # (it would pose as that person on every list): asked in Danish, nothing saved.
    review, gem, fields, (first, second) = _review(secretary_client)
    fields.update(
        {f"{first}-owner": typed, f"{first}-owner_new": "y", f"{second}-owner": "karsten"}
    )
    before = counts()
    page = error_page(secretary_client, secretary_client.raw.post(gem, data=fields), review)
    shown = " ".join(typed.split())  # as the form keeps it
    assert f"»{shown}« kan ikke oprettes som en ny person. Skriv personens navn." in page
    assert counts() == before
    fields[f"{first}-owner"] = "Gert Ny"
    assert secretary_client.raw.post(gem, data=fields).status_code == 302
    assert _named("Gert Ny") == 1
