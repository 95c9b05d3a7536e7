"""Research authors are a list of names: credited, exported, never taken for a family."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from learning.models import ResearchAuthor, ResearchSummaryPage
from reflections.publish_guard import blockers
from tests.learning.factories import ResearchSummaryPageFactory, publish

AUTHORS = ["Jansen, A.", "El Amrani, M.", "de Vries, B."]


def _page(research_index, names=AUTHORS, **fields):
    authors = [ResearchAuthor(name=n) for n in names]
    return ResearchSummaryPageFactory(authors=authors, **fields)


@pytest.mark.django_db
def test_authors_are_not_flagged_as_names(research_index, client):
    page = publish(_page(research_index))
    assert page.live and blockers(page) == []
    assert page.author_list == AUTHORS
    api = client.get("/api/research").json()["items"][0]
    assert api["authors"] == AUTHORS
    assert "El Amrani, M." in client.get(page.get_url()).content.decode()


@pytest.mark.django_db
def test_the_same_name_in_a_text_field_is_still_a_finding(research_index):
    page = _page(research_index)
    page.key_findings = "Moeder Amina El Amrani vertelde het."
    assert ("belangrijkste bevindingen", "naam") in [(b.field, b.kind) for b in blockers(page)]


@pytest.mark.django_db
def test_an_identifier_in_an_author_row_blocks(research_index):
    page = ResearchSummaryPageFactory.build(authors=[ResearchAuthor(name="BSN 111222333")])
    assert [(b.field, b.kind) for b in blockers(page)] == [("auteurs", "BSN")]


@pytest.mark.django_db
def test_import_and_export_keep_the_author_list(research_index, tmp_path):
    from cms.content_io import export_all, import_path

    path = tmp_path / "studie.md"
    path.write_text(
        "---\ntype: research\ntitle: Studie X\nauthors: ['Jansen, A.', 'El Amrani, M.']\n---\n",
        "utf-8",
    )
    assert [o.error for o in import_path(path)] == [None]
    page = ResearchSummaryPage.objects.get(slug="studie-x")
    assert page.live and page.author_list == ["Jansen, A.", "El Amrani, M."]
    assert [o.action for o in import_path(path)] == ["ongewijzigd"]
    export_all(tmp_path / "out")
    exported = (tmp_path / "out" / "research" / "studie-x.md").read_text("utf-8")
    assert "authors:\n- Jansen, A.\n- El Amrani, M." in exported


# serialized_rollback: starts from the migrated data even after another transactional test
# (tests/cms/test_page_cache_processes.py) has emptied the tables.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_splits_the_author_text_and_joins_it_back(research_index):
    page = publish(_page(research_index, names=["Jansen, A.", "de Vries, B."]))
    page.save_revision()  # a draft revision that holds the list as well
    executor = MigrationExecutor(connection)
    executor.migrate([("learning", "0001_initial")])
    old = executor.loader.project_state(("learning", "0001_initial")).apps
    OldPage = old.get_model("learning", "ResearchSummaryPage")
    OldRevision = old.get_model("wagtailcore", "Revision")
    assert OldPage.objects.get(pk=page.pk).authors == "Jansen, A.\nde Vries, B."
    contents = OldRevision.objects.filter(object_id=str(page.pk)).values_list("content", flat=True)
    assert {c["authors"] for c in contents} == {"Jansen, A.\nde Vries, B."}
    OldPage.objects.filter(pk=page.pk).update(authors="Jansen, A.\n\n  Bakker, C.  \n")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert page.author_list == ["Jansen, A.", "Bakker, C."]
    assert page.get_latest_revision_as_object().author_list == ["Jansen, A.", "de Vries, B."]
