from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def pilot_published(sender, instance, revision=None, **kwargs):
    from .models import PilotPage
    from .versioning import record_publish

    if isinstance(instance, PilotPage):
        record_publish(instance, revision)
