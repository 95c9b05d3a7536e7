"""Destructive actions ask first ("Weet u het zeker?", without JavaScript), and an open action
is closed from the team page by the team's members only."""

import pytest
from django.urls import reverse

from reflections import access
from reflections.models import AgreedAction, Invitation, Membership
from tests.factories import UserFactory, login_with_second_factor
from tests.reflections.factories import ActionFactory, MembershipFactory


@pytest.fixture
def as_coordinator(client, coordinator):
    login_with_second_factor(client, coordinator)
    return client


def test_leaving_asks_first_and_a_get_or_a_bare_post_does_not_leave(client, member, team):
    client.force_login(member)
    url = reverse("reflections:leave", args=[team.pk])
    for response in (client.get(url), client.post(url)):
        html = response.content.decode()
        assert response.status_code == 200
        assert "Weet u het zeker?" in html
        assert "niet meer lezen" in html  # what will happen
        assert 'name="confirm" value="1"' in html and "csrfmiddlewaretoken" in html
        assert f'href="{reverse("reflections:team", args=[team.pk])}"' in html  # the way back
    assert access.can_write(member, team)


def test_leaving_with_the_confirmation_leaves(client, member, team):
    client.force_login(member)
    response = client.post(reverse("reflections:leave", args=[team.pk]), {"confirm": "1"})
    assert response.status_code == 302 and response.url == reverse("reflections:home")
    assert not access.can_write(member, team)


def test_the_only_coordinator_is_told_why_and_gets_no_button(as_coordinator, team):
    url = reverse("reflections:leave", args=[team.pk])
    html = as_coordinator.get(url).content.decode()
    assert "U bent de enige coördinator" in html and 'name="confirm"' not in html
    as_coordinator.post(url, {"confirm": "1"})
    assert Membership.objects.filter(team=team, role="coordinator").exists()


def test_the_team_page_links_to_the_question_instead_of_leaving(client, member, team):
    client.force_login(member)
    html = client.get(reverse("reflections:team", args=[team.pk])).content.decode()
    assert f'href="{reverse("reflections:leave", args=[team.pk])}"' in html
    assert f'action="{reverse("reflections:leave", args=[team.pk])}"' not in html


def test_removing_a_member_asks_first(as_coordinator, team, member):
    m = Membership.objects.get(user=member)
    confirm_url = reverse("reflections:remove_member", args=[team.pk, m.pk])
    members_url = reverse("reflections:members", args=[team.pk])
    assert confirm_url in as_coordinator.get(members_url).content.decode()
    html = as_coordinator.get(confirm_url).content.decode()
    assert "Weet u het zeker?" in html and "Ja, uit het team halen" in html
    assert f'action="{members_url}"' in html and f'name="membership" value="{m.pk}"' in html
    assert access.can_write(member, team)
    # The old form, posted without the confirmation, only leads to the question.
    response = as_coordinator.post(members_url, {"action": "remove", "membership": m.pk})
    assert response.status_code == 302 and response.url == confirm_url
    assert access.can_write(member, team)
    as_coordinator.post(members_url, {"action": "remove", "membership": m.pk, "confirm": "1"})
    assert not access.can_write(member, team)


def test_the_remove_question_is_for_coordinators_of_that_team_only(client, team, member, outsider):
    m = Membership.objects.get(user=member)
    url = reverse("reflections:remove_member", args=[team.pk, m.pk])
    for user in (member, outsider):
        client.force_login(user)
        assert client.get(url).status_code == 404
    other_team = Membership.objects.get(user=outsider).team_id
    coordinator = MembershipFactory(team_id=other_team, role="coordinator").user
    login_with_second_factor(client, coordinator)
    assert (
        client.get(reverse("reflections:remove_member", args=[other_team, m.pk])).status_code == 404
    )
    assert client.post(url).status_code == 405  # the question itself never acts


def test_revoking_an_invitation_asks_first(as_coordinator, team, coordinator):
    invitation = Invitation.objects.create(team=team, email="x@example.org", invited_by=coordinator)
    members_url = reverse("reflections:members", args=[team.pk])
    confirm_url = reverse("reflections:revoke_invitation", args=[team.pk, invitation.pk])
    assert confirm_url in as_coordinator.get(members_url).content.decode()
    html = as_coordinator.get(confirm_url).content.decode()
    assert "Weet u het zeker?" in html and "x@example.org" in html
    response = as_coordinator.post(members_url, {"action": "revoke", "invitation": invitation.pk})
    assert response.url == confirm_url and Invitation.objects.exists()
    as_coordinator.post(
        members_url, {"action": "revoke", "invitation": invitation.pk, "confirm": "1"}
    )
    assert not Invitation.objects.exists()


# Closing an action from the team page


def test_a_member_closes_an_action_from_the_team_page(client, member, session):
    action = ActionFactory(session=session)
    client.force_login(member)
    team_url = reverse("reflections:team", args=[session.team_id])
    close_url = reverse("reflections:close_action", args=[action.pk])
    html = client.get(team_url).content.decode()
    assert f'action="{close_url}"' in html and "Afgerond" in html
    response = client.post(close_url, follow=True)
    assert response.redirect_chain == [(team_url, 302)]
    assert "De afspraak is afgerond." in response.content.decode()
    action.refresh_from_db()
    assert action.status == AgreedAction.Status.DONE and action.closed is not None
    assert f'action="{close_url}"' not in response.content.decode()  # no longer open


def test_closing_needs_a_post_and_membership_of_the_team(client, session, outsider, editor):
    action = ActionFactory(session=session)
    url = reverse("reflections:close_action", args=[action.pk])
    assert client.post(url).status_code == 302  # anonymous: to the login
    for user in (outsider, editor, UserFactory(is_staff=True, is_superuser=True)):
        login_with_second_factor(client, user)
        assert client.post(url).status_code == 404
    client.force_login(session.created_by)
    assert client.get(url).status_code == 405
    assert client.post(reverse("reflections:close_action", args=[999999])).status_code == 404
    action.refresh_from_db()
    assert action.status == AgreedAction.Status.OPEN


def test_closing_twice_says_it_was_already_done(client, member, session):
    action = ActionFactory(session=session, status=AgreedAction.Status.DONE)
    client.force_login(member)
    response = client.post(reverse("reflections:close_action", args=[action.pk]), follow=True)
    assert "Deze afspraak was al afgerond." in response.content.decode()
