"""Background tasks of the hall."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

HEARTBEAT_INTERVAL = timedelta(minutes=5)


@task()
def heartbeat() -> str:
    """A periodic no-op: /healthz reads the worker's state from the last finished task."""
    return timezone.now().isoformat()
