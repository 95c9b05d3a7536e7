"""Keep the index in step with the rooms: publish, unpublish, delete, glossary edits, and
what makes a page public or private (view restrictions added or removed, pages moved)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

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


def _reindex_section(page):
    """The page and every live descendant: index_instance keeps or drops each one by
    cms.visibility.is_public, the same rule publishing uses."""
    for each in [page, *page.get_descendants().live().specific()]:
        _reindex(each.specific)


def on_slug_changed(sender, instance, **kwargs):
    # URLs of the page and its descendants changed.
    _reindex_section(instance)


def on_page_moved(sender, instance, **kwargs):
    # Moved under or out of a restricted section: public-ness and URLs may both change.
    _reindex_section(instance)


def on_restriction_changed(sender, instance, **kwargs):
    # After commit: a restriction deleted with its page must not bring the page back.
    page_id = instance.page_id

    def reindex():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            _reindex_section(page)

    transaction.on_commit(reindex)


def on_glossary_saved(sender, instance, **kwargs):
    indexer.index_instance(instance)


def on_glossary_deleted(sender, instance, **kwargs):
    indexer.remove_instance(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="search_slug_changed")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
    post_save.connect(on_glossary_saved, sender=GlossaryTerm, dispatch_uid="search_term_saved")
    post_delete.connect(
        on_glossary_deleted, sender=GlossaryTerm, dispatch_uid="search_term_deleted"
    )
