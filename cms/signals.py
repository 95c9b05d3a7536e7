from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from cms.glossary import forget_glossary
from cms.models import GlossaryPage, GlossaryTerm


@receiver(post_save, sender=GlossaryPage)
@receiver(post_delete, sender=GlossaryPage)
@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(m2m_changed, sender=GlossaryTerm.related.through)
def glossary_changed(**kwargs):
    forget_glossary()
