"""The permission matrix: member, coordinator, other team, editor, admin, anonymous."""

import pytest
from django.urls import reverse

from reflections import access
from tests.factories import login_with_second_factor

MEMBER, COORDINATOR, OUTSIDER, EDITOR, ADMIN, ANONYMOUS = (
    "member",
    "coordinator",
    "outsider",
    "editor",
    "admin",
    "anonymous",
)
ROLES = [MEMBER, COORDINATOR, OUTSIDER, EDITOR, ADMIN, ANONYMOUS]


@pytest.fixture
def users(member, coordinator, outsider, editor, admin_user_):
    return {
        MEMBER: member,
        COORDINATOR: coordinator,
        OUTSIDER: outsider,
        EDITOR: editor,
        ADMIN: admin_user_,
        ANONYMOUS: None,
    }


def client_for(client, users, role):
    if users[role] is not None:
        login_with_second_factor(client, users[role])
    return client


@pytest.mark.parametrize("role", ROLES)
def test_access_functions(users, role, team, session):
    from django.contrib.auth.models import AnonymousUser

    user = users[role] or AnonymousUser()
    reads = role in (MEMBER, COORDINATOR)
    assert access.can_read(user, session) is reads
    assert list(access.readable_sessions(user)) == ([session] if reads else [])
    assert access.can_manage(user, team) is (role == COORDINATOR)


# (url name, kwargs-builder, who gets 200)
PAGES = [
    ("reflections:session", lambda t, s: {"pk": s.pk}, {MEMBER, COORDINATOR}),
    ("reflections:session_edit", lambda t, s: {"pk": s.pk}, {MEMBER, COORDINATOR}),
    ("reflections:lesson_propose", lambda t, s: {"pk": s.pk}, {MEMBER, COORDINATOR}),
    ("reflections:team", lambda t, s: {"team_id": t.pk}, {MEMBER, COORDINATOR}),
    (
        "reflections:session_create",
        lambda t, s: {"team_id": t.pk, "method": "gibbs"},
        {MEMBER, COORDINATOR},
    ),
    ("reflections:members", lambda t, s: {"team_id": t.pk}, {COORDINATOR}),
    ("reflections:audit", lambda t, s: {"team_id": t.pk}, {COORDINATOR}),
    ("reflections:lesson_review", lambda t, s: {"team_id": t.pk}, {COORDINATOR}),
    ("reflections:export_md", lambda t, s: {"team_id": t.pk}, {COORDINATOR}),
    ("reflections:export_csv", lambda t, s: {"team_id": t.pk}, {COORDINATOR}),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,kwargs,allowed", PAGES, ids=[p[0] for p in PAGES])
def test_pages_answer_200_for_the_allowed_and_404_for_everyone_else(
    client, users, role, team, session, name, kwargs, allowed
):
    url = reverse(name, kwargs=kwargs(team, session))
    response = client_for(client, users, role).get(url)
    if role == ANONYMOUS:
        assert response.status_code == 302
        assert response["Location"].startswith("/account/login/")
    elif role in allowed:
        assert response.status_code == 200
    else:
        assert response.status_code == 404  # never 403: a URL does not reveal what exists


def test_private_pages_are_never_cached(client, member, session):
    login_with_second_factor(client, member)
    response = client.get(reverse("reflections:session", args=[session.pk]))
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_unknown_method_is_404(client, member, team):
    login_with_second_factor(client, member)
    url = reverse("reflections:session_create", args=[team.pk, "onbekend"])
    assert client.get(url).status_code == 404


def test_wagtail_admin_has_no_reflections(client, admin_user_, session):
    login_with_second_factor(client, admin_user_)
    for url in ("/admin/", "/admin/snippets/"):
        html = client.get(url).content.decode()
        assert "reflectionsession" not in html.lower()
        assert session.what_happened not in html
    from wagtail.snippets.models import get_snippet_models

    from reflections.allowlist import PrivacyAllowedTerm
    from reflections.models import Feedback

    # The reflections snippets are the privacy guard's allow-list (words) and feedback on
    # guidance (issue 14 item 4: guarded, without who gave it); no reflections.
    snippets = [m for m in get_snippet_models() if m._meta.app_label == "reflections"]
    assert sorted(snippets, key=str) == sorted([PrivacyAllowedTerm, Feedback], key=str)


def test_a_member_cannot_write_into_another_teams_session(client, outsider, session):
    login_with_second_factor(client, outsider)
    response = client.post(
        reverse("reflections:session_edit", args=[session.pk]),
        {"what_happened": "Overschreven.", "phase": "nvt", "date": "2026-01-01"},
    )
    assert response.status_code == 404
    session.refresh_from_db()
    assert session.what_happened != "Overschreven."
