"""Bad input gets a clear error on the field, and nothing is saved."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.content_io import import_path
from learning.models import PilotPage, ResearchSummaryPage
from tests.factories import login_with_second_factor
from tests.learning.admin_helpers import add_pilot
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"planned_start": "2025-06-01", "planned_end": "2025-01-01"}, "planned_end"),
        ({"actual_start": "2025-06-01", "actual_end": "2025-05-31"}, "actual_end"),
        ({"status": "gestopt", "stop_reason": ""}, "stop_reason"),
        ({"contact_email": "geen-adres"}, "contact_email"),
    ],
)
def test_pilot_form_errors(client, registry, pilot_lead, fields, error_field):
    login_with_second_factor(client, pilot_lead)
    response = add_pilot(client, registry, **fields)
    assert response.status_code == 200
    assert error_field in response.context["form"].errors
    assert not PilotPage.objects.exists()


def test_stopped_with_reason_is_fine(registry):
    page = PilotPageFactory.build(status="gestopt", stop_reason="Geen financiering meer.")
    page.clean()


@pytest.mark.parametrize("doi", ["10.5555/tsk-demo-001", "10.1000/182", "10.12345678/abc.def(1)"])
def test_valid_dois(doi):
    ResearchSummaryPage(title="x", doi=doi).clean_fields(
        exclude=["path", "depth", "content_type", "slug", "url_path", "draft_title"]
    )


@pytest.mark.parametrize(
    "doi", ["doi:10.5555/x", "10.55/x", "10.5555/", "10.5555/met spatie", "11.5555/x"]
)
def test_malformed_doi_is_a_field_error(research_index, doi):
    page = ResearchSummaryPageFactory.build(doi=doi)
    with pytest.raises(ValidationError) as exc:
        page.full_clean(
            exclude=["path", "depth", "content_type", "slug", "url_path", "draft_title"]
        )
    assert "doi" in exc.value.message_dict


def test_malformed_doi_in_the_editor(client, research_index, researcher):
    login_with_second_factor(client, researcher)
    data = nested_form_data(
        {
            "title": "Studie",
            "slug": "studie",
            "doi": "10.55/fout",
            "summary": "",
            "plain_title": "",
            "authors": inline_formset([]),
            "organisation": "",
            "publication_date": "",
            "link": "",
            "study_design": "",
            "sample": "",
            "evidence_level": "",
            "key_findings": "",
            "limitations": "",
            "practice_implications": "",
            "plain_summary": "",
            "level": "",
            "guidance_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    url = reverse(
        "wagtailadmin_pages:add", args=("learning", "researchsummarypage", research_index.pk)
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "doi" in response.context["form"].errors
    assert not ResearchSummaryPage.objects.exists()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PILOT = """---
type: pilot
title: Testpilot
kind: pilot
status: {status}
actual_start: 2025-05-01
actual_end: {end}
regions: [{region}]
---
## Probleem

Een probleem.
"""


@pytest.mark.parametrize(
    ("status", "end", "region", "field"),
    [
        ("lopend", "2025-04-01", "utrecht", "actual_end"),
        ("gestopt", "2025-06-01", "utrecht", "stop_reason"),
        ("lopend", "2025-06-01", "atlantis", "regions"),
        ("onbekend", "2025-06-01", "utrecht", "status"),
    ],
)
def test_pilot_import_errors(registry, tmp_path, status, end, region, field):
    path = write(tmp_path, "p.md", PILOT.format(status=status, end=end, region=region))
    (outcome,) = import_path(path)
    assert outcome.error is not None
    assert outcome.error.field == field
    assert not PilotPage.objects.exists()


def test_research_import_rejects_bad_doi(research_index, tmp_path):
    path = write(tmp_path, "r.md", "---\ntype: research\ntitle: Studie\ndoi: 10.5/x\n---\n")
    (outcome,) = import_path(path)
    assert outcome.error.field == "doi"
    assert not ResearchSummaryPage.objects.exists()


def test_good_pilot_import_registers(registry, tmp_path):
    path = write(
        tmp_path, "p.md", PILOT.format(status="lopend", end="2025-06-01", region="utrecht")
    )
    (outcome,) = import_path(path)
    assert outcome.error is None and outcome.action == "nieuw"
    page = PilotPage.objects.get()
    assert page.live and page.registry_id.startswith("TSK-")
    assert page.actual_end == dt.date(2025, 6, 1)
