"""Every input that gave a 500 on main now gets a 400 (or 404) with a reason, never a 5xx."""

import pytest
from django.urls import reverse

from learning.models import PilotPage
from reflections.models import Membership
from tests.factories import login_with_second_factor
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

HUGE = "99999999999999999999"

BAD_QUERIES = [
    ("/api/research", {"page": HUGE}, 400),
    ("/api/pilots", {"page": HUGE}, 400),
    *[
        (url, {"year": year}, 400)
        for url in (
            "/api/pilots",
            "/api/research",
            "/pilots/",
            "/onderzoek/",
            "/pilots/export.csv",
            "/onderzoek/export.csv",
        )
        for year in ("10000", HUGE, "²", "-5")
    ],
    ("/api/v2/pages/", {"search": "\x00abc"}, 200),
    ("/api/v2/pages/", {"search": 'a"'}, 200),
    ("/api/v2/pages/", {"search": "(a OR b*) NEAR/2 -c:d"}, 200),
    ("/api/v2/pages/", {"offset": HUGE}, 400),
    ("/api/v2/pages/", {"limit": HUGE}, 400),
    ("/api/v2/pages/", {"child_of": HUGE}, 400),
    ("/api/v2/pages/", {"descendant_of": HUGE}, 400),
    ("/api/v2/pages/", {"id": HUGE}, 400),
    ("/api/v2/pages/find/", {"id": HUGE}, 400),
    (f"/api/v2/pages/{HUGE}/", {}, 404),
    ("/api/search", {"page": HUGE, "q": "netwerk"}, 400),
]


@pytest.fixture
def pages(learning_site):
    publish(PilotPageFactory(title="Vast gezicht"))
    publish(ResearchSummaryPageFactory(title="Studie"))
    return learning_site


@pytest.mark.parametrize(("url", "params", "status"), BAD_QUERIES)
def test_bad_query_parameter_gets_a_clear_answer(client, pages, url, params, status):
    response = client.get(url, params)
    assert response.status_code == status
    if status == 400 and url.startswith("/api/") and "/v2/" not in url:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and next(iter(params)) in detail


def test_bad_year_on_a_page_names_the_parameter_in_dutch(client, pages):
    response = client.get("/pilots/", {"year": "10000"})
    assert response.status_code == 400
    assert "year" in response.content.decode() and "tussen 1900 en 2100" in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "path",
    [
        f"/reflecties/team/{HUGE}/",
        f"/reflecties/team/{HUGE}/leden/",
        f"/reflecties/{HUGE}/",
        f"/reflecties/{HUGE}/bewerken/",
    ],
)
def test_an_id_too_large_for_the_database_is_not_found(client, member, path):
    login_with_second_factor(client, member)
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("value", ["²", "١٢", HUGE, "-1", "1.0", ""])
def test_coordinator_posts_with_odd_digits_are_not_found(client, team, coordinator, value):
    login_with_second_factor(client, coordinator)
    members = reverse("reflections:members", args=[team.pk])
    assert client.post(members, {"action": "role", "membership": value}).status_code == 404
    revoke = client.post(members, {"action": "revoke", "invitation": value, "confirm": "1"})
    assert revoke.status_code == 404  # like the other ids (it was a silent redirect before)
    review = reverse("reflections:lesson_review", args=[team.pk])
    assert client.post(review, {"lesson": value, "decision": "approve"}).status_code == 404
    assert Membership.objects.filter(team=team).count() == 1


def test_atom_feed_survives_a_control_character_already_stored(client, pages):
    pilot = PilotPage.objects.get(title="Vast gezicht")
    # Straight into the database, as rows written before input was cleaned may be
    # (PostgreSQL refuses NUL itself, so the other control characters here).
    PilotPage.objects.filter(pk=pilot.pk).update(title="Vast\x01 gezicht\x0b", summary="a\x1fb")
    response = client.get("/pilots/feed.atom")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Vast gezicht" in body and "\x01" not in body and "\x0b" not in body


def test_privacy_check_refuses_an_empty_text(client):
    for text in ("", "   \n"):
        response = client.post(
            "/api/privacy/check", {"text": text}, content_type="application/json"
        )
        assert response.status_code == 400
        assert "leeg" in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"principle": "ZZ"}, "basisprincipe"),
        ({"theme": "bestaat-niet"}, "thema"),
        ({"region": "nergens"}, "regio"),
        ({"status": "bogus"}, "status"),
        ({"year": "abc"}, "year"),
        ({"page": "0"}, "page"),
    ],
)
def test_api_errors_have_one_dutch_shape(client, pages, params, word):
    response = client.get("/api/pilots", params)
    assert response.status_code == 400
    assert set(response.json()) == {"detail"}
    assert word in response.json()["detail"]
