"""The second factor over django-otp: TOTP in an authenticator app, recovery codes as a
fallback, and the QR code drawn here (segno, inline SVG) so the secret never leaves the site.

Why our own small views instead of django-two-factor-auth: that package brings a
form-wizard login (django-formtools), phone and SMS methods we do not want, and its own
templates we would have to override page by page for NL Design System; the part we need is
a few functions over django-otp, which it uses underneath as well.
"""

import base64

import segno
from axes.utils import reset as reset_lockout
from django.conf import settings
from django.db import transaction
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator-app"
RECOVERY_DEVICE_NAME = "Herstelcodes"


def pending_app_device(user) -> TOTPDevice:
    """The unconfirmed device a user is setting up; the same one until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def readable_key(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for typing into an app by hand."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device: TOTPDevice) -> str:
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes; each works once. Shown once, stored by django-otp."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.OTP_STATIC_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def remove_all(user) -> int:
    """Delete every device of the user (an admin's reset, or giving up an optional factor)."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


def finish_login(request, device=None):
    """The login is complete: mark the device verified, give the session a new key (so a key
    seen before this step is worthless) and clear the account's failed attempts."""
    if device is not None:
        otp_login(request, device)
        request.session.cycle_key()
    reset_lockout(username=request.user.get_username())
