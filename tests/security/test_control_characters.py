"""NUL and other control characters never reach the database, whichever way text comes in."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cms.models import GuidancePage
from tests.factories import section

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content" / "good"


@pytest.mark.parametrize(
    ("find", "replace", "field"),
    [
        # YAML refuses a raw NUL, but its escapes "\0" and "\e" give one all the same.
        ("title: Fasen van veiligheid", 'title: "Fasen\\0 van \\e veiligheid"', "title"),
        ("## Directe veiligheid", "## Directe\x1b veiligheid", "tekst"),
    ],
)
def test_import_refuses_control_characters_naming_file_and_field(
    site_tree, tmp_path, capsys, find, replace, field
):
    source = (FIXTURES / "guidance-fasen.md").read_text()
    assert find in source
    path = tmp_path / "guidance-fasen.md"
    path.write_text(source.replace(find, replace))
    with pytest.raises(CommandError):
        call_command("import_content", str(path))
    error = capsys.readouterr().err
    assert "guidance-fasen.md" in error and f"veld '{field}'" in error and "stuurtekens" in error
    assert not GuidancePage.objects.exists()


def test_page_saved_from_code_loses_control_characters_also_in_streamfield(site_tree):
    page = GuidancePage(
        title="Leidraad\x00 veiligheid",
        slug="leidraad-veiligheid",
        kind="leidraad",
        summary="Kort\x08 overzicht.\nTweede regel.",
        sections=[("section", section(title="Fase\x0c één", body="Tekst\x00 met\ttab."))],
    )
    site_tree.add_child(instance=page)
    page.refresh_from_db()
    assert page.title == "Leidraad veiligheid"
    assert page.summary == "Kort overzicht.\nTweede regel."
    assert page.sections[0].value["title"] == "Fase één"
    assert page.sections[0].value["body"] == "Tekst met\ttab."


@pytest.mark.parametrize("url", ["/zoeken/", "/api/search", "/pilots/", "/api/pilots"])
def test_query_values_with_nul_are_answered(client, learning_site, url):
    # After stripping, region is empty (no filter) and q is an ordinary word.
    response = client.get(url, {"q": "veilig\x00heid", "region": "\x00\x1f"})
    assert response.status_code == 200
