"""Server-side session timeouts: idle and absolute.

Django itself only knows one lifetime (SESSION_COOKIE_AGE) that is renewed when the session
is saved; an idle timeout next to an absolute one takes two timestamps, and the libraries
for it (django-session-timeout, django-auto-logout) each do one of the two. Twenty lines
here do both and keep the decision in one place.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.utils.translation import gettext as _

STARTED = "_session_started"
LAST_SEEN = "_session_last_seen"
# Write the "last seen" stamp at most this often, so that not every request saves the session.
TOUCH_EVERY = 60


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            started = request.session.setdefault(STARTED, now)
            last_seen = request.session.get(LAST_SEEN, now)
            idle = now - last_seen > settings.SESSION_IDLE_TIMEOUT.total_seconds()
            expired = now - started > settings.SESSION_ABSOLUTE_TIMEOUT.total_seconds()
            if idle or expired:
                logout(request)  # flushes the session and gives a new key
                messages.info(request, _("U bent uitgelogd omdat uw sessie is verlopen."))
                return redirect_to_login(request.get_full_path())
            if now - last_seen >= TOUCH_EVERY or LAST_SEEN not in request.session:
                request.session[LAST_SEEN] = now
        return self.get_response(request)


@receiver(user_logged_in)
def start_clock(sender, request, user, **kwargs):
    """Both clocks start at the password step, the moment Django gives the session a new key."""
    if request is not None and hasattr(request, "session"):
        request.session[STARTED] = request.session[LAST_SEEN] = time.time()
