from django.contrib.auth import get_user_model
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import log

from cms.hooks import LOAD_DEMO

from . import admin_views
from .audit import ACTIONS, BULK_ACTION


@hooks.register("register_log_actions")
def register_account_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_admin_urls")
def account_admin_urls():
    lockouts = admin_views.LockoutsView
    patterns = [
        path("<int:user_id>/wachtwoordlink/", admin_views.send_reset_link, name="send_reset_link"),
        path(
            "<int:user_id>/tweede-factor/",
            admin_views.reset_second_factor,
            name="reset_second_factor",
        ),
        path("blokkades/", lockouts.as_view(), name="lockouts"),
        path("blokkades/results/", lockouts.as_view(results_only=True), name="lockouts_results"),
    ]
    return [path("accounts/", include((patterns, "accounts_admin")))]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("axes.view_accessattempt")


@hooks.register("register_reports_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        _("Inlogblokkades"), reverse("accounts_admin:lockouts"), icon_name="lock", order=950
    )


@hooks.register("before_bulk_action")  # before: a deleted user can no longer be logged
def log_bulk_action_on_users(request, action_type, objects, action_class_instance):
    """Wagtail's bulk actions on users (activate, deactivate, role, delete) write no log."""
    user_model = get_user_model()
    for obj in objects:
        if isinstance(obj, user_model):
            log(instance=obj, action=BULK_ACTION, user=request.user, data={"type": action_type})


@hooks.register(LOAD_DEMO, order=100)  # see cms/hooks.py; after the rooms made their accounts
def demo_accounts_second_factor(home):
    from .demo import demo_second_factor

    demo_second_factor(home)
