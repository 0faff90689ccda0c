"""Importing people from HR/AD files: CSV and Excel, encodings, separators, bad rows, again."""

from __future__ import annotations

import io

from openpyxl import Workbook
from sqlalchemy import func, select

from tests.factories import make_person
from tracker.extensions import db
from tracker.models import Person, PersonAudit
from tracker.people import importer

DANISH = (
    "Navn;E-mail;Titel;Enhed;Leders e-mail\n"
    "Karina Pedersen;karina@sonderoe.example;Skoleleder;Børn og Unge;morten@sonderoe.example\n"
    "Morten Hoff Grønvald;morten@sonderoe.example;Kommunaldirektør;Direktionen;\n"
    "Søren Ærø;soeren@sonderoe.example;Chef;Teknik og Miljø;morten@sonderoe.example\n"
)


def _count() -> int:
    return db.session.scalar(select(func.count()).select_from(Person))


def _run(data: bytes, name="personer.csv"):
    plan = importer.plan_upload(data, name)
    if not plan.errors:
        importer.apply(plan, None)
        db.session.commit()
    return plan


def test_danish_headers_semicolons_bom_and_managers(db):
    plan = _run(b"\xef\xbb\xbf" + DANISH.encode("utf-8"))
    assert plan.errors == [] and len(plan.new) == 3
    people = {p.name: p for p in db.session.scalars(select(Person))}
    assert people["Karina Pedersen"].manager is people["Morten Hoff Grønvald"]
    assert people["Søren Ærø"].unit == "Teknik og Miljø"
    assert people["Karina Pedersen"].role == "member"
    assert db.session.scalar(select(PersonAudit.kind)) == "import"


def test_windows_1252_and_commas_and_english_headers(db):
    text = 'name,email,title,department,manager email\n"Ærø, Søren",S@X.DK,Chef,Byg,\n'
    plan = _run(text.encode("cp1252"))
    assert plan.errors == []
    person = db.session.scalar(select(Person))
    assert (person.name, person.email, person.unit) == ("Ærø, Søren", "s@x.dk", "Byg")


def test_the_same_file_again_changes_nothing(db):
    _run(DANISH.encode())
    again = importer.plan_upload(DANISH.encode(), "personer.csv")
    assert (len(again.new), len(again.changed), again.unchanged) == (0, 0, 3)


def test_matched_by_email_then_by_name_without_email(db):
    by_email = make_person(name="Gammelt Navn", email="karina@sonderoe.example")
    by_name = make_person(name="morten  hoff grønvald")  # from a referat, no email yet
    plan = _run(DANISH.encode())
    assert {c.person.id for c in plan.changed} == {by_email.id, by_name.id}
    assert len(plan.new) == 1
    assert db.session.get(Person, by_name.id).email == "morten@sonderoe.example"
    assert db.session.get(Person, by_email.id).name == "Karina Pedersen"
    assert db.session.get(Person, by_email.id).manager_id == by_name.id


def test_bad_rows_are_named_with_their_lines_and_nothing_changes(db):
    make_person(name="Findes", email="findes@example.org")
    before = _count()
    bad = (
        "navn;email;enhed\n"
        "A;a@example.org;X\n"
        ";b@example.org;X\n"
        "C;ikke-en-mail;X\n"
        "D;A@example.org;X\n"
        f"E;e@example.org;{'x' * 201}\n"
    )
    plan = _run(bad.encode())
    assert plan.errors == [
        "Linje 3: navnet mangler.",
        "Linje 4: »ikke-en-mail« er ikke en gyldig e-mailadresse.",
        "Linje 5: e-mailadressen a@example.org står også på linje 2.",
        "Linje 6: enhed er længere end 200 tegn.",
    ]
    assert _count() == before


def test_manager_cycles_are_refused_with_every_line_named_as_the_person_form_does(db):
    boss = make_person(name="Bo Chef", email="bo@example.org")
    make_person(name="Ulla Under", email="ulla@example.org", manager=boss)
    before = _count()
    two = "navn;email;leders e-mail\nA;a@example.org;b@example.org\nB;b@example.org;a@example.org\n"
    assert _run(two.encode()).errors == [
        "Linje 2: A er selv leder for B (lederne går i ring).",
        "Linje 3: B er selv leder for A (lederne går i ring).",
    ]
    three = (
        "navn;email;leders e-mail\n"
        "A;a@example.org;b@example.org\n"
        "Ok;ok@example.org;a@example.org\n"
        "B;b@example.org;c@example.org\n"
        "C;c@example.org;a@example.org\n"
    )
    assert [e[:8] for e in _run(three.encode()).errors] == ["Linje 2:", "Linje 4:", "Linje 5:"]
    with_saved = "navn;email;leders e-mail\nBo Chef;bo@example.org;ulla@example.org\n"
    assert _run(with_saved.encode()).errors == [
        "Linje 2: Bo Chef er selv leder for Ulla Under (lederne går i ring)."
    ]
    assert _count() == before and db.session.get(Person, boss.id).manager is None
    turned = (
        "navn;email;leders e-mail\n"
        "Bo Chef;bo@example.org;ulla@example.org\n"
        "Ulla Under;ulla@example.org;ny@example.org\n"
        "Ny Direktør;ny@example.org;\n"
    )
    assert _run(turned.encode()).errors == [], "the chain the file makes, not the saved one"
    assert db.session.get(Person, boss.id).manager.name == "Ulla Under"


