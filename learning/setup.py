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
from django.utils.translation import gettext_noop as _noop
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.setup import ensure_group, grant_page_permissions

from .models import PilotPage, PilotRegistryPage, ResearchIndexPage, ResearchSummaryPage

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
# Demo pages (by slug, from demo/) that the demo pilot lead and researcher own, so that
# "Mijn pilots" and "Mijn onderzoek" show something; and a pilot the lead has only drafted.
DEMO_OWNED = [
    ("pilotleider", PilotPage, ["utrecht-samen-beslissen", "foodvalley-jeugdlink"]),
    (
        "onderzoeker",
        ResearchSummaryPage,
        ["demo-leren-als-team", "demo-familie-en-buren-als-steun"],
    ),
]
DEMO_DRAFT_PILOT = {
    "title": "Ouders lezen mee met het veiligheidsplan",
    "slug": "demo-ouders-lezen-mee",
    "summary": "Ouders krijgen het veiligheidsplan in gewone taal en zeggen wat er niet klopt.",
}


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
                title=_noop("Pilots en proeftuinen"),
                slug="pilots",
                intro=_noop(
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
                title=_noop("Onderzoek"),
                slug="onderzoek",
                intro=_noop(
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
    for username, model, slugs in DEMO_OWNED:
        owner = User.objects.get(username=username)
        model.objects.filter(slug__in=slugs, owner__isnull=True).update(owner=owner)
    ensure_demo_draft_pilot(User.objects.get(username="pilotleider"))


def ensure_demo_draft_pilot(owner) -> None:
    registry = PilotRegistryPage.objects.first()
    if registry is None or PilotPage.objects.filter(slug=DEMO_DRAFT_PILOT["slug"]).exists():
        return
    pilot = registry.add_child(instance=PilotPage(**DEMO_DRAFT_PILOT, live=False, owner=owner))
    pilot.save_revision(user=owner)
