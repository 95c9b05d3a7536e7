"""Demo signals for the authors' view (issue 14, item 5): three invented teams whose
reflections link sections of the handelingskader, enough for one section to pass the
suppression rule and too few for another, and one approved lesson. No family data."""

from datetime import timedelta

from django.utils import timezone

from cms.models import GuidancePage, Level

from .feedback_demo import SLUG
from .models import GuidanceLink, Lesson, ReflectionSession, Team

TEAMS = ("Demoteam Wijkteam Zuid", "Demoteam Wijkteam Oost", "Demoteam Veiligheidsteam West")
# anchor -> number of sessions linking it: 13 is shown as "ongeveer 15", 4 stays hidden.
LINKS = {"samen-instappen": 13, "samen-analyseren": 4}
TEXT = "Demoreflectie: we bespraken hoe we samen instapten. Verzonnen tekst."
LESSON = "Bel het veiligheidsteam al bij de eerste zorg, ook als u nog twijfelt."


def create_demo_signals():
    page = GuidancePage.objects.filter(slug=SLUG).first()
    if page is None or Team.objects.filter(name=TEAMS[0]).exists():
        return
    teams = [
        Team.objects.create(name=name, organisation="Demo-organisatie", level=Level.LOCAL)
        for name in TEAMS
    ]
    today = timezone.localdate()
    for anchor, n in LINKS.items():
        for i in range(n):
            session = ReflectionSession.objects.create(
                team=teams[i % len(teams)],
                date=today - timedelta(days=10 + 20 * i),
                method="aar",
                what_happened=TEXT,
            )
            GuidanceLink.objects.create(session=session, page=page, anchor=anchor)
    Lesson.objects.create(
        team=teams[0],
        text=LESSON,
        page=page,
        anchor="samen-instappen",
        status=Lesson.Status.APPROVED,
        decided=timezone.now() - timedelta(days=5),
    )
