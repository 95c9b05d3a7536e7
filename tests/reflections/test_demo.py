from wagtail import hooks

from reflections import access
from reflections.models import ReflectionSession, Team


def test_demo_team_with_logins_and_clean_reflections(db):
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    login = RequestFactory().post("/account/login/")  # django-axes checks each login's request

    from cms.setup import setup_site

    home = setup_site()
    for _run in range(2):  # idempotent
        for add_demo in hooks.get_hooks("load_demo"):
            add_demo(home)
    team = Team.objects.get(name="Demoteam Wijkteam Noord")
    member = authenticate(login, username="teamlid", password="demo-teamlid")
    coordinator = authenticate(login, username="coordinator", password="demo-coordinator")
    assert access.can_write(member, team) and not access.can_manage(member, team)
    assert access.can_manage(coordinator, team)
    assert ReflectionSession.objects.filter(team=team).count() == 2


def test_load_demo_refuses_production_settings(db, settings):
    import pytest
    from django.contrib.auth import get_user_model
    from django.core.management import CommandError, call_command

    settings.SETTINGS_MODULE = "cms.settings.production"
    with pytest.raises(CommandError, match="productie-instellingen"):
        call_command("load_demo")
    assert not get_user_model().objects.exists()


def test_load_demo_under_production_settings_stops_before_touching_the_database(tmp_path):
    import os
    import subprocess
    import sys

    from django.conf import settings

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "refuses to run with production settings" in done.stderr
    assert (
        not (tmp_path / "prod.sqlite3").exists() or (tmp_path / "prod.sqlite3").stat().st_size == 0
    )
