import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cms.content_io import import_path
from cms.models import GlossaryTerm, GuidancePage, InspirationPage
from tests.factories import PrincipleFactory, ThemeFactory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


@pytest.fixture
def vocabulary(db):
    PrincipleFactory(code="TEST1")
    ThemeFactory(slug="testthema", name="Testthema")


@pytest.fixture
def imported(site_tree, vocabulary):
    outcomes = import_path(FIXTURES / "good")
    assert [o.error for o in outcomes] == [None] * len(outcomes)
    return outcomes


def test_import_creates_live_pages_terms_and_sections(imported):
    guidance = GuidancePage.objects.live().get(slug="fasen-van-veiligheid")
    assert guidance.kind == "visie"
    assert [b.value["anchor"] for b in guidance.sections] == [
        "directe-veiligheid",
        "stabiele-veiligheid",
    ]
    assert "## geen kop, maar code" in guidance.sections[1].value["body"]
    assert [p.code for p in guidance.sections[0].value["principles"]] == ["TEST1"]
    assert sorted(r.code for r in guidance.regions.all()) == ["GM0014", "GM0344"]
    assert str(guidance.valid_from) == "2025-01-01"
    example = InspirationPage.objects.live().get(slug="samen-aan-tafel")
    assert example.approach == "Eén plan, één regisseur."
    assert example.result == ""
    ots = GlossaryTerm.objects.get(slug="ondertoezichtstelling")
    assert ots.abbreviation_list == ["OTS"]
    assert [t.slug for t in ots.related.all()] == ["gecertificeerde-instelling"]


def test_reimport_updates_by_slug_and_never_duplicates(imported, tmp_path):
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    path = tmp_path / "content" / "inspiration-proeftuin.md"
    path.write_text(path.read_text().replace("Begin klein.", "Begin klein en leer."))
    outcomes = {o.path.name: o.action for o in import_path(tmp_path / "content")}
    assert outcomes["inspiration-proeftuin.md"] == "bijgewerkt"
    assert outcomes["guidance-fasen.md"] == "ongewijzigd"
    assert InspirationPage.objects.filter(slug="samen-aan-tafel").count() == 1
    assert InspirationPage.objects.get(slug="samen-aan-tafel").lessons == "Begin klein en leer."
    assert GuidancePage.objects.count() == 1


def test_dry_run_writes_nothing(site_tree, vocabulary):
    outcomes = import_path(FIXTURES / "good", dry_run=True)
    assert all(o.error is None for o in outcomes)
    assert not GuidancePage.objects.exists()
    assert not GlossaryTerm.objects.exists()


@pytest.mark.parametrize(
    ("name", "field", "words"),
    [
        ("unknown-principle.md", "principles", "ZZ9"),
        ("missing-title.md", "title", "verplicht"),
        ("broken-yaml.md", "front matter", "YAML"),
    ],
)
def test_bad_file_is_reported_with_field_and_nothing_written(
    site_tree, vocabulary, name, field, words
):
    (outcome,) = import_path(FIXTURES / "bad" / name)
    assert outcome.error.field == field
    assert words in outcome.error.message
    assert not GuidancePage.objects.exists() and not InspirationPage.objects.exists()


def test_good_files_still_import_beside_bad_ones(site_tree, vocabulary, tmp_path):
    shutil.copytree(FIXTURES / "good", tmp_path / "mixed")
    for bad in (FIXTURES / "bad").iterdir():
        shutil.copy(bad, tmp_path / "mixed" / bad.name)
    outcomes = import_path(tmp_path / "mixed")
    assert sorted(o.path.name for o in outcomes if o.error) == sorted(
        p.name for p in (FIXTURES / "bad").iterdir()
    )
    assert GuidancePage.objects.filter(slug="fasen-van-veiligheid").exists()


def test_command_names_file_and_field_and_fails(site_tree, vocabulary, capsys):
    with pytest.raises(CommandError):
        call_command("import_content", str(FIXTURES / "bad" / "unknown-principle.md"))
    err = capsys.readouterr().err
    assert "unknown-principle.md" in err and "'principles'" in err and "ZZ9" in err


def test_section_count_must_match_headings(site_tree, vocabulary, tmp_path):
    text = (FIXTURES / "good" / "guidance-fasen.md").read_text()
    (tmp_path / "g.md").write_text(text.replace("## Stabiele veiligheid", "Stabiele veiligheid"))
    (outcome,) = import_path(tmp_path / "g.md")
    assert outcome.error.field == "sections"


def test_export_import_export_is_identical(imported, tmp_path):
    call_command("export_content", str(tmp_path / "one"))
    GuidancePage.objects.all().delete()
    InspirationPage.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    call_command("import_content", str(tmp_path / "one"))
    call_command("export_content", str(tmp_path / "two"))
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.md"))
    two = sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.md"))
    assert one == two and len(one) == 4
    for rel in one:
        assert (tmp_path / "one" / rel).read_text() == (tmp_path / "two" / rel).read_text()


def test_one_way_related_terms_link_in_one_run_and_stay_unchanged(site_tree, tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntype: term\ntitle: Alfa\nrelated: [beta]\n---\nUitleg alfa.\n"
    )
    (tmp_path / "b.md").write_text("---\ntype: term\ntitle: Beta\n---\nUitleg beta.\n")
    import_path(tmp_path)
    assert [t.slug for t in GlossaryTerm.objects.get(slug="beta").related.all()] == ["alfa"]
    assert {o.action for o in import_path(tmp_path)} == {"ongewijzigd"}


def test_unsorted_section_tags_count_as_unchanged_on_reimport(site_tree, vocabulary, tmp_path):
    PrincipleFactory(code="TEST0")
    text = (FIXTURES / "good" / "guidance-fasen.md").read_text()
    path = tmp_path / "g.md"
    path.write_text(
        text.replace("    principles: [TEST1]\n", "    principles: [TEST1, TEST0]\n", 1)
    )
    assert import_path(path)[0].action == "nieuw"
    assert import_path(path)[0].action == "ongewijzigd"
