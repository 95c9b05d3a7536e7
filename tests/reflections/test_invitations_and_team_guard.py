"""Invitations are personal, joining is in the read log, team names pass the privacy guard."""

from django.urls import reverse

from reflections import access
from reflections.models import Invitation, Membership, ReadRecord, Team
from tests.factories import UserFactory, login_with_second_factor


def _invite(team, coordinator, email="uitgenodigd@example.org"):
    return Invitation.objects.create(team=team, email=email, invited_by=coordinator)


def test_invitation_link_is_refused_for_an_account_with_another_email(client, team, coordinator):
    invitation = _invite(team, coordinator)
    link = reverse("reflections:accept", args=[invitation.token])
    stranger = UserFactory(username="heeftdelink", email="iemand-anders@example.org")
    login_with_second_factor(client, stranger)
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 403
        body = response.content.decode()
        assert "verstuurd naar een ander e-mailadres" in body
        assert "uitgenodigd@example.org" not in body  # the invited address is not revealed
    assert not access.can_write(stranger, team)
    assert not Membership.objects.filter(user=stranger, team=team).exists()
    invitation.refresh_from_db()
    assert invitation.is_open  # still usable by the invited person


def test_account_without_email_cannot_use_an_invitation(client, team, coordinator):
    invitation = _invite(team, coordinator)
    login_with_second_factor(client, UserFactory(username="zonder-adres", email=""))
    assert client.post(reverse("reflections:accept", args=[invitation.token])).status_code == 403
    assert team.memberships.count() == 1


def test_joining_is_recorded_in_the_read_log_and_shown_to_the_coordinator(
    client, team, coordinator
):
    invitation = _invite(team, coordinator)
    newcomer = UserFactory(
        username="nieuw-lid", first_name="Nina", last_name="Nieuw", email="UITGENODIGD@example.org"
    )
    login_with_second_factor(client, newcomer)
    client.post(reverse("reflections:accept", args=[invitation.token]))
    assert access.can_write(newcomer, team)
    record = ReadRecord.objects.get(team=team)
    assert (record.user, record.action) == (newcomer, ReadRecord.Action.JOINED)
    login_with_second_factor(client, coordinator)
    body = client.get(reverse("reflections:audit", args=[team.pk])).content.decode()
    assert "Lid geworden via uitnodiging" in body and "Nina Nieuw" in body


def test_team_name_with_a_person_name_is_refused_with_the_finding(client, db):
    login_with_second_factor(client, UserFactory())
    response = client.post(
        reverse("reflections:team_create"),
        {"name": "Team van Piet Jansen", "organisation": "Bel 0612345678"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Niet opgeslagen: mogelijk herkenbare gegevens" in body
    assert "<mark>Piet Jansen</mark>" in body and "<mark>0612345678</mark>" in body
    assert not Team.objects.exists()


def test_team_model_refuses_identifying_text_outside_the_form(db):
    import pytest

    from reflections.screening import PrivacyError

    with pytest.raises(PrivacyError):
        Team.objects.create(name="Gezin De Vries")
    assert not Team.objects.exists()


def test_public_lesson_links_its_guidance_only_while_that_page_is_public(client, site_tree):
    from wagtail.models import PageViewRestriction

    from reflections.models import Lesson
    from tests.factories import GuidancePageFactory
    from tests.reflections.factories import LessonFactory

    guide = GuidancePageFactory(title="Besloten kader")
    LessonFactory(page=guide, status=Lesson.Status.APPROVED)
    assert "Besloten kader" in client.get("/reflecties/lessen/").content.decode()
    PageViewRestriction.objects.create(page=guide, restriction_type="login")
    body = client.get("/reflecties/lessen/").content.decode()
    assert "Betrek het netwerk" in body and "Besloten kader" not in body
