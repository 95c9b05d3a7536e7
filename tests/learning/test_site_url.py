"""Links that leave the site (API, CSV, feed) use SITE_URL, not the request's Host."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish
from tests.learning.test_exports import read_csv

pytestmark = pytest.mark.django_db
SITE = "https://leerplatform.example.nl"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(registry, research_index):
    pilot = publish(PilotPageFactory(title="Alfa"))
    study = publish(ResearchSummaryPageFactory(title="Studie"))
    return pilot, study


@override_settings(SITE_URL=SITE)
def test_api_urls_start_with_site_url(client, published):
    pilot, study = published
    (item,) = client.get("/api/pilots").json()["items"]
    assert item["url"] == f"{SITE}{pilot.url}"
    (item,) = client.get("/api/research").json()["items"]
    assert item["url"] == f"{SITE}{study.url}"


@override_settings(SITE_URL=SITE)
def test_csv_urls_start_with_site_url(client, published):
    pilot, study = published
    for path, page in (("/pilots/export.csv", pilot), ("/onderzoek/export.csv", study)):
        (row,) = read_csv(client.get(path, HTTP_HOST="evil.example.com"))
        assert row["url"] == f"{SITE}{page.url}"


@override_settings(SITE_URL=SITE)
def test_feed_links_start_with_site_url(client, published):
    response = client.get("/pilots/feed.atom", HTTP_HOST="evil.example.com")
    root = ET.fromstring(response.content)  # noqa: S314 — our own feed
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    ids = [e.text for e in root.iter(f"{ATOM}id")]
    assert len(links) >= 3
    assert all(href.startswith(SITE + "/") for href in links + ids)
