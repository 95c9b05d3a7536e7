"""The one place in the code base that turns user text into HTML.

Markdown is rendered with the `markdown` package, then cleaned by `nh3` against an explicit
allow-list. Glossary hints are added to the cleaned HTML by `cms.glossary`, which only wraps
text between tags and escapes what it inserts.
"""

import threading
from functools import lru_cache

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

from cms.glossary import add_glossary_hints

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "dl", "dt", "em", "h3", "h4", "h5", "h6",
    "hr", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope"},
    "td": set(),
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["tables", "fenced_code", "sane_lists", "abbr", "def_list"]


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(
    text: str, *, glossary_hints: bool = True, explained: set[str] | None = None
) -> SafeString:
    """User Markdown -> safe HTML. Headings start at h3: pages own h1 and h2.

    `explained` holds the glossary terms already explained on this page; pass the same set
    for every text of a page so that a term is explained on its first use only.
    """
    if not text:
        return mark_safe("")  # noqa: S308 — the empty string
    html = _clean_html(text)
    if glossary_hints:
        html = add_glossary_hints(html, explained if explained is not None else set())
    # The one place user text becomes trusted HTML: nh3 has removed every tag and attribute
    # outside the allow-lists above, and the glossary hints escape the text they add.
    return mark_safe(html)  # noqa: S308


@lru_cache(maxsize=4096)
def _clean_html(text: str) -> str:
    """Markdown -> allow-listed HTML; a pure function of the text, so a worker keeps the
    results of the texts it renders most (a guidance page renders each section every time)."""
    return sanitise_html(_demote_headings(_converter().reset().convert(text)))


_local = threading.local()


def _converter() -> md.Markdown:
    """One Markdown instance per thread, reset before each text: building one (loading the
    extensions) costs more than converting a section. Instances are not thread-safe."""
    if not hasattr(_local, "converter"):
        _local.converter = md.Markdown(extensions=EXTENSIONS, output_format="html")
    return _local.converter


def _demote_headings(html: str) -> str:
    # h1/h2 in user text become h3 so that the page outline stays valid.
    for level in (1, 2):
        html = html.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    return html
