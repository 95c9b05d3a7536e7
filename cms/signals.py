"""Every change to what public pages show bumps the content token (cms.content_version).

Rather than a list of the models that are public (a new one would be forgotten, and its pages
would stay stale), every model counts, except those in settings.CONTENT_VERSION_IGNORES:
sessions, logs, login records, derived index rows and the like, written by visits and logins
but never shown. An unneeded bump costs a cache refill; a missing one shows old content.

Receivers are connected per model, not for all senders: a model without a post_delete
receiver keeps Django's fast bulk delete (the search index deletes rows by the thousand).
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import content_version


def content_changed(**kwargs):
    content_version.bump()


def counts_as_content(model) -> bool:
    ignored = settings.CONTENT_VERSION_IGNORES
    meta = model._meta
    return meta.app_label not in ignored and meta.label_lower not in ignored


for model in apps.get_models(include_auto_created=True):
    if not counts_as_content(model):
        continue
    uid = f"content-version-{model._meta.label_lower}"
    if model._meta.auto_created:  # the table of a ManyToManyField: add/remove/clear
        m2m_changed.connect(content_changed, sender=model, weak=False, dispatch_uid=uid)
    else:
        post_save.connect(content_changed, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(content_changed, sender=model, weak=False, dispatch_uid=uid)

# Publishing and unpublishing save the page too; a move updates rows in bulk, without save.
for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(content_changed, weak=False, dispatch_uid="content-version-page")
