"""Writes adapters' documents into the index: rows, postings, facet values and the vocabulary."""

import logging
from collections import Counter

from django.db import transaction

from cms import content_version

from . import analysis, postings, vocab
from .adapters import DocData, adapter_for, all_adapters, source_key
from .models import SearchDocument, SearchFacet, SearchPostingList, SearchTerm

log = logging.getLogger(__name__)

FACET_FIELDS = {
    "type": "type",
    "level": "level",
    "principle": "principles",
    "pillar": "pillars",
    "theme": "themes",
    "region": "regions",
    "year": "year",
}


def facet_values(doc: DocData) -> list[tuple[str, str]]:
    pairs = []
    for name, attr in FACET_FIELDS.items():
        value = getattr(doc, attr)
        values = value if isinstance(value, list) else [value]
        pairs += [(name, str(v)) for v in dict.fromkeys(values) if v not in (None, "")]
    return pairs


def _row_fields(doc: DocData, words: analysis.Vocabulary | None = None) -> dict:
    if words is None:
        words = vocab.caches()[0]
    return {
        "parts": " ".join(analysis.compound_parts(f"{doc.title} {doc.body}", words)),
        "type": doc.type,
        "title": doc.title[:500],
        "url": doc.url[:500],
        "body": doc.body,
        "title_analysed": " ".join(analysis.analyse(f"{doc.title} {doc.extra_title}")),
        "analysed": " ".join(analysis.analyse(doc.body)),
        "date": doc.date,
        "year": doc.year,
        "level": doc.level or "",
        "principles": " ".join(doc.principles),
        "pillars": " ".join(doc.pillars),
        "themes": " ".join(doc.themes),
        "regions": " ".join(doc.regions),
    }


def _terms(title: str, body: str) -> dict[str, str]:
    """Distinct stems of a document with a readable word (the first seen) for each."""
    terms: dict[str, str] = {}
    for stem, word in analysis.analyse_with_surface(f"{title} {body}"):
        terms.setdefault(stem, word)
    return terms


def index_instance(instance) -> int:
    """(Re)index one record; unpublished or private records leave the index. Returns rows."""
    adapter = adapter_for(instance)
    if adapter is None:
        return 0
    docs = adapter.documents(instance) if adapter.is_public(instance) else []
    write_source(source_key(instance), docs)
    return len(docs)


def remove_instance(instance):
    if adapter_for(instance) is not None:
        write_source(source_key(instance), [])


@transaction.atomic
def write_source(source: str, docs: list[DocData]):
    postings.lock()
    existing = {d.key: d for d in SearchDocument.objects.filter(source=source)}
    wanted = {d.key: d for d in docs}
    removed = [d for key, d in existing.items() if key not in wanted]
    delta: Counter = Counter()
    words: dict[str, str] = {}
    touched: set[str] = set()  # stems whose posting lists lose the old versions
    for old in existing.values():
        for term in set(f"{old.title_analysed} {old.analysed}".split()):
            delta[term] -= 1
        touched.update(postings.weights(old.title_analysed, old.analysed, old.parts))
    if removed:
        SearchDocument.objects.filter(pk__in=[d.pk for d in removed]).delete()
    written, additions = [], postings.Additions()
    for key, doc in wanted.items():
        fields = _row_fields(doc)
        row, _created = SearchDocument.objects.update_or_create(
            key=key, defaults={"source": source, **fields}
        )
        additions.add(row.pk, fields["title_analysed"], fields["analysed"], fields["parts"])
        SearchFacet.objects.filter(document=row).delete()
        SearchFacet.objects.bulk_create(
            SearchFacet(document=row, name=n, value=v[:140]) for n, v in facet_values(doc)
        )
        terms = _terms(f"{doc.title} {doc.extra_title}", doc.body)
        words.update(terms)
        for term in terms:
            delta[term] += 1
        written.append(row)
    postings.update([d.pk for d in existing.values()], touched, additions)
    _apply_vocabulary(delta, words)
    bump()
    from .backends import get_backend

    get_backend().documents_changed(written, [d.pk for d in removed])


