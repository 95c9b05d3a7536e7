"""When a guidance page is due for review, and confirming that it was reviewed (issue 14,
item 3; docs/guidance-review.md). The only code that moves `review_by` of an existing page."""

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.permissions import page_permission_policy

from cms.models import GuidancePage

CONFIRMED_ACTION = "cms.review_confirmed"
REVIEW_MONTHS = 12  # the next review a confirmation proposes
MAX_YEARS_AHEAD = 3  # guidance unread for longer than this is not "reviewed"
DUE_SOON_DAYS = 60  # the report shows what falls due in the next two months too

OVERDUE, DUE, NO_DATE = "overdue", "due", "none"
STATUS_LABELS = {
    OVERDUE: _("Te laat"),
    DUE: _("Binnenkort"),
    NO_DATE: _("Geen datum"),
}


def proposed_next_review(today: dt.date | None = None) -> dt.date:
    return (today or timezone.localdate()) + relativedelta(months=REVIEW_MONTHS)


def latest_next_review(today: dt.date | None = None) -> dt.date:
    return (today or timezone.localdate()) + relativedelta(years=MAX_YEARS_AHEAD)


def status(page, today: dt.date | None = None) -> str | None:
    today = today or timezone.localdate()
    if page.review_by is None:
        return NO_DATE
    if page.review_by < today:
        return OVERDUE
    if page.review_by <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DUE
    return None


def due_pages(today: dt.date | None = None):
    """Live, not withdrawn guidance whose review is overdue, falls due within DUE_SOON_DAYS, or
    has no date yet; the most overdue first, pages without a date before all."""
    today = today or timezone.localdate()
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    return (
        GuidancePage.objects.live()
        .filter(withdrawn=False)
        .filter(Q(review_by__isnull=True) | Q(review_by__lte=soon))
        .select_related("owner", "last_reviewed_by")
        .order_by(F("review_by").asc(nulls_first=True), "title")
    )


def due_for_user(user, today: dt.date | None = None):
    """An editor sees the due pages she may edit; a superuser all of them."""
    pages = due_pages(today)
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return pages.filter(pk__in=editable.values("pk"))


def confirm_review(page: GuidancePage, user, next_review: dt.date, today=None) -> None:
    """Record that `user` reviewed the whole page today: the last review and the next one,
    on the page row only (no revision: the text did not change), and in the page's history."""
    today = today or timezone.localdate()
    with transaction.atomic():
        page.last_reviewed = today
        page.last_reviewed_by = user
        page.review_by = next_review
        # post_save bumps the content token, so the public page shows the new dates at once.
        page.save(update_fields=["last_reviewed", "last_reviewed_by", "review_by"], clean=False)
        log(
            instance=page,
            action=CONFIRMED_ACTION,
            user=user,
            data={"reviewed": today.isoformat(), "next_review": next_review.isoformat()},
        )
