"""Login in two steps: the password (Django's LoginView), then the second factor.

After the password the user is logged in but not verified; SecondFactorMiddleware keeps
them on the code or set-up step until the second factor is verified.
"""

from axes.handlers.proxy import AxesProxyHandler
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import match_token
from wagtail import hooks

from cms.follow import follows_of
from cms.hooks import ACCOUNT_LINKS
from cms.ratelimit import limit_posts

from . import second_factor
from .forms import CodeForm, LoginForm, NewPasswordForm
from .lockout import lockout_response
from .policy import has_second_factor, second_factor_required


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return "/"


def _with_next(url_name, next_url) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


@method_decorator(limit_posts("login"), name="dispatch")
class LoginView(auth_views.LoginView):
    """Also the admin's login page (/admin/login/ leads here): it says so when that is where
    the user is going."""

    authentication_form = LoginForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["to_admin"] = self.get_redirect_url().startswith(reverse("wagtailadmin_home"))
        return context

    def form_valid(self, form):
        response = super().form_valid(form)  # Django's login() gives the session a new key
        user = form.get_user()
        next_url = self.get_redirect_url() or "/"
        if has_second_factor(user):
            return redirect(_with_next("accounts:verify", next_url))
        if second_factor_required(user):
            return redirect(_with_next("accounts:setup", next_url))
        second_factor.finish_login(self.request)
        return response


@limit_posts("login")
@never_cache
@sensitive_post_parameters("otp_token")
@login_required
def verify(request):
    user, next_url = request.user, _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    if not has_second_factor(user):
        return redirect(_with_next("accounts:setup", next_url))
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        logout(request)
        return lockout_response(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["otp_token"])
        if device is not None:
            second_factor.finish_login(request, device)
            return redirect(next_url)
        # A wrong code counts as a failed login: the same lockout as for passwords.
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            logout(request)
            return lockout_response(request)
        form.add_error(
            "otp_token",
            _(
                "Deze code klopt niet of is al gebruikt. "
                "Wacht op de volgende code en probeer het opnieuw."
            ),
        )
    return render(request, "accounts/verify.html", {"form": form, "next": next_url})


@limit_posts("login")
@never_cache
@sensitive_post_parameters("otp_token")
@login_required
def setup(request):
    user, next_url = request.user, _next_url(request)
    if has_second_factor(user):
        return redirect(next_url if user.is_verified() else _with_next("accounts:verify", next_url))
    device = second_factor.pending_app_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = second_factor.new_recovery_codes(user)
            second_factor.finish_login(request, device)
            return render(
                request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url}
            )
        form.add_error(
            "otp_token",
            _("Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat."),
        )
    context = {
        "form": form,
        "next": next_url,
        "required": second_factor_required(user),
        "qr_svg": second_factor.qr_svg(device),
        "key": second_factor.readable_key(device),
    }
    return render(request, "accounts/setup.html", context)


@never_cache
@login_required
def account(request):
    user = request.user
    may_open_admin = user.has_perm("wagtailadmin.access_admin")
    context = {
        "has_second_factor": has_second_factor(user),
        "required": second_factor_required(user),
        # Where this user works: the rooms' pages (cms/hooks.py ACCOUNT_LINKS) and the admin.
        "work_links": [link for hook in hooks.get_hooks(ACCOUNT_LINKS) for link in hook(request)],
        "admin_url": reverse("wagtailadmin_home") if may_open_admin else "",
        "follows": follows_of(user),  # changes (issue 14 item 6): what she follows
    }
    return render(request, "accounts/account.html", context)


@require_POST
@login_required
def recovery_codes(request):
    if not request.user.is_verified():
        return redirect("accounts:account")
    codes = second_factor.new_recovery_codes(request.user)
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("accounts:account")},
    )


@require_POST
@login_required
def remove_second_factor(request):
    """Only someone who does not need it may switch it off, and only after using it."""
    user = request.user
    if user.is_verified() and not second_factor_required(user):
        second_factor.remove_all(user)
        messages.success(request, _("De tweede factor staat uit."))
    return redirect("accounts:account")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Sets a new password and then asks to log in: never a login by the reset link itself,
    so that a reset never skips the second factor (post_reset_login stays False)."""

    template_name = "accounts/password_reset_confirm.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("accounts:password_reset_done")
    post_reset_login = False
