"""Date fields in the Wagtail admin: typed Dutch dates are kept, unreadable ones are an error.

Wagtail's date picker (jQuery datetimepicker) has `validateOnBlur` on: a typed value it
cannot parse with its own format is replaced by *today* when the field loses focus, so
"31-12-2026" or "1 mei 2026" silently became today's date. We switch that off and let
Django parse the text (cms/formats: dd-mm-jjjj, d-m-jjjj and ISO); what it cannot read
is a field error naming the format.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

DATE_HINT = _("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 31-12-2026.")
DATETIME_HINT = _("Schrijf datum en tijd als dd-mm-jjjj uu:mm, bijvoorbeeld 31-12-2026 09:30.")


class TypedDateInput(AdminDateInput):
    def __init__(self, attrs=None, format=None):  # noqa: A002 — Django's argument name
        super().__init__(attrs={"placeholder": "dd-mm-jjjj", **(attrs or {})}, format=format)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


class TypedDateTimeInput(AdminDateTimeInput):
    def __init__(self, attrs=None, format=None, time_format=None):  # noqa: A002
        attrs = {"placeholder": "dd-mm-jjjj uu:mm", **(attrs or {})}
        super().__init__(attrs=attrs, format=format, time_format=time_format)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


def _override(widget, hint, message):
    def override(db_field):
        help_text = f"{db_field.help_text} {hint}" if db_field.help_text else hint
        return {"widget": widget, "help_text": help_text, "error_messages": {"invalid": message}}

    return override


register_form_field_override(
    models.DateField,
    override=_override(
        TypedDateInput, DATE_HINT, _("Deze datum kunnen wij niet lezen. Gebruik dd-mm-jjjj.")
    ),
)
register_form_field_override(
    models.DateTimeField,
    override=_override(
        TypedDateTimeInput,
        DATETIME_HINT,
        _("Deze datum en tijd kunnen wij niet lezen. Gebruik dd-mm-jjjj uu:mm."),
    ),
)
