import copy

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.content_version import PerVersion
from cms.kern import kern_error

_vocabularies: dict[type, PerVersion] = {}


def vocabulary(model) -> dict:
    """Every row of a small vocabulary table (principles, themes) by primary key, read once per
    process and content token: an edit of a term bumps the token, in every worker."""
    if model not in _vocabularies:
        _vocabularies[model] = PerVersion(lambda: {row.pk: row for row in model.objects.all()})
    return _vocabularies[model]()


class VocabularyChooserBlock(SnippetChooserBlock):
    """A snippet chooser whose rendering takes the rows from ``vocabulary()``: a guidance
    page's sections then cost no query per list of chips."""

    def bulk_to_python(self, values):
        rows = vocabulary(self.model_class)
        return [copy.copy(rows[v]) if v in rows else None for v in map(_pk, values)]


def _pk(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class SectionBlock(blocks.StructBlock):
    """One section of a guidance document: linkable by its anchor, tagged on its own."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    anchor = blocks.CharBlock(
        label=_("Anker"),
        max_length=80,
        help_text=_("Vaste naam voor links naar deze sectie, bijvoorbeeld 'directe-veiligheid'."),
    )
    # Item 7 "summary first": the advice in short, shown before the full text.
    kern = blocks.TextBlock(
        label=_("Kern"),
        required=False,
        default="",  # not None: sections saved before the kern existed read the same
        help_text=_(
            "Het advies in het kort: hoogstens drie zinnen. Lezers zien de kern eerst, "
            "de volledige tekst eronder."
        ),
    )
    body = blocks.TextBlock(label=_("Tekst (Markdown)"))
    principles = blocks.ListBlock(
        VocabularyChooserBlock("cms.Principle"), label=_("Basisprincipes"), default=[]
    )
    themes = blocks.ListBlock(VocabularyChooserBlock("cms.Theme"), label=_("Thema's"), default=[])

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["anchor"] != slugify(value["anchor"]):
            errors["anchor"] = ValidationError(
                _("Gebruik alleen kleine letters, cijfers en streepjes.")
            )
        if message := kern_error(value.get("kern") or ""):  # item 7: the kern's limit
            errors["kern"] = ValidationError(message)
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "doc-full"
        label = _("Sectie")
        template = "cms/blocks/section.html"


class EntryBlock(blocks.StructBlock):
    """A door on the home page for one group of users."""

    audience = blocks.CharBlock(label=_("Voor wie"), max_length=80)
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Korte uitleg"), max_length=300)
    link = blocks.CharBlock(label=_("Link (pad of URL)"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Ingang")
