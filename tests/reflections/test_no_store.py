"""Nothing that shows reflection text or team data is kept by a browser or a proxy.

The URLs are read from the URL conf, so a view added later is tested without anyone
remembering to add it here.
"""

import pytest
from django.conf import settings
from django.urls import get_resolver, reverse
from django.utils.cache import get_max_age

from tests.factories import GuidancePageFactory
from tests.reflections.factories import SessionFactory


def private_url_patterns() -> dict:
    resolver = get_resolver()
    found = {}
    for namespace, public in settings.PRIVATE_URL_NAMESPACES.items():
        _prefix, sub = resolver.namespace_dict[namespace]
        for p in sub.url_patterns:
            if p.name and p.name not in public:
                found[f"{namespace}:{p.name}"] = p
    return found


def url_for(name, team, session):
    values = {
        "team_id": team.pk,
        "pk": session.pk,
        "method": "aar",
        "token": "x" * 20,
        "membership_id": 1,
        "invitation_id": 1,
    }
    arguments = private_url_patterns()[name].pattern.converters
    if "page_id" in arguments:  # issue 14 item 4: feedback on a section of a guidance page
        page = GuidancePageFactory()
        values.update(page_id=page.pk, anchor=page.sections[0].value["anchor"])
    return reverse(name, kwargs={key: values[key] for key in arguments})


def assert_no_store(response):
    cache_control = response.get("Cache-Control", "")
    assert "no-store" in cache_control and "private" in cache_control, cache_control
    assert get_max_age(response) == 0


def test_every_private_url_is_known():
    names = private_url_patterns()
    assert "search:team" in names and "reflections:session" in names
    assert "reflections:lessons" not in names and "search:search" not in names


@pytest.mark.parametrize("name", list(private_url_patterns()))
def test_team_pages_are_never_stored(client, team, member, name):
    session = SessionFactory(team=team, created_by=member)
    client.force_login(member)
    url = url_for(name, team, session)
    assert_no_store(client.get(url))
    assert_no_store(client.post(url, {}))


@pytest.mark.parametrize("name", list(private_url_patterns()))
def test_team_pages_are_never_stored_even_for_visitors_sent_to_the_login(client, team, name):
    session = SessionFactory(team=team)
    assert_no_store(client.get(url_for(name, team, session)))


def test_public_lessons_and_search_may_be_cached(client, site_tree):
    for url in (reverse("reflections:lessons"), reverse("search:search")):
        assert "no-store" not in client.get(url).get("Cache-Control", "")
