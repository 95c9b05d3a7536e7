"""Who must use a second factor: the one place that decides it.

Required for everyone who can reach the Wagtail admin, and for everyone a room says reads
other people's work (hook ``cms.hooks.READS_OTHERS_WORK``; reflections: team coordinators).
Everybody else may set one up on their account page.
"""

from django_otp import user_has_device
from wagtail import hooks

from cms.hooks import READS_OTHERS_WORK


def reaches_admin(user) -> bool:
    return user.has_perm("wagtailadmin.access_admin")


def second_factor_required(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    return reaches_admin(user) or any(fn(user) for fn in hooks.get_hooks(READS_OTHERS_WORK))


def has_second_factor(user) -> bool:
    return user_has_device(user, confirmed=True)
