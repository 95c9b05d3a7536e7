from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from cms.models import GlossaryPage, HomePage, KnowledgeIndexPage
from cms.signals import demo_site_ready

DEMO_EDITOR = ("redacteur", "demo-redacteur")
# (for whom, title, short text, link) — one door on the home page per group of users
ENTRIES = [
    ("Professionals", "Richtlijnen vinden",
     "Handelingskaders, leidraden en voorbeelden uit de praktijk.", "/kennisbank/"),
    ("Teams", "Een reflectie vastleggen",
     "Leer als team van uw werk. Zonder gegevens van gezinnen.", "/reflecties/"),
    ("Pilotleiders", "Een pilot registreren",
     "Leg vast wat u uitprobeert, vóór de resultaten er zijn.", "/pilots/"),
    ("Onderzoekers", "Onderzoek publiceren",
     "Maak bevindingen leesbaar en vindbaar voor de praktijk.", "/onderzoek/"),
]  # fmt: skip


class Command(BaseCommand):
    help = (
        "Zet de demo-site klaar: homepagina, kennisbank, begrippenlijst, demo-inhoud "
        "en een demo-redacteur."
    )

    def handle(self, **options):
        refuse_production()
        with transaction.atomic():
            home = ensure_site_tree()
            ensure_demo_editor()
            demo_site_ready.send(sender=self.__class__, home=home)
        call_command("import_content", str(settings.BASE_DIR / "demo"), stdout=self.stdout)


PRODUCTION_SETTINGS = "cms.settings.production"


def refuse_production():
    """Demo accounts have passwords printed in the README: never on a production site.
    Decided by the settings module, not DEBUG, so no flag can switch it on by mistake."""
    module = settings.SETTINGS_MODULE or ""
    if module == PRODUCTION_SETTINGS or module.startswith(PRODUCTION_SETTINGS + "."):
        raise CommandError(
            "load_demo weigert te draaien met productie-instellingen "
            f"({module}): de demo-accounts hebben openbare wachtwoorden. "
            "/ load_demo refuses to run with production settings: the demo accounts have "
            "public passwords. Use cms.settings.dev."
        )


def ensure_site_tree() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome" placeholder holds the slug "home"; it has no content of ours.
        for placeholder in root.get_children().exact_type(Page):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title="Leerplatform Kind en Gezin",
                slug="home",
                intro=(
                    "Kennis en leren voor iedereen die werkt aan de veiligheid van kinderen "
                    "en gezinnen. Hier vindt u richtlijnen, voorbeelden uit de praktijk, "
                    "pilots en onderzoek van het Toekomstscenario kind- en gezinsbescherming."
                ),
                entries=[
                    ("entry", dict(zip(("audience", "title", "text", "link"), e, strict=True)))
                    for e in ENTRIES
                ],
            )
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
    if not KnowledgeIndexPage.objects.exists():
        home.add_child(
            instance=KnowledgeIndexPage(
                title="Kennisbank",
                slug="kennisbank",
                intro="Richtlijnen en voorbeelden uit de praktijk, geordend naar basisprincipe.",
            )
        )
    if not GlossaryPage.objects.exists():
        home.add_child(
            instance=GlossaryPage(
                title="Begrippenlijst",
                slug="begrippen",
                intro="Woorden uit het vak, in gewone taal uitgelegd.",
            )
        )
    return home


def ensure_demo_editor():
    username, password = DEMO_EDITOR
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": "Demo", "last_name": "Redacteur", "email": "redacteur@example.org"},
    )
    if created:
        user.set_password(password)
        user.save()
    editors = Group.objects.filter(name__in=["Editors", "Moderators"])
    user.groups.add(*editors)
