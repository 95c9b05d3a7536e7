from django import template
from django.utils.html import format_html

from cms.security.csp import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce_attr():
    """` nonce="…"` for an inline script of Wagtail's, also where no request is in the context."""
    nonce = current_nonce()
    return format_html(' nonce="{}"', nonce) if nonce else ""
