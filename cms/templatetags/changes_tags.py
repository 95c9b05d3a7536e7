"""Template tags of issue 14, items 2 and 6: section marks and the follow button."""

from django import template
from django.urls import reverse

from cms.follow import is_following
from cms.section_marks import section_marks as marks_of

register = template.Library()


@register.simple_tag
def section_marks(page):
    return marks_of(page)


@register.inclusion_tag("cms/changes/section_mark.html")
def section_mark(marks, anchor, short=False):
    return {"mark": (marks or {}).get(anchor), "short": short}


@register.inclusion_tag("cms/changes/follow_form.html", takes_context=True)
def follow_form(context, page=None, theme=None):
    request = context["request"]
    if page is not None:
        action = reverse("changes:follow_page", args=[page.pk])
        feed = reverse("changes:page_feed", args=[page.pk])
    else:
        action = reverse("changes:follow_theme", args=[theme.slug])
        feed = reverse("changes:theme_feed", args=[theme.slug])
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "user": request.user,
        "page": page,
        "theme": theme,
        "action": action,
        "feed": feed,
        "following": is_following(request.user, page=page, theme=theme),
    }
