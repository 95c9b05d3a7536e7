"""One site-wide token that changes whenever anything shown on public pages changes.

Everything a process keeps in memory or in the cache that derives from public content is
kept together with the token it was built under, and is rebuilt once the token differs: the
page cache (cms.page_cache), the glossary hints (cms.glossary), the search vocabulary and
facet bitmaps (search.vocab, search.bitmaps). Saving in one gunicorn worker so invalidates
all of them in every worker, on their next request.

The token is a database row, bumped inside the transaction that changes the content, so it
becomes visible in the same commit as that content: no process can see the new token with
the old content. Whoever uses the token reads it *before* reading the content it builds from;
a build that raced with a commit then carries an old token and is never used again.

Within one request the token is read at most once (`request_scope`); outside a request
(commands, tests) every `current()` asks the database.
"""

import threading
import uuid
import weakref
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection

_request_token: ContextVar[dict | None] = ContextVar("content_version", default=None)


def _read() -> str:
    # Plain SQL: on a cached page this is the only query, the ORM's query building cost more.
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM cms_contentversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else ""


def current() -> str:
    scope = _request_token.get()
    if scope is None:
        return _read()
    if "token" not in scope:
        scope["token"] = _read()
    return scope["token"]


def bump() -> str:
    """A new token, written in the current transaction (so visible on its commit)."""
    from cms.models import ContentVersion

    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        # First bump (a fresh or flushed database); another process may create it at once.
        row = ContentVersion(pk=1, token=token)
        ContentVersion.objects.bulk_create([row], ignore_conflicts=True)
        ContentVersion.objects.filter(pk=1).update(token=token)
    scope = _request_token.get()
    if scope is not None:
        scope["token"] = token  # this request goes on with what it just changed
    return token


@contextmanager
def request_scope():
    """Read the token once for the whole request (cms.page_cache.PageCacheMiddleware)."""
    reset = _request_token.set({})
    try:
        yield
    finally:
        _request_token.reset(reset)


class PerVersion:
    """A value built in this process and kept until the content token changes.

    matcher = PerVersion(build_matcher)   # build_matcher() -> value
    matcher()                             # built once per token
    """

    _all: "weakref.WeakSet[PerVersion]" = weakref.WeakSet()

    def __init__(self, build):
        self.build = build
        self._lock = threading.Lock()
        self._token = None
        self._value = None
        PerVersion._all.add(self)

    def __call__(self):
        token = current()  # before the build reads any content (see the module docstring)
        with self._lock:
            if self._token != token or self._value is None:
                self._value = self.build()
                self._token = token
            return self._value

    def forget(self):
        with self._lock:
            self._token = self._value = None

    @classmethod
    def forget_all(cls):
        """Drop every copy this process keeps (tests: rows rolled back without a signal)."""
        for per_version in list(cls._all):
            per_version.forget()
