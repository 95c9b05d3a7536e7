"""Trusted registration: submit → approve → ID and version 1.0; amendments need a reason."""

import datetime as dt

import pytest
from django.utils import timezone
from freezegun import freeze_time

from learning.models import PilotPage, PilotRegistration, PilotVersion
from learning.versioning import diff, snapshot
from tests.factories import login_with_second_factor
from tests.learning.admin_helpers import add_pilot, approve, edit_pilot, pilot
from tests.learning.factories import PilotPageFactory, publish

pytestmark = pytest.mark.django_db


def login(client, user):
    login_with_second_factor(client, user)


def register(client, registry, lead, editor, **fields):
    login(client, lead)
    response = add_pilot(client, registry, **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = pilot(fields.get("slug", "vast-gezicht-in-de-wijk"))
    login(client, editor)
    response = approve(client, page)
    assert response.status_code == 302  # a refused approval redirects too: check it went live
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress, "the approval did not publish the pilot"
    return page.specific


def test_submitted_pilot_waits_for_approval_without_id(client, registry, pilot_lead):
    login(client, pilot_lead)
    response = add_pilot(client, registry)
    assert response.status_code == 302
    page = pilot()
    assert not page.live
    assert page.owner == pilot_lead
    assert page.registry_id == ""
    assert page.current_workflow_state is not None
    assert not PilotVersion.objects.filter(page=page).exists()


def test_approval_publishes_version_1_0_and_assigns_id(client, registry, pilot_lead, editor):
    page = register(client, registry, pilot_lead, editor)
    assert page.live
    year = timezone.localdate().year
    assert page.registry_id == f"TSK-{year}-0001"
    version = page.current_version
    assert version.version == "1.0"
    assert version.snapshot["title"] == "Vast gezicht in de wijk"
    assert version.snapshot["status"] == "Lopend"


def test_ids_are_sequential_unique_and_never_reused(registry):
    first = publish(PilotPageFactory())
    second = publish(PilotPageFactory())
    year = timezone.localdate().year
    assert (first.registry_id, second.registry_id) == (f"TSK-{year}-0001", f"TSK-{year}-0002")
    second.delete()
    third = publish(PilotPageFactory())
    assert third.registry_id == f"TSK-{year}-0003"
    assert PilotRegistration.objects.filter(registry_id=f"TSK-{year}-0002", page=None).exists()


def test_republishing_keeps_the_id(registry):
    page = publish(PilotPageFactory())
    registry_id = page.registry_id
    page.summary = "Nieuwe samenvatting."
    page.change_reason = "Samenvatting verduidelijkt."
    page.change_classification = PilotPage.Change.MINOR
    publish(page)
    assert page.registry_id == registry_id
    assert PilotRegistration.objects.count() == 1


def test_amendment_without_reason_is_refused(client, registry, pilot_lead, editor):
    page = register(client, registry, pilot_lead, editor)
    login(client, pilot_lead)
    response = edit_pilot(client, page, aim="Nieuw doel.")
    assert response.status_code == 200
    form = response.context["form"]
    assert "change_reason" in form.errors
    assert "change_classification" in form.errors
    page.refresh_from_db()
    assert page.specific.aim == "Minder wisselingen."
    assert page.versions.count() == 1


def test_reason_from_the_last_version_is_not_offered_again(client, registry, pilot_lead, editor):
    page = register(client, registry, pilot_lead, editor)
    login(client, pilot_lead)
    edit_pilot(
        client,
        page,
        aim="Nieuw doel.",
        change_reason="Doel scherper.",
        change_classification="klein",
    )
    login(client, editor)
    approve(client, page)
    login(client, pilot_lead)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.context["form"].initial["change_reason"] == ""


@pytest.mark.parametrize(("classification", "expected"), [("klein", "1.1"), ("groot", "2.0")])
def test_amendment_versions(client, registry, pilot_lead, editor, classification, expected):
    page = register(client, registry, pilot_lead, editor)
    login(client, pilot_lead)
    response = edit_pilot(
        client,
        page,
        aim="Minder wisselingen en snellere hulp.",
        change_reason="Doel aangevuld na overleg met de regio.",
        change_classification=classification,
    )
    assert response.status_code == 302
    assert page.versions.count() == 1  # waiting for approval
    login(client, editor)
    approve(client, page)
    versions = list(page.versions.order_by("major", "minor"))
    assert [v.version for v in versions] == ["1.0", expected]
    assert versions[-1].reason == "Doel aangevuld na overleg met de regio."
    assert versions[-1].classification == classification


def test_minor_after_major(registry):
    page = publish(PilotPageFactory())
    for text, kind in (("a", "groot"), ("b", "klein"), ("c", "klein")):
        page.aim = text
        page.change_reason, page.change_classification = f"reden {text}", kind
        publish(page)
    assert [v.version for v in page.versions.all()] == ["1.0", "2.0", "2.1", "2.2"]


def test_publish_without_public_change_adds_no_version(registry):
    page = publish(PilotPageFactory())
    page.change_reason, page.change_classification = "niets", "klein"
    publish(page)
    assert page.versions.count() == 1


def test_diff_is_readable_per_field():
    old = {"title": "A", "aim": "Regel een\nRegel twee", "status": "Lopend"}
    new = {"title": "A", "aim": "Regel een\nRegel drie", "status": "Gestopt"}
    changes = {c.name: c for c in diff(old, new)}
    assert set(changes) == {"aim", "status"}
    assert changes["aim"].removed == ["Regel twee"]
    assert changes["aim"].added == ["Regel drie"]
    assert changes["aim"].label == "Doel"


def test_snapshot_holds_public_fields_only(registry):
    page = publish(PilotPageFactory(change_reason="intern"))
    data = snapshot(page)
    assert set(data) == set(PilotPage.PUBLIC_FIELDS)
    assert "change_reason" not in data


def test_public_history_shows_versions_with_reason_and_diff(client, registry):
    page = publish(PilotPageFactory(aim="Oud doel"))
    page.aim = "Nieuw doel"
    page.change_reason, page.change_classification = "Doel aangepast na start.", "klein"
    publish(page)
    response = client.get(f"{page.url}versies/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Versie 1.0" in html and "Versie 1.1" in html
    assert "Doel aangepast na start." in html
    assert "<del>" in html and "Oud doel" in html
    assert "<ins>" in html and "Nieuw doel" in html
    assert html.index("Versie 1.1") < html.index("Versie 1.0")  # newest first


def test_history_of_a_draft_is_not_public(client, registry):
    page = PilotPageFactory(live=False)
    assert client.get(f"/pilots/{page.slug}/versies/").status_code == 404


def test_versions_are_kept_with_dates(registry):
    page = PilotPageFactory()
    with freeze_time("2026-03-02 09:30:00+00:00"):
        publish(page)
    version = page.current_version
    assert version.published_at == dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
