from .consultation import Consultation, open_consultation  # issue 14 item 4 (feedback)
from .follow import Follow  # issue 14 item 6 (follow)
from .guidance_versions import Change, GuidanceVersion, parse_number, version_errors
from .pages import (
    GlossaryPage,
    GuidancePage,
    HomePage,
    InspirationPage,
    KnowledgeIndexPage,
)
from .section_ref import GuidanceSectionRef, SectionRef, public_sections
from .taxonomy import GlossaryTerm, Level, Pillar, Principle, Region, Theme
from .version import ContentVersion

__all__ = [
    "Change",
    "Follow",
    "Consultation",
    "open_consultation",
    "GuidanceVersion",
    "parse_number",
    "version_errors",
    "ContentVersion",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidancePage",
    "GuidanceSectionRef",
    "HomePage",
    "InspirationPage",
    "KnowledgeIndexPage",
    "Level",
    "Pillar",
    "Principle",
    "Region",
    "SectionRef",
    "Theme",
    "public_sections",
]
