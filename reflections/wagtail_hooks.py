"""Editors' warning: after a page is created or edited, its free texts pass the privacy
guard and each finding is named (field and kind, never the text) in a warning message.
ReflectionSession is deliberately NOT registered here: the admin never shows reflections."""

from django.contrib import messages
from django.db import models
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.fields import StreamField

from cms.hooks import LOAD_DEMO, PERIODIC_TASKS, READS_OTHERS_WORK

from .privacy import find_identifiers, label_for

SKIP_KEYS = {"anchor", "id", "type", "link", "url"}
SKIP_FIELDS = {"slug", "url_path", "draft_title", "seo_title", "search_description"}


def _strings(value, path=""):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in SKIP_KEYS:
                yield from _strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, path)


def page_texts(page):
    """(field label, text) for every free text of a page, StreamField contents included."""
    for field in page._meta.concrete_fields:
        if field.name in SKIP_FIELDS:
            continue
        value = getattr(page, field.attname, None)
        label = str(field.verbose_name)
        if isinstance(field, StreamField):
            raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
            for sub, text in _strings(raw):
                yield f"{label} ({sub})" if sub else label, text
        elif (isinstance(field, models.TextField) or field.name == "title") and isinstance(
            value, str
        ):
            yield label, value


def privacy_warnings(page) -> list[str]:
    found = {}
    for label, text in page_texts(page):
        for f in find_identifiers(text):
            found.setdefault(label, set()).add(label_for(f.kind))
    return [
        _("Controleer '%(field)s': mogelijk %(kinds)s van een gezin.")
        % {"field": label, "kinds": ", ".join(sorted(kinds))}
        for label, kinds in found.items()
    ]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_identifiers(request, page):
    for warning in privacy_warnings(page.specific):
        messages.warning(request, warning)


@hooks.register(LOAD_DEMO)  # see cms/hooks.py
def demo_team(home):
    from .demo import create_demo_team

    create_demo_team(home)


@hooks.register(PERIODIC_TASKS)  # see cms/hooks.py
def retention_purge_daily():
    from datetime import timedelta

    from .tasks import purge_expired_reflections

    return [(purge_expired_reflections, timedelta(days=1))]


@hooks.register(READS_OTHERS_WORK)
def coordinators_read_others_work(user):
    """A coordinator reads the team's read log and exports: they must use a second factor."""
    from .models import Membership

    return Membership.objects.filter(user=user, role=Membership.Role.COORDINATOR).exists()
