from django.dispatch import receiver
from wagtail.signals import page_published

from cms.signals import demo_site_ready


@receiver(page_published)
def pilot_published(sender, instance, revision=None, **kwargs):
    from .models import PilotPage
    from .versioning import record_publish

    if isinstance(instance, PilotPage):
        record_publish(instance, revision)


@receiver(demo_site_ready)
def add_learning_pages(sender, home, **kwargs):
    from .setup import ensure_learning_site

    ensure_learning_site(home, demo_users=True)
