"""What a withdrawn guidance page does (issue 14, item 3; docs/guidance-review.md).

A withdrawn page is still public (cms.visibility): whoever has its address can read it, with
the banner. It is no longer offered: lists, the search index and the "recent" pages pass their
pages through `listed`. With a successor, the page's own URL sends the reader there, with a
notice that says what she opened and why it is gone; the old text stays one click away.
"""

from django.http import HttpResponseRedirect
from django.utils.http import urlencode

from cms.models import GuidancePage
from cms.visibility import public_pages

#: `<withdrawn page>?ingetrokken=tonen` shows the withdrawn page itself instead of redirecting.
SHOW_PARAM, SHOW_VALUE = "ingetrokken", "tonen"
#: `<successor>?vervangt=<slug>`: the redirect tells the successor which page the reader opened.
FROM_PARAM = "vervangt"


def listed(queryset):
    """The pages of `queryset` (any page type) without the withdrawn guidance pages."""
    if issubclass(queryset.model, GuidancePage):
        return queryset.filter(withdrawn=False)
    return queryset.exclude(pk__in=GuidancePage.objects.filter(withdrawn=True).values("pk"))


def redirect_to_successor(page: GuidancePage, request) -> HttpResponseRedirect | None:
    """Where the withdrawn page's URL goes: its successor, unless the reader asked for the old
    text or an editor previews it. A 302, not a 301: an editor may undo the withdrawal or name
    another successor, and browsers keep a 301 for good."""
    if not page.withdrawn or not page.successor_id or getattr(request, "is_preview", False):
        return None
    if request.GET.get(SHOW_PARAM) == SHOW_VALUE:
        return None
    successor = page.successor
    if successor is None or not successor.live or successor.withdrawn:
        return None  # the successor was unpublished since: the reader gets the old page
    url = successor.get_url(request)
    if url is None:
        return None
    return HttpResponseRedirect(f"{url}?{urlencode({FROM_PARAM: page.slug})}")


def show_url(page: GuidancePage, request=None) -> str:
    """The withdrawn page itself, past the redirect."""
    return f"{page.get_url(request)}?{urlencode({SHOW_PARAM: SHOW_VALUE})}"


def replaced_page(page: GuidancePage, request) -> GuidancePage | None:
    """On a successor reached through the redirect: the withdrawn page the reader opened."""
    slug = request.GET.get(FROM_PARAM)
    if not slug:
        return None
    # Public pages only: anyone can type this query string, so it must reveal no title of a
    # page behind a login.
    pages = public_pages(GuidancePage.objects.filter(withdrawn=True, successor=page, slug=slug))
    return pages.first()


def context(page: GuidancePage, request) -> dict:
    """What the page template needs for the banner (withdrawn) or the notice (successor)."""
    if page.withdrawn:
        successor = page.successor if page.successor_id else None
        live = successor is not None and successor.live and not successor.withdrawn
        return {"withdrawn_successor": successor if live else None}
    replaced = replaced_page(page, request)
    if replaced is None:
        return {}
    return {"replaced_page": replaced, "replaced_show_url": show_url(replaced, request)}
