"""Demo content: proeftuinen as registered pilots, research summaries, guidance panels."""

from pathlib import Path

import pytest
from django.conf import settings

from cms.content_io import export_all, import_path
from learning.models import PilotPage, ResearchSummaryPage
from learning.setup import ensure_learning_site

pytestmark = pytest.mark.django_db
DEMO = Path(settings.BASE_DIR) / "demo"
PROEFTUINEN = {
    "Amsterdam-Amstelland",
    "FoodValley",
    "Rotterdam-Rijnmond",
    "Utrecht",
    "Zeeland",
    "West-Brabant West",
}


@pytest.fixture
def demo(site_tree):
    ensure_learning_site(site_tree)
    outcomes = import_path(DEMO)
    errors = [(o.path.name, str(o.error)) for o in outcomes if o.error]
    assert errors == []
    return outcomes


def test_proeftuinen_are_registered_pilots(demo):
    pilots = PilotPage.objects.live()
    assert pilots.count() == 6
    assert all(p.kind == "proeftuin" and p.status == "lopend" for p in pilots)
    assert all(
        p.registry_id.startswith("TSK-") and p.current_version.version == "1.0" for p in pilots
    )
    titles = " ".join(p.title for p in pilots)
    assert all(name in titles for name in PROEFTUINEN)
    assert all(p.contact_email.endswith("@example.org") for p in pilots)


def test_research_summaries_are_marked_as_demo(demo):
    summaries = ResearchSummaryPage.objects.live()
    assert summaries.count() >= 8
    for s in summaries:
        assert s.doi.startswith("10.5555/tsk-demo-")
        assert "demo-samenvatting" in s.summary.lower()
        assert s.evidence_level


def test_reimport_changes_nothing(demo):
    again = import_path(DEMO)
    assert {o.action for o in again if o.path.parent.name in ("pilot", "research")} == {
        "ongewijzigd"
    }
    assert all(p.versions.count() == 1 for p in PilotPage.objects.all())


def test_export_import_export_is_stable(demo, tmp_path):
    export_all(tmp_path / "a")
    import_path(tmp_path / "a")
    export_all(tmp_path / "b")
    for kind in ("pilot", "research"):
        for f in (tmp_path / "a" / kind).glob("*.md"):
            assert f.read_text() == (tmp_path / "b" / kind / f.name).read_text()


def test_changed_import_records_a_minor_version(demo, tmp_path):
    source = DEMO / "pilot" / "zeeland-vaart-in-veiligheid.md"
    changed = tmp_path / "zeeland.md"
    changed.write_text(source.read_text().replace("status: lopend", "status: afgerond"))
    (outcome,) = import_path(changed)
    assert outcome.action == "bijgewerkt"
    page = PilotPage.objects.get(slug="zeeland-vaart-in-veiligheid")
    assert page.current_version.version == "1.1"
    assert page.current_version.reason == "Bijgewerkt via import"


def test_guidance_page_and_sections_show_linked_pilots_and_research(client, demo):
    html = client.get("/kennisbank/gefaseerd-samenwerken-aan-veiligheid/").content.decode()
    assert "Pilots en onderzoek bij deze sectie" in html
    assert "Proeftuin Zeeland: Vaart in Veiligheid" in html
    assert "Familieberaad en uithuisplaatsing" in html


def test_pages_render(client, demo):
    for url in [
        "/pilots/",
        "/onderzoek/",
        "/onderzoek/evidence-map/",
        "/pilots/foodvalley-jeugdlink/",
        "/pilots/foodvalley-jeugdlink/versies/",
        "/onderzoek/demo-leren-als-team/",
    ]:
        assert client.get(url).status_code == 200, url
    pilot = client.get("/pilots/foodvalley-jeugdlink/").content.decode()
    assert "Het vaste gezicht blijft" in pilot  # linked research
