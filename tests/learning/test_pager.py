"""The pager of the pilot and research lists keeps every filter of the address."""

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.learning.factories import PilotPageFactory, publish


def pager(query: str, page: int) -> str:
    request = RequestFactory().get(f"/pilots/?{query}")
    items = Paginator(range(3), 1).get_page(page)
    return render_to_string("learning/includes/pager.html", {"items": items}, request=request)


def test_repeated_keys_are_kept_and_only_the_page_changes():
    html = pager("theme=a&page=2&theme=b", 2)
    assert 'href="?theme=a&amp;theme=b&amp;page=1"' in html
    assert 'href="?theme=a&amp;theme=b&amp;page=3"' in html


def test_special_characters_are_encoded():
    html = pager("q=%C3%A9%C3%A9n+%26+twee%2F%3F%23", 1)
    assert 'href="?q=%C3%A9%C3%A9n+%26+twee%2F%3F%23&amp;page=2"' in html


@pytest.mark.django_db
def test_the_pilot_list_pages_with_its_filters(client, registry, monkeypatch):
    monkeypatch.setattr("learning.listing.PER_PAGE", 1)
    for title in ("Pilot A", "Pilot B"):
        publish(PilotPageFactory(parent=registry, title=title))
    html = client.get("/pilots/?status=&status=&weergave=x").content.decode()
    assert 'href="?status=&amp;status=&amp;weergave=x&amp;page=2"' in html
