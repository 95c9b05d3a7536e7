from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReflectionsConfig(AppConfig):
    name = "reflections"
    verbose_name = _("Reflecties")

    def ready(self):
        from cms.panels import register_section_panel

        from . import snippets  # noqa: F401  (registers the privacy allow-list snippet)
        from .panels import in_practice

        if in_practice not in __import__("cms.panels").panels.SECTION_PANELS:
            register_section_panel(in_practice)
