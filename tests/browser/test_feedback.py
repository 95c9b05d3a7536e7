"""A professional reads the demo handelingskader while it is open as a dialoogversie, gives
feedback on a section (a text naming a family is refused first), and follows it under
"Mijn feedback"; a visitor sees the handled feedback without names (issue 14, item 4)."""

import pytest

from reflections.models import Feedback
from tests.browser.conftest import check_accessibility, login

pytestmark = pytest.mark.browser

PAGE = "/kennisbank/handelingskader-lokaal-team-en-veiligheidsteam/"
TEXT = "Noem in deze sectie ook wat het lokaal team doet als de school niet meewerkt."


def test_a_professional_gives_feedback_and_follows_it(page):
    page.goto(PAGE)
    assert page.get_by_role("heading", name="Dialoogversie: wij horen graag van u").is_visible()
    section = page.locator("#samen-instappen")
    assert section.get_by_text("Verwerkt in versie 1.1").is_visible()
    assert section.get_by_role("link", name="Log in om feedback te geven").is_visible()
    assert check_accessibility(page) == []

    login(page, "teamlid", "demo-teamlid")
    page.goto(PAGE)
    section = page.locator("#rechtsbescherming-in-elke-stap")
    section.get_by_label("Uw feedback").fill("Bij de familie Jansen werkte dit niet.")
    section.get_by_role("button", name="Feedback versturen").click()
    assert page.get_by_role(
        "heading", name="Niet opgeslagen: mogelijk herkenbare gegevens"
    ).is_visible()
    assert not Feedback.objects.filter(text__contains="Jansen").exists()
    assert check_accessibility(page) == []

    page.get_by_label("Uw feedback").fill(TEXT)
    page.get_by_role("button", name="Feedback versturen").click()
    assert page.url.endswith(PAGE + "#rechtsbescherming-in-elke-stap")
    assert page.get_by_text("Uw feedback is ontvangen").is_visible()

    page.goto("/account/")
    page.get_by_role("link", name="Mijn feedback").click()
    item = page.locator(".my-feedback__item").filter(has_text=TEXT)
    assert item.get_by_text("Ontvangen").is_visible()
    assert check_accessibility(page) == []


def test_the_feedback_form_and_login_link_are_not_printed(page):
    page.goto(PAGE)
    link = page.locator(".section-feedback__login").first
    assert link.is_visible()
    page.emulate_media(media="print")
    assert not link.is_visible()
    # What became of feedback is part of the printed text.
    assert page.locator("#samen-instappen").get_by_text("Verwerkt in versie 1.1").is_visible()
