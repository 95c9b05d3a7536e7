"""A guidance page open as a dialoogversie (issue 14, item 4): its banner shows in its
period only."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.models import Consultation, open_consultation
from tests.factories import GuidancePageFactory

BANNER = "Dialoogversie: wij horen graag van u"


@pytest.fixture
def page(site_tree):
    return GuidancePageFactory(title="Visie op samenwerken", slug="visie")


@pytest.mark.parametrize(
    "start, end, shown",
    [(-3, 3, True), (0, 0, True), (1, 10, False), (-10, -1, False)],
)
def test_the_banner_shows_in_the_period_only(client, page, start, end, shown):
    today = timezone.localdate()
    Consultation.objects.create(
        page=page, starts=today + timedelta(days=start), ends=today + timedelta(days=end)
    )
    html = client.get(page.url).content.decode()
    assert (BANNER in html) is shown
    assert (open_consultation(page) is not None) is shown


def test_the_banner_names_the_period(client, page):
    Consultation.objects.create(
        page=page, starts=timezone.localdate(), ends=timezone.localdate() + timedelta(days=30)
    )
    html = client.get(page.url).content.decode()
    assert "Feedback op deze dialoogversie" in html
    assert (timezone.localdate() + timedelta(days=30)).strftime("%Y") in html


def test_a_page_without_a_consultation_has_no_banner(client, page):
    assert BANNER not in client.get(page.url).content.decode()


def test_the_end_cannot_lie_before_the_start(page):
    today = timezone.localdate()
    with pytest.raises(ValidationError):
        Consultation(page=page, starts=today, ends=today - timedelta(days=1)).full_clean()
