"""Shared lessons in English mode: the labels English, the lesson (Dutch) marked lang="nl"."""

import pytest
from django.urls import reverse

from cms.models import Principle
from reflections.models import Lesson
from tests.reflections.factories import LessonFactory

pytestmark = pytest.mark.django_db


def test_public_lessons_in_english(client, team):
    lesson = LessonFactory(team=team, text="Vraag het netwerk.", status=Lesson.Status.APPROVED)
    lesson.principles.add(Principle.objects.get(code="G3"))
    client.post("/taal/", {"language": "en", "next": "/"})
    html = client.get(reverse("reflections:lessons")).content.decode()
    assert '<p class="utrecht-paragraph" lang="nl">Vraag het netwerk.</p>' in html
    assert "G3</abbr> Family and network are partners" in html
