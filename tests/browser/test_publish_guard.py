"""A pilot lead submits a pilot with a BSN in its summary; the editor sees the finding on the
moderation screen, tries to approve, is refused with field and kind named, and the pilot stays
unpublished. Everything goes through the Wagtail admin in Chromium."""

import pytest
from playwright.sync_api import expect

from learning.models import PilotPage, PilotRegistryPage
from tests.browser.admin_forms import (
    APPROVE,
    logout,
    make_user,
    open_in_editor,
    run_footer_action,
    submit_new_pilot,
    unique_title,
)

pytestmark = pytest.mark.browser
BSN = "111222333"


def test_editor_is_refused_approving_a_pilot_with_a_bsn(page):
    lead = make_user("pilotleider", "Pilotleiders")
    editor = make_user("redacteur", "Editors", "Moderators")
    registry = PilotRegistryPage.objects.get()
    title = unique_title("Gezinsroute")

    submit_new_pilot(
        page, lead, registry, title, summary=f"Een moeder (BSN {BSN}) vertelde hoe het ging.",
        contact_email="gezinsroute@example.org",
    )  # fmt: skip
    pilot = open_in_editor(page, editor, title)
    findings = page.locator("ul.privacy-findings")
    expect(findings).to_contain_text("samenvatting")
    expect(findings).to_contain_text("BSN")
    run_footer_action(page, APPROVE)
    page.wait_for_url(f"**/admin/privacycontrole/{pilot.pk}/")
    message = page.locator(".messages").first
    expect(message).to_contain_text("Niet gepubliceerd")
    expect(message).to_contain_text("'samenvatting': BSN")
    expect(message).not_to_contain_text(BSN)

    pilot = PilotPage.objects.get(pk=pilot.pk)
    assert not pilot.live and pilot.workflow_in_progress
    logout(page)
    response = page.goto(pilot.get_url())
    assert response.status == 404
