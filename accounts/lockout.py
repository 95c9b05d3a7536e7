"""What a locked-out person sees: a Dutch page that says when they can try again.

django-axes counts the failures (``AXES_*`` settings) and calls this for the response.
"""

import math

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone


def unlock_time():
    """Each failure during a lockout starts the cool-off anew (axes' default), so the account
    or address opens again one cool-off period after this request."""
    return timezone.localtime() + settings.AXES_COOLOFF_TIME


def lockout_response(request, original_response=None, credentials=None):
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    response = render(
        request,
        "accounts/locked_out.html",
        {"until": unlock_time(), "minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
