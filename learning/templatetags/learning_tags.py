import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org JSON-LD for the page head; '<' is escaped so the script cannot be closed."""
    data = json.dumps(page.json_ld(context.get("request")), ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # Not format_html's escaping: a <script> is raw text, so &quot; would break the JSON; the
    # three characters that could end the element are \u-escaped above (as json_script does).
    safe_json = mark_safe(data)  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', safe_json)


@register.simple_tag
def page_numbers(items):
    """The page numbers around the current page, with the first and the last and "…" between
    (Django's elided page range), for the pager."""
    return items.paginator.get_elided_page_range(items.number, on_each_side=1, on_ends=1)
