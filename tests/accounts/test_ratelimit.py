"""Rate limits per client: 429 with Retry-After on the login steps and the JSON API."""

import json
import os

import pytest
from django.test import override_settings

LIMITS = {"login": "3/m", "privacy_check": "2/m", "search": "2/m"}


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.RATE_LIMITS = LIMITS


def test_login_posts_above_the_limit_get_429_with_retry_after(client, db):
    for _ in range(3):
        assert client.post("/account/login/", {"username": "x", "password": "y"}).status_code == 200
    response = client.post("/account/login/", {"username": "x", "password": "y"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "Te veel verzoeken" in response.content.decode()
    assert client.get("/account/login/").status_code == 200  # reading the page is not limited


def test_limit_counts_per_client(client, db):
    for _ in range(4):
        client.post("/account/login/", {"username": "x", "password": "y"}, REMOTE_ADDR="10.9.9.1")
    other = client.post(
        "/account/login/", {"username": "x", "password": "y"}, REMOTE_ADDR="10.9.9.2"
    )
    assert other.status_code == 200


def post_check(client):
    return client.post(
        "/api/privacy/check",
        json.dumps({"text": "Een gewone zin."}),
        content_type="application/json",
    )


def test_privacy_check_above_the_limit_gets_json_429(client, db):
    assert post_check(client).status_code == 200
    assert post_check(client).status_code == 200
    response = post_check(client)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert response["Content-Type"].startswith("application/json")
    assert "te veel verzoeken" in response.json()["detail"]


@pytest.mark.parametrize("url", ["/api/search?q=veiligheid", "/api/search/autocomplete?q=vei"])
def test_search_api_above_the_limit_gets_json_429(client, db, url):
    for _ in range(2):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "te veel verzoeken" in response.json()["detail"]


def test_search_and_autocomplete_share_one_counter(client, db):
    client.get("/api/search?q=a")
    client.get("/api/search/autocomplete?q=a")
    assert client.get("/api/search?q=a").status_code == 429


REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1")


def test_limits_are_shared_through_redis(client, db):
    """With REDIS_URL (production), every web worker counts in the same place."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail("REQUIRE_REDIS=1 but Redis is not reachable")
        pytest.skip("needs Redis (REDIS_URL)")
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-ratelimit",
        }
    }
    with override_settings(CACHES=caches):
        from django.core.cache import cache

        cache.clear()
        for _ in range(2):
            client.get("/api/search?q=a")
        assert client.get("/api/search?q=a").status_code == 429
        assert any(b"ratelimit:search" in k for k in redis.Redis.from_url(REDIS_URL).scan_iter())
        cache.clear()
