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
        title="Studie naar netwerkberaden", key_findings="Netwerkberaden versterken gezinnen."
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
