"""Editor panels: the plain-language aid shown while writing a pilot or research summary."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class ReadabilityPanel(Panel):
    """Computed on the server from the saved page; learning/static/learning/readability.js
    asks the server again (learning/readability_view.py) while the editor types, so the aid
    follows the text in the form. Without JavaScript it shows the last saved version."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "learning/admin/readability_panel.html"

        class Media:
            js = ["learning/readability.js"]

        def get_context_data(self, parent_context=None):
            from learning.readability import analyse

            context = super().get_context_data(parent_context)
            text = self.instance.readable_text() if self.instance else ""
            context["readability"] = analyse(text)
            context["fields"] = ",".join(type(self.instance).READABLE_FIELDS)
            context["check_url"] = reverse("learning_readability")
            return context
