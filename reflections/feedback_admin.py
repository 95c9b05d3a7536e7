"""The editors' side of feedback (issue 14, item 4): triage in the Wagtail admin, and the
periods in which a guidance page is open as a dialoogversie.

Editors see the text, the section and the state, never who gave it. Feedback comes only from
readers, so the admin cannot add any; the public reason passes the privacy guard like the text.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Consultation, GuidanceVersion

from .feedback_models import Feedback
from .forms import PRIVACY_ERROR
from .screening import findings_for


class NoAddPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class FeedbackAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "used_in" in self.fields:  # only the versions of this item's page
            page_id = self.instance.page_id
            self.fields["used_in"].queryset = GuidanceVersion.objects.filter(
                page_id=page_id
            ).order_by("-major", "-minor")

    def clean_reason(self):
        reason = self.cleaned_data.get("reason", "")
        if reason and findings_for("reason", _("toelichting"), reason):
            self.add_error("reason", PRIVACY_ERROR)
        return reason


class FeedbackViewSet(SnippetViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Feedback")
    list_display = ["section_label", "state_label", "created"]
    list_filter = ["state", "page"]
    search_fields = ["text"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("text", read_only=True),
            FieldPanel("state"),
            FieldPanel("used_in"),
            FieldPanel("reason"),
        ],
        base_form_class=FeedbackAdminForm,
    )

    @property
    def permission_policy(self):
        return NoAddPolicy(self.model)


class ConsultationViewSet(SnippetViewSet):
    model = Consultation
    icon = "date"
    menu_label = _("Dialoogversies")
    list_display = ["page", "starts", "ends"]
    panels = [FieldPanel("page"), FieldPanel("starts"), FieldPanel("ends")]


class FeedbackGroup(SnippetViewSetGroup):
    menu_label = _("Feedback")
    menu_icon = "comment"
    menu_order = 250
    items = (FeedbackViewSet, ConsultationViewSet)
