from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Kennisbank en vocabulaire")

    def ready(self):
        from cms import guidance_history, periodic, signals  # noqa: F401  (registers handlers)
        from cms.security import wagtail_nonces

        wagtail_nonces.install()
