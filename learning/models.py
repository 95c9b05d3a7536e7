"""Pilots and proeftuinen registry, research summaries and the evidence they carry."""

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils import timezone
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

from .forms import PilotPageForm
from .panels import ReadabilityPanel

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
doi_validator = RegexValidator(
    DOI_PATTERN,
    _(
        "Een DOI ziet er zo uit: 10.1234/abc-123 (begint met 10., vier tot negen "
        "cijfers, een / en daarna zonder spaties)."
    ),
)


RESULTS_DUE_MONTHS = 12  # calendar months (relativedelta: 29 February + 12 is 28 February)


class EvidenceLevel(models.IntegerChoices):
    """The effectladder of the Dutch intervention databases, weakest first."""

    DESCRIBED = 1, _("Goed beschreven")
    THEORY = 2, _("Goed onderbouwd")
    FIRST_INDICATIONS = 3, _("Effectief – eerste aanwijzingen")
    GOOD_INDICATIONS = 4, _("Effectief – goede aanwijzingen")
    STRONG_INDICATIONS = 5, _("Effectief – sterke aanwijzingen")


class GuidanceLink(Orderable):
    """A link to a guidance page, optionally to one section of it (by anchor)."""

    guidance = models.ForeignKey(
        "cms.GuidancePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("richtlijn")
    )
    anchor = models.SlugField(
        _("anker van de sectie"),
        max_length=80,
        blank=True,
        help_text=_("Leeg laten om naar de hele richtlijn te verwijzen."),
    )

    panels = [FieldPanel("guidance"), FieldPanel("anchor")]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        guidance = self.guidance if self.guidance_id else None
        if guidance and self.anchor and guidance.section_by_anchor(self.anchor) is None:
            anchors = ", ".join(b.value["anchor"] for b in guidance.sections)
            raise ValidationError(
                {
                    "anchor": _("Deze richtlijn heeft geen sectie '%(anchor)s' (wel: %(known)s).")
                    % {"anchor": self.anchor, "known": anchors}
                }
            )

    @property
    def url(self) -> str:
        base = self.guidance.url or ""
        return f"{base}#{self.anchor}" if self.anchor else base

    @property
    def label(self) -> str:
        if self.anchor:
            section = self.guidance.section_by_anchor(self.anchor)
            if section:
                return f"{self.guidance.title}: {section['title']}"
        return self.guidance.title


