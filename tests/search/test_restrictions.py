"""The search index follows view restrictions: added, removed, and pages moved in or out."""

import pytest
from wagtail.models import PageViewRestriction

from cms.models import KnowledgeIndexPage
from tests.search.conftest import guidance, inspiration

WORD = "zeldzaamwoordje"


def _found(client) -> bool:
    hits = client.get("/api/search", {"q": WORD}).json()["results"]
    suggestions = client.get("/api/search/autocomplete", {"q": "Kwetsbaar voor"}).json()
    return bool(hits) and any("Kwetsbaar voorbeeld" in s["title"] for s in suggestions)


@pytest.fixture
def page(site_tree, glossary):
    return inspiration("Kwetsbaar voorbeeld", situation=f"Een {WORD} in de situatie.")


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_restricting_a_page_takes_it_out_of_search_and_back(
    client, page, kind, django_capture_on_commit_callbacks
):
    assert _found(client)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=kind, password="toegang-123"
        )
    assert not _found(client)
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert _found(client)


def test_restricting_a_section_takes_its_pages_out(
    client, page, django_capture_on_commit_callbacks
):
    other = guidance("Openbare richtlijn", [("Stap", "stap", f"Ook een {WORD}.")])
    index = KnowledgeIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=index, restriction_type="login")
    assert client.get("/api/search", {"q": WORD}).json()["count"] == 0
    # published again under the restricted section: still not indexed
    other.save_revision().publish()
    assert client.get("/api/search", {"q": WORD}).json()["count"] == 0


def test_moving_a_page_under_a_restricted_section_and_out(client, page, site_tree):
    from cms.models import KnowledgeIndexPage as Index

    closed = site_tree.add_child(instance=Index(title="Besloten", slug="besloten"))
    PageViewRestriction.objects.create(page=closed, restriction_type="login")
    page.move(closed, pos="last-child")
    assert client.get("/api/search", {"q": WORD}).json()["count"] == 0
    page.refresh_from_db()
    page.move(Index.objects.get(slug="kennisbank"), pos="last-child")
    assert client.get("/api/search", {"q": WORD}).json()["count"] == 1
