from .pages import (
    GlossaryPage,
    GuidancePage,
    HomePage,
    InspirationPage,
    KnowledgeIndexPage,
)
from .taxonomy import GlossaryTerm, Level, Pillar, Principle, Region, Theme

__all__ = [
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
