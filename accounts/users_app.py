"""Wagtail's users app, with our user viewset (the documented way to customise the user
editor since Wagtail 6.1: a subclass of its AppConfig naming another ``user_viewset``)."""

from wagtail.users.apps import WagtailUsersAppConfig


class WagtailUsersConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.admin_users.UserViewSet"
