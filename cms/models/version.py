from django.db import models


class ContentVersion(models.Model):
    """One row whose token changes with every change to public content (cms.content_version).

    In the database rather than in the cache: the new token becomes visible in the same
    commit as the content it stands for, to every process at once.
    """

    token = models.CharField(max_length=32, default="")

    def __str__(self):
        return self.token
