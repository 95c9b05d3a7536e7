"""Edit form of a guidance page: a new version number needs a kind of change and a note."""

from wagtail.admin.forms import WagtailAdminPageForm

# Form field per what cms.models.version_errors finds wrong.
FIELDS = {"version": "version_label", "change_type": "change_type", "change_note": "change_note"}


class GuidancePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        # A note belongs to one version: once that is published it is not offered again.
        if page.pk and page.live and not page.has_unpublished_changes:
            for name in ("change_type", "change_note"):
                if name in self.fields:
                    self.initial[name] = ""

    def clean(self):
        from cms.models import GuidanceVersion, version_errors

        cleaned = super().clean()
        number = (cleaned.get("version_label") or "").strip()
        previous = None
        if self.instance.pk:
            previous = (
                GuidanceVersion.objects.filter(page_id=self.instance.pk)
                .order_by("-major", "-minor")
                .first()
            )
        if previous is not None and number == previous.number:
            return cleaned  # the same version: a correction, no new entry in the history
        if not number and previous is None:
            return cleaned  # a page without versions
        errors = version_errors(
            previous, number, cleaned.get("change_type") or "", cleaned.get("change_note") or ""
        )
        for what, message in errors.items():
            if FIELDS[what] in self.fields:
                self.add_error(FIELDS[what], message)
        return cleaned
