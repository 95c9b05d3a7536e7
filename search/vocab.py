"""In-process caches of the index vocabulary and the glossary synonyms.

Both are reloaded when the content token (cms.content_version) changes, which every index
write and every content edit does — so all processes see a glossary edit or a new page on
their next search.
"""

import threading

from cms import content_version

from . import analysis
from .models import SearchTerm

_lock = threading.Lock()
_state: dict = {"token": None, "vocab": None, "synonyms": None}


def current_token() -> str:
    return content_version.current()


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
