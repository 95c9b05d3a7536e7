"""Open data: GET /api/pilots and GET /api/research (filtered, paged)."""

import datetime as dt

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from cms.api import BoundedPageNumberPagination, ErrorOut
from cms.site_url import page_url
from cms.validation import YEAR_MAX, YEAR_MIN

from . import queries
from .models import PilotVersion

router = Router(tags=["learning"])
PAGE_SIZE = 20


class Tags(Schema):
    level: str
    principles: list[str]
    themes: list[str]
    regions: list[str]

    @staticmethod
    def resolve_principles(obj):
        return [p.code for p in obj.principles.all()]

    @staticmethod
    def resolve_themes(obj):
        return [t.slug for t in obj.themes.all()]

    @staticmethod
    def resolve_regions(obj):
        return [r.slug for r in obj.regions.all()]

    @staticmethod
    def resolve_url(obj):
        return page_url(obj)


class PilotOut(Tags):
    registry_id: str
    title: str
    url: str
    kind: str
    status: str
    summary: str
    lead_organisation: str
    contact_email: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    version: str
    research: list[str]

    @staticmethod
    def resolve_research(obj):
        """Addresses of the public studies linked to this pilot (learning/queries.py)."""
        return [page_url(study) for study in obj.public_research]

    @staticmethod
    def resolve_version(obj):
        # list_pilots prefetches the versions newest first (one query for the whole page)
        newest_first = getattr(obj, "versions_newest_first", None)
        if newest_first is None:
            version = obj.current_version
        else:
            version = newest_first[0] if newest_first else None
        return version.version if version else ""


class ResearchOut(Tags):
    title: str
    plain_title: str
    url: str
    authors: list[str]
    organisation: str
    publication_date: dt.date | None
    doi: str
    language: str
    study_design: str
    evidence_level: int | None
    evidence_label: str
    summary: str
    pilots: list[str]

    @staticmethod
    def resolve_pilots(obj):
        """Addresses of the public pilots linked to this study."""
        return [page_url(pilot) for pilot in obj.public_pilots]

    @staticmethod
    def resolve_authors(obj):
        return obj.author_list

    @staticmethod
    def resolve_evidence_label(obj):
        return obj.get_evidence_level_display() if obj.evidence_level else ""


class LearningQuery(Schema):
    """The filters of the lists; learning/filters.py decides what they match and which values
    exist (strict: an unknown value is a 400, as an empty result would hide a typo). The types
    here are for the OpenAPI schema; the bounds of a year come from cms.validation."""

    principle: str = ""
    theme: str = ""
    level: str = ""
    region: str = ""
    year: int | None = Field(
        None, ge=YEAR_MIN, le=YEAR_MAX, description="Jaar (start van een pilot, publicatie)"
    )


class PilotQuery(LearningQuery):
    status: str = ""


@router.get(
    "/pilots",
    response={200: list[PilotOut], 400: ErrorOut},
    summary="Geregistreerde pilots en proeftuinen",
)
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def list_pilots(request, filters: Query[PilotQuery]):
    newest_first = PilotVersion.objects.order_by("page_id", "-major", "-minor")
    return queries.pilots(filters.dict(), strict=True).prefetch_related(
        "principles",
        "themes",
        "regions",
        queries.linked_research(),
        Prefetch("versions", queryset=newest_first, to_attr="versions_newest_first"),
    )


@router.get(
    "/research",
    response={200: list[ResearchOut], 400: ErrorOut},
    summary="Onderzoekssamenvattingen",
)
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def list_research(request, filters: Query[LearningQuery]):
    return queries.research(filters.dict(), strict=True).prefetch_related(
        "principles", "themes", "regions", queries.linked_pilots()
    )
