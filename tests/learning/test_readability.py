"""The plain-language aid in the editor: Flesch-Douma, longest sentences, glossary jargon."""

import pytest
from django.urls import reverse

from learning.readability import analyse
from tests.factories import GlossaryTermFactory, login_with_second_factor
from tests.learning.factories import PilotPageFactory, publish

pytestmark = pytest.mark.django_db

EASY = "Het gezin krijgt hulp. De hulp is dichtbij. Dat werkt goed."
HARD = (
    "De implementatie van multidisciplinaire samenwerkingsverbanden binnen de "
    "jeugdbeschermingsketen vereist organisatieoverstijgende afstemmingsmechanismen "
    "en beleidsmatige verankering op bestuurlijk niveau."
)


def test_easy_text_scores_higher_than_hard_text():
    easy, hard = analyse(EASY), analyse(HARD)
    assert easy.score > 60 > hard.score
    assert easy.sentences == 3


def test_longest_sentences_first():
    result = analyse(f"{EASY} {HARD}")
    words, sentence = result.longest[0]
    assert sentence.startswith("De implementatie") and words == len(HARD.split())


def test_glossary_jargon_with_explanation(db):
    GlossaryTermFactory(
        term="Ondertoezichtstelling",
        slug="ots",
        abbreviations="OTS",
        explanation="De rechter zet een gezin onder toezicht.",
    )
    result = analyse("Er loopt een OTS. Het gezin heeft hulp.")
    assert result.jargon == [
        ("OTS", "Ondertoezichtstelling", "De rechter zet een gezin onder toezicht.")
    ]


def test_empty_text():
    assert analyse("").score is None


def test_panel_in_the_editor(client, registry, editor):
    GlossaryTermFactory(
        term="Veiligheidsplan", slug="veiligheidsplan", explanation="Afspraken over veiligheid."
    )
    page = publish(PilotPageFactory(aim=f"{EASY} Er komt een veiligheidsplan."))
    login_with_second_factor(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "Flesch-Douma-score" in html
    assert "data-readability-score" in html
    assert "Afspraken over veiligheid." in html
