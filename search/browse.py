"""What an empty search page offers: the pillars with their principles, the themes and the
most recent changes, each a way in. Read from cms (the shared vocabulary and the public
pages); the links go to the search page filtered by one value, which covers every type."""

from dataclasses import dataclass
from itertools import groupby

from django.db.models import F
from wagtail.models import Page

from cms.models import Principle, Theme
from cms.models.pages import TaggedPage
from cms.visibility import public_pages
from cms.withdrawal import listed

RECENT = 5


@dataclass
class Change:
    title: str
    url: str
    type_label: str
    date: object
    new: bool  # first published, not updated since


def entry_points(request=None) -> dict:
    """pillars: [(pillar, [principles])]; themes; recent: the last changed public pages."""
    principles = Principle.objects.select_related("pillar")
    return {
        "pillars": [
            (pillar, list(group)) for pillar, group in groupby(principles, lambda p: p.pillar)
        ],
        "themes": Theme.objects.all(),
        "recent": recent_changes(request),
    }


def recent_changes(request=None, limit: int = RECENT) -> list[Change]:
    """The public knowledge pages (guidance, examples, pilots, research) last published, newest
    first. One query: the type comes from the content type, which Django keeps in memory."""
    pages = (
        listed(public_pages(Page.objects.type(TaggedPage)))  # no withdrawn guidance
        .filter(last_published_at__isnull=False)
        .order_by(F("last_published_at").desc(), "-pk")[:limit]
    )
    return [
        Change(
            title=page.title,
            url=page.get_url(request),
            type_label=str(page.specific_class._meta.verbose_name).capitalize(),
            date=page.last_published_at,
            new=page.first_published_at == page.last_published_at,
        )
        for page in pages
        if page.specific_class is not None
    ]
