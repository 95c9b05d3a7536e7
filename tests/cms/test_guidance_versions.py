"""Versions of a guidance page: a new number needs its kind and a note, and readers find
every version, the changes between two and each old text at its own URL."""

import re
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.content_io import import_path
from cms.models import GuidancePage, GuidanceVersion, version_errors
from tests.factories import GuidancePageFactory, publish, section

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"
EDIT = ("werken we aan veiligheid", "werken we vooral aan veiligheid")  # in the fixture's text
OLD_TEXT = "Bel het gezin binnen drie dagen. Spreek dan samen af wat nodig is."
NEW_TEXT = "Bel het gezin binnen vijf werkdagen. Spreek dan samen af wat nodig is."


def sections(first_body=OLD_TEXT):
    return [
        ("section", section("Eerste contact", "eerste-contact", first_body)),
        ("section", section("Samen plannen", "samen-plannen", "Maak één plan met het gezin.")),
    ]


@pytest.fixture
def page(site_tree):
    """A guidance page published as 1.0 and then as 1.1 with a changed first section."""
    page = GuidancePageFactory(title="Eerste contact met een gezin", slug="eerste-contact")
    page = publish(page, version_label="1.0", sections=sections())
    return publish(
        page,
        version_label="1.1",
        change_type="minor",
        change_note="Termijn in werkdagen.",
        sections=sections(NEW_TEXT),
    )


def test_publishing_a_new_version_label_records_the_version(page):
    versions = list(page.versions.order_by("major", "minor"))
    assert [(v.number, v.classification, v.change_note) for v in versions] == [
        ("1.0", "initial", ""),
        ("1.1", "minor", "Termijn in werkdagen."),
    ]
    assert OLD_TEXT in versions[0].as_page().sections[0].value["body"]
    publish(page, summary="Een correctie zonder nieuw nummer.")
    assert page.versions.count() == 2


@pytest.mark.parametrize(
    ("number", "change", "note", "wrong"),
    [
        ("1.1", "minor", "Nieuw.", "version"),  # not higher than 1.1
        ("1.0", "minor", "Nieuw.", "version"),
        ("1.2", "", "Nieuw.", "change_type"),
        ("1.2", "minor", " ", "change_note"),
        ("1.2", "minor", "Termijn in werkdagen.", "change_note"),  # the last note again
        ("1.2.1", "minor", "Nieuw.", "version"),
    ],
)
def test_a_new_version_is_higher_and_has_its_kind_and_a_new_note(page, number, change, note, wrong):
    errors = version_errors(page.versions.get(number="1.1"), number, change, note)
    assert list(errors) == [wrong]


def test_a_correct_next_version_passes(page):
    previous = page.versions.get(number="1.1")
    assert version_errors(previous, "1.2", "minor", "Link hersteld.") == {}
    assert version_errors(previous, "2.0", "major", "Nieuw advies.") == {}
    # the kind, not the number, says whether the advice changed
    assert version_errors(previous, "1.2", "major", "Nieuwe termijn.") == {}
    assert version_errors(previous, "2.0", "minor", "Nieuwe nummering.") == {}


# --- the page editor ---------------------------------------------------------------------


def edit_form(page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "summary": page.summary,
        "level": "",
        "version_label": page.version_label,
        "change_type": "",
        "change_note": "",
        "owner_organisation": "",
        "sections": streamfield(
            [
                ("section", {**b.value, "principles": {"count": 0}, "themes": {"count": 0}})
                for b in page.sections
            ]
        ),
        "comments": inline_formset([]),
        **fields,
    }
    data = nested_form_data(data)
    data["action-publish"] = "1"
    return data


def test_the_editor_must_give_kind_and_note_for_a_new_version(admin_client, page):
    url = f"/admin/pages/{page.pk}/edit/"
    response = admin_client.post(url, edit_form(page, version_label="1.2"))
    html = response.content.decode()
    assert response.status_code == 200  # the form again, with its errors
    assert "Kies of dit een kleine of een inhoudelijke wijziging is." in html
    assert "Schrijf in een paar woorden op wat er in deze versie veranderd is." in html
    assert page.versions.count() == 2

    response = admin_client.post(
        url, edit_form(page, version_label="1.2", change_type="minor", change_note="Link hersteld.")
    )
    assert response.status_code == 302
    assert page.versions.get(number="1.2").change_note == "Link hersteld."


