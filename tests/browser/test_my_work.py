"""A pilot lead finds their work: home page door -> "Mijn pilots" -> their pilot in the admin;
and the readability aid in the editor follows the text while they type."""

import re

import pytest
from playwright.sync_api import expect

from learning.models import PilotPage
from tests.browser.conftest import check_accessibility, login

pytestmark = pytest.mark.browser

DEMO_LEAD = ("pilotleider", "demo-pilotleider")  # learning/setup.py DEMO_USERS
DEMO_PILOT = "Proeftuin Utrecht: dichtbij en samen beslissen"  # owned by the demo lead
HARD = (
    "De implementatie van multidisciplinaire samenwerkingsverbanden binnen de "
    "jeugdbeschermingsketen vereist organisatieoverstijgende afstemmingsmechanismen."
)


def test_pilot_lead_follows_the_home_door_to_their_pilot_in_the_admin(page):
    login(page, *DEMO_LEAD)
    page.goto("/")
    page.get_by_role("link", name="Een pilot registreren").click()
    expect(page).to_have_url(re.compile(r"/mijn-pilots/$"))
    expect(page.get_by_role("heading", name="Mijn pilots", level=1)).to_be_visible()
    item = page.locator(".my-work__item", has_text=DEMO_PILOT)
    expect(item.locator(".my-work__state")).to_have_text("Gepubliceerd")
    expect(page.get_by_role("link", name="Nieuwe pilot registreren")).to_be_visible()
    assert check_accessibility(page) == []

    item.get_by_role("link", name="Bewerken in beheer").click()
    pilot = PilotPage.objects.get(title=DEMO_PILOT)
    expect(page).to_have_url(re.compile(rf"/admin/pages/{pilot.pk}/edit/$"))
    expect(page.locator("#id_title")).to_have_value(DEMO_PILOT)
    # The vocabulary is on the first tab, beside the text, not under "Eigenschappen".
    expect(page.locator("#id_principles")).to_be_visible()


def test_the_readability_aid_changes_while_typing(page):
    login(page, *DEMO_LEAD)
    pilot = PilotPage.objects.get(title=DEMO_PILOT)
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    page.goto(f"/admin/pages/{pilot.pk}/edit/")
    score = page.locator("[data-readability-score]")
    before = score.inner_text()

    page.locator("#id_problem").press_sequentially(f" {HARD}", delay=5)
    expect(page.get_by_text("Werkt bij terwijl u typt.")).to_be_visible()
    expect(score).not_to_have_text(before)
    assert float(score.inner_text().replace(",", ".")) < float(before.replace(",", "."))
    expect(page.locator("[data-readability-result]")).to_contain_text("organisatieoverstijgende")
    assert blocked == []
