"""Real-browser fixtures: the app on a real HTTP server on 127.0.0.1, and Debian's Chromium.

The server runs in a background thread of the test process on its own SQLite file with the demo
loaded (the scheduler is never started). Chromium is driven by Playwright, headless, and may only
reach 127.0.0.1: the browser's resolver maps every other host to nothing, and each context aborts
and records any request to another host.

Without /usr/bin/chromium (or Playwright, or axe-core for the accessibility checks) the tests
skip with the reason, unless the environment variable CI is set: then they fail, so CI can never
skip them silently. `make browser-deps` (part of `make test`) installs all of it.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DEMO_PASSWORD = "lederforum2025"
TORBEN = "torben@sonderoe.example"
SARA = "sekretariat@sonderoe.example"

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    # Containers often have a tiny /dev/shm; use /tmp instead of crashing the renderer.
    "--disable-dev-shm-usage",
    # Only loopback resolves: nothing else can be contacted, whatever a page or Chromium asks.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def missing(reason: str) -> None:
    """Skip with the reason on a developer's machine; fail in CI (CI is set)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (CI is set, so the browser tests may not be skipped)", pytrace=False)
    pytest.skip(f"{reason}; run `make browser-deps` (as root) to install it")


# --- the app on a real HTTP server -------------------------------------------------------------


class ErrorRecorder:
    """WSGI middleware that remembers every 5xx answer, so a test can fail on server errors."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app
        self.errors: list[str] = []

    def __call__(self, environ, start_response):
        where = f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO')}"

        def recording(status, headers, exc_info=None):
            if status.startswith("5"):
                self.errors.append(f"{where} -> {status}")
            return start_response(status, headers, exc_info)

        try:
            return self.wsgi_app(environ, recording)
        except Exception as error:
            self.errors.append(f"{where} -> {error!r}")
            raise


@dataclass
class LiveServer:
    app: object
    url: str
    port: int
    recorder: ErrorRecorder
    states: dict[str, dict] = field(default_factory=dict)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    """The app with the demo loaded, served over HTTP on 127.0.0.1 on a free port."""
    from werkzeug.serving import make_server

    from tracker import create_app
    from tracker.demo.services import load_demo
    from tracker.extensions import db

    folder = tmp_path_factory.mktemp("browser-app")
    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_DIR": str(folder),
            "SECRET_KEY": "browser-test-secret-key-that-is-long-enough-0123456789",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'browser.db'}",
            "SCHEDULER_ENABLED": False,
            "MAIL_SERVER": "",
        }
    )
    recorder = ErrorRecorder(app.wsgi_app)
    app.wsgi_app = recorder
    server = make_server("127.0.0.1", 0, app, threaded=True)
    port = server.socket.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    app.config["TRACKER_BASE_URL"] = url
    with app.app_context():
        db.create_all()
        load_demo(meeting_date=None)  # the minutes' own dates (26 February 2025)
        db.session.commit()
        db.session.remove()
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=url, port=port, recorder=recorder)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(autouse=True)
def no_server_errors(live_server):
    """Fail a test during which the server answered 5xx or raised."""
    before = len(live_server.recorder.errors)
    yield
    errors = live_server.recorder.errors[before:]
    assert not errors, "server errors during the test:\n" + "\n".join(errors)


# --- Chromium -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, for the whole session."""
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the Python package playwright is not installed (the test extra)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_context(browser, live_server) -> Iterator[Callable]:
    """Make fresh browser contexts (closed after the test) that reach only 127.0.0.1."""
    contexts = []
    blocked: list[str] = []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("blockedbyclient")

    def make(viewport=DESKTOP, storage_state=None, **kwargs):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=viewport,
            locale="da-DK",
            timezone_id="Europe/Copenhagen",
            storage_state=storage_state,
            service_workers="block",
            **kwargs,
        )
        context.set_default_timeout(10_000)
        context.route("**/*", guard)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert not blocked, f"requests beyond 127.0.0.1 were attempted: {blocked}"


@pytest.fixture
def page(new_context):
    """A page in a fresh context at desktop width, not logged in."""
    return new_context().new_page()


def log_in(page, email: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the form, as a person would."""
    page.goto("/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill(password)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(re.compile(r"/mine$"))


@pytest.fixture
def logged_in(new_context, live_server):
    """``logged_in(email, viewport=...)``: a page in a fresh context of that person, logged in.

    Each person logs in through the form once per session; later contexts start from the cookies
    of that login.
    """

    def make(email: str, viewport=DESKTOP, **kwargs):
        if email not in live_server.states:
            context = new_context()
            first = context.new_page()
            log_in(first, email)
            live_server.states[email] = context.storage_state()
            context.close()
        context = new_context(viewport=viewport, storage_state=live_server.states[email], **kwargs)
        return context.new_page()

    return make


# --- screenshots -------------------------------------------------------------------------------


@pytest.fixture
def shoot(request):
    """``shoot(page, step)``: full-page screenshots at desktop and phone width.

    Saved as test-artifacts/screenshots/<journey>-<nn>-<step>-<desktop|phone>.png, where the
    journey is the test's name; the page is left at the width it had.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    journey = request.node.name.removeprefix("test_").replace("[", "-").rstrip("]")
    counter = iter(range(1, 100))

    def take(page, step: str) -> list[Path]:
        number = next(counter)
        original = page.viewport_size
        paths = []
        for name, size in VIEWPORTS.items():
            page.set_viewport_size(size)
            path = SCREENSHOTS / f"{journey}-{number:02d}-{step}-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            paths.append(path)
        if original:
            page.set_viewport_size(original)
        return paths

    return take


# --- axe-core ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_path() -> Path:
    if not AXE.exists():
        missing(f"{AXE.relative_to(ROOT)} is not installed (npm ci)")
    return AXE


def people_named(live_server, name: str) -> int:
    """How many people of exactly that name the live server's database holds."""
    from sqlalchemy import func, select

    from tracker.extensions import db
    from tracker.models import Person

    with live_server.app.app_context():
        found = db.session.scalar(select(func.count()).where(Person.name == name))
        db.session.remove()
    return found


# --- keyboard ------------------------------------------------------------------------------------


def focused(page) -> dict:
    """What has the keyboard focus: tag, type, name, id, text (or value), href, checked."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), type: el.getAttribute('type') || '',
                    name: el.getAttribute('name') || '', id: el.id || '',
                    text: (el.innerText || el.value || '').trim(), href: el.getAttribute('href'),
                    checked: el.checked === true};
        }"""
    )


def tab_to(page, want: Callable, what: str = "the wanted element", limit: int = 60) -> dict:
    """Press Tab until the focused element is the one wanted; fail after ``limit`` presses."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if want(now):
            return now
        seen.append({key: value for key, value in now.items() if value})
    raise AssertionError(
        f"{what} was not reached by Tab in {limit} presses; focus went through {seen}"
    )


def unfold(draft) -> None:
    """Open a review proposal's folded "Medejere og enhed" as a user would (a click), if closed."""
    fold = draft.locator("details.more-fields")
    if not fold.evaluate("d => d.open"):
        fold.locator("summary").click()
