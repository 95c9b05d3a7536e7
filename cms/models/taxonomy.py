"""The shared vocabulary: every record in every room is tagged with these words."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class EnglishLabel(models.Model):
    """A vocabulary word with an English label beside the Dutch one.

    `label` is what every list, chip, filter and facet shows: the English label when English is
    active and an editor gave one, else the Dutch word. `label_lang` is "nl" when a Dutch word
    is shown on an English page, so templates can mark it (lang="nl") for screen readers.
    """

    LABEL_FIELD = "name"

    class Meta:
        abstract = True

    @property
    def label(self) -> str:
        dutch = getattr(self, self.LABEL_FIELD)
        if (get_language() or "nl").startswith("nl"):
            return dutch
        return getattr(self, f"{self.LABEL_FIELD}_en") or dutch

    @property
    def label_lang(self) -> str:
        english = not (get_language() or "nl").startswith("nl")
        return "nl" if english and not getattr(self, f"{self.LABEL_FIELD}_en") else ""


class Level(models.TextChoices):
    NATIONAL = "landelijk", _("Landelijk")
    REGIONAL = "regionaal", _("Regionaal")
    LOCAL = "lokaal", _("Lokaal")


class Pillar(EnglishLabel):
    """One of the four pillars of the Toekomstscenario. Seeded by a data migration."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    name_en = models.CharField(_("naam in het Engels"), max_length=100, blank=True)
    slug = models.SlugField(unique=True)
    description = models.TextField(_("uitleg"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("pijler")
        verbose_name_plural = _("pijlers")

    def __str__(self):
        return self.label


class Principle(index.Indexed, EnglishLabel):
    """A basic principle of the Toekomstscenario, with a stable code such as `L1`."""

    code = models.CharField(_("code"), max_length=5, unique=True)
    pillar = models.ForeignKey(
        Pillar, on_delete=models.PROTECT, related_name="principles", verbose_name=_("pijler")
    )
    title = models.CharField(_("korte titel"), max_length=160)
    title_en = models.CharField(_("korte titel in het Engels"), max_length=160, blank=True)
    explanation = models.TextField(_("uitleg"))
    sort_order = models.PositiveSmallIntegerField(default=0)

    LABEL_FIELD = "title"
    search_fields = [index.SearchField("title"), index.SearchField("code")]

    class Meta:
        ordering = ["pillar__sort_order", "sort_order"]
        verbose_name = _("basisprincipe")
        verbose_name_plural = _("basisprincipes")

    def __str__(self):
        return f"{self.code} {self.label}"


class Theme(index.Indexed, EnglishLabel):
    name = models.CharField(_("naam"), max_length=100, unique=True)
    name_en = models.CharField(_("naam in het Engels"), max_length=100, blank=True)
    slug = models.SlugField(unique=True)
    description = models.TextField(_("uitleg"), blank=True)

    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def __str__(self):
        return self.label


class Region(index.Indexed, models.Model):
    """A municipality (from the CBS table) or a regional grouping of municipalities."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "gemeente", _("Gemeente")
        SAFETY_REGION = "veiligheidsregio", _("Veiligheidsregio")
        YOUTH_REGION = "jeugdregio", _("Jeugdregio")
        VEILIG_THUIS = "veilig-thuis-regio", _("Veilig Thuis-regio")
        PROEFTUIN = "proeftuinregio", _("Proeftuinregio")

    GROUPINGS = (Kind.SAFETY_REGION, Kind.YOUTH_REGION, Kind.VEILIG_THUIS, Kind.PROEFTUIN)

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    code = models.CharField(
        _("code"), max_length=10, blank=True, help_text=_("CBS-code, bijvoorbeeld GM0344 of VR09.")
    )
    province = models.CharField(_("provincie"), max_length=40, blank=True)
    # A municipality that merged or ended, or a region that was dissolved, stays as a row
    # (pages and teams keep pointing at it) but is no longer current (cms.municipalities).
    active = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_("Uit voor een gemeente of regio die is opgeheven of samengevoegd."),
    )
    municipalities = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="groupings",
        limit_choices_to={"kind": Kind.MUNICIPALITY},
        verbose_name=_("gemeenten in deze regio"),
    )

    search_fields = [index.SearchField("name"), index.FilterField("kind")]

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")

    def __str__(self):
        if self.kind == self.Kind.MUNICIPALITY:
            return self.name
        return f"{self.name} ({self.get_kind_display().lower()})"

    def save(self, *args, **kwargs):
        if not self.slug:
            prefix = "" if self.kind == self.Kind.MUNICIPALITY else f"{self.kind}-"
            self.slug = slugify(f"{prefix}{self.name}")
        super().save(*args, **kwargs)


def split_list(value: str) -> list[str]:
    """'a, b ,c' -> ['a', 'b', 'c'] — how editors type lists of words in one field."""
    return [part.strip() for part in value.split(",") if part.strip()]


class GlossaryTerm(index.Indexed, models.Model):
    """A word of the field with its plain-language explanation.

    The glossary feeds search synonyms and the jargon hints shown to readers.
    """

    term = models.CharField(_("begrip"), max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True)
    abbreviations = models.CharField(
        _("afkortingen"), max_length=200, blank=True, help_text=_("Gescheiden door komma's.")
    )
    variants = models.CharField(
        _("andere schrijfwijzen en synoniemen"),
        max_length=400,
        blank=True,
        help_text=_("Gescheiden door komma's. Zoeken vindt deze woorden ook."),
    )
    explanation = models.TextField(_("uitleg in gewone taal"))
    related = models.ManyToManyField(
        "self", blank=True, symmetrical=True, verbose_name=_("verwante begrippen")
    )

    search_fields = [
        index.SearchField("term"),
        index.SearchField("abbreviations"),
        index.SearchField("variants"),
        index.SearchField("explanation"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippenlijst")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)
        super().save(*args, **kwargs)

    @property
    def abbreviation_list(self) -> list[str]:
        return split_list(self.abbreviations)

    @property
    def variant_list(self) -> list[str]:
        return split_list(self.variants)

    @property
    def initial(self) -> str:
        first = self.term[:1].upper()
        return first if first.isalpha() else "#"