def test_the_editor_cannot_go_back_to_a_lower_number(admin_client, page):
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form(page, version_label="1.0", change_type="minor", change_note="Terug."),
    )
    assert "Het nummer moet hoger zijn dan de vorige versie (1.1)." in response.content.decode()
    assert GuidancePage.objects.get(pk=page.pk).version_label == "1.1"


def test_the_editor_does_not_get_the_last_note_again(admin_client, page):
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Termijn in werkdagen." not in html


# --- the importer ------------------------------------------------------------------------


@pytest.fixture
def content(site_tree, tmp_path):
    from tests.factories import PrincipleFactory, ThemeFactory

    PrincipleFactory(code="TEST1")
    ThemeFactory(slug="testthema", name="Testthema")
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    assert all(o.error is None for o in import_path(tmp_path / "content"))
    return tmp_path / "content" / "guidance-fasen.md"


def change(path, *replacements):
    text = path.read_text()
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text)


def test_import_refuses_a_changed_text_without_a_new_version(content):
    change(content, EDIT)
    err = _Buffer()
    with pytest.raises(CommandError):
        call_command("import_content", str(content), stdout=_Buffer(), stderr=err)
    assert f"FOUT {content}: veld 'version'" in err.text
    assert "de versie is nog 1.0" in err.text
    page = GuidancePage.objects.get(slug="fasen-van-veiligheid")
    assert "vooral" not in page.sections[1].value["body"]


def test_import_needs_a_note_and_kind_with_a_new_version(content):
    change(
        content,
        EDIT,
        ('version: "1.0"', 'version: "1.1"'),
    )
    [outcome] = import_path(content)
    assert outcome.error.field == "change_type"
    change(content, ('version: "1.1"', 'version: "1.1"\nchange_type: minor'))
    [outcome] = import_path(content)
    assert outcome.error.field == "change_note"
    change(content, ("change_type: minor", "change_type: minor\nchange_note: Duidelijker."))
    [outcome] = import_path(content)
    assert outcome.error is None and outcome.action == "bijgewerkt"
    page = GuidancePage.objects.get(slug="fasen-van-veiligheid")
    assert [(v.number, v.change_note) for v in page.versions.order_by("major", "minor")] == [
        ("1.0", ""),
        ("1.1", "Duidelijker."),
    ]


def test_import_refuses_a_version_yaml_read_as_a_number(content):
    change(content, ('version: "1.0"', "version: 1.10"))
    [outcome] = import_path(content)
    assert outcome.error.field == "version"
    assert "aanhalingstekens" in outcome.error.message


def test_import_changes_tags_without_a_new_version(content):
    change(content, ("owner: Testprogramma", "owner: Ander programma"))
    [outcome] = import_path(content)
    assert outcome.action == "bijgewerkt"


class _Buffer:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


# --- what readers see --------------------------------------------------------------------


