"""The pilot registry page and the pilots and proeftuinen registered under it."""

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from cms.admin_panels import PublishFindingsPanel
from cms.models.pages import CleanTextPage, TaggedPage
from cms.visibility import public_pages

from ..forms import PilotPageForm
from ..panels import ReadabilityPanel
from ..readability import readable_text
from .links import GuidanceLink

RESULTS_DUE_MONTHS = 12  # calendar months (relativedelta: 29 February + 12 is 28 February)


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
        from ..listing import pilot_index_context  # listing.py imports the models

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
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
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
        from .registry import PilotRegistration  # registry.py imports this module

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

    # What the readability aid measures, in this order (learning/panels.py, and the script that
    # recomputes it while the editor types reads these fields from the form).
    READABLE_FIELDS = ("summary", *TEXT_FIELDS)

    def readable_text(self) -> str:
        return readable_text(self)

    def text_sections(self):
        return [(self._meta.get_field(n).verbose_name, getattr(self, n)) for n in self.TEXT_FIELDS]

    @path("versies/")
    def history(self, request):
        from ..versioning import history  # versioning.py imports the models

        return self.render(
            request,
            template="learning/pilot_history.html",
            context_overrides={"versions": history(self)},
        )


class PilotGuidanceLink(GuidanceLink):
    source = ParentalKey(PilotPage, on_delete=models.CASCADE, related_name="guidance_links")
