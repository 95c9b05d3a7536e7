"""A team member writes a reflection: identifying details are refused, fixed, then saved."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import check_accessibility, login

pytestmark = pytest.mark.browser

PASSWORD = "geheim-wachtwoord-123"


def make_member(team_name):
    from reflections.models import Membership, Team
    from tests.factories import UserFactory

    suffix = uuid.uuid4().hex[:8]
    user = UserFactory(username=f"b-{suffix}")
    team = Team.objects.create(name=f"{team_name} {suffix}")
    Membership.objects.create(user=user, team=team)
    return user, team


def test_reflection_with_bsn_and_name_is_refused_fixed_and_saved(page):
    user, team = make_member("Browserteam")
    login(page, user.username, PASSWORD)
    page.goto(f"/reflecties/team/{team.pk}/")
    page.get_by_role("link", name="Nieuwe reflectie").click()
    page.get_by_role("link", name="Vrije vorm").click()
    page.get_by_label("Wat gebeurde er?").fill(
        "De moeder van Sanne liet haar BSN 111222333 zien in het gesprek."
    )
    page.locator("summary", has_text="Lessen").click()  # an optional step, closed at first
    page.get_by_label("Lessen").fill("Vraag nooit om een BSN in een gesprek.")
    page.get_by_role("button", name="Reflectie opslaan").click()

    summary = page.locator("#privacy-fouten")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Niet opgeslagen")
    expect(summary.locator("mark", has_text="111222333")).to_be_visible()
    expect(summary.locator("mark", has_text="Sanne")).to_be_visible()
    expect(summary).to_contain_text("[BSN]")
    expect(page.locator("#id_what_happened-fout")).to_contain_text("BSN")
    assert check_accessibility(page) == []

    page.get_by_label("Wat gebeurde er?").fill("De moeder liet haar [BSN] zien in het gesprek.")
    page.get_by_role("button", name="Reflectie opslaan").click()
    expect(page.get_by_text("De reflectie is opgeslagen.")).to_be_visible()
    expect(page.get_by_text("De moeder liet haar [BSN] zien in het gesprek.")).to_be_visible()
    assert re.search(r"/reflecties/\d+/$", page.url)

    other, _other_team = make_member("Ander browserteam")
    reflection_url = page.url
    page.context.clear_cookies()
    login(page, other.username, PASSWORD)
    response = page.goto(reflection_url)
    assert response.status == 404


def border_color(page, selector):
    return page.locator(selector).evaluate("e => getComputedStyle(e).borderTopColor")


def test_required_fields_look_wrong_only_after_sending(page):
    user, team = make_member("Foutkleurteam")
    login(page, user.username, PASSWORD)
    page.goto(f"/reflecties/team/{team.pk}/nieuw/vrij/")
    normal = border_color(page, "#id_lessons")  # optional, so never :invalid
    assert page.locator("#id_what_happened").get_attribute("required") is not None
    assert border_color(page, "#id_what_happened") == normal  # empty and required, not red
    page.get_by_role("button", name="Reflectie opslaan").click()
    expect(page.locator("#id_what_happened")).to_have_attribute("aria-invalid", "true")
    assert border_color(page, "#id_what_happened") != normal


def test_leaving_a_team_asks_first_and_no_goes_back(page):
    user, team = make_member("Verlaatteam")
    login(page, user.username, PASSWORD)
    page.goto(f"/reflecties/team/{team.pk}/")
    page.get_by_role("link", name="Team verlaten").click()
    expect(page.get_by_role("heading", name="Weet u het zeker?")).to_be_visible()
    assert check_accessibility(page) == []
    page.get_by_role("link", name="Nee, terug").click()
    expect(page.get_by_role("heading", name=team.name)).to_be_visible()
    page.get_by_role("link", name="Team verlaten").click()
    page.get_by_role("button", name="Ja, team verlaten").click()
    expect(page.get_by_text("U heeft het team verlaten.")).to_be_visible()
    assert page.goto(f"/reflecties/team/{team.pk}/").status == 404


def test_an_action_is_closed_from_the_team_page(page):
    from reflections.models import AgreedAction, ReflectionSession

    user, team = make_member("Afsprakenteam")
    session = ReflectionSession.objects.create(
        team=team, method="vrij", what_happened="Het plan was laat klaar.", created_by=user
    )
    action = AgreedAction.objects.create(session=session, description="Het format aanpassen.")
    login(page, user.username, PASSWORD)
    page.goto(f"/reflecties/team/{team.pk}/")
    page.get_by_role("button", name=re.compile(r"^Afgerond\W+Het format aanpassen")).click()
    expect(page.get_by_text("De afspraak is afgerond.")).to_be_visible()
    expect(page.get_by_text("Geen open afspraken.")).to_be_visible()
    action.refresh_from_db()
    assert action.status == AgreedAction.Status.DONE


def test_a_reflection_in_steps_is_filled_and_saved_and_nothing_is_wrong_before(page):
    user, team = make_member("Stappenteam")
    login(page, user.username, PASSWORD)
    page.goto(f"/reflecties/team/{team.pk}/nieuw/gibbs/")
    assert page.locator("[aria-invalid='true'], .utrecht-form-field-error-message").count() == 0
    assert check_accessibility(page) == []

    feelings = page.get_by_label("2. Gevoelens")
    expect(feelings).to_be_hidden()  # a closed step
    page.get_by_text("Stap 2 van 6:").click()
    expect(feelings).to_be_visible()
    # Empty and required, next to an optional one: both look the same before sending.
    assert border_color(page, "#id_what_happened") == border_color(page, "#id_prompt_gevoelens")

    page.get_by_label("1. Beschrijving").fill("Een huisbezoek na een melding.")
    feelings.fill("Onrustig, want de school belde.")
    page.get_by_role("button", name="Reflectie opslaan").click()
    expect(page.get_by_text("De reflectie is opgeslagen.")).to_be_visible()
    expect(page.get_by_role("heading", name="1. Beschrijving")).to_be_visible()
    expect(page.get_by_text("Een huisbezoek na een melding.")).to_be_visible()
    expect(page.get_by_role("heading", name="2. Gevoelens")).to_be_visible()
    expect(page.get_by_text("Onrustig, want de school belde.")).to_be_visible()
