from django.core.management.base import BaseCommand

from cms.setup import setup_site


class Command(BaseCommand):
    help = (
        "Zet een lege, werkende site klaar: paginaboom, secties, groepen, paginarechten, "
        "goedkeuringsworkflow en het Site-record uit SITE_URL. Maakt geen gebruikers aan; "
        "opnieuw draaien verandert niets."
    )

    def handle(self, **options):
        home = setup_site()
        self.stdout.write(f"Site klaar: {home.get_url()} ({home.get_site().root_url})")
