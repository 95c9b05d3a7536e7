"""The CSP nonce on the inline script that Wagtail's chooser widgets write from Python.

Wagtail 7.4's BaseChooser.render ends its HTML with `<script>new PageChooser(…);</script>`
(an f-string, no template to override; wagtail/wagtail#12940 tracks moving it to data
attributes). This wraps that one method so that exactly that trailing script gets the nonce;
any other output is returned unchanged. The date/time widgets and InlinePanel scripts get
theirs from template overrides in cms/templates/wagtailadmin/.
"""

import functools

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser

from .csp import current_nonce

_OPEN = "<script>"


def nonce_on_trailing_script(html: str, nonce: str) -> str:
    head, found, tail = html.rpartition(_OPEN)
    if not nonce or not found or not tail.endswith("</script>") or _OPEN in tail:
        return html
    opening = format_html('<script nonce="{}">', nonce)
    # `html` is Wagtail's own mark_safe output and stays as it was around the new attribute;
    # splitting it gives plain str pieces, which format_html would escape a second time.
    return mark_safe(f"{head}{opening}{tail}")  # noqa: S308


def install():
    original = BaseChooser.render
    if getattr(original, "_adds_csp_nonce", False):
        return

    @functools.wraps(original)
    def render(self, name, value, attrs=None, renderer=None):
        html = original(self, name, value, attrs, renderer)
        return nonce_on_trailing_script(html, current_nonce())

    render._adds_csp_nonce = True
    BaseChooser.render = render
