"""Issue 14, item 7 "summary first": a section's kern (at most three sentences, checked in the
editor and the importer) is shown before its full text, and each page and section has a
werkkaart stamped with title, version and date."""

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cms.content_io import import_path
from cms.kern import sentences
from cms.models import GuidancePage
from tests.cms.test_guidance_versions import _Buffer, edit_form, publish
from tests.factories import GuidancePageFactory, section

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"
KERN = "Bel het gezin binnen vijf werkdagen. Spreek samen af wat nodig is."
FOUR = "Bel het gezin. Spreek af wat nodig is. Leg het vast. Vertel het aan het team."
BODY = "Het lokaal team neemt contact op.\n\nDaarna volgt een huisbezoek met het duo."


@pytest.fixture
def page(site_tree):
    page = GuidancePageFactory(title="Eerste contact met een gezin", slug="eerste-contact")
    return publish(
        page,
        version_label="1.0",
        sections=[
            ("section", section("Eerste contact", "eerste-contact", BODY, kern=KERN)),
            ("section", section("Samen plannen", "samen-plannen", "Maak één plan met het gezin.")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (KERN, 2),
        (FOUR, 4),
        ("Werk o.a. met Veilig Thuis, bijv. bij twijfel. Leg dat vast.", 2),
        ("Is het veilig? Zo niet: bel direct!  Leg het vast.", 3),
        ("Eén zin zonder punt", 1),
        ("", 0),
    ],
)
def test_sentences_are_counted_without_splitting_at_abbreviations(text, count):
    assert len(sentences(text)) == count


# --- the page editor ---------------------------------------------------------------------


def test_the_editor_refuses_a_kern_of_four_sentences(admin_client, page):
    url = f"/admin/pages/{page.pk}/edit/"
    data = edit_form(page)
    data["sections-0-value-kern"] = FOUR
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error on the kern
    assert "De kern heeft 4 zinnen. Schrijf de kern in hoogstens 3 zinnen" in (
        response.content.decode()
    )
    assert GuidancePage.objects.get(pk=page.pk).sections[0].value["kern"] == KERN

    data["sections-0-value-kern"] = "Bel het gezin. Spreek af wat nodig is. Leg het vast."
    assert admin_client.post(url, data).status_code == 302
    assert GuidancePage.objects.get(pk=page.pk).sections[0].value["kern"].endswith("vast.")


# --- the importer ------------------------------------------------------------------------


@pytest.fixture
def content(site_tree, tmp_path):
    from tests.factories import PrincipleFactory, ThemeFactory

    PrincipleFactory(code="TEST1")
    ThemeFactory(slug="testthema", name="Testthema")
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    return tmp_path / "content" / "guidance-fasen.md"


def with_kern(path, kern, version="1.0", note=""):
    text = path.read_text()
    entry = "  - anchor: stabiele-veiligheid\n"
    text = text.replace(entry, f"{entry}    kern: {kern}\n")
    text = text.replace('version: "1.0"', f'version: "{version}"' + note)
    path.write_text(text)


def test_the_importer_refuses_a_long_kern_naming_file_and_section(content):
    with_kern(content, FOUR)
    err = _Buffer()
    with pytest.raises(CommandError):
        call_command("import_content", str(content), stdout=_Buffer(), stderr=err)
    assert f"FOUT {content}: veld 'sections[2].kern'" in err.text
    assert "sectie 'Stabiele veiligheid': De kern heeft 4 zinnen" in err.text
    assert not GuidancePage.objects.filter(slug="fasen-van-veiligheid").exists()


def test_an_imported_kern_is_exported_and_a_changed_kern_needs_a_new_version(content, tmp_path):
    with_kern(content, KERN)
    [outcome] = import_path(content)
    assert outcome.error is None
    page = GuidancePage.objects.get(slug="fasen-van-veiligheid")
    assert [b.value["kern"] for b in page.sections] == ["", KERN]

    call_command("export_content", str(tmp_path / "export"), stdout=_Buffer())
    exported = (tmp_path / "export" / "guidance" / "fasen-van-veiligheid.md").read_text()
    assert f"kern: {KERN}" in exported
    assert exported.count("kern:") == 1  # a section without a kern gets no empty key

    shutil.copy(FIXTURES / "good" / "guidance-fasen.md", content)
    with_kern(content, "Werk samen aan veiligheid die blijft.")
    [outcome] = import_path(content)
    assert outcome.error.field == "version"  # the kern is text readers read

    shutil.copy(FIXTURES / "good" / "guidance-fasen.md", content)
    note = "\nchange_type: minor\nchange_note: Kortere kern."
    with_kern(content, "Werk samen aan veiligheid die blijft.", version="1.1", note=note)
    [outcome] = import_path(content)
    assert outcome.error is None and outcome.action == "bijgewerkt"


# --- what readers see --------------------------------------------------------------------


def test_the_kern_is_shown_first_and_the_full_text_below_it(client, page):
    html = client.get(page.url).content.decode()
    first = html.split('id="eerste-contact"')[1].split("</section>")[0]
    assert first.index(KERN.split(".")[0]) < first.index("<details")
    assert first.index("Lees de volledige tekst") < first.index("Het lokaal team neemt contact op.")
    second = html.split('id="samen-plannen"')[1].split("</section>")[0]
    assert "<details" not in second  # a section without a kern shows its text as before
    assert "Maak één plan met het gezin." in second


def test_a_changed_kern_shows_in_the_diff(client, page):
    changed = page.sections.raw_data
    changed[0]["value"]["kern"] = "Bel het gezin binnen drie werkdagen."
    publish(
        page,
        version_label="1.1",
        change_type="minor",
        change_note="Kortere termijn.",
        sections=changed,
    )
    html = client.get(f"{page.url}versies/vergelijk/?van=1.0&naar=1.1").content.decode()
    assert re.search(r"<ins><span[^>]*>toegevoegd: </span>drie", html)


def test_the_werkkaart_of_a_page_is_stamped_and_holds_each_kern(client, page):
    version = page.versions.get()
    response = client.get(f"{page.url}werkkaart/")
    html = response.content.decode()
    assert response.status_code == 200
    stamp = html.split('class="werkkaart__stamp"')[1].split("</header>")[0]
    assert "Eerste contact met een gezin" in stamp
    assert "<dt>Versie</dt><dd>1.0</dd>" in stamp
    assert version.published_at.strftime("%Y-%m-%d") in stamp
    card = html.split('class="werkkaart"')[1]
    assert KERN in card
    assert "Het lokaal team neemt contact op." not in card  # a kern stands for its text
    assert "Maak één plan met het gezin." in card  # without a kern the text is on the card
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_werkkaart_of_a_section_has_its_kern_and_full_text(client, page):
    html = client.get(f"{page.url}werkkaart/eerste-contact/").content.decode()
    card = html.split('class="werkkaart"')[1]
    assert re.search(r"<h1[^>]*>Eerste contact</h1>", card)
    assert "Eerste contact met een gezin" in card.split("</header>")[0]
    assert "<dt>Versie</dt><dd>1.0</dd>" in card
    assert card.index(KERN) < card.index("Daarna volgt een huisbezoek")
    assert "Maak één plan" not in card
    assert client.get(f"{page.url}werkkaart/bestaat-niet/").status_code == 404


def test_the_guidance_page_links_its_werkkaarten(client, page):
    html = client.get(page.url).content.decode()
    assert f'href="{page.url}werkkaart/"' in html
    assert f'href="{page.url}werkkaart/samen-plannen/"' in html


def test_the_demo_handelingskader_got_its_kernen_in_a_minor_version(site_tree):
    from django.conf import settings

    from cms import demo_versions

    demo_versions.import_older_versions()
    before = GuidancePage.objects.get(slug=demo_versions.SLUG)
    assert not any(b.value["kern"] for b in before.sections)  # 2.0, made from the demo file
    demo_file = settings.BASE_DIR / "demo" / "guidance" / f"{demo_versions.SLUG}.md"
    [outcome] = import_path(demo_file)
    assert outcome.error is None
    page = GuidancePage.objects.get(slug=demo_versions.SLUG)
    assert page.version_label == "2.1"
    assert all(1 <= len(sentences(b.value["kern"])) <= 3 for b in page.sections)
