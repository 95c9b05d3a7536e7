"""Drive the Wagtail page editor over HTTP, as a browser form submit would."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from learning.models import PilotPage

PILOT_DEFAULTS = {
    "title": "Vast gezicht in de wijk",
    "slug": "vast-gezicht-in-de-wijk",
    "kind": "pilot",
    "summary": "Eén vaste professional per gezin.",
    "problem": "Gezinnen zien te veel hulpverleners.",
    "aim": "Minder wisselingen.",
    "research_question": "Worden er minder overdrachten gedaan?",
    "intervention": "Een vast gezicht in het lokale team.",
    "lead_organisation": "Gemeente Voorbeeld",
    "partners": "",
    "contact_email": "pilot@example.org",
    "funding": "",
    "status": "lopend",
    "stop_reason": "",
    "planned_start": "2025-01-01",
    "planned_end": "2026-12-31",
    "actual_start": "",
    "actual_end": "",
    "evaluation_design": "Voor- en nameting.",
    "outcome_measures": "Aantal overdrachten.",
    "expected_size": "40 gezinnen",
    "ethics_review": "",
    "results_summary": "",
    "lessons": "",
    "change_reason": "",
    "change_classification": "",
    "level": "",
}


def pilot_form(**fields) -> dict:
    data = {**PILOT_DEFAULTS, **fields}
    data["guidance_links"] = inline_formset([])
    data["comments"] = inline_formset([])
    return nested_form_data(data)


def add_pilot(client, registry, action="action-submit", **fields):
    url = reverse("wagtailadmin_pages:add", args=("learning", "pilotpage", registry.pk))
    data = pilot_form(**fields)
    if action:
        data[action] = "1"
    return client.post(url, data)


def edit_pilot(client, page, action="action-submit", **fields):
    current = page.get_latest_revision_as_object()
    base = {name: _form_value(getattr(current, name)) for name in PILOT_DEFAULTS}
    base.update(fields)
    data = pilot_form(**base)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def _form_value(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def approve(client, page):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "page is not in moderation"
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""})


def pilot(slug=PILOT_DEFAULTS["slug"]) -> PilotPage:
    return PilotPage.objects.get(slug=slug)
