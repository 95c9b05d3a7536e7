"""Team reflections: a separate view, never mixed into public search."""

from dataclasses import dataclass

import pytest

from search import scopes
from tests.factories import UserFactory


@dataclass
class FakeSession:
    """Stands in for reflections.models.ReflectionSession until that room exists."""

    pk: int
    summary: str

    def __str__(self):
        return f"Reflectie {self.pk}"

    def get_absolute_url(self):
        return f"/reflecties/{self.pk}/"

    def texts(self):
        return [("summary", self.summary)]


class FakeQuerySet(list):
    pass


@pytest.fixture
def team_provider(monkeypatch):
    sessions = {
        "anna": FakeQuerySet([FakeSession(1, "We bespraken het netwerkoverleg en de veiligheid.")]),
        "bram": FakeQuerySet([FakeSession(2, "Geheim: ons netwerkoverleg bij team B.")]),
    }
    monkeypatch.setattr(
        scopes, "readable_sessions_provider", lambda: lambda user: sessions.get(user.username, [])
    )
    return sessions


def test_team_search_needs_login(client, db):
    response = client.get("/zoeken/team/", {"q": "netwerk"})
    assert response.status_code == 302 and "/account/login/" in response.url


def test_team_scope_reads_only_own_team(client, corpus, team_provider):
    anna = UserFactory(username="anna")
    client.force_login(anna)
    html = client.get("/zoeken/team/", {"q": "netwerkoverleg"}).content.decode()
    assert "Reflectie 1" in html and "/reflecties/1/" in html
    assert "Reflectie 2" not in html and "team B" not in html


def test_reflections_never_appear_in_public_search(client, corpus, team_provider):
    data = client.get("/api/search", {"q": "netwerkoverleg"}).json()
    assert all("/reflecties/" not in r["url"] for r in data["results"])


def test_scope_unavailable_without_the_reflections_access_rule(client, db, monkeypatch):
    monkeypatch.setattr(scopes, "readable_sessions_provider", lambda: None)
    client.force_login(UserFactory(username="carla"))
    response = client.get("/zoeken/team/", {"q": "netwerk"})
    assert response.status_code == 200
    assert "nog niet beschikbaar" in response.content.decode()


def test_provider_is_the_reflections_access_rule(db):
    from reflections.access import readable_sessions

    assert scopes.readable_sessions_provider() is readable_sessions


def test_provider_is_none_without_the_reflections_room(db, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "reflections.access", None)  # import raises ImportError
    assert scopes.readable_sessions_provider() is None


def test_real_reflections_scope(client, corpus):
    """With the reflections room present: own team only, each shown session logged as read."""
    from reflections.models import ReadRecord
    from tests.reflections.factories import MembershipFactory, SessionFactory

    mine = MembershipFactory(user=UserFactory(username="dana"))
    other = MembershipFactory(user=UserFactory(username="eddy"))
    own = SessionFactory(team=mine.team, what_happened="Het netwerkoverleg liep goed.")
    SessionFactory(team=other.team, what_happened="Ander team: netwerkoverleg was lastig.")
    client.force_login(mine.user)
    html = client.get("/zoeken/team/", {"q": "netwerkoverleg"}).content.decode()
    assert f"/reflecties/{own.pk}/" in html
    assert "Ander team" not in html
    assert ReadRecord.objects.filter(user=mine.user, session=own).exists()
    public = client.get("/api/search", {"q": "netwerkoverleg liep goed"}).json()
    assert all("/reflecties/" not in r["url"] for r in public["results"])
