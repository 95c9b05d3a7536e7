from django import template
from django.utils.html import format_html_join

from cms.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text, request=None):
    """Render user Markdown through the one sanitising path.

    `{{ text|markdown:request }}` explains each glossary term once per page (the request
    carries the set); plain `{{ text|markdown }}` treats the text on its own.
    """
    explained = None
    if request is not None:
        explained = request.__dict__.setdefault("_glossary_explained", set())
    return render_markdown(text or "", explained=explained)


@register.simple_tag(takes_context=True)
def section_panels(context, page, section):
    """What other rooms know about one guidance section (registered in cms.panels)."""
    from cms.panels import SECTION_PANELS

    request = context.get("request")
    # Each panel returns rendered (safe) HTML; anything else it returns is escaped.
    return format_html_join(
        "", "{}", ((panel(request, page, section),) for panel in SECTION_PANELS)
    )


@register.simple_tag(takes_context=True)
def page_panels(context, page):
    """What other rooms know about a whole page (registered in cms.panels)."""
    from cms.panels import PAGE_PANELS

    request = context.get("request")
    return format_html_join("", "{}", ((panel(request, page),) for panel in PAGE_PANELS))
