"""The dialoogversie banner of a guidance page (cms.models.consultation)."""

from django import template

from cms.models import open_consultation as open_consultation_of

register = template.Library()


@register.simple_tag
def open_consultation(page):
    """`{% open_consultation page as consultation %}`: the open consultation or None."""
    return open_consultation_of(page)
