"""GET /healthz: is each part this site needs working? For load balancers and monitoring.

The answer names the parts and says "ok" or "fout" — nothing else: no versions, host names or
error texts that would help an attacker (the error goes to the log instead).
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django_tasks import default_task_backend
from django_tasks.base import TaskResultStatus
from wagtail import hooks

from cms.hooks import HEALTH_CHECKS
from cms.tasks import HEARTBEAT_INTERVAL

logger = logging.getLogger(__name__)
# The heartbeat runs every 5 minutes; three missed beats mean the worker is gone.
WORKER_SILENCE = 3 * HEARTBEAT_INTERVAL


def database_ok() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ok() -> bool:
    value = get_random_string(12)
    cache.set("healthz", value, 10)
    return cache.get("healthz") == value


def worker_ok() -> bool:
    """With a task queue, some task finished lately (the heartbeat at least); else no worker."""
    if not default_task_backend.supports_defer:
        return True  # tasks run at once, inside the request: there is no worker to watch
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        status=TaskResultStatus.SUCCESSFUL,
        finished_at__gte=timezone.now() - WORKER_SILENCE,
    ).exists()


def checks() -> dict:
    found = {"database": database_ok, "cache": cache_ok, "worker": worker_ok}
    for provide in hooks.get_hooks(HEALTH_CHECKS):
        found.update(provide())
    return found


def run(name, check) -> bool:
    try:
        return bool(check())
    except Exception:  # any failure of a part is "fout", whatever it raised
        logger.exception("health check %s failed", name)
        return False


@never_cache
def healthz(request):
    results = {name: run(name, check) for name, check in checks().items()}
    healthy = all(results.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "fout",
            "checks": {name: "ok" if ok else "fout" for name, ok in results.items()},
        },
        status=200 if healthy else 503,
    )
