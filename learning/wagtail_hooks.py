from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView

from cms.hooks import (
    ACCOUNT_LINKS,
    AUTHOR_FACTS,
    CONTENT_HANDLERS,
    LOAD_DEMO,
    PAGE_PANELS,
    SECTION_PANELS,
    SETUP_SITE,
)

from .author_facts import author_facts
from .content_handlers import PilotHandler, ResearchHandler
from .guidance_panels import page_learning, section_learning
from .my_work import account_links
from .overdue import overdue_for_user
from .readability_view import readability_check


class OverdueResultsView(ReportView):
    page_title = _("Resultaten te laat")
    header_icon = "warning"
    results_template_name = "learning/admin/overdue_results.html"
    index_url_name = "learning_overdue"
    index_results_url_name = "learning_overdue_results"
    list_export = ["registry_id", "title", "actual_end", "results_due", "owner"]
    export_headings = {
        "registry_id": _("Registratienummer"),
        "title": _("Titel"),
        "actual_end": _("Werkelijk einde"),
        "results_due": _("Resultaten verwacht vóór"),
        "owner": _("Pilotleider"),
    }

    def get_queryset(self):
        return overdue_for_user(self.request.user)


class OverdueMenuItem(MenuItem):
    def is_shown(self, request):
        return overdue_for_user(request.user).exists() or request.user.has_perm(
            "wagtailadmin.access_admin"
        )


_CONTENT_HANDLERS = [PilotHandler(), ResearchHandler()]
hooks.register(CONTENT_HANDLERS, lambda: _CONTENT_HANDLERS)  # see cms/hooks.py
hooks.register(SECTION_PANELS, section_learning)
hooks.register(PAGE_PANELS, page_learning)
hooks.register(AUTHOR_FACTS, author_facts, order=10)  # issue 14 item 5: after reflections
hooks.register(ACCOUNT_LINKS, account_links)


@hooks.register("register_admin_urls")
def overdue_urls():
    view = OverdueResultsView.as_view()
    results = OverdueResultsView.as_view(results_only=True)
    return [
        path("pilots/resultaten-te-laat/", view, name="learning_overdue"),
        path("pilots/resultaten-te-laat/results/", results, name="learning_overdue_results"),
        path("leesbaarheid/", readability_check, name="learning_readability"),
    ]


@hooks.register("register_reports_menu_item")
def overdue_menu_item():
    return OverdueMenuItem(
        _("Resultaten te laat"), reverse("learning_overdue"), icon_name="warning", order=900
    )


@hooks.register(SETUP_SITE)  # see cms/hooks.py
def setup_learning(home):
    from .setup import ensure_learning_site

    ensure_learning_site(home)


@hooks.register(LOAD_DEMO)  # see cms/hooks.py
def demo_learning_accounts(home):
    from .setup import ensure_demo_users

    ensure_demo_users()