def _apply_vocabulary(delta: Counter, words: dict[str, str]):
    changed = {t: n for t, n in delta.items() if n}
    if not changed:
        return
    current = {t.stem: t for t in SearchTerm.objects.filter(stem__in=list(changed))}
    update, create, drop = [], [], []
    for stem, n in changed.items():
        term = current.get(stem)
        if term is None:
            if n > 0:
                create.append(
                    SearchTerm(stem=stem[:100], word=words.get(stem, stem)[:100], doc_count=n)
                )
            continue
        term.doc_count += n
        (update if term.doc_count > 0 else drop).append(term)
    SearchTerm.objects.bulk_create(create, ignore_conflicts=True)
    SearchTerm.objects.bulk_update(update, ["doc_count"])
    SearchTerm.objects.filter(pk__in=[t.pk for t in drop]).delete()


def bump():
    """Tell every process's caches (vocabulary, synonyms) that the index changed."""
    content_version.bump()


# --- rebuild -------------------------------------------------------------------------------


@transaction.atomic
def rebuild(stdout=None) -> int:
    """Empty the index and fill it from every adapter, in bulk."""
    postings.lock()
    SearchPostingList.objects.all().delete()
    SearchFacet.objects.all().delete()
    SearchDocument.objects.all().delete()
    SearchTerm.objects.all().delete()
    docs: list[tuple[str, DocData]] = []
    for adapter in all_adapters():
        for instance in adapter.queryset().iterator(chunk_size=500):
            if adapter.is_public(instance):
                docs += [(source_key(instance), d) for d in adapter.documents(instance)]
    count = bulk_write(docs)
    if stdout:
        stdout.write(f"{count} zoekdocumenten geïndexeerd.\n")
    return count


@transaction.atomic
def bulk_write(docs: list[tuple[str, DocData]], batch_size: int = 2000) -> int:
    """Insert many new documents at once (the index must not hold their keys yet): all or
    nothing, and the posting lists' lock held until the end."""
    postings.lock()
    df: Counter = Counter()
    words: dict[str, str] = {}
    for _source, d in docs:  # first pass: the vocabulary that compound splitting needs
        for stem, word in _terms(f"{d.title} {d.extra_title}", d.body).items():
            df[stem] += 1
            words.setdefault(stem, word)
    known = {s: (n, w) for s, n, w in SearchTerm.objects.values_list("stem", "doc_count", "word")}
    known |= {s: (n, words[s]) for s, n in df.items()}
    whole = analysis.Vocabulary(known)
    additions = postings.Additions()
    for start in range(0, len(docs), batch_size):
        chunk = docs[start : start + batch_size]
        rows = SearchDocument.objects.bulk_create(
            [
                SearchDocument(key=d.key, source=source, **_row_fields(d, whole))
                for source, d in chunk
            ]
        )
        if rows and rows[0].pk is None:  # databases without RETURNING
            keys = [d.key for _s, d in chunk]
            ids = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "pk"))
            for row in rows:
                row.pk = ids[row.key]
        SearchFacet.objects.bulk_create(
            [
                SearchFacet(document_id=row.pk, name=n, value=v[:140])
                for row, (_s, d) in zip(rows, chunk, strict=True)
                for n, v in facet_values(d)
            ]
        )
        for row in rows:
            additions.add(row.pk, row.title_analysed, row.analysed, row.parts)
    postings.update([], [], additions)
    SearchTerm.objects.bulk_create(
        [SearchTerm(stem=s[:100], word=words[s][:100], doc_count=n) for s, n in df.items()],
        batch_size=5000,
        ignore_conflicts=True,
    )
    bump()
    from .backends import get_backend

    get_backend().rebuilt()
    return len(docs)
