"""What the import is not sure of about the meeting is said, never silent (issue 25): a
meeting date read from the body is shown on the review page and in ``--json``; a referat with
no date of its own is
never refused and never guessed: the review asks for the date, naming the dates it did find."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from tests.importing.test_import import review_fields, save_url, upload
from tracker.extensions import db
from tracker.models import Action, Meeting

# The date only in the body ("dagsorden for … den …"), a council's web page in shape.
BODY_DATED = (
    "Referat\n\nØkonomiudvalget\n\n• 12. Dagsorden - godkendelse\n\nResume\n\nGodkendelse af "
    "dagsorden for "
    "Økonomiudvalget den 19. januar 2026.\n\nBeslutning\n\nIkke til stede: Lars Møller (V)\n\n"
    "Godkendt.\n"
).encode()
NO_DATE = (
    "Referat\n\nBestyrelsen\n\n1. Godkendelse af referat fra mødet den 12. maj 2026\n\n"
    "Godkendt.\n\nNæste møde: 9. juni 2026\n\n2. Hjemmesiden\n\nIda Holm opdaterer "
    "hjemmesiden inden 14 dage.\n"
).encode()


def test_the_review_page_shows_where_the_date_came_from(secretary_client):
    page = upload(secretary_client, BODY_DATED).get_data(as_text=True)
    assert "Referatets hoved har ingen mødedato" in page
    assert "Godkendelse af dagsorden for Økonomiudvalget den 19. januar 2026" in page
    assert 'class="flash flash-warning"' in page


def test_the_review_page_shows_the_warning_in_english(secretary_client):
    secretary_client.post("/indstillinger", {"language": "en", "submit": "1"})
    page = upload(secretary_client, BODY_DATED).get_data(as_text=True)
    assert "The minutes&#39; head has no meeting date" in page or (
        "The minutes' head has no meeting date" in page
    )


def test_json_and_the_summary_carry_the_warning(app, tmp_path):
    path = tmp_path / "referat.txt"
    path.write_bytes(BODY_DATED)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["minutes", "import", str(path), "--dry-run", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meeting"]["date"] == "2026-01-19"
    (warning,) = [w["message"] for w in data["warnings"] if w["code"] == "date_from_body"]
    assert "ingen mødedato" in warning and "19. januar 2026" in warning
    assert [(a["name"], a["present"]) for a in data["attendees"]] == [("Lars Møller", False)]
    summary = runner.invoke(args=["minutes", "import", str(path), "--dry-run"])
    assert "Advarsel: Referatets hoved har ingen mødedato" in summary.stdout


def test_no_date_of_its_own_is_asked_for_naming_the_dates_found(secretary_client):
    page = upload(secretary_client, NO_DATE, forum="Bestyrelsen").get_data(as_text=True)
    assert "nævner ingen mødedato" in page and "12. maj 2026" in page  # the review, asking
    assert 'name="date" type="text" value=""' in page or re.search(
        r'<input[^>]*name="date"[^>]*value=""', page
    ), "no date guessed into the field"
    assert "opdaterer hjemmesiden" in page  # the proposals are there to review meanwhile
    # the forum "Bestyrelsen" and the person Ida Holm are made on saving
    fields = review_fields(page) | {
        "forum": "ny",
        "drafts-0-accept": "y",  # Ida Holm is nobody known yet: ticked on purpose
        "drafts-0-owner_new": "y",
    }
    refused = secretary_client.post(save_url(page), fields)
    assert refused.status_code == 303  # back to the review: the date is missing
    assert "Skriv mødets dato" in secretary_client.get(refused.headers["Location"]).text
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 0
    saved = secretary_client.post(save_url(page), fields | {"date": "19-05-2026"})
    assert saved.status_code in (302, 303) and "/import/" not in saved.headers["Location"]
    meeting = db.session.scalar(select(Meeting))
    assert meeting.date.isoformat() == "2026-05-19"
    (action,) = db.session.scalars(select(Action)).all()
    # "inden 14 dage" counts from the date typed, not from the day of the upload
    assert action.due_end.isoformat() == "2026-06-02"


def test_no_date_of_its_own_for_a_forum_that_has_meetings_is_asked_for_too(secretary_client):
    # The forum's second referat without a date of its own: the upload compared it with the
    # forum's meetings by a date it does not have, and answered 500.
    from datetime import date

    from tests.factories import make_forum, make_meeting
    from tracker.rules import meeting_title

    forum, day = make_forum("Bestyrelsen"), date(2026, 5, 19)
    make_meeting(forum, day=day, title=meeting_title(forum.name, day), status="held")
    response = upload(secretary_client, NO_DATE, forum="Bestyrelsen")
    assert response.status_code == 200, response.status_code
    page = response.get_data(as_text=True)
    assert "nævner ingen mødedato" in page and "Allerede gemt fra samme dag" not in page
    fields = review_fields(page) | {"drafts-0-accept": "y", "drafts-0-owner_new": "y"}
    assert fields["forum"] == str(forum.id)
    before = db.session.scalar(select(func.count()).select_from(Meeting))
    same_day = secretary_client.post(save_url(page), fields | {"date": "19-05-2026"})
    assert same_day.status_code == 303
    assert "allerede importeret" in secretary_client.get(same_day.headers["Location"]).text
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == before
    saved = secretary_client.post(save_url(page), fields | {"date": "26-05-2026"})
    assert saved.status_code == 302 and "/import/" not in saved.headers["Location"]
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == before + 1


def test_the_command_asks_for_the_date_and_takes_it_with_date(app, tmp_path):
    path = tmp_path / "referat.txt"
    path.write_bytes(NO_DATE)
    runner = app.test_cli_runner()
    shown = runner.invoke(args=["minutes", "import", str(path), "--dry-run", "--json"])
    data = json.loads(shown.stdout)
    assert data["meeting"]["date"] is None
    (asked,) = [w["message"] for w in data["warnings"] if w["code"] == "no_date"]
    assert "Godkendelse af referat fra mødet den 12. maj 2026" in asked and "--date" in asked
    assert [d["due_end"] for d in data["draft_actions"]] == [None]  # words wait for the date
    result = runner.invoke(args=["minutes", "import", str(path)])
    assert result.exit_code == 2 and "--date" in result.stderr
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 0
    wrong = runner.invoke(args=["minutes", "import", str(path), "--date", "i går"])
    assert wrong.exit_code == 2 and "dd-mm-åååå" in wrong.stderr
    saved = runner.invoke(args=["minutes", "import", str(path), "--date", "19-05-2026"])
    assert saved.exit_code == 0, saved.stderr
    assert db.session.scalar(select(Meeting.date)).isoformat() == "2026-05-19"


def test_a_meeting_date_after_today_is_warned_of(app, tmp_path):
    # "25.08.27" meant 27 August 2025 to its writer; read day.month.year it is in 2027
    path = tmp_path / "referat.txt"
    path.write_text(
        "30.12.45 - Referat af bestyrelsesmøde\n\nSted: Klubhuset\n\n1. Budget\n\nGodkendt.\n",
        encoding="utf-8",
    )
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json"]
    )
    data = json.loads(result.stdout)
    assert data["meeting"]["date"] == "2045-12-30"
    assert any("ligger efter i dag" in w["message"] for w in data["warnings"])


NO_FORUM = "Referat 25. maj 2026\n\nMødet den 25. maj kl. 18.30\n\n1. Budget\n\nGodkendt.\n"


def test_a_missing_forum_is_asked_for_until_one_is_typed(secretary_client, app, tmp_path):
    asked = upload(secretary_client, NO_FORUM.encode())
    page = asked.get_data(as_text=True)
    assert asked.status_code == 200  # the review, which asks for the forum itself
    assert "nævner ikke, hvilket forum" in page and "Vælg forummet i feltet »Forum«" in page
    chooser = re.search(r'<select[^>]*name="forum".*?</select>', page, re.S).group(0)
    chosen = [o for o in re.findall(r"<option[^>]*>", chooser) if "selected" in o]
    assert all('value=""' in o for o in chosen), "no forum chosen for the secretary"
    refused = secretary_client.post(save_url(page), review_fields(page))
    assert refused.status_code == 303  # no forum chosen: refused, nothing saved
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 0
    typed = upload(secretary_client, NO_FORUM.encode(), forum="Skolebestyrelsen")
    assert "nævner ikke, hvilket forum" not in typed.get_data(as_text=True)
    path = tmp_path / "referat.txt"
    path.write_text(NO_FORUM, encoding="utf-8")
    runner = app.test_cli_runner()
    bare = runner.invoke(args=["minutes", "import", str(path), "--dry-run"])
    assert "Advarsel: Referatet nævner ikke, hvilket forum" in bare.stdout
    named = runner.invoke(
        args=["minutes", "import", str(path), "--dry-run", "--forum", "Bestyrelsen"]
    )
    assert "nævner ikke, hvilket forum" not in named.stdout
    named_json = runner.invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json", "--forum", "Bestyrelsen"]
    )
    assert "no_forum" not in [w["code"] for w in json.loads(named_json.stdout)["warnings"]]
    refused = runner.invoke(args=["minutes", "import", str(path)])
    assert refused.exit_code == 2 and "--forum" in refused.stderr
    assert db.session.scalar(select(func.count()).select_from(Meeting)) == 0
    saved = runner.invoke(args=["minutes", "import", str(path), "--forum", "Bestyrelsen"])
    assert saved.exit_code == 0, saved.stderr
    assert db.session.scalar(select(Meeting.title)) == "Bestyrelsen 25. maj 2026"


NEITHER = "Referat\n\n1. Budget\n\nGodkendt.\n"


def test_the_review_names_no_command_line_options_and_the_command_still_does(
    secretary_client, app, tmp_path
):
    """The web page asks for the forum and the date in its own fields; only the command's
    output names its options (--forum, --date)."""
    page = upload(secretary_client, NEITHER.encode()).get_data(as_text=True)
    assert "nævner ikke, hvilket forum" in page and "nævner ingen mødedato" in page
    assert "kommandolinjen" not in page
    assert "--forum" not in page and "--date" not in page
    path = tmp_path / "referat.txt"
    path.write_text(NEITHER, encoding="utf-8")
    runner = app.test_cli_runner()
    shown = runner.invoke(args=["minutes", "import", str(path), "--dry-run"]).stdout
    assert "»Forum«. På kommandolinjen: --forum." in shown
    assert "»Mødedato«. På kommandolinjen: --date." in shown
    data = json.loads(
        runner.invoke(args=["minutes", "import", str(path), "--dry-run", "--json"]).stdout
    )
    assert any("--forum" in w["message"] for w in data["warnings"])


LATE = (
    "Referat\n\nBestyrelsen\n\nMødedato: 3. marts 2017\n\n1. Hjemmesiden\n\nIda Holm opdaterer "
    "hjemmesiden inden 1. maj 2017.\n\n2. Festen\n\nBo Berg bestiller lokalet inden 1. juni 2017.\n"
)


def test_an_old_referat_whose_deadlines_have_passed_says_so(secretary_client, app, tmp_path):
    # Imported years late, its actions would be overdue at once and their owners reminded
    # (a phone walk saw "3293 dage over fristen" with no word of it in the review).
    page = upload(secretary_client, LATE.encode(), forum="Bestyrelsen").get_data(as_text=True)
    assert "2 af de foreslåede handlingers frister er allerede overskredet" in page
    assert "frist 1. maj 2017" in page
    path = tmp_path / "referat.txt"
    path.write_text(LATE, encoding="utf-8")
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json", "--forum", "Bestyrelsen"]
    )
    codes = [w["code"] for w in json.loads(result.stdout)["warnings"]]
    assert "deadlines_passed" in codes
    fresh = LATE.replace("2017", "2099")  # deadlines ahead: no such warning
    assert "allerede overskredet" not in upload(
        secretary_client, fresh.encode(), forum="Bestyrelsen"
    ).get_data(as_text=True)
