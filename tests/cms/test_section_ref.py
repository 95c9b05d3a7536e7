"""The one reference to a guidance section: SectionRef, GuidanceSectionRef and the form fields."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from cms.forms import GuidanceSectionField, GuidanceSectionsField
from cms.models import SectionRef, public_sections
from reflections.models import GuidanceLink
from tests.factories import GuidancePageFactory, section
from tests.reflections.factories import SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(site_tree):
    return GuidancePageFactory(
        title="Werken aan veiligheid",
        slug="werken-aan-veiligheid",
        sections=[
            ("section", section("Directe veiligheid", "directe-veiligheid")),
            ("section", section("Duurzaam herstel", "duurzaam-herstel")),
        ],
    )


def test_url_label_and_title_of_a_section(guide):
    ref = SectionRef(guide, "duurzaam-herstel")
    assert ref.url == f"{guide.url}#duurzaam-herstel"
    assert ref.label == "Werken aan veiligheid – Duurzaam herstel"
    assert ref.section_title == "Duurzaam herstel"


def test_an_empty_anchor_is_the_whole_page(guide):
    ref = SectionRef(guide)
    assert (ref.url, ref.label) == (guide.url, "Werken aan veiligheid")
    ref.validate()  # no error: the whole page always exists


def test_a_removed_section_falls_back_to_its_anchor(guide):
    ref = SectionRef(guide, "verdwenen")
    assert ref.label == "Werken aan veiligheid – verdwenen"
    assert ref.url.endswith("#verdwenen")


def test_validate_names_the_known_anchors(guide):
    with pytest.raises(ValidationError) as error:
        SectionRef(guide, "bestaat-niet").validate()
    assert error.value.message_dict == {
        "anchor": [
            "Deze richtlijn heeft geen sectie 'bestaat-niet' "
            "(wel: directe-veiligheid, duurzaam-herstel)."
        ]
    }


def test_the_model_clean_checks_the_anchor(guide):
    session = SessionFactory()
    link = GuidanceLink(session=session, page=guide, anchor="bestaat-niet")
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "geen sectie 'bestaat-niet'" in error.value.message_dict["anchor"][0]
    link.anchor = "directe-veiligheid"
    link.full_clean()
    assert (link.url, link.label, str(link)) == (
        f"{guide.url}#directe-veiligheid",
        "Werken aan veiligheid – Directe veiligheid",
        "Werken aan veiligheid – Directe veiligheid",
    )


def test_public_sections_leave_out_draft_pages(guide):
    GuidancePageFactory(title="Concept", live=False)
    assert public_sections() == [
        SectionRef(guide, "directe-veiligheid"),
        SectionRef(guide, "duurzaam-herstel"),
    ]


class SectionsForm(forms.Form):
    sections = GuidanceSectionsField(required=False, widget=forms.CheckboxSelectMultiple)
    section = GuidanceSectionField(empty_label="Geen", required=False)

    def __init__(self, *args, refs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].refs = refs
        self.fields["section"].refs = refs


def test_the_fields_round_trip_section_refs(guide):
    refs = public_sections()
    values = [value for value, _label in SectionsForm(refs=refs).fields["sections"].choices]
    assert values == [f"{guide.pk}:directe-veiligheid", f"{guide.pk}:duurzaam-herstel"]
    # Rendered from refs (or stored rows) as initial data, the checked values are the same.
    html = str(SectionsForm(refs=refs, initial={"sections": refs[1:], "section": refs[0]}))
    assert f'value="{guide.pk}:duurzaam-herstel" id="id_sections_1" checked' in html
    assert "Werken aan veiligheid – Duurzaam herstel" in html
    form = SectionsForm({"sections": values[::-1], "section": values[1]}, refs=refs)
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"sections": refs, "section": refs[1]}
    empty = SectionsForm({}, refs=refs)
    assert empty.is_valid() and empty.cleaned_data == {"sections": [], "section": None}


def test_the_initial_can_be_stored_rows(guide):
    session = SessionFactory()
    row = GuidanceLink.objects.create(session=session, page=guide, anchor="duurzaam-herstel")
    field = GuidanceSectionsField(refs=public_sections())
    assert field.prepare_value([row]) == [f"{guide.pk}:duurzaam-herstel"]
    assert not field.has_changed([row], [f"{guide.pk}:duurzaam-herstel"])


@pytest.mark.parametrize("value", ["999:directe-veiligheid", "geen-getal", ":"])
def test_an_unknown_section_is_a_dutch_form_error(guide, value):
    form = SectionsForm({"sections": [value], "section": value}, refs=public_sections())
    assert not form.is_valid()
    assert set(form.errors) == {"sections", "section"}
    assert "geen beschikbare keuze" in form.errors["sections"][0]
