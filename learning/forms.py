"""Edit form of a pilot: after registration every change needs a reason and a size."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class PilotPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        # A reason belongs to one change: once published it is not offered again.
        if page.pk and page.live and not page.has_unpublished_changes and self._registered():
            for name in ("change_reason", "change_classification"):
                if name in self.fields:
                    self.initial[name] = ""

    def _registered(self) -> bool:
        from learning.models import PilotRegistration

        return (
            bool(self.instance.pk)
            and PilotRegistration.objects.filter(page_id=self.instance.pk).exists()
        )

    def clean(self):
        cleaned = super().clean()
        if self._registered():
            if not (cleaned.get("change_reason") or "").strip():
                self.add_error(
                    "change_reason",
                    _("Deze pilot is al geregistreerd. Schrijf op waarom u iets verandert."),
                )
            if not cleaned.get("change_classification"):
                self.add_error(
                    "change_classification",
                    _("Kies of dit een kleine of een grote wijziging is."),
                )
        return cleaned
