"""Issue 14, item 7: a guidance hit shows the section's kern as its snippet when the kern
holds the query's words as well as any other passage does."""

from cms.models import KnowledgeIndexPage
from search.service import Params, search
from tests.factories import GuidancePageFactory, section

KERN = "Maak binnen vijf werkdagen een veiligheidsplan met het gezin."
BODY = " ".join(["Het lokaal team werkt samen met het veiligheidsteam."] * 8) + (
    " Een veiligheidsplan staat in het dossier. Het archief bewaart oude plannen."
)


def _page(site_tree):
    page = GuidancePageFactory.build(
        title="Plannen maken",
        sections=[("section", section("Het plan", "het-plan", BODY, kern=KERN))],
    )
    KnowledgeIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()


def test_the_kern_is_the_snippet_when_it_has_the_query_words(site_tree):
    _page(site_tree)
    [hit] = search(Params(q="veiligheidsplan")).hits
    assert hit.snippet.startswith("Maak binnen vijf werkdagen een <mark>veiligheidsplan</mark>")


def test_the_snippet_is_from_the_text_when_only_the_text_has_the_words(site_tree):
    _page(site_tree)
    [hit] = search(Params(q="archief")).hits
    assert "<mark>archief</mark>" in hit.snippet
    assert "Maak binnen" not in hit.snippet
