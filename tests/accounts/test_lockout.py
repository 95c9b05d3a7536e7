"""Lockout after repeated failed logins (django-axes): per account and per address."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from freezegun import freeze_time

from tests.factories import UserFactory

from .conftest import log_in


def fail(client, username, times, ip="127.0.0.1"):
    for _ in range(times):
        response = log_in(client, username, "fout-wachtwoord", REMOTE_ADDR=ip)
    return response


def test_account_is_locked_after_five_failures_even_with_the_right_password(client, member):
    for i in range(5):  # five different addresses: only the account counts
        fail(client, "lid", 1, ip=f"10.0.0.{i + 1}")
    response = log_in(client, "lid", REMOTE_ADDR="10.0.0.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Inloggen is tijdelijk geblokkeerd" in response.content.decode()


def test_four_failures_do_not_lock(client, member):
    fail(client, "lid", 4)
    response = log_in(client, "lid")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_address_is_locked_after_five_failures_on_different_accounts(client, member):
    for i in range(5):
        fail(client, f"iemand{i}", 1, ip="10.1.1.1")
    assert log_in(client, "lid", REMOTE_ADDR="10.1.1.1").status_code == 429
    # The account itself is not locked: from another address it logs in.
    assert log_in(client, "lid", REMOTE_ADDR="10.1.1.2").status_code == 302


def test_lockout_message_is_dutch_and_says_when_to_try_again(client, member, settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    with freeze_time("2026-03-02 09:00:00"):  # 10:00 in Amsterdam
        response = fail(client, "lid", 6)
    text = response.content.decode()
    assert response.status_code == 429
    assert "Probeer het opnieuw na 10:15 uur (over 15 minuten)" in text
    assert response["Retry-After"] == str(15 * 60)


def test_lockout_ends_after_the_cool_off_period(client, member):
    with freeze_time("2026-03-02 09:00:00") as clock:
        fail(client, "lid", 5)
        assert log_in(client, "lid").status_code == 429
        clock.tick(timedelta(minutes=14))
        assert log_in(client, "lid").status_code == 429  # a try during the lockout renews it
        clock.tick(timedelta(minutes=16))
        assert log_in(client, "lid").status_code == 302


def test_lockout_limit_and_period_come_from_settings(client, member, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = timedelta(minutes=1)
    fail(client, "lid", 2)
    response = log_in(client, "lid")
    assert response.status_code == 429
    assert "over 1 minuten" in response.content.decode()


def test_wagtail_admin_login_leads_to_our_login_with_lockout(client, member):
    response = client.post("/admin/login/", {"username": "lid", "password": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")
    assert not AccessAttempt.objects.exists()  # nothing was checked there
    fail(client, "lid", 5)
    assert log_in(client, "lid").status_code == 429


def test_axes_reset_lifts_the_lockout(client, member):
    fail(client, "lid", 5)
    call_command("axes_reset", verbosity=0)
    assert log_in(client, "lid").status_code == 302


@pytest.mark.django_db
def test_admin_sees_lockouts_in_wagtail(client):
    from tests.factories import login_with_second_factor

    fail(client, "onbekend", 5, ip="10.2.2.2")
    admin = UserFactory(username="beheerder", is_superuser=True)
    login_with_second_factor(client, admin)
    response = client.get("/admin/accounts/blokkades/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "onbekend" in text and "10.2.2.2" in text and "geblokkeerd" in text
