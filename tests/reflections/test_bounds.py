"""What a reflection accepts: bounded texts, a date that is not in the future or absurdly old,
an action not due before its reflection. Refused with a Dutch error on the field."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from reflections import limits, methods
from reflections.forms import ActionForm, ReflectionSessionForm
from reflections.models import AgreedAction, ReflectionSession
from tests.reflections.factories import ActionFactory
from tests.reflections.test_workspace import create_url, post_data


@pytest.fixture
def logged_in(client, member):
    client.force_login(member)
    return client


def session_form(team, **extra):
    data = post_data(**extra)
    return ReflectionSessionForm(
        data, instance=ReflectionSession(team=team, method="gibbs"), team=team,
        method=methods.get_method("gibbs"),
    )  # fmt: skip


def test_a_5000_character_action_is_refused_naming_the_limit(logged_in, team):
    response = logged_in.post(create_url(team), post_data(**{"actie-0-description": "x" * 5000}))
    assert response.status_code == 200
    assert not ReflectionSession.objects.exists() and not AgreedAction.objects.exists()
    html = response.content.decode()
    assert "Een afspraak is hoogstens 500 tekens (nu 5000)" in html
    assert 'aria-describedby="id_actie-0-description-fout"' in html


def test_an_action_of_500_characters_is_saved(logged_in, team):
    logged_in.post(create_url(team), post_data(**{"actie-0-description": "a" * 500}))
    assert AgreedAction.objects.get().description == "a" * 500


def test_the_inputs_carry_their_limits(logged_in, team):
    html = logged_in.get(create_url(team)).content.decode()
    assert 'name="actie-0-description" size="50" maxlength="500"' in html
    assert 'maxlength="10000"' in html  # what happened, the dilemma, …
    assert 'maxlength="5000"' in html  # an answer to a step of the method
    today = timezone.localdate()
    assert f'max="{today:%Y-%m-%d}"' in html and 'min="2000-01-01"' in html
    assert f'name="actie-0-due" min="{today:%Y-%m-%d}"' in html  # not before the reflection


@pytest.mark.parametrize(
    ("field", "limit"),
    [("what_happened", limits.REFLECTION_TEXT_MAX_LENGTH), ("prompt_gevoelens", 5000)],
)
def test_long_reflection_texts_are_refused_in_dutch(team, field, limit):
    form = session_form(team, **{field: "x" * (limit + 1)})
    assert not form.is_valid()
    assert form.errors[field] == [
        f"Deze tekst is te lang: hoogstens {limit} tekens (nu {limit + 1})."
    ]


def test_the_models_refuse_too_long_texts_too(session):
    action = ActionFactory.build(session=session, description="x" * 501)
    with pytest.raises(ValidationError) as caught:
        action.full_clean()
    assert "hoogstens 500 tekens" in str(caught.value.message_dict["description"])


def test_a_reflection_dated_in_the_future_is_refused(logged_in, team):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = logged_in.post(create_url(team), post_data(date=f"{tomorrow:%Y-%m-%d}"))
    assert not ReflectionSession.objects.exists()
    assert "Deze datum ligt in de toekomst" in response.content.decode()


@pytest.mark.parametrize("day", ["2099-01-01", "1999-12-31"])
def test_absurd_dates_get_an_error_on_the_date(team, day):
    form = session_form(team, date=day)
    assert not form.is_valid()
    assert list(form.errors) == ["date"]
    expected = "toekomst" if day.startswith("2099") else "Kies een datum vanaf 1 januari 2000."
    assert expected in form.errors["date"][0]


@pytest.mark.parametrize("day", ["today", "2000-01-01"])
def test_today_and_the_earliest_day_are_accepted(team, day):
    day = f"{timezone.localdate():%Y-%m-%d}" if day == "today" else day
    assert session_form(team, date=day).is_valid()


def test_an_action_due_before_the_reflection_is_refused(logged_in, team):
    response = logged_in.post(
        create_url(team),
        post_data(
            date="2026-03-02", **{"actie-0-description": "Bellen.", "actie-0-due": "2001-01-01"}
        ),
    )
    assert not ReflectionSession.objects.exists()
    html = response.content.decode()
    assert "Deze datum is eerder dan de reflectie (2 maart 2026)" in html
    assert 'name="actie-0-due" value="2001-01-01"' in html  # shown again as the input can read it


def test_an_action_due_on_the_reflection_day_is_fine(team):
    form = ActionForm(
        {"description": "Bellen.", "due": "2026-03-02"},
        team=team,
        earliest_due=timezone.datetime(2026, 3, 2).date(),
    )
    assert form.is_valid(), form.errors


def test_editing_an_old_reflection_keeps_the_due_bound_of_its_date(logged_in, session):
    session.date = timezone.datetime(2025, 5, 1).date()
    session.save()
    html = logged_in.get(reverse("reflections:session_edit", args=[session.pk])).content.decode()
    assert 'min="2025-05-01"' in html
