from django.core.management.base import BaseCommand

from search.indexer import rebuild


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op uit alle openbare inhoud."

    def handle(self, **options):
        rebuild(stdout=self.stdout)
