"""Nothing identifying goes public: every path that publishes a pilot runs the privacy guard."""

import datetime as dt
import html
import logging

import pytest
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from cms.publishing import BLOCKED_ACTION
from learning.models import PilotPage
from reflections.models import ConfirmedFinding
from reflections.publish_guard import blockers
from reflections.publish_review import CONFIRMED_ACTION
from tests.factories import login_with_second_factor
from tests.learning.admin_helpers import add_pilot, approve, edit_pilot, pilot
from tests.learning.factories import PilotPageFactory, publish

pytestmark = pytest.mark.django_db

BSN = "111222333"
BSN_SUMMARY = f"Een moeder (BSN {BSN}) vertelde hoe het ging."
NAME_SUMMARY = "Projectleider Sanne de Vries begeleidt de teams."


def assert_nowhere_public(client, page, needle):
    """Not on the page, in the API, the CSV, the feed or search."""
    assert client.get(page.get_url()).status_code == 404
    assert needle not in client.get("/api/pilots").content.decode()
    assert needle not in client.get("/pilots/export.csv").content.decode()
    assert needle not in client.get("/pilots/feed.atom").content.decode()
    assert client.get("/api/search", {"q": needle}).json()["count"] == 0
    hits = client.get("/api/search", {"q": page.title}).json()["results"]
    assert page.get_url() not in [hit["url"] for hit in hits]


def messages_of(response) -> str:
    return html.unescape(" ".join(str(m) for m in get_messages(response.wsgi_request)))


def test_admin_publish_with_bsn_in_summary_is_refused(client, registry, editor):
    login_with_second_factor(client, editor)
    response = add_pilot(client, registry, action="action-publish", summary=BSN_SUMMARY)
    page = pilot()
    assert response.status_code == 302
    assert response["Location"] == reverse("privacy_page_review", args=[page.pk])
    text = messages_of(response)
    assert "Niet gepubliceerd" in text and "'samenvatting': BSN" in text
    assert BSN not in text
    assert not page.live
    assert page.get_latest_revision_as_object().summary == BSN_SUMMARY  # the draft is kept
    review = client.get(response["Location"])
    assert b"samenvatting" in review.content and b"BSN" in review.content
    assert PageLogEntry.objects.filter(page=page, action=BLOCKED_ACTION).exists()
    assert_nowhere_public(client, page, BSN)


def test_workflow_approval_with_bsn_is_refused_and_stays_in_moderation(
    client, registry, pilot_lead, editor
):
    login_with_second_factor(client, pilot_lead)
    add_pilot(client, registry, summary=BSN_SUMMARY)
    page = pilot()
    assert page.workflow_in_progress
    login_with_second_factor(client, editor)
    response = approve(client, page)
    assert response.status_code == 302
    text = messages_of(response)
    assert "'samenvatting': BSN" in text and BSN not in text
    page = pilot()
    assert not page.live
    assert page.workflow_in_progress  # the approval was undone completely
    assert page.current_workflow_task_state.status == "in_progress"
    assert PageLogEntry.objects.filter(page=page, action=BLOCKED_ACTION).exists()
    assert_nowhere_public(client, page, BSN)


def test_scheduled_publish_with_bsn_is_withheld_and_others_go_on(registry, client, caplog):
    future = timezone.now() + dt.timedelta(hours=1)
    pages = []
    for title, summary in (("Geheim gepland", BSN_SUMMARY), ("Gewoon gepland", "Schoon.")):
        page = PilotPageFactory(title=title, live=False, go_live_at=future)
        page.summary = summary
        page.save_revision().publish()  # schedules: nothing goes live yet
        pages.append(page)
    assert Revision.objects.filter(approved_go_live_at__isnull=False).count() == 2
    past = timezone.now() - dt.timedelta(minutes=1)  # an hour later, as the clock would be
    PilotPage.objects.update(go_live_at=past)
    for revision in Revision.objects.filter(approved_go_live_at__isnull=False):
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save()
    with caplog.at_level(logging.WARNING, logger="cms.publishing"):
        call_command("publish_scheduled")
    blocked, clean = (PilotPage.objects.get(pk=p.pk) for p in pages)
    assert not blocked.live and clean.live
    assert not blocked.revisions.filter(approved_go_live_at__isnull=False).exists()
    entry = PageLogEntry.objects.get(page=blocked, action=BLOCKED_ACTION)
    assert entry.data["found"] == [["samenvatting", "BSN"]]
    assert "samenvatting" in caplog.text and BSN not in caplog.text
    assert_nowhere_public(client, blocked, BSN)


def test_import_refuses_a_file_with_bsn_naming_file_field_and_kind(registry, tmp_path, capsys):
    path = tmp_path / "geheim.md"
    path.write_text(
        f"---\ntype: pilot\ntitle: Geheime pilot\nsummary: {BSN_SUMMARY}\n---\n", "utf-8"
    )
    with pytest.raises(CommandError):
        call_command("import_content", str(path))
    err = capsys.readouterr().err
    assert "geheim.md" in err and "samenvatting" in err and "BSN" in err
    assert BSN not in err
    assert not PilotPage.objects.filter(slug="geheime-pilot").exists()


