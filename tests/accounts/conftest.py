import pytest

from tests.factories import UserFactory

# The same team, member and coordinator as the reflections tests use.
from tests.reflections.conftest import coordinator, member, team  # noqa: F401

PASSWORD = "geheim-wachtwoord-123"  # UserFactory's


@pytest.fixture
def editor(db):
    from cms.setup import ensure_group

    user = UserFactory(username="redacteur-test")
    user.groups.add(ensure_group("Editors"), ensure_group("Moderators"))
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(username="beheerder", is_superuser=True, is_staff=True)


def log_in(client, username, password=PASSWORD, **extra):
    return client.post("/account/login/", {"username": username, "password": password}, **extra)
