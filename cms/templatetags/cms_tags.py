from django import template
from django.utils.html import format_html_join
from wagtail import hooks

from cms.hooks import PAGE_PANELS, SECTION_PANELS
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
    """What other rooms know about one guidance section (the guidance_section_panels hook).

    The panels run once for all sections of the page (on the first section) and the result
    is kept on the request, so the query count does not grow with the number of sections.
    """
    request = context.get("request")
    anchor = section.get("anchor", "")
    memo = request.__dict__.setdefault("_cms_section_panels", {}) if request is not None else {}
    key = (page.pk, id(page))
    if key not in memo:
        sections = [block.value for block in getattr(page, "sections", [])]
        covered = {s.get("anchor", "") for s in sections}
        memo[key] = covered, _section_panels_by_anchor(request, page, sections)
    covered, html = memo[key]
    if anchor not in covered:  # a section rendered outside its page's sections
        html = _section_panels_by_anchor(request, page, [section])
    return html.get(anchor, "")


def _section_panels_by_anchor(request, page, sections) -> dict[str, str]:
    """Every room's panels for every section: anchor -> HTML, in hook order. Parts a room
    marked safe stay HTML; a plain str is escaped."""
    html: dict[str, list[str]] = {}
    for panel in hooks.get_hooks(SECTION_PANELS):
        for anchor, part in panel(request, page, sections).items():
            if part:
                html.setdefault(anchor, []).append(part)
    return {
        anchor: format_html_join("", "{}", ((part,) for part in parts))
        for anchor, parts in html.items()
    }


@register.simple_tag(takes_context=True)
def page_panels(context, page):
    """What other rooms know about a whole page (the guidance_page_panels hook)."""
    request = context.get("request")
    panels = hooks.get_hooks(PAGE_PANELS)
    return format_html_join("", "{}", ((panel(request, page),) for panel in panels))


@register.filter
def count_of(counts, key) -> int:
    """`{{ counts.principle|count_of:p.code }}`: how many items an option gives (0 if none)."""
    return (counts or {}).get(key, 0)
