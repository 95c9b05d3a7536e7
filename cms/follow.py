"""Following a guidance page or a theme (issue 14, item 6): the e-mail on a major version.

A major version recorded for a page (cms.guidance_history.record_version) queues one task,
`notify_followers`, after the transaction commits; the task worker sends one e-mail per
reader who follows the page or one of its themes. Minor versions send nothing: they change
wording, not advice. Each e-mail carries an unsubscribe link with a signed token of one
follow (no login needed) and the List-Unsubscribe headers for a mail client's own button.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.db.models.signals import post_save
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from cms.models import Follow, GuidancePage, GuidanceVersion
from cms.section_marks import changed_sections, previous_version
from cms.site_url import absolute_url, page_url
from cms.visibility import is_public

SALT = "cms.follow.unsubscribe"


def unsubscribe_token(follow: Follow) -> str:
    return signing.dumps({"f": follow.pk, "u": follow.user_id}, salt=SALT, compress=True)


def follow_from_token(token: str) -> Follow | None:
    """The follow a token names, or None when the token is forged or the follow is gone."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return (
        Follow.objects.filter(pk=data.get("f"), user_id=data.get("u"))
        .select_related("page", "theme")
        .first()
    )


def unsubscribe_url(follow: Follow) -> str:
    return absolute_url(reverse("changes:unsubscribe", args=[unsubscribe_token(follow)]))


def recipients(page) -> dict:
    """{user: the follow that brings them this page}: their follow of the page itself if
    they have one, otherwise of one of its themes; active users with an address only."""
    follows = (
        Follow.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .filter(Q(page_id=page.pk) | Q(theme__in=page.themes.all()))
        .select_related("user", "page", "theme")
        .order_by(F("theme_id").asc(nulls_first=True), "pk")  # page follows first
    )
    chosen: dict = {}
    for follow in follows:
        chosen.setdefault(follow.user, follow)
    return chosen


@task()
def notify_followers(version_id: int) -> int:
    """Send the e-mails for one major version; returns how many were sent."""
    version = GuidanceVersion.objects.filter(pk=version_id).select_related("page").first()
    if version is None or version.classification != GuidanceVersion.Classification.MAJOR:
        return 0
    page = version.page
    if not is_public(page):
        return 0  # a reader is never told about a page she may no longer read
    previous = previous_version(version)
    sections = changed_sections(version)
    messages = []
    with translation.override(settings.LANGUAGE_CODE):
        for user, follow in recipients(page).items():
            messages.append(_message(user, follow, page, version, previous, sections))
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


def _message(user, follow, page, version, previous, sections) -> EmailMessage:
    link = unsubscribe_url(follow)
    context = {
        "page": page,
        "page_url": page_url(page),
        "compare_url": (
            page_url(page) + f"versies/vergelijk/?van={previous.number}&naar={version.number}"
            if previous
            else ""
        ),
        "version": version,
        "sections": sections,
        "follow": follow,
        "unsubscribe_url": link,
    }
    subject = render_to_string("cms/changes/major_version_subject.txt", context)
    body = render_to_string("cms/changes/major_version_email.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",  # RFC 8058
        },
    )


def queue_notification(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.classification == GuidanceVersion.Classification.MAJOR:
        transaction.on_commit(lambda: notify_followers.enqueue(instance.pk))


post_save.connect(queue_notification, sender=GuidanceVersion, dispatch_uid="follow-notify")


def follows_of(user) -> list[Follow]:
    """What a reader follows, pages then themes, for her account page."""
    return list(
        Follow.objects.filter(user=user)
        .select_related("page", "theme")
        .order_by("theme__name", "page__title")
    )


def is_following(user, *, page: GuidancePage | None = None, theme=None) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(user=user, page=page, theme=theme).exists()
