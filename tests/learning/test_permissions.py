"""Who may do what: pilot leads, researchers, editors and anonymous visitors."""

import pytest
from django.urls import reverse

from tests.factories import login_with_second_factor
from tests.learning.admin_helpers import add_pilot, edit_pilot
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(registry, research_index, pilot_lead, other_lead, researcher):
    return {
        "own_pilot": publish(PilotPageFactory(owner=pilot_lead)),
        "other_pilot": publish(PilotPageFactory(owner=other_lead)),
        "study": publish(ResearchSummaryPageFactory(owner=researcher)),
    }


def perms(user, page):
    return page.permissions_for_user(user)


def test_pilot_lead_edits_only_own_pilots(pages, pilot_lead, registry, research_index):
    assert perms(pilot_lead, registry).can_add_subpage()
    assert perms(pilot_lead, pages["own_pilot"]).can_edit()
    assert not perms(pilot_lead, pages["other_pilot"]).can_edit()
    assert not perms(pilot_lead, pages["own_pilot"]).can_publish()
    assert not perms(pilot_lead, research_index).can_add_subpage()
    assert not perms(pilot_lead, pages["study"]).can_edit()


def test_researcher_works_only_under_the_research_index(
    pages, researcher, registry, research_index
):
    assert perms(researcher, research_index).can_add_subpage()
    assert perms(researcher, pages["study"]).can_edit()
    assert perms(researcher, pages["study"]).can_publish()
    assert not perms(researcher, registry).can_add_subpage()
    assert not perms(researcher, pages["own_pilot"]).can_edit()
    assert not perms(researcher, learning_home(registry)).can_add_subpage()


def learning_home(registry):
    return registry.get_parent()


def test_editor_may_do_everything(pages, editor, registry, research_index):
    for page in (registry, research_index, *pages.values()):
        assert perms(editor, page).can_edit()
        assert perms(editor, page).can_publish()


@pytest.mark.parametrize(
    ("who", "page", "allowed"),
    [
        ("pilot_lead", "own_pilot", True),
        ("pilot_lead", "other_pilot", False),
        ("pilot_lead", "study", False),
        ("researcher", "study", True),
        ("researcher", "own_pilot", False),
        ("editor", "other_pilot", True),
        ("editor", "study", True),
    ],
)
def test_admin_edit_view_matrix(client, pages, request, who, page, allowed):
    user = request.getfixturevalue(who)
    login_with_second_factor(client, user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(pages[page].pk,)))
    assert (response.status_code == 200) is allowed


def test_pilot_lead_cannot_amend_someone_elses_pilot(client, pages, pilot_lead):
    login_with_second_factor(client, pilot_lead)
    other = pages["other_pilot"]
    response = edit_pilot(
        client, other, aim="Gekaapt", change_reason="x", change_classification="klein"
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail: refused
    other.refresh_from_db()
    assert other.get_latest_revision_as_object().aim != "Gekaapt"


def test_researcher_cannot_create_a_pilot(client, registry, researcher):
    login_with_second_factor(client, researcher)
    add_pilot(client, registry, slug="niet-toegestaan")
    from learning.models import PilotPage

    assert not PilotPage.objects.filter(slug="niet-toegestaan").exists()


def test_anonymous_reads_live_pages_only(client, registry, research_index):
    live = publish(PilotPageFactory())
    draft = PilotPageFactory(live=False)
    study_draft = ResearchSummaryPageFactory(live=False)
    assert client.get(live.url).status_code == 200
    assert client.get(f"/pilots/{draft.slug}/").status_code == 404
    assert client.get(f"/onderzoek/{study_draft.slug}/").status_code == 404
    assert client.get(reverse("wagtailadmin_pages:edit", args=(live.pk,))).status_code == 302
    listing = client.get("/pilots/").content.decode()
    assert live.title in listing and draft.title not in listing
    assert draft.title not in client.get("/pilots/export.csv").content.decode()
    assert draft.title not in client.get("/api/pilots").content.decode()
