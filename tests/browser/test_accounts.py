"""Logging in as a person sees it: the lockout, setting up a second factor, a rate limit."""

import re
import uuid

import pytest
from axes.utils import reset as reset_lockouts
from playwright.sync_api import expect

from tests.browser.conftest import check_accessibility, code_from_key, login

pytestmark = pytest.mark.browser

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def fresh_lockouts():
    """The failures here come from 127.0.0.1, the address of every browser test."""
    reset_lockouts()
    yield
    reset_lockouts()


def new_user(**extra):
    from tests.factories import UserFactory

    return UserFactory(username=f"b-{uuid.uuid4().hex[:8]}", **extra)


def type_password(page, username, password):
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_five_wrong_passwords_lock_the_login_and_say_until_when(page, fresh_lockouts):
    user = new_user()
    page.goto("/account/login/")
    for _ in range(4):
        type_password(page, user.username, "fout")
        expect(page.get_by_role("alert")).to_contain_text("gebruikersnaam")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        type_password(page, user.username, "fout")
    assert answer.value.status == 429
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen is tijdelijk geblokkeerd")
    expect(page.get_by_role("alert")).to_contain_text(re.compile(r"opnieuw na \d\d:\d\d uur"))
    assert check_accessibility(page) == []
    page.goto("/account/login/")
    type_password(page, user.username, PASSWORD)  # the right password, still locked
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen is tijdelijk geblokkeerd")


def test_editor_sets_up_the_second_factor_and_logs_in_with_a_code(page, fresh_lockouts):
    from django.contrib.auth.models import Group

    user = new_user()
    user.groups.add(*Group.objects.filter(name="Editors"))
    page.goto("/admin/")
    type_password(page, user.username, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweede factor instellen")
    expect(page.locator(".qr-code svg")).to_be_visible()
    assert check_accessibility(page) == []
    key = page.locator(".otp-key").inner_text()
    page.get_by_label("Code uit de app").fill("000000" if code_from_key(key) != "000000" else "1")
    page.get_by_role("button", name="Instellen").click()
    expect(page.get_by_role("alert")).to_contain_text("Deze code klopt niet")
    # django-otp refuses every code for 1 s after a wrong one (then 2 s, 4 s, ...): a person
    # retyping takes longer than that, a test must wait for it.
    page.wait_for_timeout(1500)
    page.get_by_label("Code uit de app").fill(code_from_key(key))
    page.get_by_role("button", name="Instellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw herstelcodes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
    assert page.url.endswith("/admin/")

    page.context.clear_cookies()
    page.goto("/admin/")
    type_password(page, user.username, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Code invoeren")
    assert check_accessibility(page) == []
    # The set-up used this period's code, which works once; the app's next code is valid too.
    page.get_by_label("Code uit de app").fill(code_from_key(key, periods_ahead=1))
    page.get_by_role("button", name="Doorgaan").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_too_many_login_attempts_answer_429(page, settings, fresh_lockouts):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": "2/m"}
    page.goto("/account/login/")
    for _ in range(2):
        type_password(page, "iemand", "fout")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        type_password(page, "iemand", "fout")
    assert answer.value.status == 429
    assert int(answer.value.headers["retry-after"]) >= 1
    expect(page.get_by_role("heading", level=1)).to_have_text("Te veel verzoeken")
    expect(page.get_by_role("alert")).to_contain_text("seconden opnieuw proberen")


def test_demo_coordinator_logs_in_with_the_demo_second_factor(page):
    login(page, "coordinator", "demo-coordinator")
    page.goto("/reflecties/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/account/" not in page.url
