"""A professional goes from the home page to a guidance section and on to the glossary."""

import pytest

from tests.browser.conftest import check_accessibility

pytestmark = pytest.mark.browser


def test_home_to_guidance_section_to_glossary_is_accessible(page):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert check_accessibility(page) == []

    page.get_by_role("link", name="Richtlijnen vinden").click()
    page.locator(".card a").first.click()
    assert check_accessibility(page) == []

    toc_link = page.locator("nav.toc a").nth(1)
    anchor = toc_link.get_attribute("href")
    toc_link.click()
    assert page.url.endswith(anchor)
    section = page.locator(f"section{anchor}")
    assert section.is_visible()
    assert page.evaluate("location.hash") == anchor

    # The section link also works when opened directly, e.g. from a search hit.
    page.goto(page.url)
    assert page.locator(":target").get_attribute("id") == anchor[1:]

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Begrippen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Begrippenlijst"
    assert page.locator("dl.glossary dt").count() >= 30
    assert check_accessibility(page) == []


def test_keyboard_user_reaches_content_through_the_skip_link(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhoud"


def test_glossary_hint_explains_jargon_on_keyboard_focus(page):
    page.goto("/kennisbank/")
    page.locator(".card a").first.click()
    hint = page.locator(".begrip__link").first
    tip_id = hint.get_attribute("aria-describedby")
    tip = page.locator(f"#{tip_id}")
    assert not tip.is_visible()
    hint.focus()
    assert tip.is_visible()
    assert ":" in tip.inner_text()
