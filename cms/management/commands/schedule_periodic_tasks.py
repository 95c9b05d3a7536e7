from django.core.management.base import BaseCommand

from cms.periodic import schedule_all


class Command(BaseCommand):
    help = (
        "Zet de eerste run klaar van elke periodieke taak (hartslag, dagelijkse bewaartermijn) "
        "die nog niet wacht. Draai dit bij het starten van de worker; dubbel draaien kan geen "
        "kwaad."
    )

    def handle(self, **options):
        for path in schedule_all():
            self.stdout.write(f"ingepland: {path}")
