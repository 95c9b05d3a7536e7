import datetime

import pytest

from reflections.aggregates import public_count, section_usage
from reflections.models import GuidanceLink
from tests.factories import GuidancePageFactory, section
from tests.reflections.factories import LessonFactory, SessionFactory, TeamFactory


@pytest.mark.parametrize(
    "sessions,teams,shown",
    [
        (0, 0, None),
        (9, 5, None),  # too few sessions
        (40, 2, None),  # too few teams
        (10, 3, 10),
        (12, 3, 10),
        (13, 4, 15),
        (17, 3, 15),
        (18, 3, 20),
        (101, 9, 100),
    ],
)
def test_small_counts_are_suppressed_and_shown_counts_rounded_to_5(sessions, teams, shown):
    assert public_count(sessions, teams) == shown


@pytest.fixture
def guidance(site_tree):

    return GuidancePageFactory(
        title="Werken aan veiligheid",
        sections=[("section", section("Directe veiligheid", "directe-veiligheid"))],
    )


def link_sessions(page, n, teams, date):
    for i in range(n):
        s = SessionFactory(team=teams[i % len(teams)], date=date)
        GuidanceLink.objects.create(session=s, page=page, anchor="directe-veiligheid")


def test_section_usage_counts_the_last_12_months_only(guidance):
    today = datetime.date(2026, 6, 1)
    teams = [TeamFactory() for _ in range(3)]
    link_sessions(guidance, 9, teams, today - datetime.timedelta(days=30))
    link_sessions(guidance, 5, teams, today - datetime.timedelta(days=400))
    assert section_usage(guidance, "directe-veiligheid", today=today) is None
    link_sessions(guidance, 3, teams, today - datetime.timedelta(days=10))
    assert section_usage(guidance, "directe-veiligheid", today=today) == 10


def test_guidance_section_shows_in_de_praktijk_with_approved_lessons(client, guidance):
    LessonFactory(
        text="Maak het netwerk vanaf dag één deel van het plan.",
        status="goedgekeurd",
        page=guidance,
        anchor="directe-veiligheid",
    )
    LessonFactory(text="Een voorgestelde les.", page=guidance, anchor="directe-veiligheid")
    html = client.get(guidance.url).content.decode()
    assert "In de praktijk" in html
    assert "Minder dan 10" in html
    assert "Maak het netwerk vanaf dag één deel van het plan." in html
    assert "Een voorgestelde les." not in html


def test_guidance_section_shows_a_rounded_count(client, guidance):
    teams = [TeamFactory() for _ in range(4)]
    link_sessions(guidance, 13, teams, datetime.date.today())
    html = client.get(guidance.url).content.decode()
    assert "Ongeveer 15 reflecties" in html
