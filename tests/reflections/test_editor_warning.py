from django.contrib.messages import get_messages
from django.test import RequestFactory

from reflections.wagtail_hooks import privacy_warnings, warn_about_identifiers
from tests.factories import GuidancePageFactory, InspirationPageFactory, section


def test_inspiration_page_texts_are_checked_by_field_and_kind(site_tree):
    page = InspirationPageFactory.build(
        title="Samen aan tafel",
        situation="De moeder van Sanne vroeg om hulp.",
        approach="We belden 06-12345678.",
    )
    warnings = privacy_warnings(page)
    assert any("situatie" in w and "naam" in w for w in warnings)
    assert any("aanpak" in w and "telefoonnummer" in w for w in warnings)
    assert not any("Sanne" in w or "06-12345678" in w for w in warnings)  # never the text
    guidance = GuidancePageFactory.build(
        sections=[("section", section(body="Bel BSN 111222333 niet in."))],
    )
    assert any("BSN" in w for w in privacy_warnings(guidance))


def test_hook_adds_warning_messages(site_tree, rf: RequestFactory):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore

    request = rf.get("/admin/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    page = InspirationPageFactory.build(title="Voorbeeld", situation="Lisa de Jong belde.")
    warn_about_identifiers(request, page)
    levels = [m.level_tag for m in get_messages(request)]
    assert levels == ["warning"]


def test_clean_pages_get_no_warning(site_tree):
    page = InspirationPageFactory.build(
        title="Netwerk betrekken", situation="Een gezin met zorgen over geld."
    )
    assert privacy_warnings(page) == []
