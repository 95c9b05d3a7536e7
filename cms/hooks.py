"""The named Wagtail hooks through which rooms plug into the hall (cms imports none of them).

A room registers its functions in its own ``wagtail_hooks.py`` (Wagtail imports those modules
on the first ``hooks.get_hooks`` call):

    from wagtail import hooks

    @hooks.register("setup_site")
    def setup_learning(home) -> None: ...

``setup_site(home)`` — called by ``manage.py setup_site`` (and so by ``load_demo``) after the
home page, kennisbank, begrippenlijst, core groups and the Site record exist; ``home`` is the
``HomePage``. The room adds its own sections, groups, page permissions and workflows. It must be
idempotent (a second run changes nothing) and create no users.

``load_demo(home)`` — called by ``manage.py load_demo`` after ``setup_site`` and the import of
the demo content (``demo/``), so demo accounts may own demo pages: the room adds its
demo accounts and demo records (invented people only). Idempotent as well.

``periodic_tasks() -> list[tuple[Task, timedelta]]`` — django-tasks tasks that the worker
runs again and again, each `timedelta` after its last run finished (cms/periodic.py).

``health_checks() -> dict[str, Callable[[], bool]]`` — named checks for ``/healthz``
(cms/health.py): each returns True when its part works and returns False or raises otherwise.

``guidance_section_panels(request, page, sections) -> dict[str, str]`` — what a room shows
under the sections of a knowledge page (reflections: "In de praktijk"; learning: the pilots
and research linked to a section). It gets all sections of the page at once (the blocks'
values, each with its "anchor") and returns the HTML to show under each section, by anchor; a
missing anchor shows nothing. It fetches what it needs for the whole page in a fixed number of
queries, so a page with a hundred sections costs no more than one with two.

``guidance_page_panels(request, page) -> str`` — what a room shows under a whole knowledge
page, or "". Both panel hooks return safe HTML (usually a template of the room's own); a plain
str is escaped, never trusted. They run in the order the rooms registered them.

``guidance_author_facts(request, page, anchors) -> dict[str, str]`` — issue 14, item 5: what
a room tells the authors of a guidance page about each section, in the admin's authors' view
(cms/author_view.py; reflections: counts under the suppression rule, lessons, feedback;
learning: linked pilots and research). ``anchors`` holds every section's anchor and "" for
the whole page; the result is safe HTML by anchor, a missing anchor shows nothing. Never the
text of a reflection.

``content_handlers() -> list[ContentHandler]`` — the content types a room adds to
``import_content`` and ``export_content`` (cms/content_io.py): one handler per ``type:``
value of a content file (cms: term, guidance, inspiration; learning: pilot, research).

``team_search_provider() -> TeamSearchProvider`` — the room that holds a team's private texts
(reflections) lets the search room's team scope (``/zoeken/team/``) read them without search
importing it: what a user may read, where it is shown, and the read log for what was shown.
The first registered provider counts; without one the team scope says it is not available.
"""

from typing import Any, Protocol

SETUP_SITE = "setup_site"
LOAD_DEMO = "load_demo"
PERIODIC_TASKS = "periodic_tasks"
HEALTH_CHECKS = "health_checks"
CONTENT_HANDLERS = "content_handlers"
SECTION_PANELS = "guidance_section_panels"
PAGE_PANELS = "guidance_page_panels"
AUTHOR_FACTS = "guidance_author_facts"  # issue 14, item 5

# fn(user) -> bool: True when this user reads other people's work in a room (reflections:
# a team coordinator reads the team's reflections and the read log). Such users must use a
# second factor (accounts.policy).
READS_OTHERS_WORK = "reads_others_work"

TEAM_SEARCH_PROVIDER = "team_search_provider"

# fn(request) -> list[tuple[str, str]]: (label, url) of the places where this user does their
# work in a room, listed on the account page (learning: "Mijn pilots", "Mijn onderzoek" for
# whoever has that role). An empty list when the user has no such place.
ACCOUNT_LINKS = "account_links"


class TeamSearchProvider(Protocol):
    """What a `team_search_provider` hook returns (a module with these functions will do)."""

    def readable_sessions(self, user: Any) -> Any:
        """A queryset of the sessions this user may read; each has ``texts()`` ->
        [(field, text)], ``team`` and ``date``, and ``str()`` is its title."""

    def session_url(self, session: Any) -> str:
        """Where the user reads this session."""

    def record_reads(self, user: Any, sessions: list[Any]) -> None:
        """Log that the user was shown (snippets of) these sessions."""
