"""Input rules shared by every room: bounded integers and no control characters.

One place decides how large a page number, year or id may be and which characters never
reach the database, so that the pages, the CSV exports and both JSON APIs answer bad input
the same way: a 400 (or 404 for an id in a path) with a Dutch reason, never a 500.
"""

import re

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

YEAR_MIN, YEAR_MAX = 1900, 2100
MAX_PAGE = 10_000  # far past the last page of any list we have
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1  # BigAutoField: the largest id SQLite and PostgreSQL can store

# C0 control characters and DEL, except tab, newline and carriage return. PostgreSQL refuses
# NUL in text, SQLite's full-text syntax chokes on it and XML 1.0 (the Atom feed) forbids all.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
INTEGER = re.compile(r"-?[0-9]{1,20}")  # ASCII digits only: int('١٢') is 12 in Python


class InvalidParameter(BadRequest):
    """A query parameter outside its rules; Django answers 400, the JSON API {"detail": …}."""

    def __init__(self, name: str, reason: str):
        self.name, self.reason = name, reason
        super().__init__(_("Parameter '%(name)s' %(reason)s.") % {"name": name, "reason": reason})


def strip_controls(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


def has_controls(value) -> bool:
    if isinstance(value, str):
        return bool(CONTROL_CHARACTERS.search(value))
    if isinstance(value, dict):
        return any(has_controls(k) or has_controls(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_controls(v) for v in value)
    return False


def strip_controls_deep(value):
    """The same structure (str, list, dict as in StreamField data) without control characters."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {k: strip_controls_deep(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strip_controls_deep(v) for v in value]
    return value


def bounded_int(value, name: str, low: int, high: int) -> int:
    """`value` as an int in [low, high], or InvalidParameter saying why not."""
    text = str(value).strip()
    if not INTEGER.fullmatch(text):
        raise InvalidParameter(name, _("moet een geheel getal zijn"))
    number = int(text)
    if not low <= number <= high:
        raise InvalidParameter(
            name, _("moet tussen %(low)s en %(high)s liggen") % {"low": low, "high": high}
        )
    return number


def optional_year(value, name: str = "year") -> int | None:
    """An empty or missing year means no filter; anything else must be a plausible year."""
    if value is None or str(value).strip() == "":
        return None
    return bounded_int(value, name, YEAR_MIN, YEAR_MAX)


def parse_id(value) -> int | None:
    """An id posted in a form: None when it is not a storable id (the caller answers 404)."""
    try:
        return bounded_int(value, "id", 1, MAX_ID)
    except InvalidParameter:
        return None


def strip_controls_from_instance(instance) -> None:
    """Strip control characters from every text and StreamField value of a model instance."""
    from django.db import models
    from wagtail.fields import StreamField

    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and has_controls(value):
                setattr(instance, field.attname, strip_controls(value))
        elif isinstance(field, StreamField):
            raw = getattr(instance, field.attname).get_prep_value()
            if has_controls(raw):
                setattr(instance, field.attname, strip_controls_deep(raw))


def check_vocabulary(name: str, value: str) -> None:
    """A filter value of the shared vocabulary that does not exist is a 400 in the JSON API
    (an empty result would hide the typo). name: level, principle, theme or region."""
    from django.db.models import Q

    from cms.models import Level, Principle, Region, Theme

    if not value:
        return
    known = {
        "level": lambda: value in Level.values,
        "principle": lambda: Principle.objects.filter(code=value).exists(),
        "theme": lambda: Theme.objects.filter(slug=value).exists(),
        "region": lambda: Region.objects.filter(Q(slug=value) | Q(code=value)).exists(),
    }[name]()
    if not known:
        what = {
            "level": _("niveau"),
            "principle": _("basisprincipe"),
            "theme": _("thema"),
            "region": _("regio"),
        }[name]
        raise InvalidParameter(
            name,
            _("noemt een onbekend %(what)s: '%(value)s'") % {"what": what, "value": value[:40]},
        )
