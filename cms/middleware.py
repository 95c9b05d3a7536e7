from django.conf import settings
from django.db import transaction
from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin import messages as admin_messages
from wagtail.admin.modal_workflow import render_modal_workflow

from cms.publishing import PublishBlocked, record_blocked
from cms.validation import has_controls, strip_controls


class ChosenLanguageMiddleware:
    """Dutch unless the visitor chose another language (cookie set by Django's set_language).

    Unlike LocaleMiddleware this ignores the browser's Accept-Language: a Dutch public
    service answers in Dutch by default.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def chosen_language(request) -> str:
    """The visitor's language: the cookie's, if it names one we have, else Dutch."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class PublishGuardMiddleware:
    """An admin POST that ran into the publish guard is undone completely and refused politely.

    Without this a workflow approval would stay half-done (task approved, page not live) and
    the moderator would see a server error. The view runs in its own transaction; on
    `PublishBlocked` that transaction is rolled back, the refusal (field and kind, never the
    text) is recorded and shown, and the moderator goes back to the page's edit screen, where
    the findings are listed. Placed after CSRF, auth and messages in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not request.path.startswith(_admin_prefix()):
            return None
        try:
            with transaction.atomic():
                return view_func(request, *view_args, **view_kwargs)
        except PublishBlocked as exc:
            record_blocked(exc, user=request.user, via="admin")
            return _refusal(request, exc)


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def _refusal(request, exc: PublishBlocked):
    buttons = []
    if exc.help_url:
        buttons.append(admin_messages.button(exc.help_url, _("Bekijk de bevindingen")))
    admin_messages.error(request, exc.message(), buttons=buttons)
    if exc.help_url:
        target = exc.help_url
    elif exc.page.pk:
        target = reverse("wagtailadmin_pages:edit", args=[exc.page.pk])
    else:
        target = reverse("wagtailadmin_home")
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        # Wagtail's workflow modal follows a "redirect" in its JSON answer.
        return render_modal_workflow(
            request, "", None, {}, json_data={"step": "success", "redirect": target}
        )
    return redirect(target)


class StripControlCharactersMiddleware:
    """Removes C0 control characters (but tab, newline, return) from query and form values.

    One place for every page, form and API of the site, before any view or database call:
    PostgreSQL refuses NUL in text and nobody types a control character on purpose. JSON
    bodies are left alone (the one JSON endpoint that takes text stores nothing).
    """

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = _cleaned(request.GET)
        if request.method == "POST" and request.content_type in self.FORM_TYPES:
            request.POST = _cleaned(request.POST)
        return self.get_response(request)


def _cleaned(data: QueryDict) -> QueryDict:
    if not any(has_controls(k) or has_controls(data.getlist(k)) for k in data):
        return data
    cleaned = QueryDict(mutable=True, encoding=data.encoding)
    for key in data:
        cleaned.setlist(strip_controls(key), [strip_controls(v) for v in data.getlist(key)])
    cleaned._mutable = False
    return cleaned
