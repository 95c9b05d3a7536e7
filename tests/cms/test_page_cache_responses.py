"""What the page cache keeps of a response: a fresh CSP nonce per hit; no cookies, no Vary."""

import re

import pytest

pytestmark = [pytest.mark.urls("tests.cms.page_cache_urls"), pytest.mark.django_db]

NONCE = re.compile(r'nonce="([^"]+)"')


def nonces(response) -> tuple[str, set[str]]:
    header = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    return header, set(NONCE.findall(response.content.decode()))


def test_every_hit_gets_a_fresh_nonce_in_header_and_body(client):
    seen = set()
    for state in ("miss", "hit", "hit"):
        response = client.get("/script/")
        assert response["X-Cache"] == state
        header, in_body = nonces(response)
        assert in_body == {header}  # the <script> and the <style> carry the header's nonce
        assert "\x00" not in response.content.decode()
        seen.add(header)
    assert len(seen) == 3


def test_a_page_without_inline_scripts_gets_no_nonce(client):
    for state in ("miss", "hit"):
        response = client.get("/gewoon/")
        assert response["X-Cache"] == state
        assert "nonce-" not in response["Content-Security-Policy"]


def test_a_response_that_sets_a_cookie_is_not_stored(client):
    for _ in range(2):
        response = client.get("/koekje/")
        assert response["X-Cache"] == "miss" and "gezien" in response.cookies


def test_a_response_that_varies_on_a_header_is_not_stored(client):
    for _ in range(2):
        assert client.get("/vary/")["X-Cache"] == "miss"


def test_an_unreachable_redis_serves_the_page_without_the_cache(client, monkeypatch):
    from django.core.cache.backends.redis import RedisCache

    from cms import page_cache

    nowhere = RedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.5}})
    monkeypatch.setattr(page_cache, "pages", lambda: nowhere)  # nothing listens on port 1
    for _ in range(2):
        response = client.get("/gewoon/")
        assert (response.status_code, response["X-Cache"]) == (200, "miss")
