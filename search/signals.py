"""Keep the index in step with the rooms: publish, unpublish, delete, glossary edits."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from cms.models import GlossaryTerm

from . import indexer
from .adapters import adapter_for


def _reindex(instance):
    if adapter_for(instance) is not None:
        indexer.index_instance(instance)


def on_page_published(sender, instance, **kwargs):
    _reindex(instance.specific)


def on_page_unpublished(sender, instance, **kwargs):
    indexer.remove_instance(instance.specific)


def on_page_deleted(sender, instance, **kwargs):
    # Deleting a page fires post_delete for its class and for Page; the class is enough.
    if isinstance(instance, Page) and type(instance) is not Page:
        indexer.remove_instance(instance)


def on_slug_changed(sender, instance, **kwargs):
    # URLs of the page and its descendants changed.
    for page in [instance, *instance.get_descendants().live().specific()]:
        _reindex(page.specific)


def on_glossary_saved(sender, instance, **kwargs):
    indexer.index_instance(instance)


def on_glossary_deleted(sender, instance, **kwargs):
    indexer.remove_instance(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="search_slug_changed")
    post_save.connect(on_glossary_saved, sender=GlossaryTerm, dispatch_uid="search_term_saved")
    post_delete.connect(
        on_glossary_deleted, sender=GlossaryTerm, dispatch_uid="search_term_deleted"
    )
