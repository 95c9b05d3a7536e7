from cms.signals import demo_site_ready
from reflections import access
from reflections.models import ReflectionSession, Team


def test_demo_team_with_logins_and_clean_reflections(site_tree):
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    login = RequestFactory().post("/account/login/")  # django-axes checks each login's request

    demo_site_ready.send(sender=None, home=site_tree)
    demo_site_ready.send(sender=None, home=site_tree)  # idempotent
    team = Team.objects.get(name="Demoteam Wijkteam Noord")
    member = authenticate(login, username="teamlid", password="demo-teamlid")
    coordinator = authenticate(login, username="coordinator", password="demo-coordinator")
    assert access.can_write(member, team) and not access.can_manage(member, team)
    assert access.can_manage(coordinator, team)
    assert ReflectionSession.objects.filter(team=team).count() == 2
