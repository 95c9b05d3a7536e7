"""Atom feed of new registrations, amendments and research publications."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cms.site_url import absolute_url
from cms.validation import strip_controls
from cms.visibility import public_pages

from .models import PilotPage, PilotVersion, ResearchSummaryPage

LIMIT = 50


class Entry:
    def __init__(self, title, description, link, date, kind):
        self.title, self.description, self.link, self.date, self.kind = (
            title,
            description,
            link,
            date,
            kind,
        )


class LearningFeed(Feed):
    """Links are absolute from SITE_URL; Django would otherwise take the request's Host."""

    feed_type = Atom1Feed

    def link(self):
        return absolute_url("/pilots/")

    def feed_url(self):
        return absolute_url(reverse("learning:feed"))

    def title(self):
        return _("Leerplatform Kind en Gezin: pilots en onderzoek")

    def subtitle(self):
        return _("Nieuwe registraties, wijzigingen van pilots en nieuwe onderzoekssamenvattingen.")

    def items(self):
        entries = []
        versions = (
            PilotVersion.objects.filter(page__in=public_pages(PilotPage.objects.all()))
            .select_related("page")
            .order_by("-published_at")[:LIMIT]
        )
        for v in versions:
            page = v.page.specific
            if v.major == 1 and v.minor == 0:
                title = _("Nieuwe registratie: %(title)s") % {"title": page.title}
            else:
                title = _("Wijziging %(version)s: %(title)s") % {
                    "version": v.version,
                    "title": page.title,
                }
            link = absolute_url(f"{page.url}versies/#versie-{v.version}")
            entries.append(Entry(title, v.reason or page.summary, link, v.published_at, "pilot"))
        research = public_pages(ResearchSummaryPage.objects.all()).order_by("-first_published_at")
        for page in research[:LIMIT]:
            date = page.first_published_at or timezone.now()
            title = _("Onderzoek: %(title)s") % {"title": page.list_title}
            entries.append(Entry(title, page.summary, absolute_url(page.url), date, "onderzoek"))
        entries.sort(key=lambda e: e.date or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True)
        return entries[:LIMIT]

    # XML 1.0 forbids control characters; text stored before they were stripped on input
    # would make the whole feed fail, so they are stripped again on the way out.
    def item_title(self, item):
        return strip_controls(item.title)

    def item_description(self, item):
        return strip_controls(item.description or "")

    def item_link(self, item):
        return item.link

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.date

    def item_categories(self, item):
        return [item.kind]
