"""Panels other rooms add to knowledge pages, so that cms never imports them.

A room registers a function in its AppConfig.ready:

    @register_section_panel
    def in_practice(request, page, section) -> str: ...   # section = the block's value

    @register_page_panel
    def linked_pilots(request, page) -> str: ...

Each returns safe HTML (usually render_to_string of its own template) or "" to show nothing;
a plain str is escaped (cms_tags joins them with format_html_join), never trusted.
"""

SECTION_PANELS: list = []
PAGE_PANELS: list = []


def register_section_panel(func):
    SECTION_PANELS.append(func)
    return func


def register_page_panel(func):
    PAGE_PANELS.append(func)
    return func
