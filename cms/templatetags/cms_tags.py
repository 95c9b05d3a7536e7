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
    """What other rooms know about one guidance section (registered in cms.panels).

    The panels run once for all sections of the page (on the first section) and the result
    is kept on the request, so the query count does not grow with the number of sections.
    """
    from cms.panels import section_panels_by_anchor

    request = context.get("request")
    anchor = section.get("anchor", "")
    memo = request.__dict__.setdefault("_cms_section_panels", {}) if request is not None else {}
    key = (page.pk, id(page))
    if key not in memo:
        sections = [block.value for block in getattr(page, "sections", [])]
        covered = {s.get("anchor", "") for s in sections}
        memo[key] = covered, section_panels_by_anchor(request, page, sections)
    covered, html = memo[key]
    if anchor not in covered:  # a section rendered outside its page's sections
        html = section_panels_by_anchor(request, page, [section])
    return html.get(anchor, "")


@register.simple_tag(takes_context=True)
def page_panels(context, page):
    """What other rooms know about a whole page (registered in cms.panels)."""
    from cms.panels import PAGE_PANELS

    request = context.get("request")
    return format_html_join("", "{}", ((panel(request, page),) for panel in PAGE_PANELS))
