"""The editors' side of reviews (issue 14, item 3): the report of guidance due for review
and the form that confirms a review. Registered in cms/wagtail_hooks.py."""

import datetime as dt

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import LogFormatter

from cms import review
from cms.models import GuidancePage


class ReviewForm(forms.Form):
    confirmed = forms.BooleanField(
        label=_(
            "Ik heb de hele pagina gelezen. Het advies klopt nog, of ik heb het laten aanpassen."
        ),
        error_messages={"required": _("Vink aan dat u de hele pagina heeft beoordeeld.")},
    )
    next_review = forms.DateField(label=_("Volgende beoordeling"), widget=AdminDateInput)

    def clean_next_review(self):
        value = self.cleaned_data["next_review"]
        today = timezone.localdate()
        if value <= today:
            raise forms.ValidationError(gettext("Kies een datum na vandaag."))
        latest = review.latest_next_review(today)
        if value > latest:
            raise forms.ValidationError(
                gettext("Kies een datum vóór %(date)s: beoordeel minstens elke %(years)s jaar.")
                % {"date": formats.date_format(latest, "j F Y"), "years": review.MAX_YEARS_AHEAD}
            )
        return value


@login_required
@require_http_methods(["GET", "POST"])
def confirm_review(request, page_id: int):
    """Who may publish the page may say it was reviewed: it is a statement about the live text."""
    page = get_object_or_404(GuidancePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    form = ReviewForm(request.POST or None, initial={"next_review": review.proposed_next_review()})
    if request.method == "POST" and form.is_valid():
        review.confirm_review(page, request.user, form.cleaned_data["next_review"])
        messages.success(
            request,
            gettext("Beoordeling van '%(title)s' bevestigd. Volgende beoordeling: %(date)s.")
            % {
                "title": page.get_admin_display_title(),
                "date": formats.date_format(form.cleaned_data["next_review"], "j F Y"),
            },
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render(
        request,
        "cms/review/confirm.html",
        {"page": page, "form": form, "report_url": reverse("cms_review_report")},
        status=400 if form.is_bound else 200,
    )


class DueForReviewView(ReportView):
    page_title = _("Te beoordelen richtlijnen")
    header_icon = "date"
    results_template_name = "cms/review/report_results.html"
    index_url_name = "cms_review_report"
    index_results_url_name = "cms_review_report_results"
    list_export = [
        "title",
        "status_label",
        "review_by",
        "last_reviewed",
        "owner_organisation",
        "owner_name",
    ]
    export_headings = {
        "title": _("Richtlijn"),
        "status_label": _("Status"),
        "review_by": _("Volgende beoordeling"),
        "last_reviewed": _("Laatst beoordeeld"),
        "owner_organisation": _("Eigenaar"),
        "owner_name": _("Beheerder in het CMS"),
    }

    def get_queryset(self):
        return review.due_for_user(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for page in object_list:
            page.status = review.status(page, today)
            page.status_label = str(review.STATUS_LABELS[page.status])
            owner = page.owner
            page.owner_name = (owner.get_full_name() or owner.get_username()) if owner else ""
        return object_list


class DueForReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


def admin_urls():
    return [
        path("richtlijnen/<int:page_id>/beoordeling/", confirm_review, name="cms_review_confirm"),
        path("richtlijnen/te-beoordelen/", DueForReviewView.as_view(), name="cms_review_report"),
        path(
            "richtlijnen/te-beoordelen/results/",
            DueForReviewView.as_view(results_only=True),
            name="cms_review_report_results",
        ),
    ]


def menu_item():
    return DueForReviewMenuItem(
        _("Te beoordelen richtlijnen"), reverse("cms_review_report"), icon_name="date", order=890
    )


class ReviewConfirmedFormatter(LogFormatter):
    label = _("Beoordeling bevestigd")

    def format_message(self, log_entry):
        date = dt.date.fromisoformat(log_entry.data["next_review"])
        return gettext("Hele pagina beoordeeld; volgende beoordeling %(date)s") % {
            "date": formats.date_format(date, "j F Y")
        }
