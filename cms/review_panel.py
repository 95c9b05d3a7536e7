"""The review dates on a guidance page's edit screen, read only, with the way to confirm a
review (issue 14, item 3): the dates change there, never by saving the page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ReviewPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Beoordeling"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/review/admin_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["page"] = page
            if page.pk:
                live = type(page).objects.filter(pk=page.pk).select_related("last_reviewed_by")
                context["live"] = live.first()  # the stored dates, not the draft's copy
                context["confirm_url"] = reverse("cms_review_confirm", args=[page.pk])
            return context
