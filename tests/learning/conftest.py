import pytest
from django.contrib.auth.models import Group

from learning.setup import PILOT_LEADS, RESEARCHERS, ensure_learning_site
from tests.factories import UserFactory

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def learning_site(site_tree):
    registry, research = ensure_learning_site(site_tree)
    return {"home": site_tree, "registry": registry, "research": research}


@pytest.fixture
def registry(learning_site):
    return learning_site["registry"]


@pytest.fixture
def research_index(learning_site):
    return learning_site["research"]


def _user(username, *groups):
    user = UserFactory(username=username)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def pilot_lead(learning_site):
    return _user("lead-anna", PILOT_LEADS)


@pytest.fixture
def other_lead(learning_site):
    return _user("lead-bram", PILOT_LEADS)


@pytest.fixture
def researcher(learning_site):
    return _user("onderzoeker-cas", RESEARCHERS)


@pytest.fixture
def editor(learning_site):
    return _user("redacteur-dana", "Editors", "Moderators")
