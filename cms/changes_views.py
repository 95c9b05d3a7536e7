"""Pages of issue 14, items 2 and 6: recent changes, following and unsubscribing.

Following is a POST form (works without JavaScript) for a logged-in reader; unsubscribing
needs no login: the signed token in the e-mail's link is the permission. A GET of that link
only shows a button (mail scanners open links), the POST unsubscribes; the POST is also the
RFC 8058 one-click request a mail client sends without a CSRF token, hence csrf_exempt.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from cms import changes
from cms.follow import follow_from_token, is_following
from cms.models import Follow, GuidancePage, Theme
from cms.visibility import public_pages


def recent_changes(request):
    form = changes.ChangesForm(request.GET)
    chosen = form.cleaned_data if form.is_valid() else {}
    theme = chosen.get("thema")
    qs = changes.versions(
        since=chosen.get("sinds"), theme=theme, major_only=chosen.get("soort") == "major"
    )
    return render(
        request,
        "cms/changes/recent_changes.html",
        {
            "form": form,
            "entries": changes.entries(qs),
            "total": qs.count(),
            "limit": changes.LIMIT,
            "theme": theme,
            "follows_theme": theme is not None and is_following(request.user, theme=theme),
        },
    )


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


def _toggle(request, **subject):
    if request.POST.get("action") == "stop":
        Follow.objects.filter(user=request.user, **subject).delete()
        return False
    Follow.objects.get_or_create(user=request.user, **subject)
    return True


@require_POST
@login_required
def follow_page(request, page_id):
    page = public_pages(GuidancePage.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    if _toggle(request, page=page):
        messages.success(
            request,
            _("U volgt deze richtlijn. U krijgt een e-mail bij een inhoudelijke wijziging."),
        )
    else:
        messages.success(request, _("U volgt deze richtlijn niet meer."))
    return _back(request, page.url)


@require_POST
@login_required
def follow_theme(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    if _toggle(request, theme=theme):
        messages.success(
            request,
            _("U volgt het thema %s. U krijgt een e-mail bij een inhoudelijke wijziging.")
            % theme.label,
        )
    else:
        messages.success(request, _("U volgt het thema %s niet meer.") % theme.label)
    return _back(request, changes_url(theme))


def changes_url(theme) -> str:
    return reverse("changes:list") + f"?thema={theme.slug}"


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    follow = follow_from_token(token)
    if request.method == "POST" and follow is not None:
        subject = str(follow.subject)
        follow.delete()
        return render(request, "cms/changes/unsubscribed.html", {"subject": subject})
    return render(request, "cms/changes/unsubscribe.html", {"follow": follow, "token": token})
