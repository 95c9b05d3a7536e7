from django.core.management.base import BaseCommand

from cms.health import checks, run


class Command(BaseCommand):
    help = (
        "Dezelfde controles als /healthz (database, cache, zoeken, worker), zonder webserver; "
        "eindigt met code 1 als er één faalt. Voor de healthcheck van de worker-container."
    )

    def handle(self, **options):
        results = {name: run(name, check) for name, check in checks().items()}
        for name, ok in results.items():
            self.stdout.write(f"{name}: {'ok' if ok else 'fout'}")
        if not all(results.values()):
            raise SystemExit(1)
