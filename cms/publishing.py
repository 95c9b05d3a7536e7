"""The publish guard contract: nothing goes public before every text check has passed.

A room that can judge page text registers a Wagtail hook (in its wagtail_hooks.py):

    @hooks.register("check_publishable_text")
    def check(page) -> list[Blocker]: ...

`page` is the specific page exactly as it is about to go live (the revision's content).
The hook returns one `Blocker` per problem that must stop publishing: the field's label, the
kind's label and whether a person may confirm it as harmless. A Blocker never carries the text
itself, so that refusals can be shown, logged and audited. `help_url` (optional) is where
a person can see the findings and, if allowed, confirm them.

A second hook shows the findings on the edit and moderation screen (cms.admin_panels):

    @hooks.register("publish_findings_panel")
    def panel(request, page) -> str: ...   # safe HTML, or "" to show nothing

Page attributes a room may read: `public_contact_fields` (fields holding the published
contact address) and `public_name_lists` (child relations of people credited by name, such as
authors): what a check should expect there.

Where it is enforced (one decision, one place):
* `GuardedPublishMixin.save` — every page model mixes it in. A save that makes a page live or
  gives it a new live revision is *the* moment content becomes public, whichever path led
  there (the editor's Publish, a workflow approval, `publish_scheduled`, `import_content`,
  bulk publish, revert, copy, code). It raises `PublishBlocked` and nothing is saved; a new
  page that would be created live is created as a draft instead.
* `GuardedPublishMixin.publish` — for scheduled publishing (`publish_scheduled` calls
  `revision.publish(log_action="wagtail.publish.scheduled")`) the block is recorded and the
  schedule withdrawn, so that the command goes on with other pages and does not retry forever.
* `cms.middleware.PublishGuardMiddleware` — an admin request that ran into the guard is rolled
  back completely (a workflow approval stays "in moderation") and answered with the refusal.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

HOOK = "check_publishable_text"
BLOCKED_ACTION = "cms.publish_blocked"
SCHEDULED_ACTION = "wagtail.publish.scheduled"


@dataclass(frozen=True)
class Blocker:
    field: str  # label of the field, e.g. "samenvatting"
    kind: str  # label of the kind, e.g. "BSN"
    confirmable: bool = False  # a person allowed to publish may confirm it as harmless
    help_url: str = ""

    def describe(self) -> str:
        return _("'%(field)s': %(kind)s") % {"field": self.field, "kind": self.kind}


class PublishBlocked(Exception):
    """A page may not go live. Carries field and kind labels only, never the text."""

    def __init__(self, page, blockers: list[Blocker]):
        self.page = page
        self.blockers = blockers
        super().__init__(f"publishing page {page.pk} blocked: {self.summary}")

    @property
    def summary(self) -> str:
        return "; ".join(dict.fromkeys(b.describe() for b in self.blockers))

    @property
    def help_url(self) -> str:
        return next((b.help_url for b in self.blockers if b.help_url), "")

    def message(self) -> str:
        return _(
            "Niet gepubliceerd: de tekst bevat mogelijk gegevens die een gezin herkenbaar "
            "maken. %(found)s."
        ) % {"found": self.summary}


def blockers_for(page) -> list[Blocker]:
    return [b for check in hooks.get_hooks(HOOK) for b in check(page)]


def assert_publishable(page) -> None:
    blockers = blockers_for(page)
    if blockers:
        raise PublishBlocked(page, blockers)


def record_blocked(exc: PublishBlocked, user=None, via: str = "") -> None:
    """Audit log entry (page history) and a log line: field and kind labels, never text."""
    page = exc.page
    logger.warning("publish blocked page=%s via=%s: %s", page.pk, via or "-", exc.summary)
    if page.pk is not None:
        log(
            instance=page,
            action=BLOCKED_ACTION,
            user=user,
            data={"via": via, "found": [[b.field, b.kind] for b in exc.blockers]},
        )


def _goes_live(page) -> bool:
    if not page.live:
        return False
    if page.pk is None:
        return True
    before = type(page).objects.filter(pk=page.pk).values("live", "live_revision_id").first()
    if before is None or not before["live"]:
        return True
    return before["live_revision_id"] != page.live_revision_id


class GuardedPublishMixin:
    """Mixed into every page model before `Page` (no fields, so no migration)."""

    def save(self, *args, **kwargs):
        if _goes_live(self):
            blockers = blockers_for(self)
            if blockers and self.pk is None:
                # A new page (Wagtail's create-and-publish adds it live before publishing):
                # it is created as a draft instead, so the author's text is kept and the
                # publish step that follows is refused.
                self.live, self.has_unpublished_changes = False, True
                logger.warning("new page created as draft: %s", PublishBlocked(self, blockers))
            elif blockers:
                raise PublishBlocked(self, blockers)
        return super().save(*args, **kwargs)

    def publish(self, revision, *args, log_action=True, **kwargs):
        if log_action != SCHEDULED_ACTION:
            return super().publish(revision, *args, log_action=log_action, **kwargs)
        try:
            with transaction.atomic():
                return super().publish(revision, *args, log_action=log_action, **kwargs)
        except PublishBlocked as exc:
            # Withdraw the schedule: the page stays a draft, the history says why.
            type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            record_blocked(exc, via="publish_scheduled")
            return None
