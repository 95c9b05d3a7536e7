"""A reference to one section of a guidance page: the page and the section's anchor.

One contract for every room that points into guidance: `SectionRef` for code that has a page
and an anchor in hand, `GuidanceSectionRef` for a model row that stores one. URL, label and
the anchor check are decided here only.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.visibility import public_pages

from .pages import GuidancePage


@dataclass(frozen=True)
class SectionRef:
    """A section of a guidance page; an empty anchor means the whole page."""

    page: GuidancePage
    anchor: str = ""

    @property
    def section(self) -> dict | None:
        return self.page.section_by_anchor(self.anchor) if self.anchor else None

    @property
    def section_title(self) -> str:
        section = self.section
        return section["title"] if section else self.anchor

    @property
    def url(self) -> str:
        base = self.page.url or ""
        return f"{base}#{self.anchor}" if self.anchor else base

    @property
    def label(self) -> str:
        if not self.anchor:
            return self.page.title
        return f"{self.page.title} – {self.section_title}"

    def validate(self) -> None:
        """ValidationError on ``anchor`` when the page has no section with this anchor."""
        if self.anchor and self.section is None:
            known = ", ".join(block.value["anchor"] for block in self.page.sections)
            raise ValidationError(
                {
                    "anchor": _("Deze richtlijn heeft geen sectie '%(anchor)s' (wel: %(known)s).")
                    % {"anchor": self.anchor, "known": known}
                }
            )


def public_sections() -> list[SectionRef]:
    """Every section of every public guidance page, by page title, in page order."""
    pages = public_pages(GuidancePage.objects.all()).order_by("title")
    return [SectionRef(page, block.value["anchor"]) for page in pages for block in page.sections]


class GuidanceSectionRef(models.Model):
    """A stored SectionRef. A subclass may override ``page`` or ``anchor`` (nullable, blank)."""

    page = models.ForeignKey(
        "cms.GuidancePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("richtlijn")
    )
    anchor = models.CharField(_("anker van de sectie"), max_length=80)

    class Meta:
        abstract = True

    @property
    def ref(self) -> SectionRef | None:
        return SectionRef(self.page, self.anchor) if self.page_id else None

    def clean(self):
        super().clean()
        if self.ref is not None:
            self.ref.validate()

    @property
    def url(self) -> str:
        return self.ref.url if self.ref else ""

    @property
    def label(self) -> str:
        return self.ref.label if self.ref else ""

    @property
    def section_title(self) -> str:
        return self.ref.section_title if self.ref else self.anchor
