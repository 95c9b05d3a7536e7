from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from cms.admin_panels import PublishFindingsPanel
from cms.blocks import EntryBlock, SectionBlock
from cms.filters import KnowledgeFilter, option_counts
from cms.guidance_form import GuidancePageForm
from cms.publishing import GuardedPublishMixin
from cms.review_panel import ReviewPanel
from cms.validation import strip_controls_from_instance
from cms.visibility import public_pages, restricted_here, view_restrictions

from .guidance_versions import Change
from .review import ReviewedPage
from .taxonomy import GlossaryTerm, Level, Principle, Theme


class CleanTextPage(GuardedPublishMixin, Page):
    """Control characters (NUL and the like) never reach the database, wherever text comes
    from: the admin (also inside StreamField JSON), import_content or code."""

    def full_clean(self, *args, **kwargs):
        strip_controls_from_instance(self)
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        strip_controls_from_instance(self)
        return super().save(*args, **kwargs)

    def get_view_restrictions(self):
        if self.alias_of_id is None and self.pk and not restricted_here(self):
            return PageViewRestriction.objects.none()  # the restricted paths are in memory
        return view_restrictions(self)

    # A parent with this many page types or fewer is routed to its child with one query per
    # tried type (the specific row straight away) instead of Wagtail's two (the base row,
    # then the specific row): a knowledge page is found with one query.
    ROUTE_BY_TYPE_MAX = 2

    def route(self, request, path_components):
        models = self.specific_class.allowed_subpage_models() if path_components else []
        if 0 < len(models) <= self.ROUTE_BY_TYPE_MAX:
            for model in models:
                child = model.objects.child_of(self).filter(slug=path_components[0]).first()
                if child is not None:
                    child._cached_parent_obj = self  # as Wagtail's route: no query for it
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)  # other types, or Http404

    class Meta:
        abstract = True


