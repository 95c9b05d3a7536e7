"""Reflections are kept REFLECTION_RETENTION_MONTHS (default 24) and then deleted."""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

DEFAULT_MONTHS = 24


def retention_months() -> int:
    return int(getattr(settings, "REFLECTION_RETENTION_MONTHS", DEFAULT_MONTHS))


def cutoff(today=None):
    """Sessions dated before this day are past the retention period."""
    return (today or timezone.localdate()) - relativedelta(months=retention_months())


def purge(today=None, dry_run=False) -> dict:
    """Delete expired sessions (with their actions and links), old read records and
    expired, unanswered invitations. Returns counts per kind."""
    from datetime import datetime, time

    from .models import Invitation, ReadRecord, ReflectionSession

    limit = cutoff(today)
    limit_dt = timezone.make_aware(datetime.combine(limit, time.min))
    sessions = ReflectionSession.objects.filter(date__lt=limit)
    reads = ReadRecord.objects.filter(at__lt=limit_dt)
    invitations = Invitation.objects.filter(accepted__isnull=True, expires__lt=timezone.now())
    counts = {
        "reflecties": sessions.count(),
        "leesregistraties": reads.count(),
        "uitnodigingen": invitations.count(),
    }
    if not dry_run:
        with transaction.atomic():
            sessions.delete()
            reads.delete()
            invitations.delete()
    return counts
