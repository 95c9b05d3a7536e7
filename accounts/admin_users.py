"""Wagtail's user editor, minus one power: an admin cannot set another person's password.

They send that person a link to make a new one instead (accounts.admin_views), so an admin
can no longer log in as a team member and read the team's reflections in their name.
Every change of an account by an admin is in Wagtail's audit log (accounts.audit).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.users.forms import UserEditForm as WagtailUserEditForm
from wagtail.users.views import users

from .audit import ACTIVATED, DEACTIVATED


class UserEditForm(WagtailUserEditForm):
    """Password fields only on one's own account (Wagtail drops them when disabled)."""

    def __init__(self, *args, editing_self=False, **kwargs):
        self.editing_self = editing_self
        super().__init__(*args, editing_self=editing_self, **kwargs)

    @property
    def password_enabled(self):
        return self.editing_self and super().password_enabled


class EditView(users.EditView):
    def save_instance(self):
        instance = super().save_instance()  # logs wagtail.edit
        if "is_active" in self.form.changed_data:
            log(instance=instance, action=ACTIVATED if instance.is_active else DEACTIVATED)
        return instance

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.editing_self:
            pk = self.object.pk
            buttons += [
                Button(
                    _("Link voor nieuw wachtwoord sturen"),
                    url=reverse("accounts_admin:send_reset_link", args=[pk]),
                    icon_name="key",
                    priority=30,
                ),
                Button(
                    _("Tweede factor opnieuw instellen"),
                    url=reverse("accounts_admin:reset_second_factor", args=[pk]),
                    icon_name="lock",
                    priority=40,
                ),
            ]
        return buttons


class UserViewSet(users.UserViewSet):
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else super().get_form_class(for_update)
