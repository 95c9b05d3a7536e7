"""The page tree editors can build: which page type goes under which (Wagtail's own checks)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import GlossaryPage, GuidancePage, HomePage, InspirationPage, KnowledgeIndexPage
from learning.models import PilotPage, PilotRegistryPage, ResearchIndexPage, ResearchSummaryPage

SECTIONS = {KnowledgeIndexPage, GlossaryPage, PilotRegistryPage, ResearchIndexPage}


class PageTreeTests(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # cms names no room, so the home page takes any type its children allow under it.
        self.assertAllowedSubpageTypes(HomePage, SECTIONS | {Page})

    def test_every_section_sits_under_home_only(self):
        for section in SECTIONS:
            with self.subTest(section=section.__name__):
                self.assertAllowedParentPageTypes(section, {HomePage})
                self.assertCanNotCreateAt(Page, section)

    def test_knowledge_base_holds_guidance_and_inspiration(self):
        self.assertAllowedSubpageTypes(KnowledgeIndexPage, {GuidancePage, InspirationPage})
        for page in (GuidancePage, InspirationPage):
            self.assertAllowedParentPageTypes(page, {KnowledgeIndexPage})
            self.assertAllowedSubpageTypes(page, set())

    def test_glossary_has_no_subpages(self):
        self.assertAllowedSubpageTypes(GlossaryPage, set())

    def test_registry_holds_pilots_and_research_index_holds_summaries(self):
        self.assertAllowedSubpageTypes(PilotRegistryPage, {PilotPage})
        self.assertAllowedParentPageTypes(PilotPage, {PilotRegistryPage})
        self.assertAllowedSubpageTypes(PilotPage, set())
        self.assertAllowedSubpageTypes(ResearchIndexPage, {ResearchSummaryPage})
        self.assertAllowedParentPageTypes(ResearchSummaryPage, {ResearchIndexPage})
        self.assertAllowedSubpageTypes(ResearchSummaryPage, set())

    def test_every_page_model_is_covered_here(self):
        from wagtail.models import get_page_models

        covered = {HomePage, GuidancePage, InspirationPage, PilotPage, ResearchSummaryPage}
        self.assertEqual(set(get_page_models()) - {Page}, covered | SECTIONS)
