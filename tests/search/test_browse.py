"""The empty search page offers ways in: the pillars with their principles, the themes and the
latest changes to public pages; each principle and theme is a filtered search."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.models import Pillar, Principle, Theme
from search.browse import recent_changes
from tests.search.conftest import guidance, inspiration, publish


def stamp(page, published, first=None):
    """Dates as an edit history would leave them."""
    page.first_published_at = first or published
    page.last_published_at = published
    page.save(update_fields=["first_published_at", "last_published_at"])
    return page


def ago(days):
    return timezone.now() - dt.timedelta(days=days)


@pytest.fixture
def history(site_tree):
    old = guidance("Leidraad van vroeger", [("Start", "start", "Tekst.")])
    changed = guidance("Leidraad die bijgewerkt is", [("Start", "start", "Tekst.")])
    new = inspiration("Voorbeeld van vandaag")
    stamp(old, ago(30))
    stamp(changed, ago(1), first=ago(60))
    stamp(new, ago(0))
    return {"old": old, "changed": changed, "new": new}


def test_the_empty_search_offers_pillars_principles_and_themes(client, site_tree):
    html = client.get("/zoeken/").content.decode()
    for pillar in Pillar.objects.all():
        assert pillar.name in html
    for principle in Principle.objects.all():
        assert f'href="/zoeken/?principle={principle.code}"' in html
    for theme in Theme.objects.all():
        assert f'href="/zoeken/?theme={theme.slug}"' in html
    assert "Resultaten" not in html  # nothing was searched


def test_principles_are_grouped_under_their_pillar(client, site_tree):
    html = client.get("/zoeken/").content.decode()
    for pillar in Pillar.objects.prefetch_related("principles"):
        block = re.search(rf'id="pijler-{pillar.slug}">.*?</section>', html, re.S).group(0)
        assert sorted(re.findall(r"principle=(\w+)", block)) == sorted(
            p.code for p in pillar.principles.all()
        )


def test_the_empty_search_shows_the_latest_changes_newest_first(client, history):
    html = client.get("/zoeken/").content.decode()
    recent = html[html.index("Laatst gewijzigd") :]
    titles = re.findall(
        r'search-result__title"><a class="utrecht-link" href="[^"]+">([^<]+)<', recent
    )
    assert titles[:3] == [
        "Voorbeeld van vandaag",
        "Leidraad die bijgewerkt is",
        "Leidraad van vroeger",
    ]
    assert "Praktijkvoorbeeld · nieuw op" in recent
    assert "Richtlijn · bijgewerkt op" in recent
    assert f'href="{history["new"].url}"' in recent


def test_only_public_pages_are_among_the_latest_changes(history):
    history["new"].unpublish()
    PageViewRestriction.objects.create(
        page=history["changed"], restriction_type=PageViewRestriction.LOGIN
    )
    assert [c.title for c in recent_changes()] == ["Leidraad van vroeger"]


def test_at_most_five_changes(site_tree):
    for i in range(7):
        stamp(guidance(f"Leidraad nummer {i}", [("Start", "start", "Tekst.")]), ago(10 - i))
    assert [c.title for c in recent_changes()] == [f"Leidraad nummer {i}" for i in (6, 5, 4, 3, 2)]


def test_a_principle_link_lists_its_pages(client, site_tree):
    page = guidance("Leidraad over samen beslissen", [("Start", "start", "Samen.")])
    page.principles.set([Principle.objects.get(code="R3")])
    publish(page)
    html = client.get("/zoeken/?principle=R3").content.decode()
    assert "Leidraad over samen beslissen" in html
    assert "Laatst gewijzigd" not in html  # a filtered search shows results, not the ways in


def test_a_search_shows_no_ways_in(client, site_tree):
    html = client.get("/zoeken/?q=veiligheid").content.decode()
    assert "Zoeken per basisprincipe" not in html
