"""Feedback per guidance section (issue 14, item 4): given by logged-in professionals,
refused with every finding of the privacy guard, triaged by editors, public only when handled
and never with who gave it; the giver sees the state of her own items."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from cms.models import GuidancePage, GuidanceVersion
from reflections.feedback import feedback_for_section, state_counts
from reflections.feedback_models import Feedback
from reflections.screening import PrivacyError
from tests.factories import GuidancePageFactory, UserFactory, login_with_second_factor, section

ANCHOR = "eerste-contact"
CLEAN = "In onze regio lukt bellen binnen drie dagen niet. Noem wat wel kan in die tijd."
WITH_BSN = "Bij het gezin met BSN 111222333 werkte dit niet."
WITH_NAME = "Mevrouw Jansen uit de Dorpsstraat zei dat dit niet werkte."


def publish(page, **fields):
    page = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return GuidancePage.objects.get(pk=page.pk)


@pytest.fixture
def page(site_tree):
    page = GuidancePageFactory(title="Eerste contact met een gezin", slug="eerste-contact")
    sections = [
        ("section", section("Eerste contact", ANCHOR, "Bel het gezin binnen drie dagen.")),
        ("section", section("Samen plannen", "samen-plannen", "Maak één plan.")),
    ]
    page = publish(page, version_label="1.0", sections=sections)
    return publish(page, version_label="1.1", change_type="minor", change_note="Woorden.")


@pytest.fixture
def giver(db):
    return UserFactory(username="zonnebloem", first_name="Zonnebloem", last_name="Akkerman")


def give_url(page, anchor=ANCHOR):
    return reverse("reflections:feedback_give", args=[page.pk, anchor])


def item(page, state=Feedback.State.RECEIVED, anchor=ANCHOR, giver=None, **fields):
    fb = Feedback(page=page, anchor=anchor, text=fields.pop("text", CLEAN), giver=giver)
    fb.state = state
    for name, value in fields.items():
        setattr(fb, name, value)
    fb.full_clean()
    fb.save()
    return fb


def test_a_logged_in_professional_gives_feedback_on_a_section(client, page, giver):
    client.force_login(giver)
    response = client.post(give_url(page), {"text": CLEAN})
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#{ANCHOR}"
    fb = Feedback.objects.get()
    assert (fb.page_id, fb.anchor, fb.text, fb.giver) == (page.pk, ANCHOR, CLEAN, giver)
    assert fb.state == Feedback.State.RECEIVED


@pytest.mark.parametrize("text, kind", [(WITH_BSN, "BSN"), (WITH_NAME, "naam")])
def test_a_text_with_a_finding_is_refused_explained_and_never_stored(
    client, page, giver, text, kind
):
    client.force_login(giver)
    response = client.post(give_url(page), {"text": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet opgeslagen" in html
    assert f"</a>: {kind} <mark>" in html  # the finding named, with its text marked
    assert not Feedback.objects.exists()


def test_the_model_refuses_a_text_with_a_finding_whatever_path_saves_it(page):
    with pytest.raises(PrivacyError):
        Feedback(page=page, anchor=ANCHOR, text=WITH_BSN).save()
    with pytest.raises(PrivacyError):
        Feedback(page=page, anchor=ANCHOR, text=CLEAN, reason=WITH_NAME).save()
    assert not Feedback.objects.exists()


def test_a_visitor_sees_a_login_link_instead_of_the_form(client, page):
    response = client.get(page.url)
    html = response.content.decode()
    assert "Log in om feedback te geven" in html
    assert f'action="{give_url(page)}"' not in html
    # No CSRF token for a visitor: the page stays in the shared page cache (cms.page_cache).
    assert "csrftoken" not in response.cookies
    assert client.get(page.url)["X-Cache"] == "hit"


def test_a_visitor_cannot_post_feedback(client, page):
    response = client.post(give_url(page), {"text": CLEAN})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Feedback.objects.exists()


def test_a_logged_in_reader_gets_the_form_under_each_section(client, page, giver):
    client.force_login(giver)
    html = client.get(page.url).content.decode()
    assert f'action="{give_url(page)}"' in html
    assert f'action="{give_url(page, "samen-plannen")}"' in html


def test_posting_without_the_csrf_token_is_refused(page, giver):
    client = Client(enforce_csrf_checks=True)
    client.force_login(giver)
    response = client.post(give_url(page), {"text": CLEAN})
    assert response.status_code == 403
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("anchor", ["bestaat-niet"])
def test_feedback_on_an_unknown_section_is_not_found(client, page, giver, anchor):
    client.force_login(giver)
    assert client.post(give_url(page, anchor), {"text": CLEAN}).status_code == 404


def test_feedback_on_an_unpublished_page_is_not_found(client, page, giver):
    page.unpublish()
    client.force_login(giver)
    assert client.post(give_url(page), {"text": CLEAN}).status_code == 404
    assert not Feedback.objects.exists()


def test_handled_feedback_is_public_without_who_gave_it(client, page, giver):
    version = page.versions.get(number="1.1")
    item(page, Feedback.State.USED, giver=giver, used_in=version, reason="Zo staat het er nu.")
    item(
        page,
        Feedback.State.NOT_USED,
        giver=giver,
        text="Maak er een tabel van.",
        reason="Hoort in de regionale afspraken.",
    )
    item(page, Feedback.State.RECEIVED, giver=giver, text="Nog niet bekeken door de redactie.")
    item(page, Feedback.State.CONSIDERING, giver=giver, text="De redactie kijkt hier nog naar.")
    html = client.get(page.url).content.decode()
    assert CLEAN in html and "Verwerkt in versie 1.1" in html and "Zo staat het er nu." in html
    assert (
        "Maak er een tabel van." in html
        and "Niet verwerkt" in html
        and "Hoort in de regionale afspraken." in html
    )
    assert "Nog niet bekeken" not in html and "De redactie kijkt hier" not in html
    for who in ("zonnebloem", "Zonnebloem", "Akkerman"):
        assert who not in html


def test_the_giver_sees_the_state_of_her_own_feedback(client, page, giver):
    fb = item(page, giver=giver)
    other = item(page, giver=UserFactory(username="ander"), text="Feedback van iemand anders.")
    client.force_login(giver)
    assert "Ontvangen" in client.get(reverse("reflections:my_feedback")).content.decode()
    fb.state, fb.used_in = Feedback.State.USED, page.versions.get(number="1.1")
    fb.save()
    html = client.get(reverse("reflections:my_feedback")).content.decode()
    assert CLEAN in html and "Verwerkt in versie 1.1" in html
    assert other.text not in html


def test_my_feedback_is_linked_from_the_account_page(client, giver):
    client.force_login(giver)
    html = client.get(reverse("accounts:account")).content.decode()
    assert f'href="{reverse("reflections:my_feedback")}"' in html


def test_my_feedback_needs_a_login(client, db):
    assert client.get(reverse("reflections:my_feedback")).status_code == 302


def test_used_needs_a_version_of_this_page_and_not_used_a_reason(page, site_tree):
    fb = Feedback(page=page, anchor=ANCHOR, text=CLEAN, state=Feedback.State.USED)
    with pytest.raises(ValidationError) as err:
        fb.full_clean()
    assert "used_in" in err.value.message_dict
    other_page = GuidancePageFactory(title="Andere richtlijn")
    fb.used_in = GuidanceVersion.objects.create(page=other_page, number="1.0")
    with pytest.raises(ValidationError) as err:
        fb.full_clean()
    assert "used_in" in err.value.message_dict
    fb.state, fb.used_in = Feedback.State.NOT_USED, None
    with pytest.raises(ValidationError) as err:
        fb.full_clean()
    assert "reason" in err.value.message_dict


def test_handled_feedback_gets_a_decision_date_and_loses_it_when_reopened(page):
    fb = item(page, Feedback.State.NOT_USED, reason="Past niet.")
    assert fb.decided is not None
    fb.state = Feedback.State.CONSIDERING
    fb.save()
    assert fb.decided is None


@pytest.fixture
def editor_client(client, db):
    editor = UserFactory(username="redactie-feedback")
    editor.groups.add(*Group.objects.filter(name="Editors"))
    from reflections.wagtail_hooks import triage_feedback

    triage_feedback(None)
    login_with_second_factor(client, editor)
    return client


def edit_url(fb):
    return reverse("wagtailsnippets_reflections_feedback:edit", args=[fb.pk])


def test_the_editor_marks_feedback_used_in_a_version_and_the_reader_sees_it(
    editor_client, page, giver
):
    fb = item(page, giver=giver)
    version = page.versions.get(number="1.1")
    form = editor_client.get(edit_url(fb))
    assert form.status_code == 200 and CLEAN in form.content.decode()
    assert "zonnebloem" not in form.content.decode().lower()  # editors never see who gave it
    response = editor_client.post(
        edit_url(fb), {"state": "verwerkt", "used_in": version.pk, "reason": "Staat erin."}
    )
    assert response.status_code == 302
    fb.refresh_from_db()
    assert (fb.state, fb.used_in, fb.text) == (Feedback.State.USED, version, CLEAN)
    editor_client.logout()
    assert "Verwerkt in versie 1.1" in editor_client.get(page.url).content.decode()


def test_the_editor_chooses_only_versions_of_the_feedbacks_page(editor_client, page, site_tree):
    other = GuidanceVersion.objects.create(page=GuidancePageFactory(title="Ander"), number="9.0")
    fb = item(page)
    form = editor_client.get(edit_url(fb)).content.decode()
    assert f'value="{page.versions.get(number="1.1").pk}"' in form
    assert f'value="{other.pk}"' not in form
    response = editor_client.post(edit_url(fb), {"state": "verwerkt", "used_in": other.pk})
    assert response.status_code == 200
    fb.refresh_from_db()
    assert fb.state == Feedback.State.RECEIVED


def test_the_editors_public_reason_passes_the_privacy_guard(editor_client, page):
    fb = item(page)
    response = editor_client.post(edit_url(fb), {"state": "niet_verwerkt", "reason": WITH_NAME})
    assert response.status_code == 200
    fb.refresh_from_db()
    assert (fb.state, fb.reason) == (Feedback.State.RECEIVED, "")


def test_editors_cannot_add_feedback_in_the_admin(editor_client, admin_client):
    for client in (editor_client, admin_client):
        add = client.get(reverse("wagtailsnippets_reflections_feedback:add"))
        assert add.status_code in (302, 403)
        assert not add.get("Location", "").startswith(reverse("login"))
        listing = client.get(reverse("wagtailsnippets_reflections_feedback:list")).content.decode()
        assert reverse("wagtailsnippets_reflections_feedback:add") not in listing


def test_feedback_for_section_gives_the_items_with_state_and_counts(page):
    item(page, Feedback.State.RECEIVED)
    item(page, Feedback.State.RECEIVED, text="Tweede opmerking.")
    item(page, Feedback.State.NOT_USED, reason="Past niet.")
    item(page, Feedback.State.RECEIVED, anchor="samen-plannen")
    found = feedback_for_section(page, ANCHOR)
    assert len(found.items) == 3 and found.total == 3
    assert found.counts == {"ontvangen": 2, "in_behandeling": 0, "verwerkt": 0, "niet_verwerkt": 1}
    assert state_counts(page)["samen-plannen"]["ontvangen"] == 1


def test_the_demo_has_feedback_in_each_state_and_an_open_dialoogversie(site_tree):
    from cms.models import Consultation, open_consultation
    from reflections.feedback_demo import SLUG, create_demo_feedback

    UserFactory(username="teamlid")
    demo = GuidancePageFactory(title="Handelingskader", slug=SLUG)
    sections = [
        ("section", section(a.replace("-", " ").title(), a, "Tekst."))
        for a in ("wie-doet-wat", "samen-instappen", "samen-analyseren")
    ]
    demo = publish(demo, version_label="1.0", sections=sections)
    demo = publish(demo, version_label="1.1", change_type="minor", change_note="Woorden.")
    create_demo_feedback()
    create_demo_feedback()  # idempotent
    assert sorted(Feedback.objects.values_list("state", flat=True)) == sorted(Feedback.State.values)
    assert Consultation.objects.count() == 1 and open_consultation(demo) is not None


def test_handling_feedback_refreshes_the_cached_page(client, page):
    fb = item(page)
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "hit"
    fb.state, fb.reason = Feedback.State.NOT_USED, "Hoort in de regionale afspraken."
    fb.save()
    response = client.get(page.url)
    assert response["X-Cache"] == "miss" and "Hoort in de regionale afspraken." in (
        response.content.decode()
    )


def test_the_editor_opens_a_page_as_a_dialoogversie_in_the_admin(editor_client, page):
    from cms.models import Consultation, open_consultation

    add = reverse("wagtailsnippets_cms_consultation:add")
    response = editor_client.post(
        add, {"page": page.pk, "starts": "2026-01-05", "ends": "2026-01-04"}
    )
    assert response.status_code == 200 and not Consultation.objects.exists()
    response = editor_client.post(
        add, {"page": page.pk, "starts": "2026-01-05", "ends": "2099-12-31"}
    )
    assert response.status_code == 302
    assert open_consultation(page) is not None


def test_an_empty_or_too_long_text_is_refused(client, page, giver):
    client.force_login(giver)
    assert client.post(give_url(page), {"text": "  "}).status_code == 200
    response = client.post(give_url(page), {"text": "Te lang. " * 120})
    assert "hoogstens 1000 tekens" in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_login_link_returns_to_the_form(client, page):
    html = client.get(page.url).content.decode()
    assert f'href="{reverse("login")}?next={give_url(page).replace("/", "%2F")}"' in html


def test_feedback_stays_without_its_giver_when_the_account_is_deleted(page, giver):
    fb = item(page, Feedback.State.NOT_USED, giver=giver, reason="Past niet.")
    giver.delete()
    fb.refresh_from_db()
    assert fb.giver is None and fb.state == Feedback.State.NOT_USED
