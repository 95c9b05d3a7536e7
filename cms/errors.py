"""The 400 page: the Dutch reason of an InvalidParameter, a general sentence otherwise."""

from django.http import HttpResponseBadRequest
from django.template import loader

from cms.validation import InvalidParameter


def bad_request(request, exception=None):
    reason = str(exception) if isinstance(exception, InvalidParameter) else ""
    html = loader.render_to_string("400.html", {"reason": reason}, request)
    return HttpResponseBadRequest(html)
