"""What "public" means for a page, decided here and nowhere else.

A page is public when it is live and neither it nor any ancestor has a view restriction
(Wagtail's PageViewRestriction: login, password or groups). Every list, API, CSV, feed,
panel, map and the search index use these functions, so a page an editor makes private
disappears from all of them at once. The page itself stays reachable for those who meet
the restriction, through Wagtail's own serve path (and ``serve_as_page`` for sub-routes
that live outside it).
"""

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from cms.content_version import PerVersion

#: The tree paths of the restricted pages, read once per process and content token: a new,
#: changed or deleted restriction and a page move bump the token (cms.signals). A site has
#: few restrictions or none, so the lists below usually need no condition at all.
_restricted_paths = PerVersion(
    lambda: tuple(sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))
)


def public_pages(queryset):
    """Live pages outside every restricted section.

    The rule of Wagtail's PageQuerySet.public(): no restriction on the page or an ancestor,
    whose path is a prefix of the page's path. The restricted paths come from memory, so the
    condition costs no query and, on a site without restrictions, nothing at all.
    """
    paths = _restricted_paths()
    queryset = queryset.live()
    if not paths:
        return queryset
    inside = Q()
    for path in paths:
        inside |= Q(path__startswith=path)
    return queryset.exclude(inside)


def restricted_here(page: Page) -> bool:
    """True for a page with a restriction on it or on an ancestor."""
    return any(page.path.startswith(path) for path in _restricted_paths())


def view_restrictions(page: Page):
    """The restrictions on the page and its ancestors, as Page.get_view_restrictions (an
    alias counts with the restrictions of its source page), in one query instead of two:
    the ancestors' paths are prefixes of the page's own path."""
    step = Page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    effective = (
        Page.objects.filter(path__in=paths)
        .annotate(effective_id=Coalesce("alias_of_id", "id"))
        .values("effective_id")
    )
    return PageViewRestriction.objects.filter(page_id__in=effective)


def is_public(page: Page) -> bool:
    """The same rule for one page (ancestors' restrictions count too)."""
    if page.pk is None or not page.live:
        return False
    return not page.get_view_restrictions().exists()


def serve_as_page(page: Page, request, respond):
    """Answer a view outside Wagtail's page routing (a download of a page) as Wagtail
    serves the page itself: the same before_serve_page and on_serve_page hooks run, so a
    login or password restriction on the page or an ancestor asks for it here too.

    ``respond(page, request)`` builds the response once the checks pass. Mirrors
    wagtail.views.serve, which cannot be called for a path Wagtail does not route.
    """

    def final(page, request, args, kwargs):
        return respond(page, request)

    chain = final
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, [], {})
