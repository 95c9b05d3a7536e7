"""Feedback per guidance section (issue 14, item 4): what readers, givers and authors see.

* `feedback_panel` — the `guidance_section_panels` hook (cms/hooks.py): under each section the
  handled feedback (anonymous: text, state, reason) and the form, or a login link.
* `feedback_for_section(page, anchor)` — for the authors' view (item 5): every item of a
  section with its state, and the counts per state. Never who gave it.
* `feedback_of(user)` — "Mijn feedback": her own items with their state.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.urls import reverse
from django.utils.http import urlencode

from cms.models import open_consultation

from .feedback_models import Feedback
from .limits import FEEDBACK_MAX_LENGTH

PUBLIC_PER_SECTION = 10


@dataclass(frozen=True)
class SectionFeedback:
    items: list  # Feedback, newest first, with used_in loaded; `giver` is not for display
    counts: dict[str, int] = field(default_factory=dict)  # state value -> number, every state

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def feedback_for_section(page, anchor: str) -> SectionFeedback:
    """All feedback on one section with its state, and how many items are in each state."""
    items = list(
        Feedback.objects.filter(page=page, anchor=anchor).select_related("used_in").defer("giver")
    )
    counts = dict.fromkeys(Feedback.State.values, 0)
    for item in items:
        counts[item.state] += 1
    return SectionFeedback(items=items, counts=counts)


def state_counts(page) -> dict[str, dict[str, int]]:
    """Per anchor of the page: the number of items in each state (one grouped query)."""
    rows = (
        Feedback.objects.filter(page=page)
        .values("anchor", "state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_anchor: dict[str, dict[str, int]] = {}
    for row in rows:
        by_anchor.setdefault(row["anchor"], dict.fromkeys(Feedback.State.values, 0))
        by_anchor[row["anchor"]][row["state"]] = row["n"]
    return by_anchor


def feedback_of(user):
    """The user's own feedback, newest first (for "Mijn feedback")."""
    return Feedback.objects.filter(giver=user).select_related("page", "used_in")


def _handled_by_anchor(page, anchors) -> dict[str, list]:
    handled = (
        Feedback.objects.filter(page=page, anchor__in=anchors, state__in=Feedback.HANDLED)
        .select_related("used_in")
        .only("anchor", "text", "state", "reason", "decided", "used_in__number", "page_id")
        .order_by("-decided", "-pk")
    )
    by_anchor: dict[str, list] = {}
    for item in handled:
        shown = by_anchor.setdefault(item.anchor, [])
        if len(shown) < PUBLIC_PER_SECTION:
            shown.append(item)
    return by_anchor


def feedback_panel(request, page, sections) -> dict[str, str]:
    """Under every section: its handled feedback and a way to give feedback. Two queries
    (handled items, open consultation) for the whole page, however many sections it has."""
    anchors = [s.get("anchor") for s in sections if hasattr(s, "get") and s.get("anchor")]
    if not anchors or not getattr(page, "pk", None):
        return {}
    handled = _handled_by_anchor(page, anchors)
    consultation = open_consultation(page)
    user = getattr(request, "user", None)
    logged_in = bool(user and user.is_authenticated)
    # A plain context (no context processors per section, as in_practice). The CSRF token
    # only for whoever sees the form: an anonymous page without one stays cacheable.
    csrf_token = get_token(request) if logged_in else None
    template = get_template("reflections/feedback/panel.html")
    panels = {}
    for anchor in anchors:
        give_url = reverse("reflections:feedback_give", args=[page.pk, anchor])
        panels[anchor] = template.render(
            {
                "request": request,
                "csrf_token": csrf_token,
                "anchor": anchor,
                "handled": handled.get(anchor, []),
                "consultation": consultation,
                "logged_in": logged_in,
                "give_url": give_url,
                "login_url": reverse("login") + "?" + urlencode({"next": give_url}),
                "max_length": FEEDBACK_MAX_LENGTH,
            }
        )
    return panels
