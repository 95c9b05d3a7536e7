from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.municipalities import DATA_FILE, DataFileError, sync_municipalities


class Command(BaseCommand):
    help = (
        "Brengt de gemeenten en veiligheidsregio's in lijn met cms/data/gemeenten.csv: voegt "
        "nieuwe toe, werkt namen bij en zet opgeheven of samengevoegde gemeenten op niet-actief "
        "(ze blijven bewaard). Opnieuw draaien verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=DATA_FILE, help="ander databestand")
        parser.add_argument(
            "--dry-run", action="store_true", help="alleen tonen wat er zou veranderen"
        )

    def handle(self, *, file: Path, dry_run: bool, **options):
        try:
            report = sync_municipalities(file, dry_run=dry_run)
        except DataFileError as error:
            raise CommandError(str(error)) from error
        if dry_run and report.changed:
            self.stdout.write("Proefdraai, er is niets opgeslagen. Dit zou veranderen:")
        for line in report.lines():
            self.stdout.write(line)
