from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.demo import DEMO_TOTP_KEY


class Command(BaseCommand):
    help = "Toont de huidige code van de tweede factor van een demo-account (alleen demosleutel)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        device = TOTPDevice.objects.filter(
            user__username=username, key=DEMO_TOTP_KEY, confirmed=True
        ).first()
        if device is None:
            raise CommandError(f"{username} heeft geen tweede factor met de demosleutel.")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits)
        self.stdout.write(f"{totp.token():0{device.digits}d}")
