"""Learning signals from reflections, with small counts suppressed.

The rule, in one place: a count is shown only when at least MIN_SESSIONS sessions from at
least MIN_TEAMS teams contribute; a shown count is rounded to the nearest multiple of 5.
"""

from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

MIN_SESSIONS = 10
MIN_TEAMS = 3
ROUND_TO = 5
WINDOW_DAYS = 365


def public_count(sessions: int, teams: int) -> int | None:
    """The count to publish, or None when it must be shown as 'minder dan 10'."""
    if sessions < MIN_SESSIONS or teams < MIN_TEAMS:
        return None
    return (sessions + ROUND_TO // 2) // ROUND_TO * ROUND_TO


def section_usage(page, anchor, today=None) -> int | None:
    """How often a guidance section was linked from reflections in the last 12 months."""
    return sections_usage(page, [anchor], today).get(anchor)


def sections_usage(page, anchors, today=None) -> dict[str, int | None]:
    """section_usage for several sections of one page, in one query: anchor -> count."""
    return {
        anchor: reach[0] if reach else None
        for anchor, reach in sections_reach(page, anchors, today).items()
    }


def sections_reach(page, anchors, today=None) -> dict[str, tuple[int, int] | None]:
    """For the authors' view (issue 14, item 5): anchor -> (rounded count of reflections,
    number of teams), or None while public_count suppresses the count. One query."""
    from .models import GuidanceLink

    today = today or timezone.localdate()
    rows = (
        GuidanceLink.objects.filter(
            page=page, anchor__in=anchors, session__date__gt=today - timedelta(days=WINDOW_DAYS)
        )
        .values("anchor")
        .annotate(
            sessions=Count("session", distinct=True), teams=Count("session__team", distinct=True)
        )
        .order_by()
    )
    found = {}
    for row in rows:
        count = public_count(row["sessions"], row["teams"])
        if count is not None:
            found[row["anchor"]] = (count, row["teams"])
    return {anchor: found.get(anchor) for anchor in anchors}
