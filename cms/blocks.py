from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SectionBlock(blocks.StructBlock):
    """One section of a guidance document: linkable by its anchor, tagged on its own."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    anchor = blocks.CharBlock(
        label=_("Anker"),
        max_length=80,
        help_text=_("Vaste naam voor links naar deze sectie, bijvoorbeeld 'directe-veiligheid'."),
    )
    body = blocks.TextBlock(label=_("Tekst (Markdown)"))
    principles = blocks.ListBlock(
        SnippetChooserBlock("cms.Principle"), label=_("Basisprincipes"), default=[]
    )
    themes = blocks.ListBlock(SnippetChooserBlock("cms.Theme"), label=_("Thema's"), default=[])

    def clean(self, value):
        value = super().clean(value)
        if value["anchor"] != slugify(value["anchor"]):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "anchor": ValidationError(
                        _("Gebruik alleen kleine letters, cijfers en streepjes.")
                    )
                }
            )
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
