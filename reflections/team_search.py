"""The team-search provider (cms/hooks.py, `team_search_provider`, registered in
wagtail_hooks.py): what the search room's team scope may read of a member's teams."""

from django.urls import reverse

from .access import readable_sessions
from .audit import record_reads

__all__ = ["readable_sessions", "record_reads", "session_url"]


def session_url(session) -> str:
    return reverse("reflections:session", args=[session.pk])
