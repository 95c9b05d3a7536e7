"""Wagtail admin snippets of the reflections room: the privacy guard's allow-list, and the
feedback triage with the dialoogversies (issue 14 item 4, reflections/feedback_admin.py)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .allowlist import PrivacyAllowedTerm
from .feedback_admin import FeedbackGroup


class PrivacyAllowedTermViewSet(SnippetViewSet):
    model = PrivacyAllowedTerm
    icon = "success"
    menu_label = PrivacyAllowedTerm._meta.verbose_name_plural
    list_display = ["term", "note", "created"]
    search_fields = ["term", "note"]
    add_to_admin_menu = False


register_snippet(PrivacyAllowedTermViewSet)
register_snippet(FeedbackGroup)
