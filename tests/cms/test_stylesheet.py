"""The site stylesheet is appended to by every branch: a block left open at a merge silently
limits every later rule to that block (it once put half the site's styles under a phone-only
media query)."""

import re
from pathlib import Path

from django.conf import settings

SITE_CSS = Path(settings.BASE_DIR) / "cms" / "static" / "cms" / "site.css"


def test_every_block_in_the_site_stylesheet_is_closed():
    text = re.sub(r"/\*.*?\*/", "", SITE_CSS.read_text(), flags=re.S)
    text = re.sub(r'"[^"]*"', '""', text)  # braces inside strings (content: "…") do not count
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0, "a } without its {"
    assert depth == 0, "a block in site.css is not closed"
