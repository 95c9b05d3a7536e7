"""Pilots and proeftuinen registry, research summaries and the evidence they carry.

The modules are imported in the order the models were always registered (research first):
`apps.get_models()` follows it, and so does the search index rebuild.
"""

from .evidence import DOI_PATTERN, EvidenceLevel, PublicationLanguage, doi_validator
from .links import GuidanceLink
from .research import (
    ResearchAuthor,
    ResearchGuidanceLink,
    ResearchIndexPage,
    ResearchSummaryPage,
)

# isort: split
from .pilots import (
    RESULTS_DUE_MONTHS,
    PilotGuidanceLink,
    PilotPage,
    PilotRegistryPage,
)
from .registry import PilotRegistration, PilotVersion

__all__ = [
    "DOI_PATTERN",
    "RESULTS_DUE_MONTHS",
    "EvidenceLevel",
    "GuidanceLink",
    "PilotGuidanceLink",
    "PilotPage",
    "PilotRegistration",
    "PilotRegistryPage",
    "PilotVersion",
    "PublicationLanguage",
    "ResearchAuthor",
    "ResearchGuidanceLink",
    "ResearchIndexPage",
    "ResearchSummaryPage",
    "doi_validator",
]
