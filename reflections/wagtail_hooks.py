"""Privacy in the Wagtail admin: the publish guard, its findings and the editor's warning.

* `check_publishable_text` (cms.publishing): no page goes live with an unconfirmed finding.
* `before_publish_page`: the editor's Publish is refused before anything goes live; the
  draft is kept and the publisher lands on the findings, with the field and kind named.
* `publish_findings_panel`, the dashboard panel and the review view: see publish_review.
* after create/edit: each finding is named (field and kind, never the text) in a message.
ReflectionSession is deliberately NOT registered here: the admin never shows reflections.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.log_actions import LogFormatter

from cms.hooks import (
    ACCOUNT_LINKS,
    AUTHOR_FACTS,
    LOAD_DEMO,
    PERIODIC_TASKS,
    READS_OTHERS_WORK,
    SECTION_PANELS,
    SETUP_SITE,
    TEAM_SEARCH_PROVIDER,
)
from cms.publishing import PublishBlocked, record_blocked

from .author_facts import author_facts
from .feedback import feedback_panel
from .in_practice import in_practice
from .publish_guard import blockers, page_findings, page_texts
from .publish_review import CONFIRMED_ACTION, FindingsDashboardPanel, findings_panel, page_review

__all__ = ["page_texts", "privacy_warnings", "warn_about_identifiers"]

hooks.register("check_publishable_text", blockers)
hooks.register("publish_findings_panel", findings_panel)
hooks.register(SECTION_PANELS, in_practice)  # see cms/hooks.py
hooks.register(SECTION_PANELS, feedback_panel)  # issue 14 item 4, after "In de praktijk"
hooks.register(AUTHOR_FACTS, author_facts)  # issue 14 item 5: the authors' view


def privacy_warnings(page) -> list[str]:
    found = {}
    for f in page_findings(page):
        if f.blocks:
            found.setdefault(f.shown.field_label, set()).add(f.shown.kind_label)
    return [
        _("Controleer '%(field)s': mogelijk %(kinds)s van een gezin.")
        % {"field": label, "kinds": ", ".join(sorted(kinds))}
        for label, kinds in found.items()
    ]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_identifiers(request, page):
    for warning in privacy_warnings(page.specific):
        messages.warning(request, warning)


@hooks.register(SETUP_SITE)  # see cms/hooks.py
def editors_keep_the_allow_list(home):
    """Editors extend the privacy guard's allow-list (snippet "Toegestane term")."""
    from django.contrib.auth.models import Permission

    from cms.setup import ensure_group

    perms = Permission.objects.filter(
        content_type__app_label="reflections", content_type__model="privacyallowedterm"
    )
    ensure_group("Editors").permissions.add(*perms)
    triage_feedback(home)


def triage_feedback(home):
    """Editors triage feedback (never add it) and open dialoogversies (issue 14 item 4)."""
    from django.contrib.auth.models import Permission

    from cms.setup import ensure_group

    feedback = Permission.objects.filter(
        content_type__app_label="reflections",
        content_type__model="feedback",
        codename__in=["change_feedback", "view_feedback", "delete_feedback"],
    )
    consultation = Permission.objects.filter(
        content_type__app_label="cms", content_type__model="consultation"
    )
    ensure_group("Editors").permissions.add(*feedback, *consultation)


@hooks.register(LOAD_DEMO)  # see cms/hooks.py
def demo_team(home):
    from .demo import create_demo_team

    create_demo_team(home)


@hooks.register(LOAD_DEMO)  # issue 14 item 4: feedback in each state, one dialoogversie
def demo_feedback(home):
    from .feedback_demo import create_demo_feedback

    create_demo_feedback()


@hooks.register(LOAD_DEMO)  # issue 14 item 5: signals for the authors' view
def demo_author_signals(home):
    from .authors_demo import create_demo_signals

    create_demo_signals()


@hooks.register(ACCOUNT_LINKS)  # issue 14 item 4: linked from the account page
def my_feedback_link(request):
    from django.urls import reverse

    return [(_("Mijn feedback"), reverse("reflections:my_feedback"))]


@hooks.register(PERIODIC_TASKS)  # see cms/hooks.py
def retention_purge_daily():
    from datetime import timedelta

    from .tasks import purge_expired_reflections

    return [(purge_expired_reflections, timedelta(days=1))]


@hooks.register(READS_OTHERS_WORK)
def coordinators_read_others_work(user):
    """A coordinator reads the team's read log and exports: they must use a second factor."""
    from .models import Membership

    return Membership.objects.filter(user=user, role=Membership.Role.COORDINATOR).exists()


@hooks.register(TEAM_SEARCH_PROVIDER)  # see cms/hooks.py
def team_search_provider():
    """Search's team scope reads a member's own teams' reflections and logs what it shows."""
    from . import team_search

    return team_search


@hooks.register("before_publish_page")
def refuse_identifying_publish(request, page):
    found = blockers(page.specific)
    if not found:
        return None
    exc = PublishBlocked(page, found)
    record_blocked(exc, user=request.user, via="admin")
    button = admin_messages.button(exc.help_url, _("Bekijk de bevindingen"))
    admin_messages.error(request, exc.message(), buttons=[button])
    return redirect(exc.help_url)


@hooks.register("register_admin_urls")
def review_urls():
    return [path("privacycontrole/<int:page_id>/", page_review, name="privacy_page_review")]


@hooks.register("construct_homepage_panels")
def add_findings_panel(request, panels):
    panels.append(FindingsDashboardPanel(request))


@hooks.register("insert_global_admin_css")
def privacy_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("reflections/privacy-admin.css"))


@hooks.register("register_log_actions")
def register_confirmed_action(actions):
    @actions.register_action(CONFIRMED_ACTION)
    class FindingConfirmedFormatter(LogFormatter):
        label = gettext_lazy("Bevinding bevestigd")

        def format_message(self, log_entry):
            found = "; ".join(
                _("'%(field)s': %(kind)s") % {"field": f, "kind": k}
                for f, k in log_entry.data.get("found", [])
            )
            return _("Bevestigd als geen gegevens van een gezin: %(found)s") % {"found": found}
