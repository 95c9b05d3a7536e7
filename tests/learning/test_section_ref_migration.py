"""learning 0004 renames the link fields (guidance -> page, page -> source) and keeps every
link, in the table, in stored revisions and in Wagtail's reference index."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import ReferenceIndex

from learning.models import PilotGuidanceLink, PilotPage
from tests.factories import GuidancePageFactory, section
from tests.learning.factories import PilotPageFactory, publish

BEFORE = ("learning", "0003_one_pilot_research_relation")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_keeps_links_revisions_and_references(learning_site):
    guide = GuidancePageFactory(sections=[("section", section("Samen", "samen"))])
    pilot = publish(PilotPageFactory(title="Pilot met een link"))
    PilotGuidanceLink.objects.create(source=pilot, page=guide, anchor="samen", sort_order=0)
    pilot = PilotPage.objects.get(pk=pilot.pk)
    pilot.save_revision()  # a draft revision that holds the link
    ReferenceIndex.create_or_update_for_object(pilot)

    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state(BEFORE).apps
    [row] = old.get_model("learning", "PilotGuidanceLink").objects.values()
    assert (row["page_id"], row["guidance_id"], row["anchor"]) == (pilot.pk, guide.pk, "samen")
    revision = old.get_model("wagtailcore", "Revision").objects.filter(object_id=str(pilot.pk))
    [link] = revision.order_by("-pk").first().content["guidance_links"]
    assert (link["page"], link["guidance"]) == (pilot.pk, guide.pk)
    paths = old.get_model("wagtailcore", "ReferenceIndex").objects.values_list(
        "model_path", flat=True
    )
    assert "guidance_links.item.guidance" in set(paths)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    [link] = PilotGuidanceLink.objects.all()
    assert (link.source_id, link.page_id, link.anchor) == (pilot.pk, guide.pk, "samen")
    [draft_link] = (
        PilotPage.objects.get(pk=pilot.pk).get_latest_revision_as_object().guidance_links.all()
    )
    assert (draft_link.source_id, draft_link.page_id) == (pilot.pk, guide.pk)
    [reference] = ReferenceIndex.get_references_to(guide)
    assert reference.model_path == "guidance_links.item.page"
    assert reference.describe_source_field() == "Pilot guidance link → Richtlijn"  # resolves
