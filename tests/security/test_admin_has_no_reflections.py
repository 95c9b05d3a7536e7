"""The Wagtail admin has no path to a reflection's text: as a superuser, crawl every admin
page reachable from the menu and the dashboard, and search for the marker word."""

import re
from collections import deque

from tests.factories import login_with_second_factor

from .conftest import MARKER, SENTENCE

START = [
    "/admin/",
    f"/admin/pages/search/?q={MARKER}",
    f"/admin/search/?q={MARKER}",
    f"/admin/users/?q={MARKER}",
    "/admin/users/",
    "/admin/groups/",
    "/admin/snippets/",
    "/admin/reports/",
    "/admin/reports/site-history/",
    "/admin/reports/locked/",
    "/admin/reports/workflow/",
    "/admin/reports/aging-pages/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/sites/",
    "/admin/workflows/list/",
    "/admin/redirects/",
]
HREF = re.compile(r'href="(/admin/[^"#]*)"')
# Links that change state or leave the admin's reading views.
SKIP = re.compile(r"/(delete|unpublish|move|copy|logout|lock|unlock|revert|convert|add)/|/preview")
LIMIT = 250


def test_admin_pages_never_show_reflection_text(client, world, db):
    login_with_second_factor(client, world["users"]["beheerder"])
    seen, queue, shown = set(), deque(START), []
    while queue and len(seen) < LIMIT:
        url = queue.popleft().replace("&amp;", "&")
        if url in seen or SKIP.search(url):
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code != 200 or response.streaming:
            continue
        body = response.content.decode(errors="replace").lower()
        # A search page repeats its query: there, look for the reflection's sentence.
        needle = SENTENCE if MARKER.lower() in url.lower() else MARKER
        if needle.lower() in body:
            shown.append(url)
        queue.extend(u for u in HREF.findall(body) if u not in seen)
    assert len(seen) > 40  # the crawl really went through the admin
    assert shown == [], shown


def test_the_marker_is_visible_where_reflections_are_shown(client, world, db):
    """Control for the crawl above: the same check finds the text on the team's own page."""
    login_with_second_factor(client, world["users"]["teamlid"])
    body = client.get(f"/reflecties/{world['values']['session']}/").content.decode()
    assert SENTENCE.lower() in body.lower()
