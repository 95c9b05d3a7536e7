from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.content_io import import_path


class Command(BaseCommand):
    help = "Importeer Markdown-bestanden met YAML front matter als pagina's en begrippen."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Een .md-bestand of een map")
        parser.add_argument(
            "--dry-run", action="store_true", help="Alles controleren, niets opslaan"
        )

    def handle(self, path: Path, dry_run: bool, **options):
        if not path.exists():
            raise CommandError(f"{path} bestaat niet")
        outcomes = import_path(path, dry_run=dry_run)
        failed = [o for o in outcomes if o.error]
        for outcome in outcomes:
            if outcome.error:
                self.stderr.write(
                    f"FOUT {outcome.path}: veld '{outcome.error.field}' {outcome.error.message}"
                )
            elif options["verbosity"] > 1 or outcome.action != "ongewijzigd":
                self.stdout.write(f"{outcome.action:>11}  {outcome.path}")
        prefix = "Proef (niets opgeslagen): " if dry_run else ""
        self.stdout.write(
            f"{prefix}{len(outcomes) - len(failed)} bestand(en) goed, {len(failed)} met fouten."
        )
        if failed:
            raise CommandError(
                f"{len(failed)} bestand(en) niet geïmporteerd; zie de fouten hierboven"
            )
