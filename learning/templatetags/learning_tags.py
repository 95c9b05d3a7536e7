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
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308
