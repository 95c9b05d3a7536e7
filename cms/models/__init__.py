from .pages import (
    GlossaryPage,
    GuidancePage,
    HomePage,
    InspirationPage,
    KnowledgeIndexPage,
)
from .taxonomy import GlossaryTerm, Level, Pillar, Principle, Region, Theme
from .version import ContentVersion

__all__ = [
    "ContentVersion",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidancePage",
    "HomePage",
    "InspirationPage",
    "KnowledgeIndexPage",
    "Level",
    "Pillar",
    "Principle",
    "Region",
    "Theme",
]
