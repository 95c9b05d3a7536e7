import pytest
from django.urls import reverse

from reflections.models import Lesson
from tests.factories import PrincipleFactory, ThemeFactory, login_with_second_factor
from tests.reflections.factories import LessonFactory


def test_a_member_proposes_a_lesson_which_waits_for_approval(client, member, session):
    principle = PrincipleFactory(code="Q1")
    login_with_second_factor(client, member)
    response = client.post(
        reverse("reflections:lesson_propose", args=[session.pk]),
        {
            "text": "Betrek het netwerk vanaf dag één.",
            "level": "lokaal",
            "principles": [principle.pk],
        },
    )
    assert response.status_code == 302
    lesson = Lesson.objects.get()
    assert (lesson.status, lesson.team, lesson.session) == ("voorgesteld", session.team, session)
    assert list(lesson.principles.all()) == [principle]
    assert "Betrek het netwerk" not in client.get(reverse("reflections:lessons")).content.decode()


def test_a_lesson_with_a_finding_is_refused(client, member, session):
    login_with_second_factor(client, member)
    response = client.post(
        reverse("reflections:lesson_propose", args=[session.pk]),
        {"text": "Het ging mis toen de moeder van Sanne belde.", "level": ""},
    )
    assert response.status_code == 200
    assert "<mark>Sanne</mark>" in response.content.decode()
    assert not Lesson.objects.exists()


def test_coordinator_approves_and_the_lesson_becomes_public_without_team(client, coordinator, team):
    theme = ThemeFactory(name="Netwerk", slug="netwerk")
    lesson = LessonFactory(team=team, text="Vraag het netwerk wie wat doet.", level="lokaal")
    lesson.themes.add(theme)
    login_with_second_factor(client, coordinator)
    response = client.post(
        reverse("reflections:lesson_review", args=[team.pk]),
        {"lesson": lesson.pk, "decision": "approve"},
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.status == "goedgekeurd" and lesson.decided_by == coordinator
    client.logout()
    html = client.get(reverse("reflections:lessons")).content.decode()
    assert "Vraag het netwerk wie wat doet." in html and "Netwerk" in html
    assert team.name not in html
    filtered = client.get(reverse("reflections:lessons"), {"theme": "veiligheid"})
    assert "Vraag het netwerk" not in filtered.content.decode()
    filtered = client.get(reverse("reflections:lessons"), {"theme": "netwerk", "level": "lokaal"})
    assert "Vraag het netwerk" in filtered.content.decode()


def test_reject_and_bad_decisions(client, coordinator, team):
    lesson = LessonFactory(team=team)
    login_with_second_factor(client, coordinator)
    url = reverse("reflections:lesson_review", args=[team.pk])
    client.post(url, {"lesson": lesson.pk, "decision": "maybe"})
    lesson.refresh_from_db()
    assert lesson.status == "voorgesteld"
    client.post(url, {"lesson": lesson.pk, "decision": "reject"})
    lesson.refresh_from_db()
    assert lesson.status == "afgewezen"
    assert client.post(url, {"lesson": "abc", "decision": "approve"}).status_code == 404


@pytest.mark.parametrize("who", ["member", "outsider"])
def test_only_the_coordinator_of_the_team_decides(client, request, team, who):
    lesson = LessonFactory(team=team)
    login_with_second_factor(client, request.getfixturevalue(who))
    response = client.post(
        reverse("reflections:lesson_review", args=[team.pk]),
        {"lesson": lesson.pk, "decision": "approve"},
    )
    assert response.status_code == 404
    lesson.refresh_from_db()
    assert lesson.status == "voorgesteld"


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({}, ["Lokaal netwerk", "Landelijke les"]),
        ({"level": "lokaal"}, ["Lokaal netwerk"]),
        ({"level": "wereld"}, ["Lokaal netwerk", "Landelijke les"]),  # unknown level: ignored
        ({"theme": "netwerk"}, ["Lokaal netwerk"]),
        ({"theme": "bestaat-niet"}, []),  # unknown theme: nothing, never a 500
        ({"principle": "ZZ9"}, []),
    ],
)
def test_the_public_pool_filters(client, team, params, shown):
    theme = ThemeFactory(name="Netwerk", slug="netwerk")
    for text, level in (("Lokaal netwerk", "lokaal"), ("Landelijke les", "landelijk")):
        lesson = LessonFactory(team=team, text=text, level=level, status=Lesson.Status.APPROVED)
        if level == "lokaal":
            lesson.themes.add(theme)
    response = client.get(reverse("reflections:lessons"), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert [text for text in ("Lokaal netwerk", "Landelijke les") if text in html] == shown


def test_the_pool_uses_the_last_of_a_repeated_parameter(client, team):
    LessonFactory(team=team, text="Alleen lokaal.", level="lokaal", status=Lesson.Status.APPROVED)
    url = reverse("reflections:lessons")
    assert "Alleen lokaal." in client.get(f"{url}?level=landelijk&level=lokaal").content.decode()
    html = client.get(f"{url}?level=lokaal&level=landelijk").content.decode()
    assert "Alleen lokaal." not in html and '<option value="landelijk" selected>' in html
