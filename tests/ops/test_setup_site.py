"""`manage.py setup_site` turns a migrated, empty database into a working, empty platform."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import GroupPagePermission, Page, Site, Task, Workflow

from cms.models import HomePage
from learning.models import PilotRegistryPage
from learning.setup import WORKFLOW_NAME

pytestmark = pytest.mark.django_db
SECTIONS = [
    "/",
    "/kennisbank/",
    "/begrippen/",
    "/pilots/",
    "/onderzoek/",
    "/onderzoek/evidence-map/",
    "/zoeken/",
    "/reflecties/lessen/",
]


def setup_site():
    call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115


def page_permissions(group_name: str) -> set[tuple[str, str]]:
    return {
        (p.page.url_path, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group__name=group_name)
    }


# The first two start from a database that `migrate` alone made (the `migrated_only` fixture;
# restoring it is slow, so only these); the others from the session's `setup_site` database.


def test_every_section_answers_after_setup_site(client, migrated_only):
    assert not HomePage.objects.exists()
    setup_site()
    answers = {url: client.get(url).status_code for url in SECTIONS}
    assert answers == dict.fromkeys(SECTIONS, 200)


def test_setup_site_creates_the_workflow_groups_and_no_users(migrated_only):
    assert not PilotRegistryPage.objects.exists()
    setup_site()
    registry = PilotRegistryPage.objects.get()
    assert registry.get_workflow().name == WORKFLOW_NAME
    assert {"Editors", "Moderators", "Pilotleiders", "Onderzoekers"} <= set(
        Group.objects.values_list("name", flat=True)
    )
    for name in ("Editors", "Moderators", "Pilotleiders", "Onderzoekers"):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    assert ("/home/pilots/", "add_page") in page_permissions("Pilotleiders")
    assert ("/home/pilots/", "change_page") not in page_permissions("Pilotleiders")
    assert ("/home/onderzoek/", "publish_page") in page_permissions("Onderzoekers")
    assert ("/", "publish_page") in page_permissions("Moderators")
    assert ("/", "publish_page") not in page_permissions("Editors")
    assert not get_user_model().objects.exists()


def test_setup_site_gives_wagtails_default_workflow_dutch_names(migrated_only):
    assert Workflow.objects.filter(name="Moderators approval").exists()  # from the migrations
    setup_site()
    workflows = set(Workflow.objects.values_list("name", flat=True))
    tasks = set(Task.objects.values_list("name", flat=True))
    assert "Beoordeling door redactie" in workflows
    assert "Goedkeuring door moderatoren" in tasks
    assert not any("approval" in name for name in workflows | tasks)
    root = Page.get_first_root_node()
    assert root.get_workflow().name == "Beoordeling door redactie"  # what the button names


def test_setup_site_moves_the_old_home_doors_to_the_work_pages():
    setup_site()
    home = HomePage.objects.get()
    for block in home.entries:
        if block.value["audience"] == "Pilotleiders":
            block.value["link"] = "/pilots/"
    home.save_revision().publish()
    setup_site()
    home = HomePage.objects.get()
    links = {b.value["audience"]: b.value["link"] for b in home.entries}
    assert links["Pilotleiders"] == "/mijn-pilots/"
    assert links["Onderzoekers"] == "/mijn-onderzoek/"
    latest = home.get_latest_revision_as_object()  # what the editor opens
    assert {b.value["link"] for b in latest.entries} >= {"/mijn-pilots/", "/mijn-onderzoek/"}


def snapshot() -> dict:
    counts = {m._meta.label: m.objects.count() for m in apps.get_models()}
    site = Site.objects.get(is_default_site=True)
    pages = list(Page.objects.order_by("path").values_list("path", "slug", "latest_revision_id"))
    return {"counts": counts, "site": (site.hostname, site.port, site.root_page_id), "pages": pages}


def test_running_setup_site_twice_changes_nothing():
    setup_site()
    first = snapshot()
    setup_site()
    assert snapshot() == first


def test_setup_site_gives_the_site_record_the_address_from_site_url():
    with override_settings(SITE_URL="https://leerplatform.example.nl"):
        setup_site()
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://leerplatform.example.nl"
    assert Site.objects.count() == 1
    with override_settings(SITE_URL="http://127.0.0.1:8000"):
        setup_site()
    assert Site.objects.get().root_url == "http://127.0.0.1:8000"


def test_load_demo_adds_demo_accounts_on_top_of_setup_site():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert get_user_model().objects.filter(username="redacteur").exists()
    assert PilotRegistryPage.objects.get().get_children().live().exists()


def test_editors_may_extend_the_privacy_allow_list():
    call_command("setup_site", verbosity=0)
    editors = Group.objects.get(name="Editors")
    codes = set(editors.permissions.values_list("codename", flat=True))
    assert {"add_privacyallowedterm", "change_privacyallowedterm"} <= codes
