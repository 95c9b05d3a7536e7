"""Demo accounts that need a second factor get one with a published demo key, so that
`make run` works at once: enter the key in any authenticator app, or print the current code
with `manage.py demo_code` (which only works for devices holding this demo key)."""

import base64

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from .policy import has_second_factor, second_factor_required

# Public on purpose (README): demo data only; load_demo refuses production settings.
DEMO_TOTP_KEY = "4c4b472d64656d6f2d746f74702d73657373696f"  # hex, 20 bytes
DEMO_DEVICE_NAME = "Demo-app"


def demo_key_base32() -> str:
    return base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode()


def give_demo_second_factor(user) -> bool:
    if has_second_factor(user) or not second_factor_required(user):
        return False
    TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True)
    return True


def demo_second_factor(home):
    """A `load_demo` hook (accounts/wagtail_hooks.py), run after the rooms' own demo accounts."""
    for user in get_user_model().objects.filter(is_active=True):
        give_demo_second_factor(user)
