"""Elasticsearch: settings, mappings and queries are built in code and checked without a
server; the round trip needs ELASTICSEARCH_URL (marked `elasticsearch`)."""

import os

import pytest

from search.backends.elastic import build_search, index_definition, synonym_rules


def test_synonym_rules_from_glossary(glossary):
    rules = synonym_rules([glossary["vt"], glossary["rvdk"]])
    assert (
        "veilig thuis, vt, amhk, advies en meldpunt huiselijk geweld en kindermishandeling" in rules
    )
    assert "raad voor de kinderbescherming, rvdk, de raad" in rules


def test_index_settings_have_a_dutch_analyzer_and_glossary_synonyms(glossary):
    definition = index_definition(synonym_rules(glossary.values())).to_dict()
    analysis = definition["settings"]["analysis"]
    assert analysis["filter"]["nl_stemmer"] == {"type": "stemmer", "language": "dutch"}
    synonyms = analysis["filter"]["nl_synonyms"]
    assert synonyms["type"] == "synonym_graph" and synonyms["updateable"] is True
    assert any(rule.startswith("ondertoezichtstelling, ots") for rule in synonyms["synonyms"])
    # Synonyms only at search time (an updateable filter may not be used when indexing).
    assert "nl_synonyms" not in analysis["analyzer"]["nl_index"]["filter"]
    assert "nl_synonyms" in analysis["analyzer"]["nl_search"]["filter"]
    assert "asciifolding" in analysis["analyzer"]["nl_index"]["filter"]
    props = definition["mappings"]["properties"]
    assert props["title"]["search_analyzer"] == "nl_search"
    assert props["themes"]["type"] == "keyword" and props["year"]["type"] == "integer"


def test_query_has_filters_facets_and_paging():
    body = build_search(
        "OTS beëindigen", {"level": ["lokaal"], "theme": ["veiligheid"]}, 20, 10
    ).to_dict()
    assert body["from"] == 20 and body["size"] == 10
    match = body["query"]["bool"]["must"][0]["multi_match"]
    assert match["query"] == "OTS beëindigen" and match["fuzziness"] == "AUTO"
    assert {"terms": {"level": ["lokaal"]}} in body["query"]["bool"]["filter"]
    assert {"terms": {"themes": ["veiligheid"]}} in body["query"]["bool"]["filter"]
    assert set(body["aggs"]) == {"type", "level", "principle", "theme", "region", "year"}


def test_search_maps_the_response(glossary):
    from search.analysis import QueryPlan
    from search.backends.elastic import ElasticsearchBackend

    class FakeClient:
        def search(self, index, body):
            self.body = body
            return {
                "hits": {"total": {"value": 3}, "hits": [{"_id": "7"}, {"_id": "9"}]},
                "aggregations": {"type": {"buckets": [{"key": "richtlijn", "doc_count": 3}]}},
            }

    client = FakeClient()
    result = ElasticsearchBackend(client=client).search(QueryPlan("vt", []), {}, 0, 10)
    assert (result.count, result.ids, result.facets) == (3, [7, 9], {"type": {"richtlijn": 3}})


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs ELASTICSEARCH_URL")
def test_round_trip_against_a_server(corpus, settings):
    from search.backends.elastic import ElasticsearchBackend
    from search.service import Params, search

    settings.SEARCH_BACKEND = "elasticsearch"
    settings.SEARCH_ELASTICSEARCH_INDEX = "leerplatform-zoeken-test"
    from search import backends

    backends._cache.clear()
    ElasticsearchBackend().rebuilt()
    try:
        titles = [h.title for h in search(Params(q="VT advies")).hits]
        assert "Advies vragen bij Veilig Thuis" in titles
    finally:
        backends._cache.clear()
