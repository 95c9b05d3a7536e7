"""The worker runs the heartbeat and the retention purge again and again, never twice at once."""

import os
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus

pytestmark = pytest.mark.django_db
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PURGE = "reflections.tasks.purge_expired_reflections"
HEARTBEAT = "cms.tasks.heartbeat"


def schedule():
    call_command("schedule_periodic_tasks", stdout=open(os.devnull, "w"))  # noqa: SIM115


def waiting() -> dict[str, list]:
    from django_tasks_db.models import DBTaskResult

    found = {}
    for result in DBTaskResult.objects.filter(status=TaskResultStatus.READY):
        found.setdefault(result.task_path, []).append(result.run_after)
    return found


@override_settings(TASKS=DB_TASKS)
def test_scheduling_twice_queues_one_run_of_each_periodic_task():
    schedule()
    schedule()
    assert {path: len(runs) for path, runs in waiting().items()} == {PURGE: 1, HEARTBEAT: 1}


@override_settings(TASKS=DB_TASKS)
def test_a_finished_purge_is_queued_again_for_the_next_day(run_worker):
    from django_tasks_db.models import DBTaskResult

    schedule()
    before = timezone.now()
    run_worker()
    done = DBTaskResult.objects.get(task_path=PURGE, status=TaskResultStatus.SUCCESSFUL)
    assert set(done.return_value) == {"reflecties", "leesregistraties", "uitnodigingen"}
    (next_run,) = waiting()[PURGE]
    assert before + timedelta(hours=23) < next_run < timezone.now() + timedelta(days=1, hours=1)
    (next_beat,) = waiting()[HEARTBEAT]
    assert next_beat < timezone.now() + timedelta(minutes=6)


def test_without_a_task_queue_nothing_is_scheduled():
    schedule()
    assert waiting() == {}
