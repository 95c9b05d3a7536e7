import factory

from reflections.models import (
    AgreedAction,
    Lesson,
    Membership,
    ReflectionSession,
    Team,
)
from tests.factories import UserFactory


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Testteam {n}")
    organisation = "Testorganisatie"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    role = Membership.Role.MEMBER


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReflectionSession

    team = factory.SubFactory(TeamFactory)
    method = "aar"
    what_happened = "Het veiligheidsplan kwam op tijd, maar niet iedereen wist ervan."
    what_expected = "Een gedragen plan binnen een dag."  # the AAR's step "Wat was de bedoeling?"
    lessons = "Spreek af wie welke betrokkene informeert."
    answers = factory.LazyFunction(dict)  # the AAR's steps all live in the fields above


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreedAction

    session = factory.SubFactory(SessionFactory)
    description = "Het format van het veiligheidsplan aanpassen."


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lesson

    team = factory.SubFactory(TeamFactory)
    text = "Betrek het netwerk vanaf de eerste dag bij het veiligheidsplan."
