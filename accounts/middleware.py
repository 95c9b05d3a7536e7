"""Until the second factor is verified, a logged-in user reaches only the code and set-up
steps (and can log out): the admin, a coordinator's pages and everything else wait.

Users with a device must enter a code; users who need one (accounts.policy) set one up first.
A user who needs neither is left alone.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .policy import has_second_factor, second_factor_required

OPEN_URL_NAMES = ("accounts:verify", "accounts:setup", "logout", "set_language")


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified() and not self._open(request):
            if has_second_factor(user):
                return self._to("accounts:verify", request)
            if second_factor_required(user):
                return self._to("accounts:setup", request)
        return self.get_response(request)

    @staticmethod
    def _open(request) -> bool:
        return request.path_info in {reverse(name) for name in OPEN_URL_NAMES}

    @staticmethod
    def _to(url_name, request):
        return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")
