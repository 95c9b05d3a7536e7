"""The posting path: postings follow the documents, matching keeps the plan's semantics,
facet counts and filters come from bitmaps that follow every index write."""

from collections import Counter

import pytest
from django.core.management import call_command

from cms.models import Region
from search import postings
from search.models import SearchDocument, SearchFacet, SearchPostingList
from search.service import Params, plan, search

from .conftest import inspiration, publish


def titles(q, **filters):
    return [h.title for h in search(Params(q=q, filters=filters)).hits]


def postings_of(document_id: int) -> dict[str, float]:
    """Stem -> weight of one document, read back from the packed posting lists."""
    found = {}
    for stem, (ids, weights) in postings.read(
        SearchPostingList.objects.values_list("stem", flat=True)
    ).items():
        hit = ids == document_id
        if hit.any():
            found[stem] = float(weights[hit][0])
    return found


def stems_of(doc) -> set[str]:
    return set(f"{doc.title_analysed} {doc.analysed} {doc.parts}".split())


def brute_force(q: str, filters: dict | None = None) -> tuple[int, dict]:
    """Matches and facet counts straight from the documents' analysed columns."""
    query = plan(q)
    filters = filters or {}
    facet_rows: dict[int, set] = {}
    for doc_id, name, value in SearchFacet.objects.values_list("document_id", "name", "value"):
        facet_rows.setdefault(doc_id, set()).add((name, value))
    matched = []
    for doc in SearchDocument.objects.all():
        present = stems_of(doc)
        if not any(all(t in present for t in a.terms) for g in query.groups for a in g.alts):
            continue
        rows = facet_rows.get(doc.pk, set())
        if all(any((n, v) in rows for v in vs) for n, vs in filters.items() if vs):
            matched.append(doc.pk)
    counts: dict = {}
    for doc_id in matched:
        for name, value in facet_rows.get(doc_id, ()):
            counts.setdefault(name, Counter())[value] += 1
    return len(matched), {n: dict(c) for n, c in counts.items()}


# --- postings follow the documents ---------------------------------------------------------


def test_postings_are_written_with_the_document(corpus):
    doc = SearchDocument.objects.get(key__endswith="#overleg")
    rows = postings_of(doc.pk)
    assert set(rows) == stems_of(doc)
    assert rows == pytest.approx(postings.weights(doc.title_analysed, doc.analysed, doc.parts))
    # A title word weighs more than a word of the text only.
    assert rows["overleg"] > rows["familie"]


def test_postings_are_replaced_and_removed_with_the_document(corpus):
    page = corpus["netwerk"]
    doc_id = SearchDocument.objects.get(key__endswith="#overleg").pk
    page.sections = [
        (
            "section",
            {
                "title": "Overleg met het netwerk",
                "anchor": "overleg",
                "body": "Alleen over pleegzorg.",
                "principles": [],
                "themes": [],
            },
        )
    ]
    publish(page)
    doc = SearchDocument.objects.get(key__endswith="#overleg")
    assert set(postings_of(doc.pk)) == stems_of(doc)
    assert "familie" not in postings_of(doc.pk)
    assert "Werken met het netwerk — Overleg met het netwerk" not in titles("familie vrienden")
    page.delete()
    assert not postings_of(doc_id)
    assert not postings_of(doc.pk)
    assert "Werken met het netwerk — Overleg met het netwerk" not in titles("netwerkoverleg")


def test_rebuild_gives_the_same_postings(corpus):
    def snapshot():
        keys = dict(SearchDocument.objects.values_list("pk", "key"))
        lists = postings.read(SearchPostingList.objects.values_list("stem", flat=True))
        return {
            (keys[int(i)], stem, float(w))
            for stem, (ids, weights) in lists.items()
            for i, w in zip(ids, weights, strict=True)
        }

    before = snapshot()
    call_command("rebuild_search_index", verbosity=0)
    assert snapshot() == before


# --- matching ------------------------------------------------------------------------------


def test_part_of_a_multiword_synonym_does_not_match(corpus):
    # "Verkeersveiligheid rond scholen" has "veilig" but no "thuis", "VT" or "AMHK".
    found = titles("Veilig Thuis")
    assert "Advies vragen bij Veilig Thuis" in found
    assert "Verkeersveiligheid rond scholen" not in found
    assert "Verkeersveiligheid rond scholen" not in titles("VT")


@pytest.mark.parametrize(
    "q", ["veiligheid", "netwerk overleg", "VT advies", "OTS", "netwerkoverleggen", "advies"]
)
def test_count_and_facets_equal_a_brute_force_count(corpus, q):
    results = search(Params(q=q))
    count, facets = brute_force(q)
    assert results.count == count
    assert results.facets == facets


@pytest.mark.parametrize(
    "filters",
    [
        {"level": ["lokaal"]},
        {"level": ["lokaal", "regionaal"]},
        {"type": ["richtlijn"], "level": ["lokaal"]},
        {"region": ["utrecht"]},
    ],
)
def test_filtered_counts_equal_a_brute_force_count(corpus, filters):
    results = search(Params(q="veiligheid advies netwerk", filters=filters))
    count, facets = brute_force("veiligheid advies netwerk", filters)
    assert results.count == count
    assert results.facets == facets


# --- filters -------------------------------------------------------------------------------


def test_unknown_filter_values(corpus):
    known = search(Params(q="netwerk", filters={"level": ["lokaal"]}))
    mixed = search(Params(q="netwerk", filters={"level": ["lokaal", "bestaat-niet"]}))
    assert known.count >= 1
    assert (mixed.count, [h.url for h in mixed.hits]) == (known.count, [h.url for h in known.hits])
    for filters in ({"level": ["bestaat-niet"]}, {"theme": ["x"], "level": ["lokaal"]}):
        for q in ("netwerk", ""):
            empty = search(Params(q=q, filters=filters))
            assert (empty.count, empty.hits, empty.facets) == (0, [], {})


# --- bitmap caches follow the index --------------------------------------------------------


def test_counts_follow_publish_and_unpublish(corpus):
    def utrecht():
        return search(Params(q="", filters={"region": ["utrecht"]}))

    assert utrecht().count == 1
    assert search(Params(q="pleegzorg")).count == 0
    page = inspiration("Pleegzorg in Utrecht", summary="Pleegzorg in de stad.")
    page.regions.set([Region.objects.get(slug="utrecht")])
    publish(page)
    after = utrecht()
    assert after.count == 2
    assert after.facets["region"]["utrecht"] == 2
    assert "Pleegzorg in Utrecht" in [h.title for h in after.hits]
    assert search(Params(q="pleegzorg", filters={"region": ["utrecht"]})).count == 1
    page.unpublish()
    assert utrecht().count == 1
    assert search(Params(q="pleegzorg")).count == 0


def test_a_search_costs_the_same_queries_for_one_hit_or_many(corpus):
    """Never one query per hit: the number of queries depends on the query, not the hits."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    search(Params(q="overdracht"))  # load the in-process caches first
    with CaptureQueriesContext(connection) as one:
        few = search(Params(q="overdracht"))
    with CaptureQueriesContext(connection) as many:
        lots = search(Params(q="veiligheid netwerk"))
    assert few.count == 1
    assert lots.count > 3
    assert len(one) == len(many)
