from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail import hooks

from cms import demo_versions, review_demo
from cms.hooks import LOAD_DEMO
from cms.setup import setup_site

DEMO_EDITOR = ("redacteur", "demo-redacteur")


class Command(BaseCommand):
    help = (
        "Zet de demo-site klaar: `setup_site`, demo-inhoud en demo-accounts "
        "(met bekende wachtwoorden, dus nooit op een echte site)."
    )

    def handle(self, **options):
        refuse_production()
        with transaction.atomic():
            home = setup_site()
            editor = ensure_demo_editor()
            # Content first: a room's demo accounts may own demo pages (learning's pilot lead).
            demo_versions.import_older_versions()
            call_command("import_content", str(settings.BASE_DIR / "demo"), stdout=self.stdout)
            demo_versions.date_versions()
            review_demo.add_review_demo(editor)  # item 3 review: a withdrawn page, a review
            for add_demo in hooks.get_hooks(LOAD_DEMO):
                add_demo(home)


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
    return user
