"""Editors extend the privacy guard's allow-list in the Wagtail admin (reflections.allowlist)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from cms import content_version
from reflections.allowlist import PrivacyAllowedTerm, allowed_terms
from reflections.privacy import find_identifiers
from tests.factories import login_with_second_factor

TEXT = "Volgens Zwaanswijk is dat normaal."


def add_term(term: str, capture) -> PrivacyAllowedTerm:
    item = PrivacyAllowedTerm(term=term)
    item.full_clean()
    with capture(execute=True):
        item.save()
    return item


@pytest.mark.django_db
def test_term_added_by_an_editor_reaches_the_guard(django_capture_on_commit_callbacks):
    assert [f.text for f in find_identifiers(TEXT, allowed=allowed_terms())] == ["Zwaanswijk"]
    add_term("Zwaanswijk", django_capture_on_commit_callbacks)
    assert "Zwaanswijk" in allowed_terms()
    assert find_identifiers(TEXT, allowed=allowed_terms()) == []


@pytest.mark.django_db
def test_terms_are_read_again_only_after_a_change(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    item = add_term("Zwaanswijk", django_capture_on_commit_callbacks)
    with content_version.request_scope():  # as in a request: the token is read once
        allowed_terms()
        with django_assert_num_queries(0):
            assert "Zwaanswijk" in allowed_terms()
    with django_capture_on_commit_callbacks(execute=True):
        item.delete()
    with content_version.request_scope(), django_assert_num_queries(2):  # token, then terms
        assert "Zwaanswijk" not in allowed_terms()


@pytest.mark.django_db
@pytest.mark.parametrize("term", ["x", "Kamer 12", "   "])
def test_term_that_could_hide_a_number_or_nothing_is_refused(term):
    with pytest.raises(ValidationError):
        PrivacyAllowedTerm(term=term).full_clean()


@pytest.mark.django_db
def test_admin_snippet_lists_and_adds_terms(
    client, admin_user_, django_capture_on_commit_callbacks
):
    login_with_second_factor(client, admin_user_)
    index = reverse("wagtailsnippets_reflections_privacyallowedterm:list")
    assert client.get(index).status_code == 200
    add = reverse("wagtailsnippets_reflections_privacyallowedterm:add")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(add, {"term": "  Zwaanswijk  ", "note": "auteur"})
    assert response.status_code == 302
    assert PrivacyAllowedTerm.objects.get().term == "Zwaanswijk"
    assert "Zwaanswijk" in allowed_terms()


def test_reason_is_dutch_and_has_an_english_translation():
    (finding,) = find_identifiers("Het BSN 123456789 staat er.")
    with translation.override("nl"):
        assert finding.reason == (
            "staat na 'BSN': ook een verkeerd getypt nummer wijst naar een kind"
        )
    with translation.override("en"):
        assert finding.reason == "follows 'BSN': even a mistyped number points to a child"
