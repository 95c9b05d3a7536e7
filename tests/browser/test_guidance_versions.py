"""A professional opens the history of the demo handelingskader, a diff and an old version."""

import pytest

from tests.browser.conftest import check_accessibility

pytestmark = pytest.mark.browser

PAGE = "/kennisbank/handelingskader-lokaal-team-en-veiligheidsteam/"


def test_history_diff_and_old_version_are_accessible(page):
    page.goto(PAGE)
    page.get_by_role("link", name="Versiegeschiedenis").click()
    assert page.get_by_role("heading", level=2, name="Versie 2.1 actuele versie").is_visible()
    assert check_accessibility(page) == []

    page.get_by_role("link", name="Wat veranderde van 1.0 naar 1.1").click()
    assert page.locator("del").filter(has_text="veelal voldoende").count() == 1
    assert page.locator("ins").filter(has_text="vaak al genoeg").count() == 1
    assert check_accessibility(page) == []

    # Any two versions, through the form (no script needed).
    page.get_by_label("Oude versie").select_option("1.0")
    page.get_by_label("Nieuwe versie").select_option("2.0")
    page.get_by_role("button", name="Vergelijk").click()
    assert "van=1.0&naar=2.0" in page.url
    assert page.get_by_role("heading", name="Leren van de samenwerking nieuwe sectie").is_visible()

    page.goto(PAGE + "versies/1.0/")
    assert page.get_by_text("dit is niet de actuele versie").is_visible()
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex, nofollow"
    assert check_accessibility(page) == []
