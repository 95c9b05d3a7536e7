import pytest
from django.core.management import call_command


@pytest.fixture
def run_worker(monkeypatch):
    """`manage.py db_worker --batch` inside the test's transaction. The worker's connection
    recycling (`close_old_connections`) would close the test's own connection on PostgreSQL
    (it is inside a transaction), so that one call — and nothing of the task handling — is
    switched off."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    return run
