import pytest

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
    from cms.setup import ensure_group

    # ensure_group: a transactional test elsewhere may have flushed the migrations' groups
    user = UserFactory(username="redacteur-test")
    user.groups.add(ensure_group("Editors"), ensure_group("Moderators"))
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(username="beheerder", is_superuser=True, is_staff=True)


def log_in(client, username, password=PASSWORD, **extra):
    return client.post("/account/login/", {"username": username, "password": password}, **extra)
