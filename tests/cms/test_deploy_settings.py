"""Production settings: Django's deploy check is clean and every cookie has its flags.

Each test starts its own Python with cms.settings.production, as a server would.
"""

import json
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "PATH": "/usr/bin:/bin",
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "a-test-only-secret-key-that-is-long-enough-0123456789",
    "ALLOWED_HOSTS": "leerplatform.example.nl,testserver",
    "DATABASE_URL": "sqlite:///:memory:",
}

COOKIES = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
response = Client().post("/taal/", {"language": "en", "next": "/"}, secure=True)
cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
print(json.dumps({
    "language": {"name": cookie.key, "secure": bool(cookie["secure"]),
                 "httponly": bool(cookie["httponly"]), "samesite": cookie["samesite"],
                 "path": cookie["path"], "domain": cookie["domain"]},
    "names": [settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME],
    "session": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                settings.SESSION_COOKIE_SAMESITE],
    "csrf": [settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_SAMESITE],
    "hsts": [settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,
             settings.SECURE_HSTS_PRELOAD],
}))
"""


def run(args, extra_env=None):
    return subprocess.run(
        [sys.executable, *args],
        env={**PRODUCTION_ENV, **(extra_env or {})},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )


def test_deploy_check_with_production_settings_gives_no_warnings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_deploy_check_still_warns_when_hsts_is_switched_off(tmp_path):
    """The check is really run: without HSTS it must complain."""
    (tmp_path / "no_hsts.py").write_text(
        "from cms.settings.production import *  # noqa\nSECURE_HSTS_SECONDS = 0\n"
    )
    env = {"DJANGO_SETTINGS_MODULE": "no_hsts", "PYTHONPATH": f"{tmp_path}:{settings.BASE_DIR}"}
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout


def test_production_cookies_are_host_only_secure_httponly_and_samesite_lax():
    result = run(["-c", COOKIES])
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["language"] == {
        "name": "__Host-django_language",
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "path": "/",
        "domain": "",
    }
    assert found["names"] == ["__Host-sessionid", "__Host-csrftoken"]
    assert found["session"] == [True, True, "Lax"]
    assert found["csrf"] == [True, "Lax"]
    assert found["hsts"] == [31536000, True, False]


def test_hsts_preload_is_sent_once_the_domain_owner_decided_for_it():
    result = run(["-c", COOKIES], {"SECURE_HSTS_PRELOAD": "1"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["hsts"] == [31536000, True, True]
