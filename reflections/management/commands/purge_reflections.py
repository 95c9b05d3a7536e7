from django.core.management.base import BaseCommand

from reflections.retention import cutoff, purge, retention_months


class Command(BaseCommand):
    help = (
        "Verwijder reflecties ouder dan REFLECTION_RETENTION_MONTHS maanden (standaard 24), "
        "met hun afspraken, oude leesregistraties en verlopen uitnodigingen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Alleen tellen, niets verwijderen."
        )

    def handle(self, *args, dry_run=False, **options):
        counts = purge(dry_run=dry_run)
        verb = "Te verwijderen" if dry_run else "Verwijderd"
        self.stdout.write(
            f"Bewaartermijn {retention_months()} maanden: alles van vóór {cutoff():%d-%m-%Y}."
        )
        for kind, n in counts.items():
            self.stdout.write(f"{verb}: {n} {kind}")
