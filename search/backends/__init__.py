"""Search backends: the database (postings, on SQLite and PostgreSQL alike) and Elasticsearch.

Chosen by the SEARCH_BACKEND setting ("sqlite", "postgresql", "elasticsearch") or, without
it, by the database vendor. The database backend answers one search with one query over the
postings (matches and scores) and takes filters and facet counts from in-process bitmaps;
Elasticsearch answers with one query including aggregations.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection


@dataclass
class BackendResult:
    count: int
    ids: list[int]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class Backend:
    name = ""

    def search(
        self, plan, filters: dict[str, list[str]], offset: int, limit: int, facets: bool = True
    ) -> BackendResult:
        raise NotImplementedError

    def documents_changed(self, rows, removed_ids):
        """Called after index rows were written; database backends follow by themselves."""

    def rebuilt(self):
        """Called after a full rebuild."""

    def healthy(self) -> bool:
        """True when the backend answers (for /healthz); raises or returns False otherwise."""
        raise NotImplementedError


_cache: dict[str, Backend] = {}


def get_backend(name: str | None = None) -> Backend:
    name = name or getattr(settings, "SEARCH_BACKEND", "") or connection.vendor
    if name not in _cache:
        if name in ("sqlite", "postgresql"):
            from .sql import SQLBackend

            _cache[name] = SQLBackend(name)
        elif name == "elasticsearch":
            from .elastic import ElasticsearchBackend

            _cache[name] = ElasticsearchBackend()
        else:
            raise ValueError(f"unknown search backend {name!r}")
    return _cache[name]
