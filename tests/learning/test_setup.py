"""The learning room sets up its pages, groups and workflow once, whatever runs it."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import GroupApprovalTask

from learning.models import PilotRegistryPage, ResearchIndexPage
from learning.setup import WORKFLOW_NAME, ensure_learning_site

pytestmark = pytest.mark.django_db


def test_setup_is_idempotent(site_tree):
    first = ensure_learning_site(site_tree, demo_users=True)
    second = ensure_learning_site(site_tree, demo_users=True)
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
    users = get_user_model().objects.filter(username__in=["pilotleider", "onderzoeker"])
    assert {u.groups.get().name for u in users} == {"Pilotleiders", "Onderzoekers"}


def test_demo_site_ready_signal_adds_the_pages(site_tree):
    from cms.signals import demo_site_ready

    demo_site_ready.send(sender=None, home=site_tree)
    assert PilotRegistryPage.objects.get().live
