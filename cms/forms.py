"""Form fields shared by the rooms: sections of guidance pages as choices.

The cleaned value is a SectionRef (or a list of them); the HTML value that stands for a
section ("page id:anchor") is encoded and decoded here only.
"""

from collections.abc import Iterable

from django import forms

from cms.models import GuidanceSectionRef, SectionRef


def _value(ref: SectionRef | GuidanceSectionRef) -> str:
    # A stored row gives its page id without loading the page.
    page_id = ref.page_id if isinstance(ref, GuidanceSectionRef) else ref.page.pk
    return f"{page_id}:{ref.anchor}"


class _SectionChoices:
    """Choices from ``refs`` (labelled with SectionRef.label); the forms set them per request,
    e.g. ``field.refs = public_sections()``."""

    empty_choices: tuple[tuple[str, str], ...] = ()

    def __init__(self, *, refs: Iterable[SectionRef] = (), **kwargs):
        super().__init__(**kwargs)
        self.refs = refs

    @property
    def refs(self) -> list[SectionRef]:
        return list(self._refs.values())

    @refs.setter
    def refs(self, refs: Iterable[SectionRef]) -> None:
        self._refs = {_value(ref): ref for ref in refs}
        self.choices = [*self.empty_choices] + [(v, ref.label) for v, ref in self._refs.items()]

    def _encode(self, value):
        """The HTML value of a SectionRef or a stored row (initial data); a string as it is."""
        return _value(value) if isinstance(value, SectionRef | GuidanceSectionRef) else value


class GuidanceSectionsField(_SectionChoices, forms.MultipleChoiceField):
    """Several sections; cleans to a list of SectionRef in the order of the choices."""

    def prepare_value(self, value):
        if value is None:
            return value
        return [self._encode(v) for v in value]

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)

    def clean(self, value) -> list[SectionRef]:
        chosen = set(super().clean(value))
        return [ref for v, ref in self._refs.items() if v in chosen]


class GuidanceSectionField(_SectionChoices, forms.ChoiceField):
    """One section or none; cleans to a SectionRef or None."""

    def __init__(self, *, empty_label: str, **kwargs):
        self.empty_choices = (("", empty_label),)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return self._encode(value)

    def clean(self, value) -> SectionRef | None:
        return self._refs.get(super().clean(value))