def test_web_save_refuses_a_cycle_and_saves_nothing(client, admin):
    client.login(admin)
    content = "linje;navn;email;leders e-mail\n2;A;a@example.org;b@example.org\n"
    content += "3;B;b@example.org;a@example.org\n"
    refused = client.post(
        "/admin/personer/import/gem",
        {"content": content, "filename": "personer.csv"},
        token_from="/admin/personer/import",
    )
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "Linje 3: B er selv leder for A" in page
    assert _count() == 1


def test_a_missing_column_and_unreadable_files(db):
    missing = importer.plan_upload(b"navn;titel\nA;B\n", "x.csv")
    assert missing.errors == ["Linje 1: kolonnen »e-mail« mangler (overskrifter: navn, titel)."]
    assert importer.plan_upload(b"", "x.csv").errors == ["Filen er tom."]
    assert importer.plan_upload(b"PK\x03\x04broken", "x.xlsx").errors == [
        "Excel-filen kan ikke læses. Gem den igen som .xlsx."
    ]
    assert importer.plan_upload(b"navn;email\n", "x.csv").errors == [
        "Filen har ingen rækker under overskrifterne."
    ]


def test_excel_file(db):
    book = Workbook()
    sheet = book.active
    sheet.append(["Navn", "Mail", "Stilling", "Afdeling", "Nærmeste leders e-mail"])
    sheet.append(["Charlotte Veilskov", "charlotte@sonderoe.example", "Chef", "HR", None])
    sheet.append([None, None, None, None, None])
    out = io.BytesIO()
    book.save(out)
    plan = _run(out.getvalue(), "ad.xlsx")
    assert plan.errors == [] and len(plan.new) == 1
    assert db.session.scalar(select(Person.title)) == "Chef"


def test_an_excel_file_too_big_unpacked_is_refused_before_it_is_read(app):
    book = Workbook()
    book.active.append(["Navn", "Mail"])
    out = io.BytesIO()
    book.save(out)
    app.config["IMPORT_MAX_UNPACKED_BYTES"] = 1000
    plan = importer.plan_upload(out.getvalue(), "ad.xlsx")
    assert plan.errors == ["Excel-filen fylder for meget udpakket."]


def test_five_thousand_rows_checked_in_one_statement_and_saved_in_one_per_person(db, query_counter):
    """Checked against everyone known in one read, however long the file (its speed is
    bench material, not a timed assertion); saved without a look-up per row."""
    lines = ["navn;email;titel;enhed;leders e-mail"]
    for n in range(5000):
        lines.append(
            f"Leder {n};leder{n}@example.org;Chef;Enhed {n % 40};leder{n // 10}@example.org"
        )
    data = "\n".join(lines).encode()
    with query_counter() as checking:
        plan = importer.plan_upload(data, "x.csv")
    assert plan.errors == [] and len(plan.new) == 5000
    assert len(checking) == 1, checking
    with query_counter() as saving:
        importer.apply(plan, None)
        db.session.commit()
    assert len(saving) <= 5000 + 10, f"{len(saving)} statements for 5,000 people"
    with query_counter() as again_checking:
        again = importer.plan_upload(data, "x.csv")
    assert again.unchanged == 5000 and not again.new and not again.changed
    assert len(again_checking) == 1, again_checking
    boss = db.session.scalar(select(Person).where(Person.email == "leder7@example.org"))
    assert boss.manager.email == "leder0@example.org"


def test_web_preview_then_save(client, admin):
    client.login(admin)
    preview = client.post(
        "/admin/personer/import",
        {"file": (io.BytesIO(DANISH.encode()), "personer.csv")},
        content_type="multipart/form-data",
    )
    page = preview.get_data(as_text=True)
    assert preview.status_code == 200 and "3 nye" in page
    assert _count() == 1, "the preview saves nothing"
    import re

    content = re.search(r'name="content" type="hidden" value="([^"]*)"', page)
    assert content, page
    from html import unescape

    saved = client.post(
        "/admin/personer/import/gem",
        {"content": unescape(content.group(1)), "filename": "personer.csv"},
        token_from="/admin/personer/import",
    )
    assert saved.status_code == 302
    assert _count() == 4
    refused = client.post(
        "/admin/personer/import",
        {"file": (io.BytesIO(b"navn;titel\nA;B\n"), "x.csv")},
        content_type="multipart/form-data",
    )
    assert refused.status_code == 400 and "kolonnen »e-mail« mangler" in refused.get_data(
        as_text=True
    )


def test_cli_import_and_dry_run(app, tmp_path):
    path = tmp_path / "personer.csv"
    path.write_bytes(DANISH.encode("cp1252"))
    runner = app.test_cli_runner()
    dry = runner.invoke(args=["people", "import", str(path), "--dry-run"])
    assert dry.exit_code == 0 and "3 nye" in dry.output and "Intet er gemt" in dry.output
    assert _count() == 0
    done = runner.invoke(args=["people", "import", str(path)])
    assert done.exit_code == 0 and _count() == 3
    again = runner.invoke(args=["people", "import", str(path)])
    assert "0 nye, 0 ændrede, 3 uændrede" in again.output
    bad = tmp_path / "bad.csv"
    bad.write_text("navn;email\nA;nej\n")
    refused = runner.invoke(args=["people", "import", str(bad)])
    assert refused.exit_code == 2 and "Linje 2: »nej« er ikke en gyldig e-mailadresse." in (
        refused.output
    )
