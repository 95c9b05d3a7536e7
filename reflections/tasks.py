"""Background tasks (django-tasks): the worker runs ``purge_expired_reflections`` daily
(the ``periodic_tasks`` hook in reflections/wagtail_hooks.py, see cms/periodic.py)."""

from django_tasks import task

from .retention import purge


@task()
def purge_expired_reflections() -> dict:
    return purge()
