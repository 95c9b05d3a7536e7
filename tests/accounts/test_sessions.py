"""Sessions end after 30 idle minutes and 12 hours after login, whatever happens."""

from datetime import timedelta

from freezegun import freeze_time

from .conftest import log_in


def test_session_ends_after_idle_timeout(client, member):
    with freeze_time("2026-03-02 09:00:00") as clock:
        log_in(client, "lid")
        clock.tick(timedelta(minutes=29))
        assert client.get("/reflecties/").status_code == 200
        clock.tick(timedelta(minutes=31))
        response = client.get("/reflecties/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=/reflecties/")
    assert "_auth_user_id" not in client.session


def test_activity_keeps_the_session_until_the_absolute_lifetime(client, member):
    with freeze_time("2026-03-02 09:00:00") as clock:
        log_in(client, "lid")
        for _ in range(28):  # a request every 25 minutes: never idle, 11 h 40 in total
            clock.tick(timedelta(minutes=25))
            assert client.get("/reflecties/").status_code == 200
        clock.tick(timedelta(minutes=26))  # past 12 hours after login
        response = client.get("/reflecties/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_timeouts_come_from_settings(client, member, settings):
    settings.SESSION_IDLE_TIMEOUT = timedelta(minutes=5)
    with freeze_time("2026-03-02 09:00:00") as clock:
        log_in(client, "lid")
        clock.tick(timedelta(minutes=6))
        assert client.get("/reflecties/").status_code == 302


def test_session_cookie_is_not_persistent(client, member):
    response = log_in(client, "lid")
    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"]
