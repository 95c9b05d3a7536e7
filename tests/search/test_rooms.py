"""Pages of other rooms (any cms TaggedPage) are searchable through the generic adapter."""

from search.adapters import TaggedPageAdapter, adapter_for, all_adapters
from search.models import SearchDocument
from search.service import Params, search


def test_every_tagged_page_model_has_an_adapter(db):
    from learning.models import PilotPage, ResearchSummaryPage

    models = {a.model for a in all_adapters()}
    assert {PilotPage, ResearchSummaryPage} <= models


def test_pilots_and_research_are_indexed_on_publish(site_tree, glossary):
    from learning.setup import ensure_learning_site
    from tests.learning.factories import (
        PilotPageFactory,
        ResearchSummaryPageFactory,
        publish,
    )

    registry, research = ensure_learning_site(site_tree)
    pilot = PilotPageFactory.build(title="Pilot vast gezicht", aim="Eén vaste jeugdbeschermer.")
    registry.add_child(instance=pilot)
    publish(pilot)
    study = ResearchSummaryPageFactory.build(
        title="Studie naar netwerkberaden",
        plain_title="",  # no plain title: the hit shows the original one, as the list does
        key_findings="Netwerkberaden versterken gezinnen.",
    )
    research.add_child(instance=study)
    publish(study)
    assert isinstance(adapter_for(pilot), TaggedPageAdapter)
    pilot_doc = SearchDocument.objects.get(source=f"learning.pilotpage:{pilot.pk}")
    assert pilot_doc.type == "pilot" and pilot_doc.url == pilot.url
    study_doc = SearchDocument.objects.get(source=f"learning.researchsummarypage:{study.pk}")
    assert study_doc.type == "onderzoek" and study_doc.year == 2025
    hits = search(Params(q="netwerkberaden", filters={"type": ["onderzoek"]})).hits
    assert [h.title for h in hits] == ["Studie naar netwerkberaden"]
    assert "Pilot vast gezicht" in [h.title for h in search(Params(q="vaste jeugdbeschermer")).hits]


def test_a_study_is_found_under_its_plain_dutch_title_as_on_the_research_list(
    client, site_tree, glossary
):
    from learning.setup import ensure_learning_site
    from tests.learning.factories import ResearchSummaryPageFactory, publish

    _registry, research = ensure_learning_site(site_tree)
    study = ResearchSummaryPageFactory.build(
        title="Network meetings and informal support: a systematic review",
        plain_title="Familie en buren als steun",
        language="en",
    )
    research.add_child(instance=study)
    publish(study)
    listing = client.get(research.url).content.decode()
    assert ">Familie en buren als steun</a>" in listing
    assert "Network meetings" not in listing
    for query in ("buren steun", "informal support"):  # the original title is still found
        hits = search(Params(q=query, filters={"type": ["onderzoek"]})).hits
        assert [h.title for h in hits] == ["Familie en buren als steun"], query
    page = client.get("/zoeken/", {"q": "informal support"}).content.decode()
    assert ">Familie en buren als steun</a>" in page and "Network meetings" not in page
