"""Pilots whose results are due: 12 months after the actual end, with no results yet."""

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone
from wagtail.permissions import page_permission_policy

from .models import RESULTS_DUE_MONTHS, PilotPage


def overdue_pilots(today=None):
    today = today or timezone.localdate()
    cutoff = today - relativedelta(months=RESULTS_DUE_MONTHS)  # ended before: due before today
    return (
        PilotPage.objects.live()
        .filter(actual_end__lt=cutoff)
        .filter(Q(results_summary="") | Q(results_summary__isnull=True))
        .select_related("owner", "registration_record")
        .order_by("actual_end", "title")
    )


def overdue_for_user(user, today=None):
    """Editors see every overdue pilot they may edit; a pilot lead sees the ones they own."""
    pages = overdue_pilots(today)
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return pages.filter(Q(pk__in=editable.values("pk")) | Q(owner=user))
