"""A professional searches, narrows down with a filter and opens a guidance section."""

import pytest

from tests.browser.conftest import check_accessibility

pytestmark = pytest.mark.browser


def test_search_filter_and_open_a_section(page):
    page.goto("/")
    page.get_by_label("Zoeken", exact=True).fill("directe veiligheid")
    page.get_by_role("button", name="Zoek", exact=True).click()
    assert "/zoeken/" in page.url
    assert page.get_by_role("heading", name="Resultaten").is_visible()
    assert check_accessibility(page) == []

    # Filter on a facet (checkboxes in the form; works without JavaScript).
    page.get_by_role("group", name="Soort").get_by_label("Richtlijn").check()
    page.locator("form.search-form").get_by_role("button", name="Zoek").click()
    assert "type=richtlijn" in page.url
    hits = page.locator(".search-result__title a")
    assert hits.count() >= 1
    assert page.locator(".search-result__meta").first.inner_text().startswith("Richtlijn")
    assert page.locator(".search-result mark").count() >= 1

    hit = page.locator(".search-result__title a", has_text="Directe veiligheid").first
    href = hit.get_attribute("href")
    assert "#" in href
    hit.click()
    anchor = href.split("#", 1)[1]
    page.wait_for_url(f"**#{anchor}")
    assert page.locator(":target").get_attribute("id") == anchor


def test_typo_gets_a_suggestion(page):
    page.goto("/zoeken/?q=veilgheidsplan")
    suggestion = page.locator(".search-suggestion a")
    assert suggestion.is_visible()
    suggestion.click()
    assert page.locator(".search-result").count() >= 1
