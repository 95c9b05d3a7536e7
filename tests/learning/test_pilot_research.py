"""Pilot <-> research is one relation: edited on the study, shown and exported on both sides."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cms.site_url import page_url
from learning.models import PilotPage, ResearchSummaryPage
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish
from tests.learning.test_exports import read_csv

BEFORE = ("learning", "0002_research_authors_list")


@pytest.fixture
def linked(registry, research_index):
    """A public pilot and a public study that cites it, plus a draft pilot also linked."""
    pilot = publish(PilotPageFactory(title="Pilot vast gezicht"))
    draft = PilotPageFactory(title="Pilot nog in concept", live=False)
    study = ResearchSummaryPageFactory(
        title="Studie vast gezicht", plain_title="Wat een vast gezicht doet"
    )
    study.pilots.set([pilot, draft])
    publish(study)
    return pilot, study


@pytest.mark.django_db
def test_the_study_page_lists_its_pilot_and_the_pilot_page_its_study(client, linked):
    pilot, study = linked
    study_html = client.get(study.url).content.decode()
    pilot_html = client.get(pilot.url).content.decode()
    assert f'<a class="utrecht-link" href="{pilot.url}">Pilot vast gezicht</a>' in study_html
    assert "Pilot nog in concept" not in study_html  # a draft pilot is not public
    assert f'<a class="utrecht-link" href="{study.url}">Wat een vast gezicht doet</a>' in pilot_html
    assert list(pilot.related_research()) == [study]
    assert list(study.linked_pilots()) == [pilot]


@pytest.mark.django_db
def test_the_relation_is_edited_in_one_place():
    pilot_form = PilotPage.get_edit_handler().get_form_class()
    study_form = ResearchSummaryPage.get_edit_handler().get_form_class()
    assert "pilots" in study_form.base_fields
    assert "research" not in pilot_form.base_fields


@pytest.mark.django_db
def test_api_and_csv_export_the_links_on_both_sides(client, linked):
    pilot, study = linked
    [api_pilot] = client.get("/api/pilots").json()["items"]  # the draft pilot is not listed
    [api_study] = client.get("/api/research").json()["items"]
    assert api_pilot["research"] == [page_url(study)] == [api_study["url"]]
    assert api_study["pilots"] == [page_url(pilot)] == [api_pilot["url"]]
    [csv_pilot] = [
        r for r in read_csv(client.get("/pilots/export.csv")) if r["title"] == pilot.title
    ]
    [csv_study] = read_csv(client.get("/onderzoek/export.csv"))
    assert csv_pilot["research"] == csv_study["url"]
    assert csv_study["pilots"] == csv_pilot["url"]


@pytest.mark.django_db
def test_linked_pages_stay_in_the_search_index(linked):
    from search.models import SearchDocument

    pilot, study = linked
    sources = set(SearchDocument.objects.values_list("source", flat=True))
    assert {f"learning.pilotpage:{pilot.pk}", f"learning.researchsummarypage:{study.pk}"} <= sources


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_merges_links_from_both_directions(learning_site):
    cited_by_pilot = publish(PilotPageFactory(title="Pilot die citeert"))
    linked_by_study = publish(PilotPageFactory(title="Pilot in de studie"))
    both = publish(PilotPageFactory(title="Pilot aan twee kanten"))
    study = publish(ResearchSummaryPageFactory(title="Studie"))

    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state(BEFORE).apps
    study_side = old.get_model("learning", "ResearchSummaryPage").pilots.through
    pilot_side = old.get_model("learning", "PilotPage").research.through
    study_side.objects.bulk_create(
        study_side(researchsummarypage_id=study.pk, pilotpage_id=p.pk)
        for p in (linked_by_study, both)
    )
    pilot_side.objects.bulk_create(
        pilot_side(pilotpage_id=p.pk, researchsummarypage_id=study.pk)
        for p in (cited_by_pilot, both)
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    study = ResearchSummaryPage.objects.get(pk=study.pk)
    expected = {cited_by_pilot.pk, linked_by_study.pk, both.pk}
    assert set(study.pilots.values_list("pk", flat=True)) == expected
    assert study.pilots.through.objects.filter(researchsummarypage=study).count() == 3
    # Publishing the study's latest revision again keeps the merged links.
    study.get_latest_revision().publish()
    assert set(study.pilots.values_list("pk", flat=True)) == expected
    assert list(PilotPage.objects.get(pk=cited_by_pilot.pk).research.all()) == [study]
