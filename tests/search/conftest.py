"""A small knowledge base for search tests: glossary with synonyms, guidance, examples."""

import pytest

from cms.models import KnowledgeIndexPage, Principle, Region, Theme
from search.service import forget_caches
from tests.factories import (
    GlossaryTermFactory,
    GuidancePageFactory,
    InspirationPageFactory,
    section,
)


def publish(page):
    page.save_revision().publish()
    return page


def guidance(title, sections, **fields):
    index = KnowledgeIndexPage.objects.get()
    page = GuidancePageFactory.build(
        title=title, sections=[("section", section(*s)) for s in sections], **fields
    )
    index.add_child(instance=page)
    return publish(page)


def inspiration(title, **fields):
    index = KnowledgeIndexPage.objects.get()
    page = InspirationPageFactory.build(title=title, **fields)
    index.add_child(instance=page)
    return publish(page)


@pytest.fixture(autouse=True)
def _fresh_caches():
    forget_caches()
    yield
    forget_caches()


@pytest.fixture
def glossary(db):
    return {
        "vt": GlossaryTermFactory(
            term="Veilig Thuis",
            slug="veilig-thuis",
            abbreviations="VT",
            variants="AMHK, Advies- en Meldpunt Huiselijk geweld en Kindermishandeling",
            explanation="Het advies- en meldpunt voor huiselijk geweld en kindermishandeling.",
        ),
        "ots": GlossaryTermFactory(
            term="Ondertoezichtstelling",
            slug="ondertoezichtstelling",
            abbreviations="OTS",
            variants="ondertoezichtstellingen",
            explanation="Een maatregel van de kinderrechter: een jeugdbeschermer helpt het gezin.",
        ),
        "gi": GlossaryTermFactory(
            term="Gecertificeerde instelling",
            slug="gecertificeerde-instelling",
            abbreviations="GI",
            explanation="Voert maatregelen van de kinderrechter uit.",
        ),
        "rvdk": GlossaryTermFactory(
            term="Raad voor de Kinderbescherming",
            slug="raad-voor-de-kinderbescherming",
            abbreviations="RvdK",
            variants="de Raad",
            explanation="Onderzoekt of een kind bescherming nodig heeft.",
        ),
    }


@pytest.fixture
def corpus(site_tree, glossary):
    g1 = Principle.objects.get(code="G1")
    veiligheid = Theme.objects.get(slug="veiligheid")
    utrecht = Region.objects.get(slug="utrecht")
    pages = {}
    pages["ots"] = guidance(
        "Leidraad ondertoezichtstelling",
        [
            (
                "Een OTS beëindigen",
                "ots-beeindigen",
                "Wanneer de ondertoezichtstelling stopt, bespreekt de jeugdbeschermer het "
                "veiligheidsplan met ouders en netwerk. Het beëindigen van de maatregel vraagt "
                "een goede overdracht.",
            ),
            (
                "Start van de maatregel",
                "start",
                "De gecertificeerde instelling wijst een jeugdbeschermer aan.",
            ),
        ],
        level="landelijk",
    )
    pages["ots"].principles.set([g1])
    pages["ots"].themes.set([veiligheid])
    publish(pages["ots"])
    pages["netwerk"] = guidance(
        "Werken met het netwerk",
        [
            (
                "Overleg met het netwerk",
                "overleg",
                "Een netwerkoverleg brengt familie en vrienden samen. In het overleg maakt het "
                "netwerk afspraken over veiligheid.",
            )
        ],
        level="lokaal",
    )
    pages["netwerk"].regions.set([utrecht])
    publish(pages["netwerk"])
    pages["vt"] = inspiration(
        "Advies vragen bij Veilig Thuis",
        summary="Een wijkteam vraagt advies bij Veilig Thuis over signalen van kindermishandeling.",
        situation="Een leerkracht ziet blauwe plekken.",
        approach="Het team belt voor advies.",
        level="regionaal",
    )
    pages["verkeer"] = inspiration(
        "Verkeersveiligheid rond scholen",
        summary="Veilig oversteken bij de basisschool.",
        situation="Drukke weg.",
        approach="Zebrapaden.",
        level="lokaal",
    )
    return pages
