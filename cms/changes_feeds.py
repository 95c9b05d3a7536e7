"""Atom feeds of guidance changes (issue 14, items 2 and 6): site-wide, per page, per theme.

Links are absolute from SITE_URL (cms.site_url), not from the request's Host."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cms import changes
from cms.models import GuidancePage, Theme
from cms.site_url import absolute_url, page_url
from cms.validation import strip_controls
from cms.visibility import public_pages


class ChangesFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Leerplatform Kind en Gezin"  # Atom needs an author for the feed or each entry

    def get_object(self, request, *args, **kwargs):
        return None

    def link(self, obj):
        return absolute_url(reverse("changes:list"))

    def feed_url(self, obj):
        return absolute_url(reverse("changes:feed"))

    def title(self, obj):
        return _("Leerplatform Kind en Gezin: wijzigingen in de richtlijnen")

    def subtitle(self, obj):
        return _("Nieuwe versies van richtlijnen, met wat er veranderd is.")

    def versions(self, obj):
        return changes.versions()

    def items(self, obj):
        return changes.entries(self.versions(obj))

    # XML 1.0 forbids control characters; strip them on the way out (as learning.feeds).
    def item_title(self, item):
        v = item.version
        return strip_controls(
            _("%(title)s: versie %(number)s (%(kind)s)")
            % {"title": item.page.title, "number": v.number, "kind": v.get_classification_display()}
        )

    def item_description(self, item):
        parts = [item.version.change_note]
        for title, _anchor, status in item.sections:
            parts.append(
                (_("Nieuwe sectie: %s") if status == "new" else _("Gewijzigde sectie: %s")) % title
            )
        return strip_controls("\n".join(p for p in parts if p))

    def item_link(self, item):
        return absolute_url(item.url)

    def item_guid(self, item):
        return absolute_url(item.url)

    def item_pubdate(self, item):
        return item.version.published_at

    def item_updateddate(self, item):
        return item.version.published_at


class PageChangesFeed(ChangesFeed):
    def get_object(self, request, page_id):
        page = public_pages(GuidancePage.objects.filter(pk=page_id)).first()
        if page is None:
            raise Http404
        return page

    def link(self, obj):
        return page_url(obj) + "versies/"

    def feed_url(self, obj):
        return absolute_url(reverse("changes:page_feed", args=[obj.pk]))

    def title(self, obj):
        return _("Versies van %s") % obj.title

    def versions(self, obj):
        return changes.versions(page=obj)


class ThemeChangesFeed(ChangesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def link(self, obj):
        return absolute_url(reverse("changes:list") + f"?thema={obj.slug}")

    def feed_url(self, obj):
        return absolute_url(reverse("changes:theme_feed", args=[obj.slug]))

    def title(self, obj):
        return _("Wijzigingen in de richtlijnen over %s") % obj.label

    def versions(self, obj):
        return changes.versions(theme=obj)
