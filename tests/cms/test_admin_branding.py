"""The admin looks like the platform: its name and logo, Dutch, nothing from other hosts."""

import pytest
from django.contrib.auth import get_user_model

from cms.management.commands.load_demo import DEMO_EDITOR, ensure_demo_editor
from tests.factories import GuidancePageFactory, login_with_second_factor


@pytest.fixture
def editor_client(client, site_tree):
    ensure_demo_editor()
    login_with_second_factor(client, get_user_model().objects.get(username=DEMO_EDITOR[0]))
    return client


@pytest.mark.parametrize("url", ["/admin/", "/admin/pages/", "/admin/account/"])
def test_admin_pages_carry_the_platform_name_and_logo_and_no_gravatar(editor_client, url):
    html = editor_client.get(url).content.decode()
    assert "- Beheer Leerplatform Kind en Gezin</title>" in html
    assert "cms/admin/logo.svg" in html
    assert "gravatar" not in html.lower()
    assert "default-user-avatar" in html  # Wagtail's own picture, from our static files


def test_the_editor_speaks_dutch_to_a_new_user(editor_client):
    page = GuidancePageFactory()
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'lang="nl"' in html
    assert "Bewaar concept" in html


@pytest.mark.parametrize("url", ["/admin/login/", "/_util/login/"])
def test_wagtails_logins_lead_to_the_dutch_login_page(client, site_tree, url):
    response = client.get(f"{url}?next=/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/account/login/?next=/admin/"
    html = response.content.decode()
    assert "Wachtwoord" in html
    assert "Log in om naar het beheer van het Leerplatform Kind en Gezin te gaan" in html
    assert "Password" not in html and "Wagtail" not in html


def test_the_admin_offers_only_the_sites_languages():
    from wagtail.admin.localization import get_available_admin_languages

    assert [code for code, _name in get_available_admin_languages()] == ["nl", "en"]


def test_the_login_for_the_public_site_does_not_speak_of_the_admin(client, site_tree):
    html = client.get("/account/login/?next=/reflecties/").content.decode()
    assert "Wachtwoord" in html and "naar het beheer" not in html