class TaggedPage(CleanTextPage):
    """Fields every knowledge page shares: a summary and the shared vocabulary."""

    summary = models.TextField(_("samenvatting"), max_length=600, blank=True)
    level = models.CharField(_("niveau"), max_length=10, choices=Level.choices, blank=True)
    principles = ParentalManyToManyField(
        "cms.Principle", blank=True, related_name="+", verbose_name=_("basisprincipes")
    )
    themes = ParentalManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("thema's")
    )
    regions = ParentalManyToManyField(
        "cms.Region", blank=True, related_name="+", verbose_name=_("regio's")
    )

    # On the main content tab, under the summary: editors tag while they write, not on the
    # "Eigenschappen" tab beside the SEO fields.
    tagging_panels = [
        FieldPanel("level"),
        FieldPanel("principles"),
        FieldPanel("themes"),
        FieldPanel("regions"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [
        APIField("summary"),
        APIField("level"),
        APIField("principles"),
        APIField("themes"),
        APIField("regions"),
    ]

    class Meta:
        abstract = True

    def chip_list(self):
        """The list page the principle and theme chips of this page link to, filtered by the
        chip's value: by default the list this page is in (its parent: the knowledge base, the
        pilot register, the research overview), which filters on these tags and so always
        holds this page. A page type whose parent is no such list overrides this; None shows
        the chips without links."""
        return self.get_parent()

    @property
    def list_title(self) -> str:
        """The title lists and search hits show. A page with a plain-language title next to
        an original one (a research summary) returns the plain one; search reads this, so it
        shows what the room's own list shows."""
        return self.title


class HomePage(CleanTextPage):
    intro = models.TextField(_("introductie"), blank=True)
    entries = StreamField([("entry", EntryBlock())], blank=True, verbose_name=_("ingangen"))

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [
        FieldPanel("intro"),
        FieldPanel("entries"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("homepagina")


class KnowledgeIndexPage(CleanTextPage):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.GuidancePage", "cms.InspirationPage"]

    class Meta:
        verbose_name = _("kennisbank")

    def get_context(self, request, *args, **kwargs):
        """The guidance and the practice examples, filtered by principle, theme and level
        (cms.filters: an unknown value finds nothing, a malformed one is a 400), with the
        count of each option: two lists, one grouped query per filter."""
        from cms.withdrawal import listed  # item 3 review: withdrawn guidance is not listed

        context = super().get_context(request, *args, **kwargs)
        filters = [
            KnowledgeFilter(
                request.GET, listed(public_pages(model.objects.child_of(self))).order_by("title")
            )
            for model in (GuidancePage, InspirationPage)
        ]
        guidance, inspiration = (f.checked_qs() for f in filters)
        chosen = filters[0].values
        context.update(
            guidance_pages=list(guidance),
            inspiration_pages=list(inspiration),
            filters=chosen,
            filtered=any(chosen.values()),
            counts=option_counts(filters),
            principle_choices=Principle.objects.all(),
            theme_choices=Theme.objects.all(),
            level_choices=Level.choices,
        )
        return context


class GuidancePage(ReviewedPage, RoutablePageMixin, TaggedPage):  # ReviewedPage: item 3 review
    """Guidance professionals act on: a handelingskader, leidraad, visie or werkwijze."""

    class Kind(models.TextChoices):
        FRAMEWORK = "handelingskader", _("Handelingskader")
        GUIDE = "leidraad", _("Leidraad")
        VISION = "visie", _("Visie")
        METHOD = "werkwijze", _("Werkwijze")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    version_label = models.CharField(
        _("versie"),
        max_length=20,
        blank=True,
        help_text=_("Hoofd.sub, bijvoorbeeld 1.1. Een nieuw nummer maakt een nieuwe versie."),
    )
    # Stored with the revision, so a version published by a workflow or a schedule keeps its
    # note; cms.guidance_form asks for them and blanks them once a version is out.
    change_type = models.CharField(
        _("soort wijziging"), max_length=10, choices=Change.choices, blank=True
    )
    change_note = models.TextField(
        _("wat is er veranderd"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Verplicht bij een nieuw versienummer. Lezers zien dit in de versiegeschiedenis."
        ),
    )
    valid_from = models.DateField(_("geldig vanaf"), null=True, blank=True)
    # The next review: set by import_content for a new page and by a confirmed review
    # (cms/review_views.py), kept from the live page by ReviewedPage.with_content_json.
    review_by = models.DateField(_("volgende beoordeling"), null=True, blank=True)
    owner_organisation = models.CharField(_("eigenaar"), max_length=160, blank=True)
    sections = StreamField([("section", SectionBlock())], verbose_name=_("secties"))

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
        FieldPanel("sections"),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [
                FieldPanel("version_label"),
                FieldPanel("change_type"),
                FieldPanel("change_note"),
                FieldPanel("valid_from"),
                ReviewPanel(),  # item 3 review: the dates, read only, and "confirm a review"
                FieldPanel("owner_organisation"),
            ],
            heading=_("Versie en eigenaar"),
        ),
        # item 3 review: withdrawal is page content, published like any change.
        MultiFieldPanel(
            [FieldPanel("withdrawn"), FieldPanel("withdrawal_reason"), FieldPanel("successor")],
            heading=_("Intrekken"),
        ),
    ]
    search_fields = TaggedPage.search_fields + [index.SearchField("sections")]
    api_fields = TaggedPage.api_fields + [
        APIField("kind"),
        APIField("version_label"),
        APIField("valid_from"),
        APIField("review_by"),
        APIField("last_reviewed"),  # item 3 review
        APIField("withdrawn"),
        APIField("owner_organisation"),
        APIField("sections"),
    ]
    parent_page_types = ["cms.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    base_form_class = GuidancePageForm

    class Meta:
        verbose_name = _("richtlijn")
        verbose_name_plural = _("richtlijnen")

    def clean(self):
        super().clean()
        anchors = [block.value["anchor"] for block in self.sections]
        duplicates = sorted({a for a in anchors if anchors.count(a) > 1})
        if duplicates:
            raise ValidationError(
                {"sections": _("Elk anker mag maar één keer voorkomen: %s") % ", ".join(duplicates)}
            )
        if self.valid_from and self.review_by and self.review_by < self.valid_from:
            raise ValidationError({"review_by": _("Herzien voor ligt vóór geldig vanaf.")})

    def section_by_anchor(self, anchor):
        return next((b.value for b in self.sections if b.value["anchor"] == anchor), None)

    # item 3 review: a withdrawn page with a successor sends its readers there; the banner of
    # a withdrawn page and the notice on its successor (cms/withdrawal.py).
    @path("")
    def index_route(self, request, *args, **kwargs):
        from cms import withdrawal

        redirect = withdrawal.redirect_to_successor(self, request)
        if redirect is not None:
            return redirect
        return self.render(request, context_overrides=withdrawal.context(self, request))

    # The version history (cms/guidance_history.py); every route is noindex and none is a
    # page of its own, so site search (which indexes pages) never sees an old text.
    @path("versies/")
    def version_history(self, request):
        from cms.guidance_history import history_view

        return history_view(self, request)

    @path("versies/vergelijk/")
    def version_compare(self, request):
        from cms.guidance_history import compare_view

        return compare_view(self, request)

    @re_path(r"^versies/(?P<number>[0-9]+\.[0-9]+)/$")
    def version_detail(self, request, number):
        from cms.guidance_history import version_view

        return version_view(self, request, number)

    # Item 7: the werkkaart, a print view of the page or of one section (cms/werkkaart.py).
    @path("werkkaart/")
    def werkkaart(self, request):
        from cms.werkkaart import werkkaart_view

        return werkkaart_view(self, request)

    @path("werkkaart/<slug:anchor>/")
    def werkkaart_section(self, request, anchor):
        from cms.werkkaart import werkkaart_view

        return werkkaart_view(self, request, anchor)


class InspirationPage(TaggedPage):
    """A practice example from the inspiration bundle."""

    situation = models.TextField(_("situatie"), blank=True)
    approach = models.TextField(_("aanpak"), blank=True)
    result = models.TextField(_("resultaat"), blank=True)
    lessons = models.TextField(_("lessen"), blank=True)
    contact_organisation = models.CharField(_("contactorganisatie"), max_length=160, blank=True)

    # Markdown fields in reading order, with the heading used on the page and in files.
    STORY_FIELDS = (
        ("situation", _("Situatie")),
        ("approach", _("Aanpak")),
        ("result", _("Resultaat")),
        ("lessons", _("Lessen")),
    )

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [
        FieldPanel("summary"),
        MultiFieldPanel(TaggedPage.tagging_panels, heading=_("Trefwoorden")),
        FieldPanel("situation"),
        FieldPanel("approach"),
        FieldPanel("result"),
        FieldPanel("lessons"),
        FieldPanel("contact_organisation"),
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField(name) for name, _label in STORY_FIELDS
    ]
    api_fields = (
        TaggedPage.api_fields
        + [APIField(name) for name in ("situation", "approach", "result", "lessons")]
        + [APIField("contact_organisation")]
    )
    parent_page_types = ["cms.KnowledgeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    def story(self):
        return [(label, getattr(self, name)) for name, label in self.STORY_FIELDS]


class GlossaryPage(CleanTextPage):
    """The glossary from A to Z."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [PublishFindingsPanel(), *Page.content_panels] + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("begrippenlijst")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        by_letter = defaultdict(list)
        for term in GlossaryTerm.objects.prefetch_related("related"):
            by_letter[term.initial].append(term)
        context["letters"] = sorted(by_letter.items())
        return context
