"""Giving feedback on a guidance section, and "Mijn feedback" (issue 14, item 4)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cms.models import GuidancePage, SectionRef, open_consultation
from cms.ratelimit import limit_posts
from cms.visibility import public_pages

from ..feedback import feedback_of
from ..feedback_forms import FeedbackForm
from .base import field_rows, private


def _public_section(page_id: int, anchor: str) -> SectionRef:
    page = public_pages(GuidancePage.objects.filter(pk=page_id)).first()
    ref = SectionRef(page, anchor) if page else None
    if ref is None or ref.section is None:
        raise Http404
    return ref


@private
@limit_posts("privacy_check")  # every post runs the privacy guard, as POST /api/privacy/check
def give(request, page_id, anchor):
    ref = _public_section(page_id, anchor)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.page, item.anchor, item.giver = ref.page, ref.anchor, request.user
        item.save()
        messages.success(
            request,
            _("Dank u. Uw feedback is ontvangen. Onder 'Mijn feedback' ziet u wat ermee gebeurt."),
        )
        return redirect(ref.url)
    return render(
        request,
        "reflections/feedback/form.html",
        {
            "ref": ref,
            "form": form,
            "findings": getattr(form, "findings", []),
            "rows": field_rows(form, ["text"]),
            "consultation": open_consultation(ref.page),
        },
    )


@private
def mine(request):
    return render(request, "reflections/feedback/mine.html", {"items": feedback_of(request.user)})
