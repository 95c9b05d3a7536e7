from wagtail import hooks

from reflections import access
from reflections.models import ReflectionSession, Team


def test_demo_team_with_logins_and_clean_reflections(db):
    from django.contrib.auth import authenticate

    from cms.setup import setup_site

    home = setup_site()
    for _run in range(2):  # idempotent
        for add_demo in hooks.get_hooks("load_demo"):
            add_demo(home)
    team = Team.objects.get(name="Demoteam Wijkteam Noord")
    member = authenticate(username="teamlid", password="demo-teamlid")
    coordinator = authenticate(username="coordinator", password="demo-coordinator")
    assert access.can_write(member, team) and not access.can_manage(member, team)
    assert access.can_manage(coordinator, team)
    assert ReflectionSession.objects.filter(team=team).count() == 2
