"""Background tasks (django-tasks): a scheduler may enqueue ``purge_expired_reflections``."""

from django_tasks import task

from .retention import purge


@task()
def purge_expired_reflections() -> dict:
    return purge()
