"""Panels other rooms add to knowledge pages, so that cms never imports them.

A room registers a function in its AppConfig.ready:

    @register_section_panel
    def in_practice(request, page, sections) -> dict[str, str]: ...

    @register_page_panel
    def linked_pilots(request, page) -> str: ...

A section panel gets all sections of the page at once (the blocks' values, each with its
"anchor") and returns the HTML to show under each section, by anchor; a missing anchor shows
nothing. It fetches what it needs for the whole page in a fixed number of queries, so a page
with a hundred sections costs no more queries than one with two. A page panel returns the
HTML for the whole page, or "". Both return safe HTML (usually render_to_string of the
room's own template); a plain str is escaped (joined with format_html_join), never trusted.
"""

from django.utils.html import format_html_join

SECTION_PANELS: list = []
PAGE_PANELS: list = []


def register_section_panel(func):
    SECTION_PANELS.append(func)
    return func


def register_page_panel(func):
    PAGE_PANELS.append(func)
    return func


def section_panels_by_anchor(request, page, sections) -> dict[str, str]:
    """Every registered section panel for every section: anchor -> HTML, in registry order.
    Parts the panels marked safe stay HTML; a plain str is escaped."""
    html: dict[str, list[str]] = {}
    for panel in SECTION_PANELS:
        for anchor, part in panel(request, page, sections).items():
            if part:
                html.setdefault(anchor, []).append(part)
    return {
        anchor: format_html_join("", "{}", ((part,) for part in parts))
        for anchor, parts in html.items()
    }
