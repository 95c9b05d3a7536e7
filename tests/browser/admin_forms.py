"""Shared steps for browser tests in the Wagtail admin: users, the new-pilot form, actions."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "geheim-wachtwoord-123"
APPROVE = "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
PILOT_FIELDS = {
    "summary": "Een vaste professional per gezin in de buurt.",
    "aim": "Minder wisselingen voor gezinnen.",
    "contact_email": "buurtgezin@example.org",
}


def unique_title(prefix: str) -> str:
    """A page title no other test uses. Digits, not hex: the publish guard reads titles, and
    hex letters can spell a first name ('Buurtgezin 5aad')."""
    return f"{prefix} {uuid.uuid4().int % 10**6}"


def make_user(prefix: str, *groups: str):
    """A new account in the named groups, under a name no other test uses."""
    user = get_user_model().objects.create_user(
        username=f"{prefix}-{uuid.uuid4().hex[:6]}", password=PASSWORD, first_name="Test"
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def fill_new_pilot(page, registry, title: str, status: str = "lopend", **fields: str):
    """Open the admin's new-pilot form under the registry and fill it in as a lead would.

    ``fields`` (by field name) replace or add to PILOT_FIELDS; nothing is saved yet.
    """
    page.goto(f"/admin/pages/add/learning/pilotpage/{registry.pk}/")
    page.locator("#id_title").fill(title)
    for name, value in {**PILOT_FIELDS, **fields}.items():
        page.locator(f"#id_{name}").fill(value)
    page.locator("#id_status").select_option(status)


def run_footer_action(page, selector: str):
    """Click an action in the editor footer; secondary actions sit in a dropdown."""
    button = page.locator(f"footer {selector}").first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def logout(page):
    page.context.clear_cookies()


def submit_new_pilot(page, lead, registry, title: str, **fields: str):
    """The pilot lead logs in, fills in a new pilot and submits it for approval; logs out."""
    from tests.browser.conftest import login

    login(page, lead.username, PASSWORD)
    fill_new_pilot(page, registry, title, **fields)
    run_footer_action(page, "button[name='action-submit']")
    page.wait_for_url("**/admin/**")
    logout(page)


def open_in_editor(page, user, title: str):
    """Log in as ``user`` and open the page editor of the pilot with this title."""
    from learning.models import PilotPage
    from tests.browser.conftest import login

    login(page, user.username, PASSWORD)
    pilot = PilotPage.objects.get(title=title)
    page.goto(f"/admin/pages/{pilot.pk}/edit/")
    return pilot