def test_import_refuses_a_bsn_in_an_update_of_a_live_pilot(registry, tmp_path, client):
    path = tmp_path / "pilot.md"
    path.write_text("---\ntype: pilot\ntitle: Open pilot\nsummary: Schoon.\n---\n", "utf-8")
    call_command("import_content", str(path))
    path.write_text(f"---\ntype: pilot\ntitle: Open pilot\nsummary: {BSN_SUMMARY}\n---\n", "utf-8")
    with pytest.raises(CommandError):
        call_command("import_content", str(path))
    page = PilotPage.objects.get(slug="open-pilot")
    assert page.live and page.summary == "Schoon."
    assert BSN not in client.get(page.get_url()).content.decode()


def test_a_name_blocks_until_confirmed_and_the_confirmation_is_remembered(client, registry, editor):
    login_with_second_factor(client, editor)
    response = add_pilot(client, registry, action="action-publish", summary=NAME_SUMMARY)
    page = pilot()
    assert not page.live and "'samenvatting': naam" in messages_of(response)
    review_url = reverse("privacy_page_review", args=[page.pk])
    review = client.get(review_url)
    assert b'type="checkbox" name="confirm"' in review.content
    digest = review.context["open_names"][0].digest
    response = client.post(review_url, {"confirm": [digest]})
    assert response.status_code == 302
    confirmed = ConfirmedFinding.objects.get(page=page)
    assert "Sanne" not in confirmed.digest and confirmed.confirmed_by == editor
    entry = PageLogEntry.objects.get(page=page, action=CONFIRMED_ACTION)
    assert entry.data["found"] == [["samenvatting", "naam"]]
    assert "Sanne" not in str(entry.data)

    edit_pilot(client, page, action="action-publish")
    assert pilot().live
    change = {"change_reason": "Doel verduidelijkt.", "change_classification": "klein"}
    edit_pilot(client, pilot(), action="action-publish", aim="Minder overdrachten.", **change)
    page = pilot()
    assert page.live and page.aim == "Minder overdrachten." and blockers(page) == []
    assert ConfirmedFinding.objects.filter(page=page).count() == 1
    # The same name in another field is a new finding there.
    response = edit_pilot(
        client, page, action="action-publish", aim="Met Sanne de Vries.", **change
    )
    assert "'doel': naam" in messages_of(response)
    assert pilot().aim == "Minder overdrachten."


def test_confirming_needs_permission_to_publish(client, registry, pilot_lead):
    login_with_second_factor(client, pilot_lead)
    add_pilot(client, registry, summary=NAME_SUMMARY)
    url = reverse("privacy_page_review", args=[pilot().pk])
    for response in (client.get(url), client.post(url, {"confirm": ["x"]})):
        # Wagtail answers a PermissionDenied in the admin with a redirect and a message.
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not ConfirmedFinding.objects.exists()


def test_confirming_nothing_is_a_clear_error(client, registry, editor):
    login_with_second_factor(client, editor)
    add_pilot(client, registry, action="action-publish", summary=NAME_SUMMARY)
    url = reverse("privacy_page_review", args=[pilot().pk])
    response = client.post(url, {"confirm": ["not-a-finding"]})
    assert response.status_code == 400
    assert "Kies minstens één bevinding" in response.content.decode()
    assert not ConfirmedFinding.objects.exists()


def test_a_bsn_cannot_be_confirmed_away(client, registry, editor):
    login_with_second_factor(client, editor)
    add_pilot(client, registry, action="action-publish", summary=BSN_SUMMARY)
    page = pilot()
    review = client.get(reverse("privacy_page_review", args=[page.pk]))
    assert review.context["open_names"] == []
    assert b'name="confirm"' not in review.content


def test_contact_email_is_not_flagged_but_an_email_in_the_text_is(registry):
    page = PilotPageFactory(contact_email="pilot@gemeente.nl")
    assert page.live and blockers(page) == []
    page.summary = "Mail pilot@gemeente.nl voor meer."
    assert [(b.field, b.kind) for b in blockers(page)] == [("samenvatting", "e-mailadres")]


def test_moderation_screen_and_dashboard_show_the_finding(client, registry, pilot_lead, editor):
    login_with_second_factor(client, pilot_lead)
    add_pilot(client, registry, summary=BSN_SUMMARY)
    page = pilot()
    login_with_second_factor(client, editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Privacycontrole" in edit and "samenvatting" in edit and "BSN" in edit
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "privacy-findings" in home and "samenvatting: BSN" in home
    assert reverse("privacy_page_review", args=[page.pk]) in home


def test_a_clean_pilot_publishes_and_is_found(client, registry, editor):
    """The control: the guard lets clean text through to every public place."""
    login_with_second_factor(client, editor)
    add_pilot(client, registry, action="action-publish", summary="Een vast gezicht.")
    page = pilot()
    assert page.live
    assert client.get(page.get_url()).status_code == 200
    assert client.get("/api/search", {"q": page.title}).json()["count"] >= 1
    assert page.title in client.get("/api/pilots").content.decode()


def test_search_indexes_no_draft(client, registry):
    page = publish(PilotPageFactory(title="Vaste pilot"))
    page.aim = "Zeldzaamheidswoord in een concept."
    page.save_revision()
    assert client.get("/api/search", {"q": "zeldzaamheidswoord"}).json()["count"] == 0
    publish(page)
    assert client.get("/api/search", {"q": "zeldzaamheidswoord"}).json()["count"] == 1


def test_log_entries_never_hold_the_text(client, registry, editor):
    login_with_second_factor(client, editor)
    add_pilot(client, registry, action="action-publish", summary=BSN_SUMMARY)
    for entry in [*PageLogEntry.objects.all(), *ModelLogEntry.objects.all()]:
        if entry.action == BLOCKED_ACTION:
            assert BSN not in str(entry.data)
