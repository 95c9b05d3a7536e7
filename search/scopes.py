"""Team scope: a logged-in member searches the reflections of their own team(s).

Reflections are never indexed with public content; this scope reads them through the
team-search provider a room registers (the `team_search_provider` hook, cms/hooks.py: the
reflections room's access rule and read log), and searches them in Python — team volumes are
small. Without a provider the scope answers "not available" and public search is unaffected.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from cms.hooks import TEAM_SEARCH_PROVIDER, TeamSearchProvider

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


def team_search_provider() -> TeamSearchProvider | None:
    """The first registered team-search provider, or None when no room registers one."""
    for provide in hooks.get_hooks(TEAM_SEARCH_PROVIDER):
        return provide()
    return None


def _text(session) -> str:
    """Every free text of the session, as the provider gives them: (field, text) pairs."""
    return " ".join(str(text) for _name, text in session.texts() if text)


def team_search(user, q: str) -> TeamScope:
    provider = team_search_provider()
    if provider is None:
        return TeamScope(available=False)
    scope = TeamScope(available=True)
    query_plan = analysis.plan_query(q, analysis.Vocabulary({}), _synonyms())
    if query_plan.empty:
        return scope
    scored = []
    sessions = provider.readable_sessions(user).select_related("team")
    for session in sessions[:MAX_SESSIONS]:
        text = _text(session)
        stems = set(analysis.analyse(text))
        if all(any(set(a.terms) <= stems for a in g.alts) for g in query_plan.groups):
            score = sum(1 for t in analysis.analyse(text) if t in query_plan.highlight_stems())
            scored.append((score, session, text))
    scored.sort(key=lambda item: -item[0])
    shown = [session for _score, session, _text in scored[:MAX_HITS]]
    if shown:  # snippets show reflection text: the provider logs them as reads
        provider.record_reads(user, shown)
    for _score, session, text in scored[:MAX_HITS]:
        team = getattr(session, "team", None)
        scope.hits.append(
            TeamHit(
                title=f"{session} · {team}" if team else str(session),
                url=provider.session_url(session),
                snippet=snippet(text, query_plan.highlight_stems()),
                date=getattr(session, "date", None) or getattr(session, "created_at", None),
            )
        )
    return scope


def _synonyms():
    from .vocab import caches

    return caches()[1]
