"""Dates typed the Dutch way in the Wagtail admin are kept; unreadable ones are a field error."""

import datetime as dt

import pytest
from django.urls import reverse

from learning.models import PilotPage
from tests.factories import login_with_second_factor
from tests.learning.admin_helpers import add_pilot

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("1-5-2027", dt.date(2027, 5, 1)),
        ("01-05-2027", dt.date(2027, 5, 1)),
        ("31-12-2026", dt.date(2026, 12, 31)),
        ("2026-12-31", dt.date(2026, 12, 31)),
    ],
)
def test_typed_dutch_date_is_saved_as_typed(client, registry, pilot_lead, typed, saved):
    login_with_second_factor(client, pilot_lead)
    response = add_pilot(client, registry, action=None, planned_start=typed, planned_end="")
    assert response.status_code == 302
    draft = PilotPage.objects.get().get_latest_revision_as_object()
    assert draft.planned_start == saved


@pytest.mark.parametrize("typed", ["1 mei 2026", "31-13-2026", "32-1-2026", "1-5-27", "morgen"])
def test_unreadable_date_is_a_field_error(client, registry, pilot_lead, typed):
    login_with_second_factor(client, pilot_lead)
    response = add_pilot(client, registry, action=None, planned_start=typed)
    assert response.status_code == 200
    errors = response.context["form"].errors["planned_start"]
    assert any("dd-mm-jjjj" in e for e in errors)
    assert not PilotPage.objects.exists()


def test_date_field_shows_the_format(client, registry, pilot_lead):
    login_with_second_factor(client, pilot_lead)
    url = reverse("wagtailadmin_pages:add", args=("learning", "pilotpage", registry.pk))
    html = client.get(url).content.decode()
    assert 'placeholder="dd-mm-jjjj"' in html
    assert "bijvoorbeeld 31-12-2026" in html
    assert '"validateOnBlur": false' in html


def test_title_with_control_characters_is_saved_without_them(client, registry, pilot_lead):
    login_with_second_factor(client, pilot_lead)
    title = "Vast\x00 gezicht\x07 in de\twijk"
    add_pilot(client, registry, action=None, title=title, summary="Eén\x1b vaste professional.")
    draft = PilotPage.objects.get().get_latest_revision_as_object()
    assert draft.title == "Vast gezicht in de\twijk"
    assert draft.summary == "Eén vaste professional."
