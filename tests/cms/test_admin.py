"""Editors curate the vocabulary and pages in Wagtail."""

import pytest
from django.contrib.auth.models import Group

from cms.management.commands.load_demo import DEMO_EDITOR, ensure_demo_editor
from tests.factories import GuidancePageFactory, login_with_second_factor


@pytest.fixture
def editor_client(client, site_tree):
    from django.contrib.auth import get_user_model

    ensure_demo_editor()
    login_with_second_factor(client, get_user_model().objects.get(username=DEMO_EDITOR[0]))
    return client


def test_demo_editor_is_in_the_editor_groups(editor_client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=DEMO_EDITOR[0])
    assert set(user.groups.values_list("name", flat=True)) == set(
        Group.objects.filter(name__in=["Editors", "Moderators"]).values_list("name", flat=True)
    )


def test_editor_opens_a_guidance_page_in_the_editor(editor_client):
    page = GuidancePageFactory()
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "Anker" in response.content.decode()


@pytest.mark.parametrize("model", ["pillar", "principle", "theme", "region", "glossaryterm"])
def test_vocabulary_snippets_are_listed_for_admins(admin_client, site_tree, model):
    assert admin_client.get(f"/admin/snippets/cms/{model}/").status_code == 200
