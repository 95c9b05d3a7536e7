"""What a reader follows (issue 14, item 6): a guidance page or a theme.

One row per reader and subject. The unsubscribe link in an e-mail carries a signed token of
the row (cms.follow.unsubscribe_token), so it needs no login and cannot be guessed.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Follow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    page = models.ForeignKey(
        "cms.GuidancePage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "cms.Theme", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, theme__isnull=True)
                | Q(page__isnull=True, theme__isnull=False),
                name="follow_page_or_theme",
            ),
            models.UniqueConstraint(fields=["user", "page"], name="unique_follow_page"),
            models.UniqueConstraint(fields=["user", "theme"], name="unique_follow_theme"),
        ]
        verbose_name = _("volgen")
        verbose_name_plural = _("volgen")

    def __str__(self):
        return str(self.subject)

    @property
    def subject(self):
        return self.page if self.page_id else self.theme
