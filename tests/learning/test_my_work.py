"""The pages "Mijn pilots" and "Mijn onderzoek": own pages, their state, the way to the admin."""

import pytest
from django.urls import reverse

from learning.my_work import PILOTS, own_items
from tests.factories import UserFactory, login_with_second_factor
from tests.learning.admin_helpers import add_pilot, pilot
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db

MY_PILOTS = "/mijn-pilots/"
MY_RESEARCH = "/mijn-onderzoek/"


def page_as(client, user, url):
    login_with_second_factor(client, user)
    return client.get(url)


def test_a_pilot_lead_sees_only_their_own_pilots_with_a_way_into_the_admin(
    client, pilot_lead, other_lead
):
    mine = publish(PilotPageFactory(title="Mijn eigen proeftuin", owner=pilot_lead))
    PilotPageFactory(title="Pilot van een ander", owner=other_lead)
    response = page_as(client, pilot_lead, MY_PILOTS)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mijn eigen proeftuin" in html
    assert "Pilot van een ander" not in html
    assert reverse("wagtailadmin_pages:edit", args=[mine.pk]) in html
    assert "Bewerken in beheer" in html
    assert mine.url in html  # live: a link to the public page


def test_the_button_to_register_a_new_pilot_opens_the_admin_form(client, pilot_lead, registry):
    html = page_as(client, pilot_lead, MY_PILOTS).content.decode()
    add_url = reverse("wagtailadmin_pages:add", args=["learning", "pilotpage", registry.pk])
    assert add_url in html
    assert client.get(add_url).status_code == 200  # the lead may really use it


def test_without_pilots_the_page_says_what_to_do(client, pilot_lead):
    html = page_as(client, pilot_lead, MY_PILOTS).content.decode()
    assert "U hebt nog geen pilot geregistreerd" in html
    assert "Nieuwe pilot registreren" in html


def test_states_draft_in_review_published_and_changed(client, registry, pilot_lead):
    draft = PilotPageFactory(title="Nog een concept", owner=pilot_lead, live=False)
    draft.save_revision(user=pilot_lead)
    changed = publish(PilotPageFactory(title="Met wijziging", owner=pilot_lead))
    changed.summary = "Een nieuwe samenvatting die nog niet openbaar is."
    changed.save_revision(user=pilot_lead)
    publish(PilotPageFactory(title="Openbaar", owner=pilot_lead))
    login_with_second_factor(client, pilot_lead)
    assert add_pilot(client, registry, slug="ter-beoordeling").status_code == 302  # submits
    submitted = pilot("ter-beoordeling")
    assert submitted.owner == pilot_lead

    states = {item.page.title: item.state for item in own_items(pilot_lead, PILOTS)}
    assert states == {
        "Nog een concept": "Concept",
        "Met wijziging": "Gepubliceerd, met wijzigingen die nog niet gepubliceerd zijn",
        "Openbaar": "Gepubliceerd",
        "Vast gezicht in de wijk": "Ter beoordeling (Goedkeuring door redactie)",
    }
    html = client.get(MY_PILOTS).content.decode()
    assert "Ter beoordeling (Goedkeuring door redactie)" in html
    assert "Laatst gewijzigd" in html


def test_a_researcher_sees_their_own_studies(client, researcher, research_index):
    # Listed by their plain Dutch title, as on the research overview.
    ResearchSummaryPageFactory(plain_title="Eigen studie", owner=researcher)
    ResearchSummaryPageFactory(plain_title="Studie van een ander", owner=UserFactory())
    response = page_as(client, researcher, MY_RESEARCH)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Eigen studie" in html and "Studie van een ander" not in html
    add_url = reverse(
        "wagtailadmin_pages:add", args=["learning", "researchsummarypage", research_index.pk]
    )
    assert add_url in html


@pytest.mark.parametrize(
    "url, text",
    [(MY_PILOTS, "Deze pagina is voor pilotleiders"), (MY_RESEARCH, "voor onderzoekers")],
)
def test_someone_without_the_role_gets_an_explanation_with_403(client, learning_site, url, text):
    response = page_as(client, UserFactory(username="gewone-professional"), url)
    assert response.status_code == 403
    assert text in response.content.decode()


def test_a_researcher_is_no_pilot_lead(client, researcher):
    assert page_as(client, researcher, MY_PILOTS).status_code == 403


@pytest.mark.parametrize("url", [MY_PILOTS, MY_RESEARCH])
def test_anonymous_visitors_go_to_the_login(client, learning_site, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/account/login/?next={url}"


def test_the_account_page_links_to_the_work_of_the_role_and_the_admin(client, pilot_lead):
    html = page_as(client, pilot_lead, reverse("accounts:account")).content.decode()
    assert f'href="{MY_PILOTS}"' in html
    assert f'href="{MY_RESEARCH}"' not in html
    assert f'href="{reverse("wagtailadmin_home")}"' in html


def test_the_account_page_of_a_professional_has_no_work_links(client, learning_site):
    html = page_as(client, UserFactory(), reverse("accounts:account")).content.decode()
    assert MY_PILOTS not in html and "Naar het beheer" not in html


def test_the_home_page_doors_lead_to_the_work_pages(client, learning_site):
    html = client.get("/").content.decode()
    assert f'href="{MY_PILOTS}"' in html and f'href="{MY_RESEARCH}"' in html
