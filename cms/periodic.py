"""Periodic background work: each periodic task, once finished, is queued again for later.

Why no scheduler package or cron: the database task backend already stores when a task may
run (`run_after`), so a finished periodic task queues its next run (the `task_finished`
signal below) and `manage.py schedule_periodic_tasks`, run as the worker starts, queues a first
run of every periodic task that has none waiting. One process (the worker), at most one waiting
run per task, and a run missed while the worker was down happens as soon as it is back.
Rooms name their periodic tasks through the `periodic_tasks` hook (cms/hooks.py).
"""

from datetime import timedelta

from django.dispatch import receiver
from django.utils import timezone
from django_tasks import default_task_backend
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from wagtail import hooks

from cms.hooks import PERIODIC_TASKS


def periodic_tasks() -> dict:
    """{task path: (task, interval)} from every room's `periodic_tasks` hook."""
    found = {}
    for provide in hooks.get_hooks(PERIODIC_TASKS):
        for task, interval in provide():
            found[task.module_path] = (task, interval)
    return found


def schedule(task, delay: timedelta) -> bool:
    """Queue one run after `delay`, unless a run of this task is already waiting."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        task_path=task.module_path, status=TaskResultStatus.READY
    ).exists()
    if not waiting:
        task.using(run_after=timezone.now() + delay).enqueue()
    return not waiting


def schedule_all() -> list[str]:
    """First runs of the periodic tasks that have none waiting; nothing without a worker."""
    if not default_task_backend.supports_defer:
        return []
    return [
        path for path, (task, _every) in periodic_tasks().items() if schedule(task, timedelta())
    ]


@receiver(task_finished)
def queue_next_run(sender, task_result, **kwargs):
    entry = periodic_tasks().get(task_result.task.module_path)
    if entry is not None and task_result.task.get_backend().supports_defer:
        task, interval = entry
        schedule(task, interval)
