"""The versions of a guidance page: recorded on publish, shown at <page url>versies/.

A version is recorded when a page is published with a version label it has not had (the
page form and the importer have checked the number, kind and note by then). Each version
keeps the revision it was published in, so `versies/1.1/` shows exactly what readers read.
These pages are no Wagtail pages and carry noindex: neither site search (which indexes the
live pages) nor search engines offer an old text as advice.
"""

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from wagtail.signals import page_published

from cms.models import GuidancePage, GuidanceVersion, parse_number
from cms.word_diff import changed, section_changes, word_diff

NOINDEX = "noindex, nofollow"


def latest(page) -> GuidanceVersion | None:
    return GuidanceVersion.objects.filter(page_id=page.pk).order_by("-major", "-minor").first()


def record_version(sender, instance, revision=None, **kwargs) -> GuidanceVersion | None:
    number = parse_number(instance.version_label.strip())
    if number is None:
        return None
    with transaction.atomic():
        # Two publishes of the same page at once must not both record the number.
        GuidancePage.objects.select_for_update().filter(pk=instance.pk).first()
        previous = latest(instance)
        if previous is not None and (previous.major, previous.minor) >= number:
            return None  # the same version (a correction) or an old revision published again
        if previous is None:
            classification = GuidanceVersion.Classification.INITIAL
        else:
            classification = instance.change_type or GuidanceVersion.Classification.MINOR
        return GuidanceVersion.objects.create(
            page=instance,
            number=instance.version_label.strip(),
            classification=classification,
            change_note=instance.change_note.strip(),
            published_at=instance.last_published_at or timezone.now(),
            revision=revision,
        )


page_published.connect(record_version, sender=GuidancePage, dispatch_uid="guidance-version")


def _noindex(response):
    response["X-Robots-Tag"] = NOINDEX
    return response


def _versions(page) -> list[GuidanceVersion]:
    return list(GuidanceVersion.objects.filter(page_id=page.pk).order_by("-major", "-minor"))


def history_view(page, request):
    versions = _versions(page)
    # Each version with the one before it, for its "what changed" link.
    rows = [(v, versions[i + 1] if i + 1 < len(versions) else None) for i, v in enumerate(versions)]
    return _noindex(
        page.render(
            request,
            template="cms/guidance_history.html",
            context_overrides={"versions": versions, "rows": rows, "noindex": True},
        )
    )


def _version(page, number) -> GuidanceVersion:
    version = GuidanceVersion.objects.filter(page_id=page.pk, number=number).first()
    if version is None or version.revision is None:
        raise Http404("Deze versie bestaat niet.")
    return version


def version_view(page, request, number):
    version = _version(page, number)
    current = latest(page)
    return _noindex(
        page.render(
            request,
            template="cms/guidance_version.html",
            context_overrides={
                "page": version.as_page(),
                "live_page": page,
                "version": version,
                "is_current": current is not None and current.pk == version.pk,
                "noindex": True,
            },
        )
    )


def compare_view(page, request):
    older, newer = (_version(page, request.GET.get(k, "")) for k in ("van", "naar"))
    if (older.major, older.minor) > (newer.major, newer.minor):
        older, newer = newer, older  # added and removed always read from old to new
    old_page, new_page = older.as_page(), newer.as_page()
    changes = section_changes(old_page, new_page)
    return _noindex(
        page.render(
            request,
            template="cms/guidance_compare.html",
            context_overrides={
                "versions": _versions(page),
                "older": older,
                "newer": newer,
                "title_diff": _if_changed(word_diff(old_page.title, new_page.title)),
                "summary_diff": _if_changed(word_diff(old_page.summary, new_page.summary)),
                "changes": [c for c in changes if c.status != "same"],
                "unchanged": [c for c in changes if c.status == "same"],
                "noindex": True,
            },
        )
    )


def _if_changed(segments):
    return segments if changed(segments) else None
