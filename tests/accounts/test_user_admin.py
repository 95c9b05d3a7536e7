"""An admin cannot set another person's password; what they do to a member's account is
logged and shown to the team's coordinator."""

from django.core import mail
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.factories import TOTPDeviceFactory, login_with_second_factor


def edit_form_data(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Voornaam",
        "last_name": user.last_name or "Achternaam",
        "is_active": "on" if user.is_active else "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_admin_user_editor_has_no_password_fields_for_someone_else(client, admin_user, member):
    login_with_second_factor(client, admin_user)
    page = client.get(f"/admin/users/edit/{member.pk}/").content.decode()
    assert 'name="password1"' not in page and 'name="password2"' not in page
    assert "Link voor nieuw wachtwoord sturen" in page


def test_posting_a_password_for_someone_else_changes_nothing(client, admin_user, member):
    login_with_second_factor(client, admin_user)
    old_hash = member.password
    data = edit_form_data(member, password1="overgenomen-123!", password2="overgenomen-123!")
    response = client.post(f"/admin/users/edit/{member.pk}/", data)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.password == old_hash
    assert not member.check_password("overgenomen-123!")


def test_admin_keeps_password_fields_for_their_own_account(client, admin_user):
    login_with_second_factor(client, admin_user)
    page = client.get(f"/admin/users/edit/{admin_user.pk}/").content.decode()
    assert 'name="password1"' in page


def test_admin_sends_a_reset_link_instead_and_it_is_logged(client, admin_user, member):
    login_with_second_factor(client, admin_user)
    response = client.post(f"/admin/accounts/{member.pk}/wachtwoordlink/")
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]
    assert "/account/wachtwoord/" in mail.outbox[0].body
    entry = ModelLogEntry.objects.get(action="accounts.password_reset_link")
    assert entry.object_id == str(member.pk) and entry.user == admin_user


def test_admin_resets_a_second_factor_and_it_is_logged(client, admin_user, editor):
    TOTPDeviceFactory(user=editor)
    login_with_second_factor(client, admin_user)
    confirm = client.get(f"/admin/accounts/{editor.pk}/tweede-factor/")
    assert "Tweede factor wissen" in confirm.content.decode()
    client.post(f"/admin/accounts/{editor.pk}/tweede-factor/")
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert ModelLogEntry.objects.filter(
        action="accounts.second_factor_reset", object_id=str(editor.pk), user=admin_user
    ).exists()


def test_editor_without_user_rights_cannot_reset_anothers_second_factor(client, editor, member):
    TOTPDeviceFactory(user=member)
    login_with_second_factor(client, editor)
    response = client.post(f"/admin/accounts/{member.pk}/tweede-factor/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail: refused
    assert TOTPDevice.objects.filter(user=member).exists()
    assert not ModelLogEntry.objects.filter(action="accounts.second_factor_reset").exists()


def test_coordinator_sees_what_an_admin_did_to_a_member(
    client, admin_user, member, coordinator, team
):
    login_with_second_factor(client, admin_user)
    client.post(
        f"/admin/users/edit/{member.pk}/", edit_form_data(member, is_active="")
    )  # deactivate
    client.post(f"/admin/accounts/{member.pk}/wachtwoordlink/")
    client.logout()
    login_with_second_factor(client, coordinator)
    team_page = client.get(f"/reflecties/team/{team.pk}/").content.decode()
    assert f"/reflecties/team/{team.pk}/accountbeheer/" in team_page
    page = client.get(f"/reflecties/team/{team.pk}/accountbeheer/").content.decode()
    assert "Account uitgezet" in page
    assert "Link voor nieuw wachtwoord gestuurd" in page
    assert page.count("door beheerder") == 3  # edit, deactivate, link: each names the admin


def test_account_changes_page_is_for_the_coordinator_only(client, member, coordinator, team):
    login_with_second_factor(client, member)
    assert client.get(f"/reflecties/team/{team.pk}/accountbeheer/").status_code == 404


def test_bulk_deactivation_is_logged(client, admin_user, member):
    login_with_second_factor(client, admin_user)
    url = f"/admin/bulk/auth/user/set_active_state/?id={member.pk}"
    client.post(url, {"mark_as_active": "False"})
    member.refresh_from_db()
    assert not member.is_active
    assert ModelLogEntry.objects.filter(
        action="accounts.bulk_action", object_id=str(member.pk)
    ).exists()
