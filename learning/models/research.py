"""Research summaries: the research index (with the evidence map), studies and their authors."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.admin_panels import PublishFindingsPanel
from cms.models.pages import CleanTextPage, TaggedPage
from cms.visibility import public_pages

from ..panels import ReadabilityPanel
from ..readability import readable_text
from .evidence import DOI_PATTERN, EvidenceLevel, PublicationLanguage, doi_validator
from .links import GuidanceLink


class ResearchIndexPage(RoutablePageMixin, CleanTextPage):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["learning.ResearchSummaryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("onderzoeksoverzicht")

    def summaries(self):
        return public_pages(ResearchSummaryPage.objects.descendant_of(self))

    def get_context(self, request, *args, listing=True, **kwargs):
        from ..listing import research_index_context  # listing.py imports the models

        context = super().get_context(request, *args, **kwargs)
        if listing:  # the evidence map's routes show no list of summaries
            context.update(research_index_context(request, self))
        return context

    @path("evidence-map/")
    def evidence_map(self, request):
        from ..evidence_map import evidence_map_context  # it imports the models

        return self.render(
            request,
            template="learning/evidence_map.html",
            context_overrides=evidence_map_context(request),
            listing=False,
        )

    @path("evidence-map/lijst/")
    def evidence_cell(self, request):
        from ..evidence_map import evidence_cell_context  # it imports the models

        return self.render(
            request,
            template="learning/evidence_cell.html",
            context_overrides=evidence_cell_context(request),
            listing=False,
        )


class ResearchSummaryPage(TaggedPage):
    plain_title = models.CharField(_("titel in gewone taal"), max_length=255, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    publication_date = models.DateField(_("publicatiedatum"), null=True, blank=True)
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[doi_validator],
        help_text=_("Bijvoorbeeld 10.5555/tsk-demo-001."),
    )
    link = models.URLField(_("link naar de publicatie"), blank=True)
    language = models.CharField(
        _("taal van de publicatie"),
        max_length=5,
        choices=PublicationLanguage.choices,
        default=PublicationLanguage.DUTCH,
        help_text=_(
            "De taal van het artikel of rapport zelf en van de oorspronkelijke titel. "
            "Citaties nemen deze taal over."
        ),
    )
    study_design = models.CharField(_("onderzoeksopzet"), max_length=200, blank=True)
    sample = models.CharField(_("steekproef"), max_length=300, blank=True)
    evidence_level = models.PositiveSmallIntegerField(
        _("niveau op de effectladder"), choices=EvidenceLevel.choices, null=True, blank=True
    )
    key_findings = models.TextField(_("belangrijkste bevindingen"), blank=True)
    limitations = models.TextField(_("beperkingen"), blank=True)
    practice_implications = models.TextField(_("wat betekent dit voor de praktijk"), blank=True)
    plain_summary = models.TextField(_("samenvatting in gewone taal"), blank=True)
    # The one pilot <-> study relation. Edited here; the pilot page reads it back as
    # `pilot.research` (docs/learning.md, "Pilots en onderzoek").
    pilots = ParentalManyToManyField(
        "learning.PilotPage",
        blank=True,
        related_name="research",
        verbose_name=_("gekoppelde pilots"),
        help_text=_("Pilots die deze studie onderzoekt of waarop de pilot zich baseert."),
    )

    TEXT_FIELDS = (
        ("plain_summary", _("In gewone taal")),
        ("key_findings", _("Belangrijkste bevindingen")),
        ("practice_implications", _("Wat betekent dit voor de praktijk")),
        ("limitations", _("Beperkingen")),
    )

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [
        FieldPanel("plain_title"),
        FieldPanel("summary"),
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
        MultiFieldPanel(
            [
                InlinePanel("authors", label=_("Auteurs")),
                FieldPanel("organisation"),
                FieldPanel("publication_date"),
                FieldPanel("doi"),
                FieldPanel("link"),
                FieldPanel("language"),
            ],
            heading=_("Publicatie"),
        ),
        MultiFieldPanel(
            [FieldPanel("study_design"), FieldPanel("sample"), FieldPanel("evidence_level")],
            heading=_("Onderzoek"),
        ),
        FieldPanel("plain_summary"),
        FieldPanel("key_findings"),
        FieldPanel("practice_implications"),
        FieldPanel("limitations"),
        FieldPanel("pilots"),
        InlinePanel("guidance_links", label=_("Richtlijnen en secties")),
        ReadabilityPanel(heading=_("Leesbaarheid")),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("plain_title"),
        index.SearchField("author_text"),
        index.SearchField("organisation"),
        index.SearchField("plain_summary"),
        index.SearchField("key_findings"),
        index.SearchField("practice_implications"),
    ]
    api_fields = TaggedPage.api_fields + [
        APIField(name)
        for name in (
            "plain_title", "authors", "organisation", "publication_date", "doi", "link",
            "language", "study_design", "sample", "evidence_level", "key_findings", "limitations",
            "practice_implications", "plain_summary",
        )
    ]  # fmt: skip
    parent_page_types = ["learning.ResearchIndexPage"]
    subpage_types: list[str] = []
    # cms.publishing: authors are credited by name; their names are not a family's.
    public_name_lists = ("authors",)

    class Meta:
        verbose_name = _("onderzoekssamenvatting")
        verbose_name_plural = _("onderzoekssamenvattingen")

    def clean(self):
        super().clean()
        if self.doi:
            self.doi = self.doi.strip()
            if not re.match(DOI_PATTERN, self.doi):
                raise ValidationError({"doi": doi_validator.message})

    @property
    def list_title(self) -> str:
        """What lists and search hits show: the plain Dutch title, else the original one."""
        return self.plain_title or self.title

    @property
    def author_list(self) -> list[str]:
        return [author.name for author in self.authors.all()]

    @property
    def author_text(self) -> str:
        return "; ".join(self.author_list)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    # What the readability aid measures, in this order (see PilotPage.READABLE_FIELDS).
    READABLE_FIELDS = (
        "summary", "plain_summary", "key_findings", "practice_implications", "limitations",
    )  # fmt: skip

    def readable_text(self) -> str:
        return readable_text(self)

    def text_sections(self):
        return [(label, getattr(self, name)) for name, label in self.TEXT_FIELDS]

    def linked_pilots(self):
        from .pilots import PilotPage  # pilots.py is imported after this module (model order)

        pilots = self.pilots.all()
        if not isinstance(pilots, models.QuerySet):  # a preview: modelcluster's in-memory list
            pilots = PilotPage.objects.filter(pk__in=[pilot.pk for pilot in pilots])
        return public_pages(pilots).order_by("title")

    def json_ld(self, request=None) -> dict:
        from ..exports import scholarly_article

        return scholarly_article(self, request)


class ResearchAuthor(Orderable):
    """One author of a study, in citation form ('Jansen, A.'), in the order of the byline."""

    page = ParentalKey(ResearchSummaryPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(
        _("naam"), max_length=200, help_text=_("Achternaam en voorletters, zoals 'Jansen, A.'.")
    )

    panels = [FieldPanel("name")]
    api_fields = [APIField("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def __str__(self):
        return self.name


class ResearchGuidanceLink(GuidanceLink):
    source = ParentalKey(
        ResearchSummaryPage, on_delete=models.CASCADE, related_name="guidance_links"
    )
