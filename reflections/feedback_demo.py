"""Demo feedback (issue 14, item 4): the handelingskader open as a dialoogversie, and one
feedback item of the demo team member in each state. Invented texts, no family data."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.models import Consultation, GuidancePage

from .demo import DEMO_MEMBER
from .feedback_models import Feedback

SLUG = "handelingskader-lokaal-team-en-veiligheidsteam"

ITEMS = [
    (
        "samen-instappen",
        "In onze regio duurt het vaak een week voordat het veiligheidsteam kan aansluiten. "
        "Noem wat het lokaal team in die tijd al kan doen.",
        Feedback.State.RECEIVED,
        "",
    ),
    (
        "samen-analyseren",
        "Het zou helpen als er een voorbeeld staat van een gezamenlijke analyse, met de "
        "vragen die je samen langsloopt.",
        Feedback.State.CONSIDERING,
        "",
    ),
    (
        "samen-instappen",
        "'Een kort consult is veelal voldoende' is lastige taal. Schrijf gewoon dat een kort "
        "consult vaak al genoeg is.",
        Feedback.State.USED,
        "De tekst zegt nu: een kort consult is vaak al genoeg.",
    ),
    (
        "wie-doet-wat",
        "Zet een tabel met alle taken per organisatie in deze sectie.",
        Feedback.State.NOT_USED,
        "De taken verschillen per regio. De regionale werkafspraken staan in de kennisbank.",
    ),
]


def create_demo_feedback():
    page = GuidancePage.objects.filter(slug=SLUG).first()
    giver = get_user_model().objects.filter(username=DEMO_MEMBER[0]).first()
    if page is None or giver is None:
        return
    today = timezone.localdate()
    if not Consultation.objects.filter(page=page).exists():
        Consultation.objects.create(
            page=page, starts=today - timedelta(days=14), ends=today + timedelta(days=42)
        )
    if Feedback.objects.filter(page=page, giver=giver).exists():
        return
    # "Used in" the version after the first: the demo's 1.1 reworded "Samen instappen".
    versions = list(page.versions.order_by("major", "minor"))
    used_in = versions[1] if len(versions) > 1 else (versions[0] if versions else None)
    for days, (anchor, text, state, reason) in enumerate(ITEMS, start=1):
        if state == Feedback.State.USED and used_in is None:
            continue
        item = Feedback(
            page=page,
            anchor=anchor,
            text=text,
            giver=giver,
            state=state,
            used_in=used_in if state == Feedback.State.USED else None,
            reason=reason,
            created=timezone.now() - timedelta(days=60 - days * 7),
        )
        item.full_clean()
        item.save()
