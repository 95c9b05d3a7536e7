"""Issue 14, item 7: on a phone the kern comes first and the full text opens without a
script; the werkkaart prints as the card alone, stamped, without the site's navigation."""

import re

import pytest

from tests.browser.conftest import check_accessibility

pytestmark = pytest.mark.browser

PAGE = "/kennisbank/handelingskader-lokaal-team-en-veiligheidsteam/"
FULL_TEXT = "Een kort consult is vaak al genoeg"  # in 'Samen instappen', not in its kern


@pytest.fixture
def phone(browser, live_server, django_db_setup):
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        java_script_enabled=False,
        viewport={"width": 390, "height": 844},
    )
    yield context.new_page()
    context.close()


def test_on_a_phone_the_kern_comes_first_and_the_full_text_opens_without_script(phone):
    phone.goto(PAGE)
    section = phone.locator("#samen-instappen")
    assert section.get_by_text("Vraag het veiligheidsteam erbij").is_visible()
    # the section's own text, not feedback under it that quotes it
    assert not section.locator(".section__body").get_by_text(FULL_TEXT).is_visible()
    section.get_by_text("Lees de volledige tekst").click()
    assert section.locator(".section__body").get_by_text(FULL_TEXT).is_visible()


def test_printing_the_page_prints_every_full_text(page):
    page.goto(PAGE)
    assert check_accessibility(page) == []  # axe needs a script: not in the phone test
    page.emulate_media(media="print")
    assert page.locator(".section__body").get_by_text(FULL_TEXT).is_visible()
    assert not page.get_by_role("navigation", name="Hoofdmenu").is_visible()


def test_a_werkkaart_prints_as_the_stamped_card_without_navigation(page):
    page.goto(PAGE)
    section = page.locator("#samen-instappen")
    section.get_by_role("link", name="Werkkaart van Samen instappen").click()
    assert page.url.endswith(PAGE + "werkkaart/samen-instappen/")
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()  # on screen: the site
    assert check_accessibility(page) == []

    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert not page.get_by_text("Dit is een werkkaart om af te drukken").is_visible()
    stamp = page.locator(".werkkaart__stamp")
    assert stamp.get_by_role("heading", level=1, name="Samen instappen").is_visible()
    assert "Handelingskader samenwerking lokaal team" in stamp.inner_text()
    assert re.search(r"Versie\s+2\.1", stamp.inner_text())
    assert "16 november 2026" in stamp.inner_text()
    assert page.get_by_text(FULL_TEXT).is_visible()
    assert pdf_pages(page) == 1  # one sheet of A4, as Chromium prints it


def test_the_werkkaart_of_the_page_is_one_sheet_with_each_kern(page):
    page.goto(PAGE)
    page.get_by_role("link", name="Werkkaart: het advies in het kort op één blad").click()
    assert page.get_by_role("heading", level=2, name="Leren van de samenwerking").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert not page.get_by_text(FULL_TEXT).is_visible()  # the kern stands for the text
    assert pdf_pages(page) == 1


def pdf_pages(page) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
