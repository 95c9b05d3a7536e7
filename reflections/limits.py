"""The bounds of what a reflection accepts: text lengths and dates, in one place.

Forms show them (``maxlength``, ``min``, ``max``) and refuse what is outside them with a Dutch
error on the field; the models carry the text limits as validators. docs/reflections.md lists
them.
"""

from datetime import date

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# An agreed action is one line in the team's table of open actions.
ACTION_MAX_LENGTH = 500
# One free-text field of a reflection (what happened, the dilemma, the analysis, …).
REFLECTION_TEXT_MAX_LENGTH = 10_000
# One answer to a step of a method (Gibbs, Kolb, …).
ANSWER_MAX_LENGTH = 5_000
# A shared lesson, written in general terms.
LESSON_MAX_LENGTH = 2_000

# A reflection is about work that happened: not in the future, and not before this day.
EARLIEST_REFLECTION_DATE = date(2000, 1, 1)

TOO_LONG = _("Deze tekst is te lang: hoogstens %(limit_value)d tekens (nu %(show_value)d).")
ACTION_TOO_LONG = _(
    "Een afspraak is hoogstens %(limit_value)d tekens (nu %(show_value)d). Maak hem korter."
)


def latest_reflection_date() -> date:
    """Today, in the site's time zone: a reflection may be dated today, not later."""
    return timezone.localdate()


@deconstructible(path="reflections.limits.TextLimit")
class TextLimit(MaxLengthValidator):
    """The model-level check of a text limit (forms check it too, with ``maxlength``)."""

    message = TOO_LONG


def bounded_text(label, limit: int, **kwargs) -> models.TextField:
    """A free-text field of at most ``limit`` characters (a TextField: no column change)."""
    return models.TextField(label, max_length=limit, validators=[TextLimit(limit)], **kwargs)


# Feedback from practice on one guidance section (issue 14, item 4): a remark, not a report.
FEEDBACK_MAX_LENGTH = 1_000
# The editors' public reason for what became of a feedback item.
FEEDBACK_REASON_MAX_LENGTH = 300
