"""The deployment files agree with the code: no setting set that nobody reads, none missing.

There is no Docker engine in CI, so these tests read the files: docker-compose.yml (PyYAML),
.env.example, the Dockerfile and the Makefile, against the environment variables the project's
own modules read (found with `ast`, so that a new `os.environ.get` shows up by itself).
"""

import ast
import re
import shlex
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PACKAGES = ("cms", "learning", "reflections", "search")
ENV_ACCESSORS = {"get", "setdefault", "pop", "getenv"}
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = [name for name, s in SERVICES.items() if s.get("image") == "leerplatform:latest"]


def _is_environ(node) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def names_read(tree: ast.AST) -> set[str]:
    """Names in os.environ.get("X"), os.environ["X"], os.environ.setdefault("X"), os.getenv."""
    found = set()
    for node in ast.walk(tree):
        key = None
        if isinstance(node, ast.Subscript) and _is_environ(node.value):
            key = node.slice
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            func = node.func
            from_environ = _is_environ(func.value) and func.attr in ENV_ACCESSORS
            getenv = func.attr == "getenv" and getattr(func.value, "id", "") == "os"
            if from_environ or getenv:
                key = node.args[0]
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            found.add(key.value)
    return found


def variables_read() -> set[str]:
    found = set()
    for package in PROJECT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found |= names_read(ast.parse(path.read_text(), filename=str(path)))
    return found


def env_example() -> tuple[set[str], set[str]]:
    """(settings, compose-only) variables of .env.example, split by its section headings."""
    sections: list[set[str]] = []
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.startswith("# ---"):
            sections.append(set())
        elif (match := re.match(r"^([A-Z][A-Z0-9_]*)=", line)) and sections:
            sections[-1].add(match[1])
    settings, compose_only = sections
    return settings, compose_only


def interpolated(text: str) -> set[str]:
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))


def test_the_variable_finder_sees_the_known_settings():
    assert {"SECRET_KEY", "DATABASE_URL", "SITE_URL", "REDIS_URL"} <= variables_read()


@pytest.mark.parametrize("service", APP_SERVICES)
def test_every_variable_compose_gives_the_app_is_read_by_the_project(service):
    given = set(SERVICES[service]["environment"])
    assert given, service
    assert given - variables_read() == set()


def test_every_settings_variable_in_env_example_is_read_and_every_read_one_is_listed():
    listed, _compose_only = env_example()
    read = variables_read() - {"DJANGO_SETTINGS_MODULE"}  # chosen by the image, not by .env
    assert listed - read == set(), "listed in .env.example but read nowhere"
    assert read - listed == set(), "read by the project but missing from .env.example"


def test_every_variable_compose_interpolates_is_in_env_example():
    listed, compose_only = env_example()
    used = interpolated((ROOT / "docker-compose.yml").read_text())
    assert used - (listed | compose_only) == set()
    assert compose_only - used == set(), "compose-only variables that compose does not use"


def test_every_long_running_service_has_a_healthcheck():
    for name, service in SERVICES.items():
        if service.get("restart") == "no":  # one-shot (migrate): others wait for it to finish
            continue
        test = service.get("healthcheck", {}).get("test")
        assert test and not service["healthcheck"].get("disable"), name


def test_services_of_the_issue_are_there_and_search_is_optional():
    assert {"web", "worker", "db", "cache", "search"} <= set(SERVICES)
    assert SERVICES["search"]["profiles"] == ["search"]
    assert SERVICES["search"]["environment"]["xpack.security.enabled"] == "true"
    assert SERVICES["db"]["image"].startswith("postgres:16")
    assert SERVICES["cache"]["image"].startswith("redis:7")
    assert "db_worker" in " ".join(SERVICES["worker"]["entrypoint"])
    for name in ("web", "worker"):
        assert SERVICES[name]["depends_on"]["migrate"]["condition"].endswith("successfully")


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [tuple(line.split(None, 1)) for line in lines if line and not line.startswith("#")]


def makefile_recipe(target: str) -> list[str]:
    lines = (ROOT / "Makefile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def _command(lines: list[str], program: str) -> list[str]:
    (words,) = [w for line in lines for w in [shlex.split(line)] if program in w[:3]]
    return words[words.index(program) :]


def test_dockerfile_installs_like_the_makefile():
    runs = [arg for op, arg in dockerfile_instructions() if op == "RUN"]
    docker_npm = _command(runs, "npm")
    make_npm = _command(makefile_recipe(".stamp-node"), "npm")
    # The same command on the same lock file; the image leaves out the test-only packages.
    assert [w for w in docker_npm if w != "--omit=dev"] == make_npm
    assert make_npm[:2] == ["npm", "ci"]
    docker_pip = _command(runs, "install")
    make_pip = _command(makefile_recipe(".stamp-python"), "install")
    docker_target, make_target = docker_pip[-1], make_pip[-1]
    # The same project and its dependencies from pyproject.toml; the image without [dev].
    assert docker_target == "." and make_target == ".[dev]"


def test_dockerfile_builds_static_files_runs_as_non_root_and_checks_health():
    instructions = dockerfile_instructions()
    ops = [op for op, _arg in instructions]
    assert ops.count("FROM") >= 2  # a Node stage and a Python stage
    runs = " ".join(arg for op, arg in instructions if op == "RUN")
    assert "collectstatic" in runs
    (user,) = [arg for op, arg in instructions if op == "USER"]
    assert user.split(":")[0] not in ("root", "0")
    assert ops.index("USER") > max(i for i, op in enumerate(ops) if op == "RUN")
    (health,) = [arg for op, arg in instructions if op == "HEALTHCHECK"]
    assert "healthcheck.py" in health
    (entrypoint,) = [arg for op, arg in instructions if op == "ENTRYPOINT"]
    assert "gunicorn" in entrypoint
    env = " ".join(arg for op, arg in instructions if op == "ENV")
    assert "DJANGO_SETTINGS_MODULE=cms.settings.production" in env
