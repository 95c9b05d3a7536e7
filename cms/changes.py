"""Recent changes of the guidance (issue 14, item 2): the versions of public pages, newest
first, filtered by date, theme and kind; shared by the /wijzigingen/ page and its feeds."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import GuidancePage, GuidanceVersion, Theme
from cms.section_marks import changed_sections
from cms.visibility import public_pages
from cms.withdrawal import listed

LIMIT = 50
SELECT = "utrecht-select utrecht-select--html-select"


class ChangesForm(forms.Form):
    sinds = forms.DateField(
        label=_("Gewijzigd sinds"),
        required=False,
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],  # the date picker's and the typed form
        widget=forms.DateInput(
            attrs={"type": "date", "class": "utrecht-textbox utrecht-textbox--html-input"},
            format="%Y-%m-%d",
        ),
    )
    thema = forms.ModelChoiceField(
        label=_("Thema"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle thema's"),
        widget=forms.Select(attrs={"class": SELECT}),
    )
    soort = forms.ChoiceField(
        label=_("Soort wijziging"),
        required=False,
        choices=[("", _("Alle wijzigingen")), ("major", _("Alleen inhoudelijke wijzigingen"))],
        widget=forms.Select(attrs={"class": SELECT}),
    )


@dataclass
class ChangeEntry:
    version: GuidanceVersion
    page: GuidancePage
    sections: list[tuple[str, str, str]] = field(default_factory=list)  # title, anchor, status

    @property
    def url(self) -> str:
        return f"{self.page.url}versies/#versie-{self.version.number}"


def versions(*, since=None, theme=None, page=None, major_only=False):
    pages = listed(public_pages(GuidancePage.objects.all()))  # not withdrawn guidance
    if theme is not None:
        pages = pages.filter(themes=theme)
    if page is not None:
        pages = pages.filter(pk=page.pk)
    qs = GuidanceVersion.objects.filter(page__in=pages.values("pk"))
    if since is not None:
        qs = qs.filter(published_at__date__gte=since)
    if major_only:
        qs = qs.filter(classification=GuidanceVersion.Classification.MAJOR)
    return qs.select_related("page", "revision").order_by("-published_at", "-pk")


def entries(queryset) -> list[ChangeEntry]:
    """The first LIMIT versions, each major one with the sections it added or changed."""
    result = []
    for version in queryset[:LIMIT]:
        entry = ChangeEntry(version, version.page)
        if version.classification == GuidanceVersion.Classification.MAJOR:
            entry.sections = changed_sections(version)
        result.append(entry)
    return result
