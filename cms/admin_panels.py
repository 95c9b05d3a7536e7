"""The "Privacycontrole" panel on every page's edit and moderation screen.

cms knows no privacy rules: the panel shows what the rooms return from the
`publish_findings_panel` hook (documented in cms.publishing), and nothing when they return "".
"""

from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import Panel

FINDINGS_HOOK = "publish_findings_panel"


class PublishFindingsPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Privacycontrole"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/admin/publish_findings_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            # Each hook renders its own template (safe HTML); plain text from a hook is escaped.
            self.findings_html = format_html_join(
                "", "{}", ((hook(self.request, page),) for hook in hooks.get_hooks(FINDINGS_HOOK))
            )

        def is_shown(self):
            return bool(self.findings_html)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["findings_html"] = self.findings_html
            return context
