"""Team scope: a logged-in member searches the reflections of their own team(s).

Reflections are never indexed with public content; this scope reads them through the
reflections room's access rule, `reflections.access.readable_sessions(user)` (a queryset of
ReflectionSession), and searches them in Python — team volumes are small. When that
function does not exist yet, the scope answers "not available" and public search is
unaffected.
"""

import importlib
from dataclasses import dataclass, field

from django.db import models
from django.urls import NoReverseMatch, reverse

from . import analysis
from .service import snippet

MAX_SESSIONS = 2000
MAX_HITS = 50


@dataclass
class TeamHit:
    title: str
    url: str
    snippet: str
    date: object = None


@dataclass
class TeamScope:
    available: bool
    hits: list[TeamHit] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.hits)


def readable_sessions_provider():
    """The reflections room's access function, or None while it does not exist."""
    try:
        module = importlib.import_module("reflections.access")
    except ImportError:
        return None
    return getattr(module, "readable_sessions", None)


def _text(obj) -> str:
    if hasattr(obj, "texts"):  # ReflectionSession: every free text as (field, text)
        return " ".join(str(text) for _name, text in obj.texts() if text)
    parts = []
    for f in obj._meta.get_fields():
        if isinstance(f, models.CharField | models.TextField) and not f.choices:
            value = getattr(obj, f.name, "")
            if value:
                parts.append(str(value))
    return " ".join(parts)


def team_search(user, q: str) -> TeamScope:
    provider = readable_sessions_provider()
    if provider is None:
        return TeamScope(available=False)
    scope = TeamScope(available=True)
    query_plan = analysis.plan_query(q, analysis.Vocabulary({}), _synonyms())
    if query_plan.empty:
        return scope
    scored = []
    sessions = provider(user)
    if hasattr(sessions, "select_related"):
        sessions = sessions.select_related("team")
    for session in sessions[:MAX_SESSIONS]:
        text = _text(session)
        stems = set(analysis.analyse(text))
        if all(any(set(a.terms) <= stems for a in g.alts) for g in query_plan.groups):
            score = sum(1 for t in analysis.analyse(text) if t in query_plan.highlight_stems())
            scored.append((score, session, text))
    scored.sort(key=lambda item: -item[0])
    shown = [session for _score, session, _text in scored[:MAX_HITS]]
    _record_reads(user, shown)
    for _score, session, text in scored[:MAX_HITS]:
        team = getattr(session, "team", None)
        scope.hits.append(
            TeamHit(
                title=f"{session} · {team}" if team else str(session),
                url=_session_url(session),
                snippet=snippet(text, query_plan.highlight_stems()),
                date=getattr(session, "date", None) or getattr(session, "created_at", None),
            )
        )
    return scope


def _session_url(session) -> str:
    if hasattr(session, "get_absolute_url"):
        return session.get_absolute_url()
    try:
        return reverse("reflections:session", args=[session.pk])
    except NoReverseMatch:
        return ""


def _record_reads(user, sessions):
    """Snippets show reflection text: log them as reads where the reflections room audits."""
    try:
        audit = importlib.import_module("reflections.audit")
    except ImportError:
        return
    record = getattr(audit, "record_reads", None)
    model_sessions = [s for s in sessions if hasattr(s, "_meta")]
    if record and model_sessions:
        record(user, model_sessions)


def _synonyms():
    from .vocab import caches

    return caches()[1]
