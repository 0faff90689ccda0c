"""From Monday's email to "Forsinket, ny frist ultimo marts" at phone width, without logging in:
the page shows what the words mean before the save; Back after it says what was reported. The
status overview shows it. Links in the email log nobody in."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import PHONE, SARA, TORBEN, log_in

pytestmark = pytest.mark.browser

TORBEN_NAME = "Torben G. M. Benneskov"


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


def monday_digest(live_server):
    """Torben's digest of week 10, received by a real SMTP server."""
    from tests.conftest import ALLOWED_SMTP_PORTS
    from tests.smtp import SMTPServer
    from tracker.scheduler.jobs import sweep

    app = live_server.app
    monday = datetime(2025, 3, 3, 7, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    saved = {key: app.config[key] for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_TIMEOUT")}
    with SMTPServer() as smtp:
        ALLOWED_SMTP_PORTS.add(smtp.port)
        app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp.port, MAIL_TIMEOUT=5.0)
        try:
            with app.app_context():
                sweep("weekly", monday)
        finally:
            app.config.update(saved)
            ALLOWED_SMTP_PORTS.discard(smtp.port)
        received = smtp.handler.to(TORBEN)
    digests = [m.message for m in received if m.message["Subject"].startswith("Dine handlinger")]
    assert len(digests) == 1, [(m.recipients, m.message["Subject"]) for m in received]
    return digests[0]


def email_fits_a_phone(page, html: str) -> None:
    """The digest's HTML at 390 px: a viewport tag, no sideways scrolling, buttons a thumb hits
    (44 px or more), and room between "Forsinket" and "Udført" next to it."""
    page.set_content(html)
    assert (
        page.locator('meta[name="viewport"]')
        .get_attribute("content")
        .startswith("width=device-width")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    first = page.locator("li").filter(has=page.get_by_role("link", name="Forsinket")).first
    boxes = {
        name: first.get_by_role("link", name=name, exact=True).bounding_box()
        for name in ("Går efter planen", "Forsinket", "Udført", "Skriv en note")
    }
    assert all(box["height"] >= 44 for box in boxes.values()), boxes
    delayed, done = boxes["Forsinket"], boxes["Udført"]
    apart = max(
        done["x"] - (delayed["x"] + delayed["width"]),
        done["y"] - (delayed["y"] + delayed["height"]),
    )
    assert apart >= 8, boxes


def test_check_in_from_the_email_at_phone_width(live_server, new_context, shoot, axe_path):
    from tests.browser.test_accessibility import assert_accessible

    message = monday_digest(live_server)
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("Hej Torben,") and "/l/" not in text + html
    base = re.escape(live_server.url)
    # The first action's buttons: its title link, then "Går efter planen", "Forsinket", ...
    first = re.search(rf'<a href="{base}/handlinger/(\d+)">([^<]+)</a>', html)
    action_id, title = first[1], htmllib.unescape(first[2])
    delayed = re.search(rf'<a href="({base}/e/[^"]+)"[^>]*>Forsinket</a>', html[first.end() :])
    link = htmllib.unescape(delayed[1])

    phone = new_context(viewport=PHONE, bypass_csp=True).new_page()  # to inject axe-core
    email_fits_a_phone(phone, html)
    shoot(phone, "email")
    phone.goto(link)  # click 1: "Forsinket" in the email
    expect(phone.get_by_role("heading", level=1)).to_have_text("Forsinket")
    expect(phone.get_by_role("heading", level=2)).to_have_text(title)
    expect(phone.locator("header.site")).not_to_contain_text(TORBEN_NAME)
    shoot(phone, "delayed")
    assert_accessible(phone, axe_path)  # WCAG 2.1 AA at phone width
    phone.get_by_label("Ny frist").fill("ultimo marts")
    phone.get_by_role("button", name="Gem").click()  # click 2: what the words mean, not saved
    preview = phone.locator("#deadline-preview")
    expect(preview).to_contain_text(
        re.compile(r"Fristen betyder: ultimo marts \d{4} \(21\.–31\. marts \d{4}\)")
    )
    expect(preview).to_contain_text("Tryk Gem for at flytte fristen")
    expect(phone.get_by_label("Ny frist")).to_have_value("ultimo marts")
    box = preview.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(phone, "delayed-preview")
    assert_accessible(phone, axe_path)
    phone.get_by_role("button", name="Gem").click()  # click 3: saved
    expect(phone.get_by_role("heading", level=1)).to_have_text("Tak for din status")
    expect(phone.locator("main")).to_contain_text("ultimo marts")
    expect(phone.locator("main")).to_contain_text("via e-mail")
    shoot(phone, "thanks")
    assert_accessible(phone, axe_path)

    phone.go_back()  # Back after saving: what was reported, not a red refusal
    expect(phone.get_by_role("heading", level=1)).to_have_text("Du har allerede meldt status")
    expect(phone.get_by_role("status")).to_contain_text(
        "Du har allerede meldt status (Forsinket, kl."
    )
    expect(phone.get_by_role("alert")).to_have_count(0)
    assert_accessible(phone, axe_path)
    phone.goto(link)  # the same link again: spent, and says so
    expect(phone.get_by_role("status")).to_contain_text("(Forsinket, kl.")
    phone.goto(f"{live_server.url}/mine")  # and nobody is logged in
    expect(phone).to_have_url(re.compile(r"/login"))
    tampered = link[:-3] + ("abc" if not link.endswith("abc") else "xyz")
    phone.goto(tampered)
    expect(phone.get_by_role("alert")).to_contain_text("Linket er ugyldigt")

    # The text part's one link per action asks which, and is as accessible.
    any_link = re.findall(rf"Meld status: ({base}/e/\S+)", text)[-1]
    phone.goto(any_link)
    expect(phone.get_by_role("heading", level=1)).to_have_text("Meld status")
    expect(phone.get_by_role("group", name="Hvordan går det?")).to_be_visible()
    assert_accessible(phone, axe_path)
    shoot(phone, "choose")

    secretary = new_context().new_page()
    log_in(secretary, SARA)
    secretary.goto(f"{live_server.url}/handlinger/{action_id}")
    expect(secretary.locator("main")).to_contain_text("ultimo marts")
    expect(secretary.locator("main")).to_contain_text("via e-mail")
    secretary.goto(f"{live_server.url}/fora/lederforum/status")
    expect(secretary.locator("main")).to_contain_text("Forsinket. Ny frist: ultimo marts")
    shoot(secretary, "status-overview")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_status_round_settings_and_start_page_are_accessible(
    viewport, logged_in, live_server, axe_path, shoot
):
    from tests.browser.conftest import VIEWPORTS
    from tests.browser.test_accessibility import assert_accessible

    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)
    for path, title in (
        ("/fora/lederforum/statusrunde", "Statusrunde"),
        ("/indstillinger", "Indstillinger"),
        ("/mine", "Mine handlinger"),
    ):
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        assert_accessible(page, axe_path)
    admin = logged_in("morten@sonderoe.example", viewport=VIEWPORTS[viewport], bypass_csp=True)
    admin.goto(live_server.url + "/fora/lederforum/eskalering")
    expect(admin.get_by_role("heading", level=1)).to_have_text("Eskalering")
    assert_accessible(admin, axe_path)
    shoot(admin, "escalation-settings")
