"""What a study's evidence is recorded with: its level on the effectladder, its DOI and the
language it was published in."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
doi_validator = RegexValidator(
    DOI_PATTERN,
    _(
        "Een DOI ziet er zo uit: 10.1234/abc-123 (begint met 10., vier tot negen "
        "cijfers, een / en daarna zonder spaties)."
    ),
)


class EvidenceLevel(models.IntegerChoices):
    """The effectladder of the Dutch intervention databases, weakest first."""

    DESCRIBED = 1, _("Goed beschreven")
    THEORY = 2, _("Goed onderbouwd")
    FIRST_INDICATIONS = 3, _("Effectief – eerste aanwijzingen")
    GOOD_INDICATIONS = 4, _("Effectief – goede aanwijzingen")
    STRONG_INDICATIONS = 5, _("Effectief – sterke aanwijzingen")


class PublicationLanguage(models.TextChoices):
    """The language of the publication itself (and so of its original `title`), as a BCP 47
    code: what every citation (RIS, BibTeX, CSL-JSON) and the JSON-LD says. The summary on the
    page is always Dutch; this is about the study. Dutch is the default: the platform is
    Dutch, and an editor who adds an English paper says so (docs/learning.md)."""

    DUTCH = "nl", _("Nederlands")
    ENGLISH = "en", _("Engels")
    GERMAN = "de", _("Duits")
    FRENCH = "fr", _("Frans")
