"""Team reflections: a separate view, never mixed into public search."""

import pytest
from wagtail import hooks

from cms.hooks import TEAM_SEARCH_PROVIDER
from search import scopes
from tests.factories import UserFactory


def test_team_search_needs_login(client, db):
    response = client.get("/zoeken/team/", {"q": "netwerk"})
    assert response.status_code == 302 and "/account/login/" in response.url


@pytest.fixture
def no_provider(monkeypatch):
    hooks.get_hooks(TEAM_SEARCH_PROVIDER)  # let Wagtail load every wagtail_hooks.py first
    monkeypatch.setitem(hooks._hooks, TEAM_SEARCH_PROVIDER, [])


def test_scope_unavailable_without_a_team_search_provider(client, db, no_provider):
    client.force_login(UserFactory(username="carla"))
    response = client.get("/zoeken/team/", {"q": "netwerk"})
    assert response.status_code == 200
    assert "nog niet beschikbaar" in response.content.decode()


def test_the_reflections_room_provides_its_access_rule_and_read_log(db):
    from reflections.access import readable_sessions
    from reflections.audit import record_reads

    provider = scopes.team_search_provider()
    assert provider.readable_sessions is readable_sessions
    assert provider.record_reads is record_reads


def test_real_reflections_scope(client, corpus):
    """Own team only, each shown session logged as read, never in public search."""
    from reflections.models import ReadRecord
    from tests.reflections.factories import MembershipFactory, SessionFactory

    mine = MembershipFactory(user=UserFactory(username="dana"))
    other = MembershipFactory(user=UserFactory(username="eddy"))
    own = SessionFactory(team=mine.team, what_happened="Het netwerkoverleg liep goed.")
    theirs = SessionFactory(team=other.team, what_happened="Ander team: netwerkoverleg was lastig.")
    client.force_login(mine.user)
    html = client.get("/zoeken/team/", {"q": "netwerkoverleg"}).content.decode()
    assert f"/reflecties/{own.pk}/" in html
    assert "Ander team" not in html and f"/reflecties/{theirs.pk}/" not in html
    assert ReadRecord.objects.filter(user=mine.user, session=own).exists()
    assert not ReadRecord.objects.filter(user=mine.user, session=theirs).exists()
    public = client.get("/api/search", {"q": "netwerkoverleg liep goed"}).json()
    assert all("/reflecties/" not in r["url"] for r in public["results"])


def test_nothing_is_logged_when_nothing_matches(client, corpus):
    from reflections.models import ReadRecord
    from tests.reflections.factories import MembershipFactory, SessionFactory

    mine = MembershipFactory(user=UserFactory(username="fien"))
    SessionFactory(team=mine.team, what_happened="Het netwerkoverleg liep goed.")
    client.force_login(mine.user)
    html = client.get("/zoeken/team/", {"q": "huisbezoek"}).content.decode()
    assert "0 reflecties" in html
    assert not ReadRecord.objects.filter(user=mine.user).exists()