def test_history_lists_every_version_with_date_kind_and_note(client, page):
    response = client.get("/kennisbank/eerste-contact/versies/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert html.index("Versie 1.1") < html.index("Versie 1.0")  # newest first
    assert "Termijn in werkdagen." in html
    assert "Kleine wijziging: tekst, links" in html and "Eerste versie" in html
    assert "/kennisbank/eerste-contact/versies/1.0/" in html
    assert "versies/vergelijk/?van=1.0&amp;naar=1.1" in html


def test_the_page_links_to_its_history(client, page):
    html = client.get("/kennisbank/eerste-contact/").content.decode()
    assert 'href="/kennisbank/eerste-contact/versies/"' in html


def test_an_old_version_shows_its_own_text_marked_not_current(client, page):
    response = client.get("/kennisbank/eerste-contact/versies/1.0/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "drie dagen" in html and "vijf werkdagen" not in html
    assert "dit is niet de actuele versie" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_the_current_version_url_says_it_is_current(client, page):
    html = client.get("/kennisbank/eerste-contact/versies/1.1/").content.decode()
    assert "vijf werkdagen" in html
    assert "dit is de actuele versie" in html
    assert "niet de actuele versie" not in html


@pytest.mark.parametrize(
    "url",
    [
        "versies/9.9/",
        "versies/1.00/",
        "versies/vergelijk/?van=1.0&naar=3.0",
        "versies/vergelijk/?van=1.0",
        "versies/vergelijk/?van=x&naar=1.1",
    ],
)
def test_an_unknown_version_is_not_found(client, page, url):
    assert client.get(f"/kennisbank/eerste-contact/{url}").status_code == 404


def test_site_search_finds_the_current_text_only(page):
    from search.service import Params, search

    def urls(q):
        return [h.url for h in search(Params(q=q)).hits if "/kennisbank/eerste-contact/" in h.url]

    assert urls("werkdagen")  # the current text
    assert urls("drie") == []  # only version 1.0 said "drie dagen"


def test_the_diff_marks_only_the_changed_words(client, page):
    html = client.get("/kennisbank/eerste-contact/versies/vergelijk/?van=1.0&naar=1.1")
    html = html.content.decode()
    marks = re.findall(r"<(ins|del)>(?:<span[^>]*>[^<]*</span>)?([^<]*)", html)
    assert ("del", "drie dagen.") in marks and ("ins", "vijf werkdagen.") in marks
    texts = [text for kind, text in marks]
    assert not [t for t in texts if "Spreek" in t or "plan" in t]  # unchanged words stay plain
    assert "toegevoegd:" in html and "verwijderd:" in html  # said to screen readers
    unchanged = html.split("Niet veranderd")[1]
    assert "Samen plannen" in unchanged


def test_the_diff_reads_from_old_to_new_whichever_is_asked_first(client, page):
    html = client.get("/kennisbank/eerste-contact/versies/vergelijk/?van=1.1&naar=1.0")
    assert "Wat veranderde van versie 1.0 naar 1.1" in html.content.decode()


def test_a_section_added_in_a_version_is_marked_new(client, page):
    publish(
        page,
        version_label="2.0",
        change_type="major",
        change_note="Nieuwe sectie.",
        sections=[*sections(NEW_TEXT), ("section", section("Nazorg", "nazorg", "Blijf kijken."))],
    )
    html = client.get("/kennisbank/eerste-contact/versies/vergelijk/?van=1.1&naar=2.0")
    html = html.content.decode()
    assert "nieuwe sectie" in html
    assert "Blijf kijken." in html.split("Nazorg")[1]


# --- existing and demo content -----------------------------------------------------------


def test_migration_gives_live_guidance_its_first_version(site_tree):
    from importlib import import_module

    page = publish(GuidancePageFactory(slug="al-live"), version_label="3.2")
    page.versions.all().delete()
    import_module("cms.migrations.0008_initial_guidance_versions").forwards(apps, None)
    version = GuidanceVersion.objects.get(page=page)
    assert (version.number, version.classification) == ("3.2", "initial")
    assert version.revision_id == page.live_revision_id


def test_demo_handelingskader_has_its_versions_with_notes(site_tree):
    from django.conf import settings

    from cms import demo_versions

    demo_versions.import_older_versions()
    demo_file = settings.BASE_DIR / "demo" / "guidance" / f"{demo_versions.SLUG}.md"
    [outcome] = import_path(demo_file)
    assert outcome.error is None
    demo_versions.date_versions()
    versions = GuidanceVersion.objects.filter(page__slug=demo_versions.SLUG).order_by("major")
    assert [(v.number, v.classification) for v in versions] == [
        ("1.0", "initial"),
        ("1.1", "minor"),
        ("2.0", "major"),
        ("2.1", "minor"),  # item 7: every section got its kern
    ]
    assert all(v.change_note for v in versions[1:])
    assert [v.published_at.year for v in versions] == [2025, 2025, 2026, 2026]


def test_a_section_dropped_in_a_version_is_shown_struck_through(client, page):
    publish(
        page,
        version_label="2.0",
        change_type="major",
        change_note="Plannen valt weg.",
        sections=sections(NEW_TEXT)[:1],
    )
    html = client.get("/kennisbank/eerste-contact/versies/vergelijk/?van=1.1&naar=2.0")
    html = html.content.decode()
    assert "sectie verwijderd" in html
    assert re.search(r"<del><span[^>]*>verwijderd: </span>Maak één plan met het gezin\.", html)
