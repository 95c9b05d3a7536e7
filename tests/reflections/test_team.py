from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from reflections import access
from reflections.models import Invitation, Membership, Team
from tests.factories import UserFactory, login_with_second_factor


def test_anyone_logged_in_can_start_a_team_and_becomes_coordinator(client, db):
    user = UserFactory()
    login_with_second_factor(client, user)
    response = client.post(reverse("reflections:team_create"), {"name": "Team Zuid"})
    team = Team.objects.get()
    assert response.status_code == 302
    assert access.can_manage(user, team)


def test_invitation_by_link_makes_a_member_once(client, coordinator, team):
    login_with_second_factor(client, coordinator)
    response = client.post(
        reverse("reflections:members", args=[team.pk]),
        {"action": "invite", "email": "nieuw@example.org"},
    )
    invitation = Invitation.objects.get()
    link = reverse("reflections:accept", args=[invitation.token])
    assert link in response.content.decode()
    newcomer = UserFactory(username="nieuwkomer", email="Nieuw@example.org")
    login_with_second_factor(client, newcomer)
    assert client.get(link).status_code == 200
    client.post(link)
    assert access.can_write(newcomer, team) and not access.can_manage(newcomer, team)
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer
    other = UserFactory(username="meelezer")
    login_with_second_factor(client, other)
    assert client.get(link).status_code == 404  # used once
    assert client.post(link).status_code == 404
    assert not access.can_write(other, team)


def test_expired_or_bad_invitations_do_nothing(client, team):
    expired = Invitation.objects.create(team=team, email="x@example.org", expires=timezone.now())
    login_with_second_factor(client, UserFactory())
    assert client.post(reverse("reflections:accept", args=[expired.token])).status_code == 404
    assert client.get(reverse("reflections:accept", args=["onzin"])).status_code == 404
    assert not Membership.objects.filter(team=team).exists()


def test_invalid_email_gives_a_form_error(client, coordinator, team):
    login_with_second_factor(client, coordinator)
    response = client.post(
        reverse("reflections:members", args=[team.pk]), {"action": "invite", "email": "geen"}
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_coordinator_changes_roles_and_removes_members(client, coordinator, member, team):
    login_with_second_factor(client, coordinator)
    url = reverse("reflections:members", args=[team.pk])
    m = Membership.objects.get(user=member)
    client.post(url, {"action": "role", "membership": m.pk, "role": "coordinator"})
    assert access.can_manage(member, team)
    client.post(url, {"action": "role", "membership": m.pk, "role": "onzin"})
    assert access.can_manage(member, team)
    client.post(url, {"action": "remove", "membership": m.pk, "confirm": "1"})
    assert not access.can_write(member, team)


def test_a_team_keeps_at_least_one_coordinator(client, coordinator, team):
    login_with_second_factor(client, coordinator)
    m = Membership.objects.get(user=coordinator)
    url = reverse("reflections:members", args=[team.pk])
    client.post(url, {"action": "role", "membership": m.pk, "role": "lid"})
    client.post(url, {"action": "remove", "membership": m.pk, "confirm": "1"})
    client.post(reverse("reflections:leave", args=[team.pk]), {"confirm": "1"})
    assert access.can_manage(coordinator, team)


def test_a_member_leaves_and_then_reads_nothing(client, member, session):
    login_with_second_factor(client, member)
    response = client.post(reverse("reflections:leave", args=[session.team_id]), {"confirm": "1"})
    assert response.status_code == 302
    assert not access.can_read(member, session)
    assert client.get(reverse("reflections:session", args=[session.pk])).status_code == 404


def test_anonymous_and_inactive_users_read_nothing(session, member):
    assert not access.readable_sessions(AnonymousUser()).exists()
    member.is_active = False
    member.save()
    assert not access.can_read(member, session)
