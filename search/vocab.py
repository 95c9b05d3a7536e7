"""In-process caches of the index vocabulary and the glossary synonyms.

Both are reloaded when the index token (search.IndexState) changes, which every index write
does — so all processes see a glossary edit or a new page on their next search.
"""

import threading

from django.db import connection

from . import analysis
from .models import SearchTerm

_lock = threading.Lock()
_state: dict = {"token": None, "vocab": None, "synonyms": None}


def current_token() -> str:
    # Plain SQL: asked up to three times per search, the ORM's query building cost more
    # than the query.
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM search_indexstate WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else ""


def caches() -> tuple[analysis.Vocabulary, analysis.Synonyms]:
    token = current_token()
    with _lock:
        if _state["token"] != token or _state["vocab"] is None:
            from cms.models import GlossaryTerm

            terms = {
                s: (n, w) for s, n, w in SearchTerm.objects.values_list("stem", "doc_count", "word")
            }
            _state["vocab"] = analysis.Vocabulary(terms)
            _state["synonyms"] = analysis.Synonyms(
                analysis.synonym_groups_from_glossary(GlossaryTerm.objects.all())
            )
            _state["token"] = token
        return _state["vocab"], _state["synonyms"]


def forget():
    with _lock:
        _state["token"] = None
