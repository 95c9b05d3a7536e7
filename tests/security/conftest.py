"""One world for the role tests: every role as its own account, built once per module.

The world is created inside one transaction that is rolled back after the module (as
Django's TestCase.setUpTestData does); each test runs in a savepoint on top of it, so the
hundreds of cells of the role matrix do not each rebuild the site.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from wagtail.models import PageViewRestriction

from learning.setup import PILOT_LEADS, RESEARCHERS, ensure_learning_site
from reflections.models import Invitation, Membership
from tests.factories import GuidancePageFactory, UserFactory

# The input-safety tests reuse the rooms' fixtures (sites, teams, members).
from tests.learning.conftest import learning_site, registry, research_index  # noqa: F401, E402
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish
from tests.reflections.conftest import coordinator, member, session, team  # noqa: F401, E402
from tests.reflections.factories import (
    ActionFactory,
    MembershipFactory,
    SessionFactory,
    TeamFactory,
)

# A word that only exists in a reflection: if it shows up anywhere else, text leaked.
MARKER = "reflectiemerkwoord"
SENTENCE = f"Het {MARKER} staat hier."

ROLES = (
    "anoniem",
    "professional",
    "teamlid",
    "coördinator",
    "pilotleider",
    "onderzoeker",
    "redacteur",
    "moderator",
    "beheerder",
)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """These tests send hundreds of requests as one client; how fast they run must not decide
    whether they meet a rate limit (the limits themselves are tested in tests/accounts)."""
    settings.RATE_LIMITS = {scope: "100000/m" for scope in settings.RATE_LIMITS}


def _account(username, *groups, **fields):
    user = UserFactory(username=username, **fields)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def build_world() -> dict:
    from cms.setup import ensure_site_tree

    home = ensure_site_tree()
    registry_page, research_page = ensure_learning_site(home)
    users = {
        "professional": _account("rol-professional"),
        "teamlid": _account("rol-teamlid"),
        "coördinator": _account("rol-coordinator"),
        "pilotleider": _account("rol-pilotleider", PILOT_LEADS),
        "onderzoeker": _account("rol-onderzoeker", RESEARCHERS),
        "redacteur": _account("rol-redacteur", "Editors"),
        "moderator": _account("rol-moderator", "Moderators"),
        "beheerder": _account("rol-beheerder", is_staff=True, is_superuser=True),
    }
    team_obj = TeamFactory(name="Rollenteam")
    membership = MembershipFactory(team=team_obj, user=users["teamlid"])
    MembershipFactory(team=team_obj, user=users["coördinator"], role=Membership.Role.COORDINATOR)
    session_obj = SessionFactory(team=team_obj, created_by=users["teamlid"], what_happened=SENTENCE)
    invitation = Invitation.objects.create(
        team=team_obj, email=users["professional"].email, invited_by=users["coördinator"]
    )
    action = ActionFactory(session=session_obj)
    pilot = publish(
        PilotPageFactory(parent=registry_page, title="Rollenpilot", owner=users["pilotleider"])
    )
    research = publish(
        ResearchSummaryPageFactory(
            parent=research_page, title="Rollenstudie", owner=users["onderzoeker"]
        )
    )
    private = publish(ResearchSummaryPageFactory(parent=research_page, title="Besloten studie"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    guidance = GuidancePageFactory(title="Rollenrichtlijn")
    return {
        "users": users,
        "values": {
            "team": team_obj.pk,
            "session": session_obj.pk,
            "invitation": invitation.token,
            "invitation_id": invitation.pk,
            "membership": membership.pk,
            "action": action.pk,
            "pilot": pilot.url,
            "pilot_id": pilot.pk,
            "research": research.url,
            "research_id": research.pk,
            "private_research": private.url,
            "private_research_id": private.pk,
            "guidance": guidance.url,
            "guidance_id": guidance.pk,
        },
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from search.service import forget_caches

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()
            forget_caches()
