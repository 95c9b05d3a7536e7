"""Index pages, groups, page permissions and the approval workflow of the learning room.

Idempotent: `manage.py setup_site` calls it through the `setup_site` hook (see
learning/wagtail_hooks.py) and tests call it directly. It creates no users: the demo accounts
come from `load_demo`, through the `load_demo` hook. Pilot leads get only the "add" permission
on the registry, which in Wagtail means they may create pilots and edit the pilots they own,
not those of others.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.setup import ensure_group, grant_page_permissions

from .models import PilotRegistryPage, ResearchIndexPage

PILOT_LEADS = "Pilotleiders"
RESEARCHERS = "Onderzoekers"
APPROVERS = ("Editors", "Moderators")
WORKFLOW_NAME = "Registratie van pilots"
TASK_NAME = "Goedkeuring door redactie"
DEMO_USERS = [
    # username, password, first name, last name, group — invented people
    ("pilotleider", "demo-pilotleider", "Demo", "Pilotleider", PILOT_LEADS),
    ("onderzoeker", "demo-onderzoeker", "Demo", "Onderzoeker", RESEARCHERS),
]


def ensure_groups() -> tuple[Group, Group]:
    return ensure_group(PILOT_LEADS), ensure_group(RESEARCHERS)


def ensure_workflow(registry: PilotRegistryPage) -> Workflow:
    approvers = [Group.objects.get_or_create(name=name)[0] for name in APPROVERS]
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(*approvers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=registry, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def ensure_learning_site(home):
    registry = PilotRegistryPage.objects.first()
    if registry is None:
        registry = home.add_child(
            instance=PilotRegistryPage(
                title="Pilots en proeftuinen",
                slug="pilots",
                intro=(
                    "Hier staan de pilots en proeftuinen van het Toekomstscenario. Elke pilot "
                    "is vastgelegd vóór de resultaten bekend waren. Wijzigingen ziet u in de "
                    "versiegeschiedenis."
                ),
            )
        )
    research = ResearchIndexPage.objects.first()
    if research is None:
        research = home.add_child(
            instance=ResearchIndexPage(
                title="Onderzoek",
                slug="onderzoek",
                intro=(
                    "Samenvattingen van onderzoek, in gewone taal. Met wat het betekent voor "
                    "de praktijk en hoe sterk het bewijs is."
                ),
            )
        )
    leads, researchers = ensure_groups()
    grant_page_permissions(leads, registry, ["add_page"])
    grant_page_permissions(researchers, research, ["add_page", "change_page", "publish_page"])
    # Approvers publish by approving, so every approval group may publish pilots.
    for name in APPROVERS:
        grant_page_permissions(
            ensure_group(name),
            registry,
            ["add_page", "change_page", "publish_page"],
        )
    ensure_workflow(registry)
    return registry, research


def ensure_demo_users():
    User = get_user_model()
    for username, password, first, last, group in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if created:
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name=group))
