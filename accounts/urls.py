from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

from . import views

account_patterns = [
    path("", views.account, name="account"),
    path("code/", views.verify, name="verify"),
    path("tweede-factor/", views.setup, name="setup"),
    path("herstelcodes/", views.recovery_codes, name="recovery_codes"),
    path("tweede-factor/uitzetten/", views.remove_second_factor, name="remove_second_factor"),
    path(
        "wachtwoord/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord/klaar/",
        TemplateView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
]

urlpatterns = [
    path("account/login/", views.LoginView.as_view(), name="login"),
    path("account/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", include((account_patterns, "accounts"))),
    # Wagtail's own logins (the admin's, and the one for pages that ask for a login) would
    # skip the second factor and speak half English (a field label "Password"): they lead to ours.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="login", query_string=True),
    ),
    path("_util/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
]
