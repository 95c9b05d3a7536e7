"""The second factor: required for admin users and coordinators, optional for members."""

import re

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import TOTPDeviceFactory, current_code

from .conftest import log_in


def setup_with_app(client):
    """Set up the second factor as a person would: read the key from the page, type a code."""
    page = client.get("/account/tweede-factor/")
    assert "<svg" in page.content.decode()  # the QR code, drawn on our own page
    device = TOTPDevice.objects.get(confirmed=False)
    key = re.search(r'<code class="otp-key">([A-Z2-7 ]+)</code>', page.content.decode())[1]
    assert key.replace(" ", "") in __import__("base64").b32encode(device.bin_key).decode()
    return client.post("/account/tweede-factor/", {"otp_token": current_code(device)})


@pytest.mark.parametrize("who", ["editor", "coordinator", "admin_user"])
def test_second_factor_is_required_for_admin_users_and_coordinators(client, who, request):
    user = request.getfixturevalue(who)
    response = log_in(client, user.username)
    assert response["Location"].startswith("/account/tweede-factor/")
    # Nothing else is reachable before it is set up.
    for url in ("/admin/", "/reflecties/"):
        blocked = client.get(url)
        assert blocked.status_code == 302
        assert blocked["Location"].startswith("/account/tweede-factor/")


def test_coordinator_pages_wait_for_the_second_factor(client, coordinator, team):
    log_in(client, "coord")
    response = client.get(f"/reflecties/team/{team.pk}/inzage/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/tweede-factor/")


def test_second_factor_is_optional_for_a_team_member(client, member):
    response = log_in(client, "lid")
    assert response["Location"] == "/"
    assert client.get("/reflecties/").status_code == 200
    account = client.get("/account/")
    assert "Tweede factor instellen" in account.content.decode()


def test_member_can_set_up_a_second_factor_and_then_must_use_it(client, member):
    log_in(client, "lid")
    response = setup_with_app(client)
    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    client.post("/account/logout/")
    assert log_in(client, "lid")["Location"].startswith("/account/code/")


def test_setup_then_login_with_a_real_totp_code(client, editor):
    log_in(client, editor.username, **{"QUERY_STRING": "next=/admin/"})
    setup_with_app(client)
    assert client.get("/admin/").status_code == 200
    client.post("/account/logout/")
    response = log_in(client, editor.username)
    assert response["Location"].startswith("/account/code/")
    assert client.get("/admin/").status_code == 302
    device = TOTPDevice.objects.get(user=editor)
    device.last_t = -1  # the set-up used this period's code; a new period's code is fresh
    device.save()
    response = client.post("/account/code/?next=/admin/", {"otp_token": current_code(device)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_wrong_code_is_refused_with_a_dutch_reason(client, editor):
    device = TOTPDeviceFactory(user=editor)
    log_in(client, editor.username)
    wrong = "000000" if current_code(device) != "000000" else "111111"
    response = client.post("/account/code/", {"otp_token": wrong})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_five_wrong_codes_lock_the_account(client, editor):
    device = TOTPDeviceFactory(user=editor)
    log_in(client, editor.username)
    wrong = "000000" if current_code(device) != "000000" else "111111"
    for _ in range(4):
        client.post("/account/code/", {"otp_token": wrong})
    response = client.post("/account/code/", {"otp_token": wrong})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session  # logged out
    assert log_in(client, editor.username).status_code == 429


def test_recovery_code_works_once(client, editor):
    log_in(client, editor.username)
    codes = re.findall(
        r"<li><code>([a-z2-7]+)</code></li>", setup_with_app(client).content.decode()
    )
    client.post("/account/logout/")
    log_in(client, editor.username)
    assert client.post("/account/code/", {"otp_token": codes[0]})["Location"] == "/"
    assert client.get("/admin/").status_code == 200
    client.post("/account/logout/")
    log_in(client, editor.username)
    again = client.post("/account/code/", {"otp_token": codes[0]})
    assert again.status_code == 200 and "Deze code klopt niet" in again.content.decode()
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_session_key_changes_at_login_and_at_the_code_step(client, editor):
    device = TOTPDeviceFactory(user=editor)
    client.get("/account/login/")
    before = client.cookies["csrftoken"] and client.session.session_key
    log_in(client, editor.username)
    after_password = client.session.session_key
    client.post("/account/code/", {"otp_token": current_code(device)})
    after_code = client.session.session_key
    assert len({before, after_password, after_code}) == 3
    assert client.get("/admin/").status_code == 200


def test_required_user_cannot_switch_the_second_factor_off(client, editor):
    from tests.factories import login_with_second_factor

    login_with_second_factor(client, editor)
    client.post("/account/tweede-factor/uitzetten/")
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_password_reset_link_does_not_skip_the_second_factor(client, editor):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    TOTPDeviceFactory(user=editor)
    uid = urlsafe_base64_encode(force_bytes(editor.pk))
    token = default_token_generator.make_token(editor)
    form = client.get(f"/account/wachtwoord/{uid}/{token}/", follow=True)
    new = "een-nieuw-lang-wachtwoord-42"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done["Location"] == "/account/wachtwoord/klaar/"
    assert "_auth_user_id" not in client.session
    assert log_in(client, editor.username, new)["Location"].startswith("/account/code/")
    assert client.get("/admin/").status_code == 302
