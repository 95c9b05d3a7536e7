"""English mode is whole: vocabulary and fixed page texts in English, Dutch content marked
lang="nl", chosen through the language switch in the footer (POST /taal/)."""

import re
from pathlib import Path

import pytest
from django.utils import translation

from cms.models import Principle, Theme
from tests.factories import GlossaryTermFactory, GuidancePageFactory, section

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def choose(client, language):
    """What a visitor does: the footer's language form."""
    response = client.post("/taal/", {"language": language, "next": "/"})
    assert response.status_code == 302


@pytest.fixture
def tagged_guidance(site_tree):
    principle = Principle.objects.get(code="G4")
    theme = Theme.objects.get(slug="huiselijk-geweld")
    page = GuidancePageFactory(
        title="Veilig opgroeien", summary="Een samenvatting in het Nederlands."
    )
    page.principles.add(principle)
    page.themes.add(theme)
    page.sections = [
        ("section", section(body="Praat met het gezin.", principles=[principle], themes=[theme]))
    ]
    page.save_revision().publish()
    return page


def test_vocabulary_label_follows_the_active_language():
    principle = Principle.objects.get(code="G4")
    with translation.override("en"):
        assert principle.label == "Children and parents are heard"
        assert str(principle) == "G4 Children and parents are heard"
    with translation.override("nl"):
        assert principle.label == "Kinderen en ouders worden gehoord"


def test_a_word_without_english_label_falls_back_to_dutch_marked_as_dutch():
    theme = Theme.objects.create(name="Nieuw thema", slug="nieuw-thema")
    with translation.override("en"):
        assert (theme.label, theme.label_lang) == ("Nieuw thema", "nl")
    with translation.override("nl"):
        assert theme.label_lang == ""


def test_chips_are_english_in_english_mode(client, tagged_guidance):
    choose(client, "en")
    html = client.get(tagged_guidance.url).content.decode()
    assert '<abbr title="Children and parents are heard">G4</abbr> Children' in html
    assert ">Domestic violence</a>" in html
    assert "Kinderen en ouders worden gehoord" not in html


def test_chips_stay_dutch_in_dutch_mode(client, tagged_guidance):
    html = client.get(tagged_guidance.url).content.decode()
    assert "G4</abbr> Kinderen en ouders worden gehoord" in html
    assert ">Huiselijk geweld</a>" in html


def test_knowledge_base_filters_and_fixed_title_are_english(client, site_tree):
    choose(client, "en")
    html = client.get("/kennisbank/").content.decode()
    assert "<title>Knowledge base · " in html
    assert '<h1 class="utrecht-heading-1">Knowledge base</h1>' in html
    assert "G4 Children and parents are heard" in html  # the filter's option
    assert ">Domestic violence" in html


def test_home_cards_are_english(client, site_tree):
    choose(client, "en")
    html = client.get("/").content.decode()
    assert "Find guidance" in html
    assert "Record a reflection" in html
    assert "Richtlijnen vinden" not in html


def test_an_edited_fixed_title_is_shown_as_written_and_marked_dutch(client, site_tree):
    site_tree.title = "Welkom bij het platform"
    site_tree.save_revision().publish()
    choose(client, "en")
    html = client.get("/").content.decode()
    assert '<span lang="nl">Welkom bij het platform</span>' in html


def test_dutch_content_is_marked_in_english_mode(client, tagged_guidance):
    choose(client, "en")
    html = client.get(tagged_guidance.url).content.decode()
    assert '<html lang="en"' in html
    assert '<h1 class="utrecht-heading-1" lang="nl">Veilig opgroeien</h1>' in html
    assert '<div class="section__body" lang="nl">' in html


def test_dutch_content_is_not_marked_in_dutch_mode(client, tagged_guidance):
    html = client.get(tagged_guidance.url).content.decode()
    assert '<html lang="nl"' in html
    assert 'lang="nl"' not in html.split("<body", 1)[1]


def test_knowledge_base_cards_are_marked_dutch_in_english_mode(client, tagged_guidance):
    choose(client, "en")
    html = client.get("/kennisbank/").content.decode()
    assert '<p class="utrecht-paragraph" lang="nl">Een samenvatting in het Nederlands.</p>' in html


def test_glossary_terms_are_marked_dutch_but_its_labels_are_not(client, site_tree):
    term = GlossaryTermFactory(term="Regiehouder", explanation="De vaste contactpersoon.")
    term.related.add(GlossaryTermFactory(term="Lokaal team"))
    choose(client, "en")
    html = client.get("/begrippen/").content.decode()
    assert '<h1 class="utrecht-heading-1">Glossary</h1>' in html
    assert '<p class="utrecht-paragraph" lang="nl">De vaste contactpersoon.</p>' in html
    assert '<p class="utrecht-paragraph meta">See also:' in html


# The reader is addressed with "u" everywhere: the demo content and the texts the project
# ships (setup, vocabulary, reflection methods, templates).
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf|jullie)\b", re.IGNORECASE)
SHIPPED = [
    "demo/**/*.md",
    "cms/setup.py",
    "learning/setup.py",
    "learning/demo.py",
    "reflections/demo.py",
    "reflections/methods.py",
    "cms/migrations/0003_pillars_principles_themes.py",
    "templates/**/*.html",
    "templates/**/*.txt",
]


def test_no_shipped_text_addresses_the_reader_with_je():
    files = sorted({p for pattern in SHIPPED for p in ROOT.glob(pattern)})
    assert len(files) > 20  # the patterns still find the demo content
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if INFORMAL.search(line)
    ]
    assert found == []
