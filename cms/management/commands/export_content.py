from pathlib import Path

from django.core.management.base import BaseCommand

from cms.content_io import export_all


class Command(BaseCommand):
    help = "Exporteer pagina's en begrippen als Markdown met YAML front matter."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Map om naartoe te schrijven")

    def handle(self, path: Path, **options):
        count = export_all(path)
        self.stdout.write(f"{count} bestand(en) geschreven naar {path}")
