"""Where an approver sees a page's privacy findings and confirms possible names.

* `page_review`: our own admin view (linked from the refusal message, the editor panel and
  the dashboard) listing every finding with field, kind, position and a short context, and a
  checkbox per possible name. POST only by someone allowed to publish the page; each
  confirmation is audited in Wagtail's log (field and kind, never the text).
* `findings_panel`: the same findings on the edit/moderation screen (cms.admin_panels).
* `FindingsDashboardPanel`: pages in moderation or with a draft that have findings.
The context around a finding is only rendered here, in the admin; it is never logged.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ConfirmedFinding
from .publish_guard import page_findings, review_url

CONFIRMED_ACTION = "reflections.finding_confirmed"
DASHBOARD_LIMIT = 20


def _draft(page):
    """The content an approver is asked to publish: the latest revision."""
    return page.get_latest_revision_as_object() if page.latest_revision_id else page


@sensitive_post_parameters()
@login_required
@require_http_methods(["GET", "POST"])
def page_review(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    findings = page_findings(_draft(page))
    error = ""
    if request.method == "POST":
        chosen = set(request.POST.getlist("confirm"))
        to_confirm = {f.digest: f for f in findings if f.confirmable and not f.confirmed}
        picked = [f for digest, f in to_confirm.items() if digest in chosen]
        if picked:
            _confirm(request, page, picked)
            return redirect("wagtailadmin_pages:edit", page.pk)
        error = _("Kies minstens één bevinding die u wilt bevestigen.")
    return render(
        request,
        "reflections/admin/page_review.html",
        {
            "page": page,
            "findings": findings,
            "open_names": [f for f in findings if f.confirmable and not f.confirmed],
            "blocking": [f for f in findings if f.blocks],
            "error": error,
        },
        status=400 if error else 200,
    )


def _confirm(request, page, picked) -> None:
    with transaction.atomic():
        for f in picked:
            ConfirmedFinding.objects.get_or_create(
                page=page, digest=f.digest, defaults={"confirmed_by": request.user}
            )
        log(
            instance=page,
            action=CONFIRMED_ACTION,
            user=request.user,
            data={"found": [[f.shown.field_label, f.shown.kind_label] for f in picked]},
        )
    messages.success(
        request,
        _("%(count)d bevinding(en) bevestigd als geen gegevens van een gezin.")
        % {"count": len(picked)},
    )


def findings_panel(request, page) -> str:
    findings = page_findings(page) if page.pk else []
    if not findings:
        return ""
    return render_to_string(
        "reflections/admin/findings_panel.html",
        {
            "findings": findings,
            "blocking": [f for f in findings if f.blocks],
            "review_url": review_url(page),
            "can_publish": page.permissions_for_user(request.user).can_publish(),
        },
        request=request,
    )


class FindingsDashboardPanel(Component):
    name = "privacy_findings"
    template_name = "reflections/admin/dashboard_panel.html"
    order = 90  # above Wagtail's own panels: this asks for action

    def __init__(self, request):
        self.request = request

    def pages(self):
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            self.request.user, "change"
        )
        candidates = (
            editable.filter(has_unpublished_changes=True)
            .order_by("-latest_revision_created_at")
            .specific()[:DASHBOARD_LIMIT]
        )
        rows = []
        for page in candidates:
            blocking = [f for f in page_findings(_draft(page)) if f.blocks]
            if blocking:
                kinds = dict.fromkeys(
                    f"{f.shown.field_label}: {f.shown.kind_label}" for f in blocking
                )
                rows.append(
                    {
                        "page": page,
                        "found": list(kinds),
                        "in_moderation": page.workflow_in_progress,
                        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        "review_url": review_url(page),
                        "can_publish": page.permissions_for_user(self.request.user).can_publish(),
                    }
                )
        return rows

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = self.pages()
        return context
