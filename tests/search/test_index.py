import pytest
from django.core.management import call_command

from search.models import SearchDocument, SearchFacet, SearchTerm

from .conftest import guidance, publish


def test_guidance_sections_become_documents_with_anchor_urls(corpus):
    doc = SearchDocument.objects.get(key__endswith="#ots-beeindigen")
    assert doc.title == "Leidraad ondertoezichtstelling — Een OTS beëindigen"
    assert doc.url.endswith("/leidraad-ondertoezichtstelling/#ots-beeindigen")
    assert doc.type == "richtlijn"
    assert doc.level == "landelijk"
    assert "G1" in doc.principles.split()
    assert "beeind" in doc.analysed.split()


def test_glossary_terms_are_documents(corpus):
    doc = SearchDocument.objects.get(
        source__startswith="cms.glossaryterm", title__startswith="Veilig"
    )
    assert doc.title == "Veilig Thuis (VT)"
    assert doc.url == "/begrippen/#veilig-thuis"


def test_facet_rows_follow_the_page_tags(corpus):
    doc = SearchDocument.objects.get(key__endswith="#overleg")
    assert set(SearchFacet.objects.filter(document=doc).values_list("name", "value")) >= {
        ("type", "richtlijn"),
        ("level", "lokaal"),
        ("region", "utrecht"),
    }


def test_unpublish_and_delete_remove_documents(corpus):
    page = corpus["netwerk"]
    page.unpublish()
    assert not SearchDocument.objects.filter(key__endswith="#overleg").exists()
    publish(page)
    assert SearchDocument.objects.filter(key__endswith="#overleg").exists()
    page.delete()
    assert not SearchDocument.objects.filter(key__endswith="#overleg").exists()


def test_draft_changes_are_not_indexed_until_published(corpus):
    page = corpus["netwerk"]
    page.title = "Geheime nieuwe titel"
    page.save_revision()
    assert not SearchDocument.objects.filter(title__startswith="Geheime").exists()


def test_removed_section_leaves_the_index(site_tree):
    page = guidance("Twee secties", [("Een", "een", "Eerste tekst."), ("Twee", "twee", "Tweede.")])
    assert SearchDocument.objects.filter(source=f"cms.guidancepage:{page.pk}").count() == 2
    page.sections = [
        ("section", {"title": "Een", "anchor": "een", "body": "x", "principles": [], "themes": []})
    ]
    publish(page)
    assert SearchDocument.objects.filter(source=f"cms.guidancepage:{page.pk}").count() == 1


def test_vocabulary_counts_documents(corpus):
    assert SearchTerm.objects.get(stem="netwerkoverleg").doc_count == 1
    corpus["netwerk"].delete()
    assert not SearchTerm.objects.filter(stem="netwerkoverleg").exists()


def test_rebuild_gives_the_same_index(corpus):
    before = set(SearchDocument.objects.values_list("key", "title", "analysed"))
    terms = set(SearchTerm.objects.values_list("stem", "doc_count"))
    call_command("rebuild_search_index", verbosity=0)
    assert set(SearchDocument.objects.values_list("key", "title", "analysed")) == before
    assert set(SearchTerm.objects.values_list("stem", "doc_count")) == terms


@pytest.mark.django_db
def test_private_pages_are_not_indexed(corpus):
    from wagtail.models import PageViewRestriction

    page = corpus["netwerk"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    publish(page)
    assert not SearchDocument.objects.filter(key__endswith="#overleg").exists()
