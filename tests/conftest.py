"""Shared fixtures. In CI, REQUIRE_POSTGRES=1 turns running on anything else into a failure."""

import os

import pytest


def pytest_configure(config):
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        from django.conf import settings

        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError(f"REQUIRE_POSTGRES=1 but the database engine is {engine}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends with a flush, which also empties what the migrations put in
    (groups, site, vocabulary, municipalities). When the session serialized that seed (some
    test is marked ``django_db(transaction=True, serialized_rollback=True)``), every
    transactional test gets it back right after, so no later test depends on running first."""
    result = yield
    if nextitem is None:
        # The session's database is already torn down (the connection points at the
        # real database again) and no test follows: nothing to restore, nothing to touch.
        return result
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        from django.core.management import call_command
        from django.db import connection
        from pytest_django.plugin import blocking_manager_key

        seed = getattr(connection, "_test_serialized_contents", None)
        if seed:
            with item.config.stash[blocking_manager_key].unblock():
                # Without serialized_rollback the flush re-created content types and
                # permissions under new ids; empty again so the seed loads as it was.
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                connection.creation.deserialize_db_from_string(seed)
    return result


@pytest.fixture(autouse=True)
def _fresh_glossary_cache():
    """The glossary matcher is cached per process; a rolled-back test must not leak into it."""
    from cms.glossary import forget_glossary

    forget_glossary()
    yield
    forget_glossary()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and cached pages live in the cache: each test starts without them."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
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
