import pytest
from django.contrib.auth.models import Group

from reflections.models import Membership
from tests.factories import UserFactory
from tests.reflections.factories import MembershipFactory, TeamFactory

PASSWORD = "geheim-wachtwoord-123"  # UserFactory's


@pytest.fixture
def team(db):
    return TeamFactory(name="Wijkteam West")


@pytest.fixture
def member(team):
    return MembershipFactory(team=team, user=UserFactory(username="lid")).user


@pytest.fixture
def coordinator(team):
    user = UserFactory(username="coord")
    MembershipFactory(team=team, user=user, role=Membership.Role.COORDINATOR)
    return user


@pytest.fixture
def editor(db):
    user = UserFactory(username="redacteur-test")
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(username="beheerder", is_superuser=True, is_staff=True)


def log_in(client, username, password=PASSWORD, **extra):
    return client.post("/account/login/", {"username": username, "password": password}, **extra)
