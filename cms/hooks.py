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

``load_demo(home)`` — called by ``manage.py load_demo`` after ``setup_site``: the room adds its
demo accounts and demo records (invented people only). Idempotent as well.

``periodic_tasks() -> list[tuple[Task, timedelta]]`` — django-tasks tasks that the worker
runs again and again, each `timedelta` after its last run finished (cms/periodic.py).

``health_checks() -> dict[str, Callable[[], bool]]`` — named checks for ``/healthz``
(cms/health.py): each returns True when its part works and returns False or raises otherwise.
"""

SETUP_SITE = "setup_site"
LOAD_DEMO = "load_demo"
PERIODIC_TASKS = "periodic_tasks"
HEALTH_CHECKS = "health_checks"

# fn(user) -> bool: True when this user reads other people's work in a room (reflections:
# a team coordinator reads the team's reflections and the read log). Such users must use a
# second factor (accounts.policy).
READS_OTHERS_WORK = "reads_others_work"
