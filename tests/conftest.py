"""Shared fixtures. In CI, REQUIRE_POSTGRES=1 turns running on anything else into a failure."""

import os

import pytest


def pytest_configure(config):
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        from django.conf import settings

        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError(f"REQUIRE_POSTGRES=1 but the database engine is {engine}")


def pytest_collection_modifyitems(config, items):
    """A transactional test ends with a flush, which also empties what the migrations put in
    (groups, site, vocabulary, municipalities, the approval workflow). With
    ``serialized_rollback`` Django loads that seed back when such a test starts, and
    pytest-django runs transactional tests last, so every test starts from the migrated data.
    A transactional test without it would leave the next one an empty database."""
    for item in items:
        if _transactional(item) and not item.get_closest_marker("django_db").kwargs.get(
            "serialized_rollback"
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: mark it django_db(transaction=True, serialized_rollback=True)"
                " so it starts from the migrated data"
            )


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last of a run of transactional tests, load the seed back: a test that asks
    for the database only through a fixture is sorted after them by pytest-django."""
    result = yield
    if nextitem is not None and _transactional(item) and not _transactional(nextitem):
        from django.db import connection
        from pytest_django.plugin import blocking_manager_key

        seed = getattr(connection, "_test_serialized_contents", None)
        if seed:
            with item.config.stash[blocking_manager_key].unblock():
                connection.creation.deserialize_db_from_string(seed)
    return result


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """Every test starts from what ``migrate && manage.py setup_site`` makes: the empty, working
    platform (site tree, sections, groups, workflow), built once for the session instead of
    in each test. Transactional tests get the same start: the seed they restore is taken after."""
    from django.db import connection

    from cms.setup import setup_site

    with django_db_blocker.unblock():
        if any("migrated_only" in item.fixturenames for item in request.session.items):
            connection._migrated_only = connection.creation.serialize_db_to_string()
        setup_site()
        if getattr(connection, "_test_serialized_contents", None):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def migrated_only(db):
    """The database as ``migrate`` alone leaves it (no site tree, no sections), for the tests
    of ``setup_site`` itself; rolled back after the test like any other change."""
    from django.core.management import call_command
    from django.db import connection

    call_command(
        "flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0
    )
    connection.creation.deserialize_db_from_string(connection._migrated_only)


@pytest.fixture(autouse=True)
def _fresh_process_copies():
    """What a process keeps per content token (glossary matcher, vocabularies, restricted
    paths, guidance links): a rolled-back test must not leak into it."""
    from cms.content_version import PerVersion

    PerVersion.forget_all()
    yield
    PerVersion.forget_all()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and cached pages live in the cache: each test starts without them."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture(autouse=True)
def _dutch_again_after_each_test():
    """A request in English leaves English active in the thread (ChosenLanguageMiddleware
    activates, nothing deactivates): the next test starts in Dutch, as a new request does."""
    from django.utils import translation

    with translation.override("nl"):
        yield


@pytest.fixture
def site_tree(db):
    """Home, kennisbank and begrippenlijst pages as `setup_site` creates them (no rooms)."""
    from cms.setup import ensure_site_tree

    return ensure_site_tree()


@pytest.fixture
def on_postgres(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("this test needs PostgreSQL and REQUIRE_POSTGRES=1 is set")
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    return connection


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, past the second factor every admin user needs."""
    from tests.factories import login_with_second_factor

    login_with_second_factor(client, admin_user)
    return client
