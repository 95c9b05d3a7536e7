"""Results are due 12 months after the actual end; late ones are listed for editors and leads."""

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone

from learning.models import PilotPage
from learning.overdue import overdue_for_user, overdue_pilots
from tests.factories import login_with_second_factor
from tests.learning.factories import PilotPageFactory, publish

pytestmark = pytest.mark.django_db


def ended(months_ago: int, **kwargs):
    today = timezone.localdate()
    end = today - relativedelta(months=months_ago) - dt.timedelta(days=1)
    return end, {
        "actual_start": end - dt.timedelta(days=300),
        "actual_end": end,
        "status": "afgerond",
        **kwargs,
    }


@pytest.fixture
def pilots(registry, pilot_lead, other_lead):
    def make(title, months_ago, **kw):
        _end, fields = ended(months_ago, **kw)
        return publish(PilotPageFactory(title=title, **fields))

    return {
        "late_own": make("Te laat eigen", 13, owner=pilot_lead),
        "late_other": make("Te laat ander", 14, owner=other_lead),
        "late_with_results": make("Met resultaten", 13, owner=pilot_lead, results_summary="Klaar."),
        "not_yet_due": make("Nog niet", 11, owner=pilot_lead),
    }


@pytest.mark.parametrize(
    ("actual_end", "due"),
    [
        (dt.date(2024, 2, 29), dt.date(2025, 2, 28)),  # no 29 February: the month's last day
        (dt.date(2025, 1, 31), dt.date(2026, 1, 31)),
        (dt.date(2025, 3, 15), dt.date(2026, 3, 15)),
    ],
)
def test_results_are_due_twelve_calendar_months_after_the_end(actual_end, due):
    assert PilotPage(actual_end=actual_end).results_due == due


@pytest.mark.parametrize(
    ("today", "overdue"), [(dt.date(2025, 2, 28), False), (dt.date(2025, 3, 1), True)]
)
def test_the_overdue_list_and_the_due_date_agree_on_a_leap_day(registry, today, overdue):
    fields = {"actual_start": dt.date(2023, 6, 1), "actual_end": dt.date(2024, 2, 29)}
    pilot = publish(PilotPageFactory(parent=registry, status="afgerond", **fields))
    assert pilot.results_due == dt.date(2025, 2, 28)
    assert (pilot in overdue_pilots(today)) is overdue


def test_overdue_list(pilots):
    titles = [p.title for p in overdue_pilots()]
    assert titles == ["Te laat ander", "Te laat eigen"]  # longest overdue first
    assert pilots["late_own"].results_overdue
    assert not pilots["not_yet_due"].results_overdue
    assert not pilots["late_with_results"].results_overdue


def test_due_date_is_twelve_months_after_actual_end(registry):
    page = PilotPageFactory(actual_start=dt.date(2023, 1, 1), actual_end=dt.date(2024, 5, 31))
    assert page.results_due == dt.date(2025, 5, 31)


def test_lead_sees_own_editor_sees_all(pilots, pilot_lead, editor):
    assert [p.title for p in overdue_for_user(pilot_lead)] == ["Te laat eigen"]
    assert len(overdue_for_user(editor)) == 2


def test_admin_report(client, pilots, pilot_lead, editor):
    url = reverse("learning_overdue")
    login_with_second_factor(client, editor)
    html = client.get(url).content.decode()
    assert "Te laat eigen" in html and "Te laat ander" in html and "Nog niet" not in html
    login_with_second_factor(client, pilot_lead)
    html = client.get(url).content.decode()
    assert "Te laat eigen" in html and "Te laat ander" not in html


def test_anonymous_has_no_report(client, pilots):
    assert client.get(reverse("learning_overdue")).status_code == 302
