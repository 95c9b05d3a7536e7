"""The filter of the public learning pool (/reflecties/lessen/)."""

import django_filters

from cms.filters import VocabularyFilterSet
from cms.models import Level


class LessonFilter(VocabularyFilterSet):
    # An unknown level is a form error, so django-filter leaves it out: every level is shown
    # (as the pool always did); an unknown principle or theme matches no lesson.
    level = django_filters.ChoiceFilter(choices=Level.choices)
