"""Vocabulary labels and Dutch content on pages that may be shown in English (cms.languages).

`{% dutch %}` goes on the element holding Dutch page content: it writes lang="nl" when the
page (the <html>) is in another language, so screen readers pronounce it as Dutch.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from cms.languages import dutch_active, shipped_text

register = template.Library()


@register.simple_tag
def dutch() -> str:
    return "" if dutch_active() else SafeString(' lang="nl"')


@register.filter
def shipped(text: str) -> str:
    """A fixed text from setup code in the visitor's language (for <title> and attributes)."""
    return shipped_text(text)[0]


@register.simple_tag
def fixed_text(text: str) -> str:
    """A fixed text from setup code; an edited (Dutch-only) one is marked lang="nl"."""
    shown, translated = shipped_text(text)
    return (
        format_html("{}", shown) if translated else format_html('<span lang="nl">{}</span>', shown)
    )


@register.simple_tag
def vocab_label(word) -> str:
    """A pillar's or theme's label; marked lang="nl" when it has no English label yet."""
    if word.label_lang:
        return format_html('<span lang="{}">{}</span>', word.label_lang, word.label)
    return format_html("{}", word.label)


@register.simple_tag
def principle_label(principle) -> str:
    """'G4 Children and parents are heard', the code with the label as its expansion."""
    html = format_html(
        '<abbr title="{}">{}</abbr> {}', principle.label, principle.code, principle.label
    )
    if principle.label_lang:
        return format_html('<span lang="{}">{}</span>', principle.label_lang, html)
    return html
