"""reflections 0005 renames Lesson.guidance_page to page and keeps every lesson's section."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from reflections.models import Lesson
from tests.factories import GuidancePageFactory
from tests.reflections.factories import LessonFactory

BEFORE = ("reflections", "0004_privacy_allowed_term")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_keeps_the_section_of_a_lesson(site_tree):
    guide = GuidancePageFactory()
    lesson = LessonFactory(page=guide, anchor="directe-veiligheid")

    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state(BEFORE).apps
    row = old.get_model("reflections", "Lesson").objects.get(pk=lesson.pk)
    assert (row.guidance_page_id, row.anchor) == (guide.pk, "directe-veiligheid")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    lesson = Lesson.objects.get(pk=lesson.pk)
    assert lesson.ref.label == f"{guide.title} – Directe veiligheid"
