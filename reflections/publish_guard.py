"""The privacy guard applied to pages before they go public (cms.publishing's contract).

Every free text of a page passes `find_identifiers`: title, summary, text and rich-text
fields, StreamField contents, SEO title and description. Structured identifiers (BSN, IBAN,
telephone, e-mail, postcode, address, case number, licence plate, date) always block.
Possible names and schools block until someone allowed to publish confirms them; a
confirmation is kept as a keyed hash of field, kind and finding text (ConfirmedFinding), so
the same name in the same field of the same page does not ask again and no text is stored.

Two page attributes adjust what counts (set on the page model, read here by name):
* `public_contact_fields`: fields that hold the published contact address; an e-mail address
  there is what the field is for.
* `public_name_lists`: child relations with a `name` per row that credit people by name
  (the authors of a study); checked for structured identifiers, not for names.
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.utils.html import strip_tags
from django.views.decorators.debug import sensitive_variables
from wagtail.fields import RichTextField, StreamField

from cms.publishing import Blocker
from cms.stream_text import stream_texts

from .screening import ShownFinding, findings_for

CONFIRMABLE = frozenset({"name", "school"})
SKIP_FIELDS = {"slug", "url_path", "draft_title", "path", "locale"}
SKIP_KEYS = {"anchor", "id", "type", "link", "url"}
CONFIRM_SALT = "reflections.publish_guard.confirmed-finding"


@dataclass(frozen=True)
class PageText:
    key: str  # stable: model field name plus the path inside a StreamField
    label: str
    text: str
    allowed: frozenset = frozenset()  # kinds that are not a finding here


@dataclass(frozen=True)
class PageFinding:
    key: str
    shown: ShownFinding
    digest: str
    confirmed: bool

    @property
    def confirmable(self) -> bool:
        return self.shown.kind in CONFIRMABLE

    @property
    def blocks(self) -> bool:
        return not (self.confirmable and self.confirmed)


def _is_free_text(field) -> bool:
    if field.name in SKIP_FIELDS or field.choices:
        return False
    if isinstance(field, models.URLField | models.SlugField):
        return False
    return isinstance(field, models.CharField | models.TextField)


def page_texts(page):
    """Every free text of a page as it would be published, with a stable key per field."""
    contact = set(getattr(page, "public_contact_fields", ()))
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        label = str(field.verbose_name)
        if isinstance(field, StreamField):
            for sub, text in stream_texts(value, skip_keys=SKIP_KEYS):
                if text:
                    yield PageText(f"{field.name}.{sub}", f"{label} ({sub})", text)
        elif _is_free_text(field) and isinstance(value, str) and value:
            text = strip_tags(value) if isinstance(field, RichTextField) else value
            allowed = frozenset({"email"}) if field.name in contact else frozenset()
            yield PageText(field.name, label, text, allowed)
    for relation in getattr(page, "public_name_lists", ()):
        label = str(page._meta.get_field(relation).related_model._meta.verbose_name_plural)
        for row in getattr(page, relation).all():
            yield PageText(relation, label, row.name, frozenset(CONFIRMABLE))


def finding_digest(key: str, kind: str, text: str) -> str:
    """Keyed with SECRET_KEY: the stored hash cannot be tested against guessed names."""
    return salted_hmac(CONFIRM_SALT, f"{key}\x00{kind}\x00{text}").hexdigest()


def confirmed_digests(page) -> set[str]:
    from .models import ConfirmedFinding

    if page.pk is None:
        return set()
    return set(ConfirmedFinding.objects.filter(page_id=page.pk).values_list("digest", flat=True))


@sensitive_variables()
def page_findings(page) -> list[PageFinding]:
    confirmed = confirmed_digests(page)
    found = []
    for item in page_texts(page):
        for shown in findings_for(item.key, item.label, item.text):
            if shown.kind in item.allowed:
                continue
            digest = finding_digest(item.key, shown.kind, shown.text)
            found.append(PageFinding(item.key, shown, digest, digest in confirmed))
    return found


def review_url(page) -> str:
    return reverse("privacy_page_review", args=[page.pk]) if page.pk else ""


def blockers(page) -> list[Blocker]:
    """The `check_publishable_text` hook: unconfirmed findings, by field and kind."""
    url = review_url(page)
    return [
        Blocker(f.shown.field_label, f.shown.kind_label, f.confirmable, url)
        for f in page_findings(page)
        if f.blocks
    ]
