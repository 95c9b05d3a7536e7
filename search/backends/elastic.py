"""Elasticsearch backend (the `elasticsearch` 9 client and its built-in `elasticsearch.dsl`).

The same documents as the database index, in one ES index. Analysis runs in Elasticsearch:
a Dutch analyzer (lowercase, ASCII folding, our stop words, Snowball Dutch) and, at search
time only, a synonym filter generated from the glossary (updateable: a glossary edit
reloads it without reindexing). Index settings, mappings and queries are built in code and
unit-tested without a server; tests marked `elasticsearch` need ELASTICSEARCH_URL.
"""

import os

from django.conf import settings
from elasticsearch.dsl import (
    A,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)

from .. import analysis
from . import Backend, BackendResult

FACET_FIELDS = {
    "type": "type",
    "level": "level",
    "principle": "principles",
    "theme": "themes",
    "region": "regions",
    "year": "year",
}


def index_name() -> str:
    return getattr(settings, "SEARCH_ELASTICSEARCH_INDEX", "leerplatform-zoeken")


def synonym_rules(terms) -> list[str]:
    """Glossary -> Solr-style synonym lines: 'veilig thuis, vt, amhk'."""
    rules = []
    for term in terms:
        spellings = [term.term, *term.abbreviation_list, *term.variant_list]
        folded = list(dict.fromkeys(" ".join(analysis.words(s)) for s in spellings))
        folded = [f for f in folded if f]
        if len(folded) > 1:
            rules.append(", ".join(folded))
    return rules


def analyzers(rules: list[str]):
    stop = token_filter("nl_stop", type="stop", stopwords=sorted(analysis.STOP_WORDS))
    stem = token_filter("nl_stemmer", type="stemmer", language="dutch")
    synonyms = token_filter(
        "nl_synonyms",
        type="synonym_graph",
        synonyms=rules or ["leerplatform"],
        lenient=True,
        updateable=True,
    )
    index_side = analyzer(
        "nl_index", tokenizer="standard", filter=["lowercase", "asciifolding", stop, stem]
    )
    search_side = analyzer(
        "nl_search",
        tokenizer="standard",
        filter=["lowercase", "asciifolding", synonyms, stop, stem],
    )
    return index_side, search_side


def document_class(rules: list[str]):
    index_side, search_side = analyzers(rules)

    class SearchDoc(Document):
        title = Text(analyzer=index_side, search_analyzer=search_side)
        body = Text(analyzer=index_side, search_analyzer=search_side)
        type = Keyword()
        level = Keyword()
        principles = Keyword()
        themes = Keyword()
        regions = Keyword()
        year = Integer()
        date = Date()
        url = Keyword(index=False)

    return SearchDoc


def index_definition(rules: list[str]) -> Index:
    index = Index(index_name())
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(document_class(rules))
    return index


def build_search(text: str, filters: dict[str, list[str]], offset: int, limit: int) -> Search:
    search = Search(index=index_name())
    if text:
        search = search.query(
            Q(
                "multi_match",
                query=text,
                fields=["title^4", "body"],
                fuzziness="AUTO",
                prefix_length=1,
                minimum_should_match="2<75%",
            )
        )
    for name, values in sorted(filters.items()):
        if name in FACET_FIELDS and values:
            search = search.filter("terms", **{FACET_FIELDS[name]: values})
    for name, field in FACET_FIELDS.items():
        search.aggs.bucket(name, A("terms", field=field, size=50))
    search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
    search = search.extra(track_total_hits=True, _source=False)
    return search[offset : offset + limit]


def as_source(row) -> dict:
    return {
        "title": row.title,
        "body": row.body,
        "type": row.type,
        "level": row.level or None,
        "principles": row.principles.split(),
        "themes": row.themes.split(),
        "regions": row.regions.split(),
        "year": row.year,
        "date": row.date.isoformat() if row.date else None,
        "url": row.url,
    }


class ElasticsearchBackend(Backend):
    name = "elasticsearch"

    def __init__(self, client=None):
        self._client = client

    @property
    def client(self):
        if self._client is None:
            from elasticsearch import Elasticsearch

            url = getattr(settings, "ELASTICSEARCH_URL", "") or os.environ.get(
                "ELASTICSEARCH_URL", "http://127.0.0.1:9200"
            )
            self._client = Elasticsearch(url, request_timeout=5)
        return self._client

    def rules(self) -> list[str]:
        from cms.models import GlossaryTerm

        return synonym_rules(GlossaryTerm.objects.all())

    def healthy(self) -> bool:
        health = self.client.options(request_timeout=2).cluster.health()
        return health["status"] in ("green", "yellow")  # one node: replicas stay unassigned

    def search(self, plan, filters, offset, limit, facets=True) -> BackendResult:
        text = plan.text if plan is not None else ""
        body = build_search(text, filters, offset, limit).to_dict()
        response = self.client.search(index=index_name(), body=body)
        hits = response["hits"]
        counts = {
            name: {str(b["key"]): b["doc_count"] for b in agg["buckets"]}
            for name, agg in response.get("aggregations", {}).items()
        }
        return BackendResult(
            count=hits["total"]["value"],
            ids=[int(h["_id"]) for h in hits["hits"]],
            facets=counts if facets else {},
        )

    def documents_changed(self, rows, removed_ids):
        from elasticsearch.helpers import bulk

        actions = [
            {"_op_type": "index", "_index": index_name(), "_id": r.pk, "_source": as_source(r)}
            for r in rows
        ] + [{"_op_type": "delete", "_index": index_name(), "_id": pk} for pk in removed_ids]
        if actions:
            bulk(self.client, actions, raise_on_error=False)
        if any(r.type == "begrip" for r in rows):
            self.update_synonyms()

    def update_synonyms(self):
        definition = index_definition(self.rules()).to_dict()
        synonyms = definition["settings"]["analysis"]["filter"]["nl_synonyms"]
        self.client.indices.put_settings(
            index=index_name(),
            settings={"analysis": {"filter": {"nl_synonyms": synonyms}}},
            reopen=True,
        )
        self.client.indices.reload_search_analyzers(index=index_name())

    def rebuilt(self):
        from elasticsearch.helpers import bulk

        from ..models import SearchDocument

        index = index_definition(self.rules())
        index.delete(using=self.client, ignore_unavailable=True)
        index.create(using=self.client)
        bulk(
            self.client,
            (
                {"_index": index_name(), "_id": r.pk, "_source": as_source(r)}
                for r in SearchDocument.objects.iterator(chunk_size=1000)
            ),
        )
        self.client.indices.refresh(index=index_name())
