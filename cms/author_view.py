"""The authors' view of a guidance page (issue 14, item 5), in the Wagtail admin.

Per section what practice tells the authors: the rooms fill it in through the
``guidance_author_facts`` hook (cms/hooks.py), so cms imports none of them. The page's own
facts (version, review date, owner) come from the page. Only someone who may edit the page
sees it; anyone else with admin access gets a 403.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import page_permission_policy

from cms.hooks import AUTHOR_FACTS
from cms.models import GuidancePage

WHOLE_PAGE = ""


def author_facts(request, page, anchors) -> dict[str, str]:
    """Every room's facts by anchor, joined in hook order (a plain str is escaped)."""
    parts: dict[str, list[str]] = {}
    for facts in hooks.get_hooks(AUTHOR_FACTS):
        for anchor, html in facts(request, page, anchors).items():
            if html:
                parts.setdefault(anchor, []).append(html)
    return {a: format_html_join("", "{}", ((p,) for p in ps)) for a, ps in parts.items()}


def authors_view(request, page_id):
    page = get_object_or_404(GuidancePage, pk=page_id).get_latest_revision_as_object()
    if not page.permissions_for_user(request.user).can_edit():
        # Not PermissionDenied: Wagtail's admin would turn that into a redirect home.
        return permission_denied(request, PermissionDenied())
    sections = [(b.value["anchor"], b.value["title"]) for b in page.sections]
    facts = author_facts(request, page, [a for a, _t in sections] + [WHOLE_PAGE])
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "cms/authors/view.html",
        {
            "page": page,
            "sections": [(anchor, title, facts.get(anchor, "")) for anchor, title in sections],
            "whole_page": facts.get(WHOLE_PAGE, ""),
            "review_overdue": bool(page.review_by and page.review_by < today),
        },
    )


def editable_guidance(user):
    """The guidance pages this user may edit, review date first (the report's rows)."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return GuidancePage.objects.filter(pk__in=editable.values("pk")).order_by("review_by", "title")


def authors_index(request):
    """The report "Richtlijnen: signalen uit de praktijk": the guidance the editor may edit."""
    return TemplateResponse(
        request,
        "cms/authors/index.html",
        {"pages": editable_guidance(request.user), "today": timezone.localdate()},
    )


class AuthorsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return editable_guidance(request.user).exists()


class AuthorsViewMenuItem(PageMenuItem):
    label = _("Signalen uit de praktijk")
    icon_name = "view"
    url_name = "cms_guidance_authors"

    def is_shown(self, user):
        return issubclass(self.page.specific_class or object, GuidancePage) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_admin_urls")
def authors_urls():
    return [
        path("richtlijnen/signalen/", authors_index, name="cms_guidance_signals"),
        path("richtlijnen/<int:page_id>/signalen/", authors_view, name="cms_guidance_authors"),
    ]


@hooks.register("register_reports_menu_item")
def authors_report_menu_item():
    return AuthorsReportMenuItem(
        _("Richtlijnen: signalen uit de praktijk"),
        reverse("cms_guidance_signals"),
        icon_name="view",
        order=850,
    )


@hooks.register("register_page_header_buttons")
def authors_header_button(page, user, view_name, next_url=None):
    yield AuthorsViewMenuItem(page=page, priority=66)


@hooks.register("register_page_listing_more_buttons")
def authors_listing_button(page, user, next_url=None):
    yield AuthorsViewMenuItem(page=page, priority=66)
