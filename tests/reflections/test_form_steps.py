"""A reflection form people finish: each question asked once, steps that fold away, optional
fields marked optional, errors only after sending."""

import re

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from reflections import methods
from reflections.forms import ReflectionSessionForm
from reflections.models import ReflectionSession
from tests.reflections.factories import SessionFactory
from tests.reflections.test_workspace import create_url, post_data

TEXT_FIELDS = ReflectionSession.TEXT_FIELDS


@pytest.fixture
def logged_in(client, member):
    client.force_login(member)
    return client


def form_for(team, method):
    return ReflectionSessionForm(
        instance=ReflectionSession(team=team, method=method.code), team=team, method=method
    )


def steps(html):
    """(open, summary text) of every <details> of the page."""
    found = re.findall(
        r"<details class=\"form-step\"( open)?>\s*<summary[^>]*>(.*?)</summary>", html, re.S
    )
    return [(bool(is_open), " ".join(re.sub(r"<[^>]+>", " ", s).split())) for is_open, s in found]


@pytest.mark.parametrize("method", methods.METHODS, ids=lambda m: m.code)
def test_every_method_asks_each_question_once(team, method):
    form = form_for(team, method)
    asked = form.step_fields + form.other_text_fields
    assert len(asked) == len(set(asked))  # no field twice
    assert set(TEXT_FIELDS) <= set(asked)  # every field of the session still asked
    for prompt in method.prompts:
        if prompt.field:
            assert prompt.field in TEXT_FIELDS
            assert f"prompt_{prompt.key}" not in form.fields  # the step is that field
            assert prompt.field not in form.other_text_fields
    mapped = [p.field for p in method.prompts if p.field]
    assert len(mapped) == len(set(mapped))  # no two steps in one field


@pytest.mark.parametrize("method", methods.METHODS, ids=lambda m: m.code)
def test_every_method_has_one_text_box_per_question(logged_in, team, method):
    html = logged_in.get(create_url(team, method.code)).content.decode()
    questions = len(method.own_prompts) + len(TEXT_FIELDS)  # before: every prompt + every field
    assert html.count("<textarea") == questions - sum(p.scale for p in method.prompts)
    assert html.count('name="what_happened"') == 1


def test_gibbs_asks_what_happened_once_as_its_first_step(logged_in, team):
    html = logged_in.get(create_url(team, "gibbs")).content.decode()
    assert html.count("Wat gebeurde er?") == 1  # the help of step 1, no second field
    first = steps(html)[1]  # after "Wie deden mee?"
    assert first == (True, "Stap 1 van 6: Beschrijving (verplicht)")
    assert 'id="id_what_happened-hulp">Wat gebeurde er?' in html


def test_steps_fold_open_when_required_answered_or_wrong(logged_in, team):
    html = logged_in.get(create_url(team, "gibbs")).content.decode()
    found = steps(html)
    assert (False, "Stap 2 van 6: Gevoelens (niet verplicht)") in found
    assert [s for is_open, s in found if is_open] == ["Stap 1 van 6: Beschrijving (verplicht)"]
    assert "0 van 6 stappen ingevuld." in html

    data = post_data(
        what_happened="", lessons="", prompt_gevoelens="Onrustig.", prompt_evaluatie=""
    )
    html = logged_in.post(create_url(team, "gibbs"), data).content.decode()
    opened = [s for is_open, s in steps(html) if is_open]
    assert "Stap 1 van 6: Beschrijving (verplicht) · fout" in opened
    assert "Stap 2 van 6: Gevoelens (niet verplicht) · ingevuld" in opened
    assert not any(s.startswith("Stap 3 van 6") for s in opened)
    assert "Wie deden mee? (alleen rollen, geen namen) (niet verplicht) · ingevuld" in opened
    assert "1 van 6 stappen ingevuld." in html


def test_an_edited_reflection_opens_the_steps_it_answered(logged_in, team):
    session = SessionFactory(
        team=team, method="gibbs", what_expected="", lessons="", answers={"actieplan": "Bellen."}
    )
    html = logged_in.get(reverse("reflections:session_edit", args=[session.pk])).content.decode()
    opened = [s for is_open, s in steps(html) if is_open]
    assert "Stap 6 van 6: Actieplan (niet verplicht) · ingevuld" in opened
    assert not any(s.startswith("Wat hadden we verwacht?") for s in opened)
    assert "2 van 6 stappen ingevuld." in html


def test_optional_fields_say_so_and_nothing_is_wrong_before_sending(logged_in, team):
    html = logged_in.get(create_url(team, "signs_of_safety")).content.decode()
    assert "Wat gebeurde er? (verplicht)" in " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert html.count("(niet verplicht)") >= 10
    assert "aria-invalid" not in html and "utrecht-form-field--invalid" not in html
    assert "utrecht-form-field-error-message" not in html


def test_vrije_vorm_has_no_steps_only_the_questions(logged_in, team):
    html = logged_in.get(create_url(team, "vrij")).content.decode()
    assert "Stappen van" not in html and "Stap 1" not in html
    assert "Wat gebeurde er en wat leren we?" in html


def test_the_detail_page_shows_a_field_step_in_its_place_and_every_other_text(logged_in, team):
    session = SessionFactory(
        team=team,
        method="gibbs",
        what_happened="Een huisbezoek.",
        what_expected="Een rustig gesprek.",
        lessons="",
        answers={"gevoelens": "Onrustig."},
    )
    html = logged_in.get(reverse("reflections:session", args=[session.pk])).content.decode()
    headings = re.findall(r'<h2 class="utrecht-heading-2">(.*?)</h2>', html)
    assert headings[:3] == ["1. Beschrijving", "2. Gevoelens", "Wat hadden we verwacht?"]
    assert "Een huisbezoek." in html and "Een rustig gesprek." in html
    assert "Wat gebeurde er?" not in headings


BEFORE = ("reflections", "0006_text_lengths")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_moves_old_answers_of_field_steps_and_loses_nothing(team):
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state(BEFORE).apps.get_model("reflections", "ReflectionSession")
    aar = old.objects.create(
        team_id=team.pk,
        method="aar",
        what_happened="Het plan kwam op tijd.",
        what_expected="",
        answers={"bedoeling": "Een plan binnen een dag.", "gebeurd": "Eén betrokkene ontbrak."},
    )
    same = old.objects.create(
        team_id=team.pk,
        method="gibbs",
        what_happened="Huisbezoek.",
        answers={"beschrijving": "Huisbezoek.", "gevoelens": "Onrustig."},
    )
    free = old.objects.create(
        team_id=team.pk, method="vrij", what_happened="", answers={"reflectie": "Vrij verhaal."}
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    aar, same, free = (ReflectionSession.objects.get(pk=s.pk) for s in (aar, same, free))
    assert aar.answers == {}
    assert aar.what_expected == "Een plan binnen een dag."
    assert aar.what_happened == "Het plan kwam op tijd.\n\nEén betrokkene ontbrak."
    assert (same.what_happened, same.answers) == ("Huisbezoek.", {"gevoelens": "Onrustig."})
    assert (free.what_happened, free.answers) == ("Vrij verhaal.", {})
