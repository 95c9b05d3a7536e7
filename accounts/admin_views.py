"""Admin procedures on another person's account, each confirmed and written to the audit log:
send a link for a new password, and wipe the second factor (the person sets up a new one at
their next login). Plus a read-only list of login lockouts (django-axes)."""

from axes.models import AccessAttempt
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from . import second_factor
from .audit import RESET_LINK_SENT, SECOND_FACTOR_RESET

User = get_user_model()
users_policy = ModelPermissionPolicy(User)


def _account_to_change(request, user_id):
    if not users_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    account = get_object_or_404(User, pk=user_id)
    if account == request.user:
        raise PermissionDenied  # one's own account is managed on /account/
    return account


def _confirm(request, account, title, text, button):
    return TemplateResponse(
        request,
        "accounts/admin/confirm.html",
        {"account": account, "page_title": title, "text": text, "button": button},
    )


def send_reset_link(request, user_id):
    account = _account_to_change(request, user_id)
    if request.method != "POST":
        return _confirm(
            request,
            account,
            _("Link voor nieuw wachtwoord sturen"),
            _(
                "%(name)s krijgt een e-mail met een link om zelf een nieuw wachtwoord te maken. "
                "U ziet dat wachtwoord niet."
            )
            % {"name": account.get_username()},
            _("Link sturen"),
        )
    if not account.email:
        messages.error(request, _("Dit account heeft geen e-mailadres."))
    else:
        mail_reset_link(request, account)
        log(instance=account, action=RESET_LINK_SENT, user=request.user)
        messages.success(
            request, _("De link is gestuurd naar %(email)s.") % {"email": account.email}
        )
    return redirect("wagtailusers_users:edit", account.pk)


def mail_reset_link(request, account):
    """Django's own reset token and mail, for this one account (not for every account that
    shares the address, as PasswordResetForm.save would)."""
    context = {
        "domain": request.get_host(),
        "protocol": "https" if request.is_secure() else "http",
        "uid": urlsafe_base64_encode(force_bytes(account.pk)),
        "token": default_token_generator.make_token(account),
        "user": account,
    }
    PasswordResetForm().send_mail(
        "accounts/password_reset_subject.txt",
        "accounts/password_reset_email.txt",
        context,
        None,
        account.email,
    )


def reset_second_factor(request, user_id):
    account = _account_to_change(request, user_id)
    if request.method != "POST":
        return _confirm(
            request,
            account,
            _("Tweede factor opnieuw instellen"),
            _(
                "De app en de herstelcodes van %(name)s werken daarna niet meer. Bij de volgende "
                "keer inloggen stelt %(name)s een nieuwe tweede factor in. Doe dit alleen als u "
                "zeker weet dat u met de persoon zelf spreekt."
            )
            % {"name": account.get_username()},
            _("Tweede factor wissen"),
        )
    second_factor.remove_all(account)
    log(instance=account, action=SECOND_FACTOR_RESET, user=request.user)
    messages.success(request, _("De tweede factor van %(name)s is gewist.") % {"name": account})
    return redirect("wagtailusers_users:edit", account.pk)


class LockoutsView(ReportView):
    """Who is failing to log in, read-only; `manage.py axes_reset` lifts lockouts."""

    page_title = gettext_lazy("Inlogblokkades")
    header_icon = "lock"
    results_template_name = "accounts/admin/lockouts_results.html"
    index_url_name = "accounts_admin:lockouts"
    index_results_url_name = "accounts_admin:lockouts_results"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("axes.view_accessattempt"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return AccessAttempt.objects.order_by("-attempt_time")

    def get_context_data(self, **kwargs):
        from django.conf import settings

        context = super().get_context_data(**kwargs)
        context["failure_limit"] = settings.AXES_FAILURE_LIMIT
        return context
