"""Real Chromium through Playwright against a live server holding the demo content.

The browser tests run in their own pytest process (see the Makefile) so that the demo
content is loaded once into the test database and never flushed between these tests.
Each test creates what else it needs under names of its own.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs a loop


def chromium_path() -> str | None:
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit
    return next((p for p in CHROMIUM_CANDIDATES if Path(p).exists()), shutil.which("chromium"))


@pytest.fixture(scope="session")
def django_db_modify_db_settings():
    # A file database: the live server thread and the tests see the same SQLite data.
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        db.setdefault("TEST", {})["NAME"] = str(
            Path(settings.BASE_DIR) / f".browser-test-{os.getpid()}.sqlite3"
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker):
    """Replaces pytest-django's helper, which would flush the database after every test.

    Tests and the live server share the database without a wrapping transaction.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not path:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("REQUIRE_BROWSER=1 but Chromium was not found (apt-get install chromium)")
        pytest.skip("Chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, django_db_setup):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def check_accessibility(page) -> list[dict]:
    """Run axe-core on the current page; return serious and critical violations.

    Injected by evaluation (the DevTools protocol), which the page's strict CSP does not
    govern; add_script_tag would add an inline script without the nonce, which it blocks.
    """
    page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate(
        "async () => await axe.run(document, "
        "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def login(page, username: str, password: str):
    """Log in as a person would; accounts with a second factor (the demo editors, pilot lead,
    researcher and coordinator have one, see accounts/demo.py) also type the app's code."""
    page.goto("/account/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    if "/account/code/" in page.url:
        page.get_by_label("Code uit de app").fill(app_code(username))
        page.get_by_role("button", name="Doorgaan").click()
        page.wait_for_load_state()
    elif "/account/tweede-factor/" in page.url:  # a new account that needs one: set it up
        key = page.locator(".otp-key").inner_text()
        page.get_by_label("Code uit de app").fill(code_from_key(key))
        page.get_by_role("button", name="Instellen").click()
        page.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
        page.wait_for_load_state()


def code_from_key(key: str, periods_ahead: int = 0) -> str:
    """What an authenticator app shows for the key on the set-up page (base32, grouped)."""
    import base64

    from django_otp.oath import TOTP

    totp = TOTP(base64.b32decode(key.replace(" ", "")))
    totp.time = totp.time + 30 * periods_ahead
    return f"{totp.token():06d}"


def app_code(username: str) -> str:
    """The code the user's authenticator app shows now, computed from the device key.

    django-otp accepts each code once; tests log the same demo account in several times
    within one 30-second period, so the last used period is forgotten first.
    """
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.factories import current_code

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    return current_code(device)


def sign_in(context, user, base_url: str):
    """Copy a Django test-client session (password and second factor passed) into the browser,
    for tests that are not about the login form."""
    from django.test import Client

    from tests.factories import login_with_second_factor

    client = Client()
    login_with_second_factor(client, user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": base_url, "httpOnly": True}]
    )