# --- research ------------------------------------------------------------------------------


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

    def get_context(self, request, *args, **kwargs):
        from .views import research_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(research_index_context(request, self))
        return context

    @path("evidence-map/")
    def evidence_map(self, request):
        from .views import evidence_map

        return evidence_map(request, self)

    @path("evidence-map/lijst/")
    def evidence_cell(self, request):
        from .views import evidence_cell

        return evidence_cell(request, self)


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
        MultiFieldPanel(
            [
                InlinePanel("authors", label=_("Auteurs")),
                FieldPanel("organisation"),
                FieldPanel("publication_date"),
                FieldPanel("doi"),
                FieldPanel("link"),
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
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
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
            "study_design", "sample", "evidence_level", "key_findings", "limitations",
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
    def author_list(self) -> list[str]:
        return [author.name for author in self.authors.all()]

    @property
    def author_text(self) -> str:
        return "; ".join(self.author_list)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def readable_text(self) -> str:
        return "\n\n".join(
            t
            for t in (
                self.summary,
                self.plain_summary,
                self.key_findings,
                self.practice_implications,
                self.limitations,
            )
            if t
        )

    def text_sections(self):
        return [(label, getattr(self, name)) for name, label in self.TEXT_FIELDS]

    def linked_pilots(self):
        pilots = self.pilots.all()
        if not isinstance(pilots, models.QuerySet):  # a preview: modelcluster's in-memory list
            pilots = PilotPage.objects.filter(pk__in=[pilot.pk for pilot in pilots])
        return public_pages(pilots).order_by("title")

    def json_ld(self, request=None) -> dict:
        from .exports import scholarly_article

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
    page = ParentalKey(ResearchSummaryPage, on_delete=models.CASCADE, related_name="guidance_links")


# --- pilots --------------------------------------------------------------------------------


class PilotRegistryPage(CleanTextPage):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["learning.PilotPage"]
    max_count = 1

    class Meta:
        verbose_name = _("pilotregister")

    def pilots(self):
        return public_pages(PilotPage.objects.descendant_of(self))

    def get_context(self, request, *args, **kwargs):
        from .views import pilot_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(pilot_index_context(request, self))
        return context


class PilotPage(RoutablePageMixin, TaggedPage):
    """A registered pilot or proeftuin. Every published version is kept in PilotVersion."""

    class Kind(models.TextChoices):
        PILOT = "pilot", _("Pilot")
        PROEFTUIN = "proeftuin", _("Proeftuin")

    class Status(models.TextChoices):
        PREPARING = "in-voorbereiding", _("In voorbereiding")
        RUNNING = "lopend", _("Lopend")
        FINISHED = "afgerond", _("Afgerond")
        STOPPED = "gestopt", _("Gestopt")

    class Change(models.TextChoices):
        MINOR = "klein", _("Kleine wijziging (1.0 → 1.1)")
        MAJOR = "groot", _("Grote wijziging (1.0 → 2.0)")

    kind = models.CharField(_("soort"), max_length=12, choices=Kind.choices, default=Kind.PILOT)
    problem = models.TextField(_("probleem"), blank=True)
    aim = models.TextField(_("doel"), blank=True)
    research_question = models.TextField(_("onderzoeksvraag of hypothese"), blank=True)
    intervention = models.TextField(_("wat wordt uitgeprobeerd"), blank=True)
    lead_organisation = models.CharField(_("trekkende organisatie"), max_length=200, blank=True)
    partners = models.TextField(_("partners"), blank=True, help_text=_("Eén partner per regel."))
    contact_email = models.EmailField(
        _("contact (functiemailbox)"),
        blank=True,
        help_text=_("Een algemeen adres, zoals pilot@gemeente.nl. Geen persoonlijk adres."),
    )
    funding = models.CharField(_("financiering"), max_length=300, blank=True)
    planned_start = models.DateField(_("geplande start"), null=True, blank=True)
    planned_end = models.DateField(_("gepland einde"), null=True, blank=True)
    actual_start = models.DateField(_("werkelijke start"), null=True, blank=True)
    actual_end = models.DateField(_("werkelijk einde"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREPARING
    )
    stop_reason = models.TextField(_("reden van stoppen"), blank=True)
    evaluation_design = models.TextField(_("opzet van de evaluatie"), blank=True)
    outcome_measures = models.TextField(_("uitkomstmaten"), blank=True)
    expected_size = models.CharField(
        _("verwachte omvang"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: 40 gezinnen, 3 teams."),
    )
    ethics_review = models.TextField(_("toetsing ethiek en privacy"), blank=True)
    results_summary = models.TextField(_("resultaten"), blank=True)
    lessons = models.TextField(_("lessen"), blank=True)
    # Filled in by the pilot lead on every change after registration; kept in each revision.
    change_reason = models.TextField(_("reden van de wijziging"), blank=True)
    change_classification = models.CharField(
        _("soort wijziging"), max_length=10, choices=Change.choices, blank=True
    )

    # Public fields in registry order, with their labels: what a version snapshot holds.
    PUBLIC_FIELDS = (
        "title", "kind", "summary", "problem", "aim", "research_question", "intervention",
        "level", "principles", "themes", "regions", "lead_organisation", "partners",
        "contact_email", "funding", "planned_start", "planned_end", "actual_start",
        "actual_end", "status", "stop_reason", "evaluation_design", "outcome_measures",
        "expected_size", "ethics_review", "results_summary", "lessons",
    )  # fmt: skip
    TEXT_FIELDS = (
        "problem", "aim", "research_question", "intervention", "evaluation_design",
        "outcome_measures", "ethics_review", "results_summary", "lessons",
    )  # fmt: skip

    # cms.publishing: the published contact address is what this field is for.
    public_contact_fields = ("contact_email",)
    base_form_class = PilotPageForm
    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("problem"),
        FieldPanel("aim"),
        FieldPanel("research_question"),
        FieldPanel("intervention"),
        MultiFieldPanel(
            [
                FieldPanel("lead_organisation"),
                FieldPanel("partners"),
                FieldPanel("contact_email"),
                FieldPanel("funding"),
            ],
            heading=_("Organisatie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("stop_reason"),
                FieldPanel("planned_start"),
                FieldPanel("planned_end"),
                FieldPanel("actual_start"),
                FieldPanel("actual_end"),
            ],
            heading=_("Planning en status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evaluation_design"),
                FieldPanel("outcome_measures"),
                FieldPanel("expected_size"),
                FieldPanel("ethics_review"),
            ],
            heading=_("Evaluatie"),
        ),
        FieldPanel("results_summary"),
        FieldPanel("lessons"),
        InlinePanel("guidance_links", label=_("Richtlijnen en secties")),
        MultiFieldPanel(
            [FieldPanel("change_reason"), FieldPanel("change_classification")],
            heading=_("Wijziging na registratie"),
            help_text=_(
                "Verplicht als de pilot al geregistreerd is: waarom verandert u iets, "
                "en is het een kleine of grote wijziging?"
            ),
        ),
        ReadabilityPanel(heading=_("Leesbaarheid")),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
    ]
    search_fields = (
        TaggedPage.search_fields
        + [index.SearchField(name) for name in TEXT_FIELDS]
        + [index.SearchField("lead_organisation"), index.FilterField("status")]
    )
    api_fields = TaggedPage.api_fields + [
        APIField(name)
        for name in PUBLIC_FIELDS
        if name not in ("title", "summary", "level")
        and name not in ("principles", "themes", "regions")
    ]
    parent_page_types = ["learning.PilotRegistryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("pilot")
        verbose_name_plural = _("pilots")

    def clean(self):
        super().clean()
        errors = {}
        for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
            if (
                getattr(self, start)
                and getattr(self, end)
                and getattr(self, end) < getattr(self, start)
            ):
                errors[end] = _("Het einde ligt vóór de start.")
        if self.status == self.Status.STOPPED and not self.stop_reason.strip():
            errors["stop_reason"] = _("Geef aan waarom de pilot gestopt is.")
        if errors:
            raise ValidationError(errors)

    # --- registry ------------------------------------------------------------------------

    @property
    def registration(self):
        try:
            return self.registration_record
        except PilotRegistration.DoesNotExist:
            return None

    @property
    def registry_id(self) -> str:
        reg = self.registration
        return reg.registry_id if reg else ""

    @property
    def is_registered(self) -> bool:
        return self.registration is not None

    @property
    def current_version(self):
        return self.versions.order_by("-major", "-minor").first()

    @property
    def results_due(self) -> dt.date | None:
        if not self.actual_end:
            return None
        return self.actual_end + relativedelta(months=RESULTS_DUE_MONTHS)

    @property
    def results_overdue(self) -> bool:
        due = self.results_due
        return bool(due and due < timezone.localdate() and not self.results_summary.strip())

    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def related_research(self):
        """Public studies linked to this pilot (the link is edited on the research summary)."""
        return public_pages(self.research.all()).order_by("-publication_date", "title")

    def readable_text(self) -> str:
        parts = [self.summary] + [getattr(self, n) for n in self.TEXT_FIELDS]
        return "\n\n".join(p for p in parts if p)

    def text_sections(self):
        return [(self._meta.get_field(n).verbose_name, getattr(self, n)) for n in self.TEXT_FIELDS]

    @path("versies/")
    def history(self, request):
        from .views import pilot_history

        return pilot_history(request, self)


class PilotGuidanceLink(GuidanceLink):
    page = ParentalKey(PilotPage, on_delete=models.CASCADE, related_name="guidance_links")


class PilotRegistration(models.Model):
    """A registry ID, given once on first approval. Kept when the page goes: never reused."""

    page = models.OneToOneField(
        PilotPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="registration_record",
        verbose_name=_("pilot"),
    )
    registry_id = models.CharField(_("registratienummer"), max_length=16, unique=True)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveIntegerField()
    registered_at = models.DateTimeField(_("geregistreerd op"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="unique_registry_number")
        ]
        verbose_name = _("registratie")
        verbose_name_plural = _("registraties")

    def __str__(self):
        return self.registry_id

    @classmethod
    def assign(cls, page: PilotPage) -> "PilotRegistration":
        year = timezone.localdate().year
        for _attempt in range(5):
            number = (cls.objects.filter(year=year).aggregate(m=Max("number"))["m"] or 0) + 1
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        page=page, year=year, number=number, registry_id=f"TSK-{year}-{number:04d}"
                    )
            except IntegrityError:
                if cls.objects.filter(page=page).exists():
                    return cls.objects.get(page=page)
        raise IntegrityError("could not assign a registry number")  # pragma: no cover


class PilotVersion(models.Model):
    """One published version of a pilot registration: what was public, when and why."""

    page = models.ForeignKey(PilotPage, on_delete=models.CASCADE, related_name="versions")
    major = models.PositiveSmallIntegerField()
    minor = models.PositiveSmallIntegerField()
    published_at = models.DateTimeField(_("datum"), default=timezone.now)
    reason = models.TextField(_("reden"), blank=True)
    classification = models.CharField(
        _("soort wijziging"), max_length=10, choices=PilotPage.Change.choices, blank=True
    )
    snapshot = models.JSONField(_("openbare velden"), default=dict)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["page", "major", "minor"]
        constraints = [
            models.UniqueConstraint(fields=["page", "major", "minor"], name="unique_pilot_version")
        ]
        verbose_name = _("versie")
        verbose_name_plural = _("versies")

    def __str__(self):
        return self.version

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}"
