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
