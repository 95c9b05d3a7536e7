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


def _first_guidance(page):
    page.goto("/kennisbank/")
    page.locator(".card a").first.click()


def test_glossary_hint_is_a_button_that_opens_its_explanation_on_keyboard(page):
    _first_guidance(page)
    button = page.locator("main .begrip__knop").first
    tip = page.locator(f"#{button.get_attribute('aria-controls')}")
    assert not tip.is_visible()
    button.focus()
    assert tip.is_visible()  # on focus
    assert ":" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()  # dismissed without moving focus (WCAG 1.4.13)
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true" and tip.is_visible()
    page.keyboard.press("Tab")  # into the explanation: its link to the glossary
    more = tip.get_by_role("link", name="Meer in de begrippenlijst")
    assert page.evaluate("document.activeElement.textContent") == more.inner_text()
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    assert page.evaluate("document.activeElement.className") == "begrip__knop"


def test_glossary_explanation_stays_while_the_pointer_moves_onto_it(page):
    _first_guidance(page)
    button = page.locator("main .begrip__knop").first
    tip = page.locator(f"#{button.get_attribute('aria-controls')}")
    button.hover()
    assert tip.is_visible()
    tip.hover()  # hoverable: the pointer can move onto the explanation
    assert tip.is_visible()
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    button.click()  # persistent after a click, until Escape or a click elsewhere
    page.mouse.move(0, 0)
    assert tip.is_visible()
    page.locator("main h1").click()
    assert not tip.is_visible()


def test_without_javascript_a_glossary_term_is_a_link_explained_on_focus(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False
    )
    page = context.new_page()
    _first_guidance(page)
    link = page.locator("main .begrip__link").first
    assert link.get_attribute("href").startswith("/begrippen/#")
    tip = page.locator(f"#{link.get_attribute('aria-describedby')}")
    assert tip.get_attribute("role") == "tooltip"
    assert not tip.is_visible()
    link.focus()
    assert tip.is_visible()
    assert not tip.locator(".begrip__meer").is_visible()  # the term itself is the link
    context.close()
