"""A pilot lead registers a pilot, an editor approves it, the lead amends it with a reason,
and the public version history shows 1.0 and 1.1. Everything goes through the Wagtail admin."""

import pytest
from playwright.sync_api import expect

from learning.models import PilotRegistryPage
from tests.browser.admin_forms import (
    APPROVE,
    PASSWORD,
    logout,
    make_user,
    open_in_editor,
    run_footer_action,
    submit_new_pilot,
    unique_title,
)
from tests.browser.conftest import check_accessibility, login

pytestmark = pytest.mark.browser


def test_register_approve_amend_and_public_history(page):
    lead = make_user("pilotleider", "Pilotleiders")
    editor = make_user("redacteur", "Editors", "Moderators")
    registry = PilotRegistryPage.objects.get()
    title = unique_title("Buurtgezin")

    # 1. The pilot lead registers a pilot and submits it for approval.
    submit_new_pilot(page, lead, registry, title)

    # 2. The editor approves it from the page editor.
    pilot = open_in_editor(page, editor, title)
    run_footer_action(page, APPROVE)
    expect(page.locator(".messages, [role='status']").first).to_be_visible()
    pilot.refresh_from_db()
    assert pilot.live and pilot.registry_id.startswith("TSK-")
    logout(page)

    # 3. The lead amends it; without a reason the editor refuses, with a reason it is submitted.
    login(page, lead.username, PASSWORD)
    page.goto(f"/admin/pages/{pilot.pk}/edit/")
    page.locator("#id_aim").fill("Minder wisselingen en snellere hulp voor gezinnen.")
    run_footer_action(page, "button[name='action-submit']")
    expect(page.get_by_text("Schrijf op waarom u iets verandert").first).to_be_visible()
    page.locator("#id_change_reason").fill("Doel aangevuld na het eerste overleg met de regio.")
    page.locator("#id_change_classification").select_option("klein")
    run_footer_action(page, "button[name='action-submit']")
    page.wait_for_url("**/admin/**")
    logout(page)

    login(page, editor.username, PASSWORD)
    page.goto(f"/admin/pages/{pilot.pk}/edit/")
    run_footer_action(page, APPROVE)
    expect(page.locator(".messages, [role='status']").first).to_be_visible()
    logout(page)

    # 4. Anyone sees both versions, the reason and what changed.
    page.goto(f"/pilots/{pilot.slug}/")
    page.get_by_role("link", name="alle versies").click()
    expect(page.get_by_role("heading", name="Versie 1.0")).to_be_visible()
    expect(page.get_by_role("heading", name="Versie 1.1")).to_be_visible()
    expect(page.get_by_text("Doel aangevuld na het eerste overleg met de regio.")).to_be_visible()
    expect(page.locator("ins", has_text="snellere hulp")).to_be_visible()
    assert check_accessibility(page) == []


def test_evidence_map_and_lists_are_accessible(page):
    for url in (
        "/pilots/",
        "/onderzoek/",
        "/onderzoek/evidence-map/",
        "/pilots/foodvalley-jeugdlink/",
    ):
        page.goto(url)
        assert check_accessibility(page) == [], url
