"""Editor panels: the plain-language aid shown while writing a pilot or research summary."""

from wagtail.admin.panels import Panel


class ReadabilityPanel(Panel):
    """Computed from the last saved version of the page (save a draft to refresh)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "learning/admin/readability_panel.html"

        def get_context_data(self, parent_context=None):
            from learning.readability import analyse

            context = super().get_context_data(parent_context)
            text = self.instance.readable_text() if self.instance else ""
            context["readability"] = analyse(text)
            return context
