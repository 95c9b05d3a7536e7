from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Kennisbank en vocabulaire")

    def ready(self):
        # Registers handlers; follow (issue 14 item 6, changes): the mail on a major version.
        from cms import follow, guidance_history, periodic, signals  # noqa: F401
        from cms.security import wagtail_nonces

        wagtail_nonces.install()
