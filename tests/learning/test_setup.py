"""The learning room sets up its pages, groups and workflow once, whatever runs it."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import GroupApprovalTask

from learning.models import PilotRegistryPage, ResearchIndexPage
from learning.setup import WORKFLOW_NAME, ensure_learning_site

pytestmark = pytest.mark.django_db


def test_setup_is_idempotent(site_tree):
    first = ensure_learning_site(site_tree)
    second = ensure_learning_site(site_tree)
    assert first == second
    assert PilotRegistryPage.objects.count() == ResearchIndexPage.objects.count() == 1
    registry = PilotRegistryPage.objects.get()
    assert registry.url == "/pilots/"
    assert ResearchIndexPage.objects.get().url == "/onderzoek/"
    workflow = registry.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    (task,) = [t.specific for t in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert {g.name for g in task.groups.all()} == {"Editors", "Moderators"}
    assert not get_user_model().objects.exists()


def test_setup_site_hook_adds_the_pages_and_load_demo_hook_the_accounts(site_tree):
    from wagtail import hooks

    for setup in hooks.get_hooks("setup_site"):
        setup(site_tree)
    assert PilotRegistryPage.objects.get().live
    for add_demo in hooks.get_hooks("load_demo"):
        add_demo(site_tree)
    users = get_user_model().objects.filter(username__in=["pilotleider", "onderzoeker"])
    assert {u.groups.get().name for u in users} == {"Pilotleiders", "Onderzoekers"}
