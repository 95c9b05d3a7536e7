"""Demo team, demo accounts and two clean demo reflections (invented, no family data)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.models import Level, Region

DEMO_TEAM = "Demoteam Wijkteam Noord"
DEMO_MEMBER = ("teamlid", "demo-teamlid")
DEMO_COORDINATOR = ("coordinator", "demo-coordinator")


def _user(username, password, first, last):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
    )
    if created:
        user.set_password(password)
        user.save()
    return user


def create_demo_team(home=None):
    """Registered as a `load_demo` hook (reflections/wagtail_hooks.py)."""
    from .models import AgreedAction, Membership, Phase, ReflectionSession, Team

    member = _user(*DEMO_MEMBER, "Demo", "Teamlid")
    coordinator = _user(*DEMO_COORDINATOR, "Demo", "Coördinator")
    team, created = Team.objects.get_or_create(
        name=DEMO_TEAM,
        defaults={
            "organisation": "Demo-organisatie",
            "level": Level.LOCAL,
            "region": Region.objects.filter(kind=Region.Kind.MUNICIPALITY).order_by("name").first(),
        },
    )
    Membership.objects.get_or_create(
        user=coordinator, team=team, defaults={"role": Membership.Role.COORDINATOR}
    )
    Membership.objects.get_or_create(user=member, team=team)
    if not created:
        return
    today = timezone.localdate()
    first = ReflectionSession.objects.create(
        team=team,
        date=today - timedelta(days=21),
        method="aar",
        phase=Phase.DIRECT,
        participant_roles=["wijkteammedewerker", "vt-medewerker", "teamleider"],
        what_happened=(
            "Na een melding hebben we binnen een dag een veiligheidsplan gemaakt met de ouders "
            "en het netwerk. De afspraken waren duidelijk, maar de school wist er niet van."
        ),
        # After Action Review: its four steps are these four fields (reflections/methods.py).
        what_expected=(
            "Binnen 24 uur een gedragen veiligheidsplan. We verwachtten dat het netwerk de "
            "school zelf zou informeren."
        ),
        analysis="We gingen ervan uit dat iemand anders het zou doen.",
        lessons=(
            "Spreek bij elk veiligheidsplan af wie welke betrokkene informeert: een vaste vraag "
            "in het plan, wie informeert wie?"
        ),
        created_by=coordinator,
    )
    AgreedAction.objects.create(
        session=first,
        description="Vraag 'wie informeert wie?' toevoegen aan ons format veiligheidsplan.",
        owner=member,
        due=today + timedelta(days=14),
    )
    ReflectionSession.objects.create(
        team=team,
        date=today - timedelta(days=7),
        method="signs_of_safety",
        phase=Phase.STABLE,
        participant_roles=["wijkteammedewerker", "gedragswetenschapper"],
        what_happened="We bespraken een gezin waar het na een crisis rustiger gaat.",
        dilemma="Wanneer bouwen we onze inzet af zonder dat de veiligheid terugvalt?",
        answers={
            "gaat_goed": "De ouders houden zich aan de afspraken; het netwerk is betrokken.",
            "zorgen": "Bij spanning over geld valt het oude patroon soms terug.",
            "moet_gebeuren": "Hulp bij geldzaken regelen voordat we afschalen.",
            "schaal": 6,
        },
        created_by=member,
    )
