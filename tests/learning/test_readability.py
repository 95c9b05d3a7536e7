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


def test_panel_loads_the_live_script_and_names_the_measured_fields(client, registry, editor):
    page = publish(PilotPageFactory())
    login_with_second_factor(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'src="/static/learning/readability.js' in html
    assert 'data-readability-fields="summary,problem,aim,' in html
    assert f'data-readability-url="{reverse("learning_readability")}"' in html


def shown_score(html: str) -> str:
    return html.split("data-readability-score>", 1)[1].split("<", 1)[0]


def test_the_check_while_typing_measures_the_form_fields_as_the_panel_does(client, editor):
    GlossaryTermFactory(term="Veiligheidsplan", slug="vp", explanation="Afspraken over veiligheid.")
    page = PilotPageFactory(summary=EASY, problem="", aim="Er komt een veiligheidsplan.")
    login_with_second_factor(client, editor)
    url = reverse("learning_readability")
    fields = [getattr(page, name) for name in page.READABLE_FIELDS]  # as the script sends them
    html = client.post(url, {"text": fields}).content.decode()
    assert shown_score(html) == str(analyse(page.readable_text()).score).replace(".", ",")
    assert "Afspraken over veiligheid." in html
    hard = client.post(url, {"text": [HARD]}).content.decode()
    assert float(shown_score(hard).replace(",", ".")) < 30
    assert "Nog geen tekst om te meten." in client.post(url, {"text": [""]}).content.decode()


def test_the_check_refuses_gets_huge_texts_and_people_outside_the_admin(client, editor):
    url = reverse("learning_readability")
    assert client.post(url, {"text": ["Een zin."]}).status_code == 302  # to the login
    login_with_second_factor(client, editor)
    assert client.get(url).status_code == 405
    assert client.post(url, {"text": ["woord " * 50_000]}).status_code == 400
