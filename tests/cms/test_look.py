"""The site's look that does not need a browser: the favicon, the theme's fonts served from our
own host, and the print stylesheet on guidance pages."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import GuidancePageFactory

CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def test_favicon_ico_answers_with_the_svg_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")
    assert "max-age" in response["Cache-Control"]
    assert client.head("/favicon.ico").status_code == 200
    assert client.post("/favicon.ico").status_code == 405


def test_every_page_names_the_icon_and_it_is_served(client, site_tree):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/cms/favicon.svg" type="image/svg+xml">' in html
    assert finders.find("cms/favicon.svg")


def _theme_families() -> set[str]:
    """The first family of the theme's text and heading font tokens, e.g. 'Noto Sans'."""
    theme = Path(finders.find("nlds/tokens/theme.css")).read_text()
    names = {"--basis-text-font-family-default", "--basis-heading-font-family"}
    found = re.findall(r"(--basis-[a-z-]+-font-family[a-z-]*):\s*'([^']+)'", theme)
    return {family for name, family in found if name in names}


def test_the_fonts_the_theme_names_are_declared_and_served_from_our_host():
    fonts_css = Path(finders.find("cms/fonts.css")).read_text()
    declared = set(re.findall(r'font-family:\s*"([^"]+)"', fonts_css))
    assert _theme_families() == {"Noto Sans", "Noto Serif"}
    assert _theme_families() <= declared
    urls = CSS_URL.findall(fonts_css)
    assert urls
    for url in urls:
        assert not re.match(r"(https?:)?//", url), url
        # Relative to /static/cms/fonts.css, as the browser and ManifestStaticFilesStorage read it.
        path = url.removeprefix("../")
        assert path.startswith("fonts/") and finders.find(path), url


@pytest.mark.parametrize("name", ["cms/site.css", "cms/print.css", "learning/evidence-map.css"])
def test_our_stylesheets_load_nothing_from_another_host(name):
    css = Path(finders.find(name)).read_text()
    assert not [url for url in CSS_URL.findall(css) if re.match(r"(https?:)?//", url)]
    assert "@import" not in css


def test_no_page_links_a_stylesheet_or_font_from_another_host(client, site_tree):
    html = client.get("/").content.decode()
    links = re.findall(r"<link [^>]*href=\"([^\"]+)\"", html)
    assert links and all(href.startswith("/") for href in links), links
    assert "fonts.css" in html


def test_the_font_files_are_in_the_static_files_settings():
    prefixes = {prefix for prefix, _path in settings.STATICFILES_DIRS}
    assert {"fonts/noto-sans", "fonts/noto-serif"} <= prefixes


def test_a_guidance_page_links_the_print_stylesheet(client, site_tree):
    page = GuidancePageFactory(title="Printbaar kader")
    html = client.get(page.url).content.decode()
    assert '<link rel="stylesheet" href="/static/cms/print.css" media="print">' in html
    assert finders.find("cms/print.css")
