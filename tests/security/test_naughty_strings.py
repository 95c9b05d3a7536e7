"""Naughty strings and XSS vectors through every query parameter and every free-text field.

No answer may be a 5xx, and no vector may come back unescaped in an HTML page. To keep the
run short, every naughty string goes into one target in turn (a parameter of the URL, a form
of the role) and every XSS vector into every target.
"""

import pytest
from django.urls import reverse

from reflections.methods import METHODS
from reflections.models import Membership
from tests.factories import UserFactory, login_with_second_factor
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish
from tests.reflections.factories import LessonFactory, MembershipFactory, SessionFactory

from .vectors import NAUGHTY, XSS

FILTERS = ["principle", "theme", "level", "region"]
PUBLIC = {
    "/zoeken/": ["q", "type", *FILTERS, "year", "page"],
    "/pilots/": [*FILTERS, "status", "year", "page"],
    "/onderzoek/": [*FILTERS, "year", "page"],
    "/pilots/export.csv": [*FILTERS, "status", "year"],
    "/onderzoek/export.csv": [*FILTERS, "year"],
    "/onderzoek/evidence-map/": ["kolommen", "weergave", "region", "level"],
    "/onderzoek/evidence-map/lijst/": FILTERS,
    "/api/search": ["q", "type", *FILTERS, "year", "page"],
    "/api/search/autocomplete": ["q"],
    "/api/pilots": [*FILTERS, "status", "year", "page"],
    "/api/research": [*FILTERS, "year", "page"],
    "/api/v2/pages/": ["search", "type", "fields", "order", "offset", "limit", "child_of",
                       "slug", "title", "locale"],
    "/api/v2/pages/find/": ["html_path", "id"],
}  # fmt: skip
SIGNED_IN = {"/zoeken/team/": ["q"], "/reflecties/lessen/": ["principle", "theme", "level"]}


def spread(targets: list):
    """(target, text): each naughty string to one target in turn, each XSS vector to all."""
    for i, text in enumerate(NAUGHTY):
        if text not in XSS:
            yield targets[i % len(targets)], text
    for text in XSS:
        for target in targets:
            yield target, text


def requests_for(params: list[str]):
    for name, text in spread(params):
        yield {name: text}


def assert_answered_safely(response, sent):
    assert response.status_code < 500, (sent, response.status_code)
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode()
        for text in sent.values():
            if text in XSS and "<" in text:  # markup must come back escaped
                assert text not in body, (sent, "unescaped in the page")
            if text.startswith(("javascript:", "data:")):  # and never become a link
                assert f'href="{text}' not in body and f'src="{text}' not in body, sent


@pytest.fixture
def content(learning_site):
    publish(PilotPageFactory(title="Vast gezicht"))
    publish(ResearchSummaryPageFactory(title="Studie"))


@pytest.mark.parametrize("url", list(PUBLIC))
def test_public_query_parameters_survive_naughty_strings(client, content, url):
    for params in requests_for(PUBLIC[url]):
        assert_answered_safely(client.get(url, params), params)


@pytest.mark.parametrize("url", list(SIGNED_IN))
def test_signed_in_query_parameters_survive_naughty_strings(client, content, member, url):
    login_with_second_factor(client, member)
    for params in requests_for(SIGNED_IN[url]):
        assert_answered_safely(client.get(url, params), params)


def _session_post(method, text: str) -> dict:
    data = {
        "date": "2026-03-02",
        "phase": "directe-veiligheid",
        **{f: text for f in ("what_happened", "what_expected", "dilemma", "analysis", "lessons")},
        **{f"prompt_{p.key}": text for p in method.own_prompts if not p.scale},
        "actie-TOTAL_FORMS": "1",
        "actie-INITIAL_FORMS": "0",
        "actie-MIN_NUM_FORMS": "0",
        "actie-MAX_NUM_FORMS": "10",
        "actie-0-description": text,
    }
    return data


def test_team_reflection_forms_survive_naughty_strings(client, team, member):
    """Every method's form (its own prompts), editing a reflection and proposing a lesson."""
    login_with_second_factor(client, member)
    session = SessionFactory(team=team, created_by=member)
    forms = [(reverse("reflections:session_create", args=[team.pk, m.code]), m) for m in METHODS]
    forms.append((reverse("reflections:session_edit", args=[session.pk]), session.method))
    forms.append((reverse("reflections:lesson_propose", args=[session.pk]), None))
    for (url, method), text in spread(forms):
        if method is None:
            data = {"text": text, "level": text, "section": text}
        else:
            data = _session_post(next(m for m in METHODS if method in (m, m.code)), text)
        assert_answered_safely(client.post(url, data), {"text": text})


def test_coordinator_forms_survive_naughty_strings(client, team, coordinator):
    login_with_second_factor(client, coordinator)
    other = MembershipFactory(team=team, user=UserFactory(username="collega"))
    lesson = LessonFactory(team=team, proposed_by=coordinator)
    members = reverse("reflections:members", args=[team.pk])
    review = reverse("reflections:lesson_review", args=[team.pk])
    create = reverse("reflections:team_create")
    posts = [
        (members, lambda t: {"action": "invite", "email": t}),
        (members, lambda t: {"action": "role", "membership": other.pk, "role": t}),
        (members, lambda t: {"action": t, "membership": t, "invitation": t}),
        (review, lambda t: {"lesson": lesson.pk, "decision": t, "reason": t}),
        (create, lambda t: {"name": t, "organisation": t, "level": t, "region": t}),
    ]
    for (url, data), text in spread(posts):
        assert_answered_safely(client.post(url, data(text)), {"t": text})
    assert Membership.objects.get(pk=other.pk).role == Membership.Role.MEMBER


@pytest.mark.django_db  # the check reads the editors' allow-list
def test_privacy_check_survives_naughty_strings(client):
    for text in NAUGHTY:
        response = client.post(
            "/api/privacy/check", {"text": text}, content_type="application/json"
        )
        # Only blank text is refused (with a Dutch reason); every other string is checked.
        expected = 400 if not text.strip() else 200
        assert response.status_code == expected, text
        if expected == 400:
            assert response.json()["detail"].startswith("Het veld 'text' is leeg"), text
