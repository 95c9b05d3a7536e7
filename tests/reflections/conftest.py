import pytest

from reflections.models import Membership
from tests.factories import UserFactory
from tests.reflections.factories import MembershipFactory, SessionFactory, TeamFactory


@pytest.fixture
def team(db):
    return TeamFactory(name="Wijkteam Oost")


@pytest.fixture
def member(team):
    return MembershipFactory(team=team, user=UserFactory(username="lid")).user


@pytest.fixture
def coordinator(team):
    return MembershipFactory(
        team=team, user=UserFactory(username="coord"), role=Membership.Role.COORDINATOR
    ).user


@pytest.fixture
def outsider(db):
    """A member of another team."""
    return MembershipFactory(
        team=TeamFactory(name="Ander team"), user=UserFactory(username="ander")
    ).user


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    user = UserFactory(username="redacteur-test")
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return user


@pytest.fixture
def admin_user_(db):
    return UserFactory(username="beheerder", is_staff=True, is_superuser=True)


@pytest.fixture
def session(team, member):
    return SessionFactory(team=team, created_by=member)
