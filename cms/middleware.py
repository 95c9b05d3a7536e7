from django.conf import settings
from django.http import QueryDict
from django.utils import translation

from cms.validation import has_controls, strip_controls


class ChosenLanguageMiddleware:
    """Dutch unless the visitor chose another language (cookie set by Django's set_language).

    Unlike LocaleMiddleware this ignores the browser's Accept-Language: a Dutch public
    service answers in Dutch by default.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.available else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


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
