"""The vocabulary that arrives by data migration: pillars, principles, themes, regions."""

import re

import pytest

from cms.models import Pillar, Principle, Region, Theme

pytestmark = pytest.mark.django_db


def test_four_pillars_in_programme_order():
    assert list(Pillar.objects.values_list("code", "name")) == [
        ("G", "Gezinsgericht 0-100"),
        ("R", "Rechtsbeschermend en transparant"),
        ("E", "Eenvoudig"),
        ("L", "Lerend"),
    ]


def test_every_pillar_has_principles_with_stable_codes_and_explanations():
    for pillar in Pillar.objects.all():
        principles = list(pillar.principles.all())
        assert len(principles) >= 3, pillar
        for number, principle in enumerate(principles, 1):
            assert principle.code == f"{pillar.code}{number}"
            assert len(principle.explanation.split()) >= 25, principle.code


def test_lerend_pillar_covers_reflection_infrastructure_pilots_and_research():
    text = " ".join(
        f"{p.title} {p.explanation}".lower() for p in Principle.objects.filter(pillar__code="L")
    )
    for word in ("reflect", "infrastructuur", "proeftuin", "onderzoek"):
        assert word in text, word


def test_initial_themes_are_seeded():
    assert {"veiligheid", "huiselijk-geweld", "kindermishandeling", "bestaanszekerheid"} <= set(
        Theme.objects.values_list("slug", flat=True)
    )


def test_all_342_municipalities_with_cbs_code_province_and_safety_region():
    municipalities = Region.objects.filter(kind=Region.Kind.MUNICIPALITY)
    assert municipalities.count() == 342
    assert all(
        re.fullmatch(r"GM\d{4}", code) for code in municipalities.values_list("code", flat=True)
    )
    assert municipalities.filter(province="").count() == 0
    assert (
        municipalities.filter(groupings__kind=Region.Kind.SAFETY_REGION).distinct().count() == 342
    )
    utrecht = municipalities.get(code="GM0344")
    assert (utrecht.name, utrecht.province, utrecht.slug) == ("Utrecht", "Utrecht", "utrecht")
    assert municipalities.filter(name="Voorne aan Zee").exists()
    assert not municipalities.filter(name="Brielle").exists()


def test_25_safety_regions_and_no_guessed_youth_regions():
    assert Region.objects.filter(kind=Region.Kind.SAFETY_REGION).count() == 25
    assert not Region.objects.filter(kind=Region.Kind.YOUTH_REGION).exists()


def test_editor_made_grouping_gets_a_prefixed_slug():
    grouping = Region.objects.create(kind=Region.Kind.YOUTH_REGION, name="Jeugdregio Test")
    grouping.municipalities.add(Region.objects.get(code="GM0344"))
    assert grouping.slug == "jeugdregio-jeugdregio-test"
    assert str(grouping) == "Jeugdregio Test (jeugdregio)"


def test_section_chips_show_a_renamed_principle_or_theme_on_the_next_request(client):
    """Sections read principles and themes from a per-process copy; renaming one shows at
    once (the save bumps the content token), and a deleted one disappears from the chips."""
    from tests.factories import GuidancePageFactory, section

    principle, theme = Principle.objects.first(), Theme.objects.first()
    page = GuidancePageFactory(
        sections=[("section", section(principles=[principle], themes=[theme]))]
    )
    first = client.get(page.url).content.decode()
    assert principle.title in first and theme.name in first

    principle.title, theme.name = "Hernoemd principe", "Hernoemd thema"
    principle.save()
    theme.save()
    second = client.get(page.url).content.decode()
    assert "Hernoemd principe" in second and "Hernoemd thema" in second

    theme.delete()
    assert "Hernoemd thema" not in client.get(page.url).content.decode()
