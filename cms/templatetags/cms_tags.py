from django import template

from cms.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Render user Markdown through the one sanitising path."""
    return render_markdown(text or "")
