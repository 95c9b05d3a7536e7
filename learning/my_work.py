"""The pages "Mijn pilots" and "Mijn onderzoek": a pilot lead's or researcher's own pages,
with their state and the way into the admin.

Whose page it is, Wagtail says: the page's `owner` (who created it). Pilot leads may only add
pilots (learning/setup.py), which in Wagtail means they edit the pilots they own; so "own" is
the same rule here as in the admin. Who has the role: whoever may add a page of that type to
its list (the groups of learning/setup.py, the editors, superusers), or owns one already.
"""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.models import Page, WorkflowState

from .models import PilotPage, PilotRegistryPage, ResearchIndexPage, ResearchSummaryPage


@dataclass(frozen=True)
class Kind:
    """One "Mijn …" page: which pages, under which list, with which words."""

    model: type[Page]
    index_model: type[Page]
    title: str
    intro: str
    create_label: str
    empty: str
    no_role: str


PILOTS = Kind(
    model=PilotPage,
    index_model=PilotRegistryPage,
    title=gettext_lazy("Mijn pilots"),
    intro=gettext_lazy(
        "De pilots en proeftuinen die u hebt geregistreerd. U bewerkt ze in het beheer."
    ),
    create_label=gettext_lazy("Nieuwe pilot registreren"),
    empty=gettext_lazy(
        "U hebt nog geen pilot geregistreerd. Registreer uw pilot vóór de resultaten er "
        "zijn: wat u uitprobeert, waarom en hoe u het meet. De redactie kijkt mee voordat "
        "de registratie openbaar wordt."
    ),
    no_role=gettext_lazy(
        "Deze pagina is voor pilotleiders. Uw account mag (nog) geen pilots registreren. "
        "Leidt u een pilot? Vraag de redactie om u toe te voegen aan de groep Pilotleiders."
    ),
)
RESEARCH = Kind(
    model=ResearchSummaryPage,
    index_model=ResearchIndexPage,
    title=gettext_lazy("Mijn onderzoek"),
    intro=gettext_lazy(
        "De samenvattingen van onderzoek die u hebt gemaakt. U bewerkt ze in het beheer."
    ),
    create_label=gettext_lazy("Nieuwe onderzoekssamenvatting"),
    empty=gettext_lazy(
        "U hebt nog geen onderzoek samengevat. Maak een samenvatting in gewone taal: wat u "
        "vond, hoe sterk het bewijs is en wat het betekent voor de praktijk."
    ),
    no_role=gettext_lazy(
        "Deze pagina is voor onderzoekers. Uw account mag (nog) geen onderzoek publiceren. "
        "Bent u onderzoeker? Vraag de redactie om u toe te voegen aan de groep Onderzoekers."
    ),
)


@dataclass(frozen=True)
class Item:
    page: Page
    state: str
    changed: dt.datetime | None
    edit_url: str | None


def _list_page(kind: Kind) -> Page | None:
    return kind.index_model.objects.first()


def may_add(user, kind: Kind) -> bool:
    index = _list_page(kind)
    return bool(index and index.permissions_for_user(user).can_add_subpage())


def has_role(user, kind: Kind) -> bool:
    if not user.is_authenticated:
        return False
    return may_add(user, kind) or kind.model.objects.filter(owner=user).exists()


def _in_review(pages) -> dict[str, str]:
    """Page id (as Wagtail stores it, a string) -> the task it waits for, in one query."""
    states = (
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state__task")
    )
    return {
        state.object_id: state.current_task_state.task.name if state.current_task_state else ""
        for state in states
    }


def state_label(page: Page, review_task: str | None) -> str:
    if review_task is not None:
        if review_task:
            return _("Ter beoordeling (%(task)s)") % {"task": review_task}
        return _("Ter beoordeling")
    if page.live:
        if page.has_unpublished_changes:
            return _("Gepubliceerd, met wijzigingen die nog niet gepubliceerd zijn")
        return _("Gepubliceerd")
    if page.first_published_at:
        return _("Niet meer gepubliceerd")
    return _("Concept")


def own_items(user, kind: Kind) -> list[Item]:
    pages = list(
        kind.model.objects.filter(owner=user).order_by("-latest_revision_created_at", "title")
    )
    review = _in_review(pages)
    items = []
    for page in pages:
        may_edit = page.permissions_for_user(user).can_edit()
        items.append(
            Item(
                page=page,
                state=state_label(page, review.get(str(page.pk))),
                changed=page.latest_revision_created_at or page.last_published_at,
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]) if may_edit else None,
            )
        )
    return items


def create_url(user, kind: Kind) -> str | None:
    index = _list_page(kind)
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    meta = kind.model._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, index.pk])


def _my_work(request, kind: Kind):
    user = request.user
    if not has_role(user, kind):
        return render(
            request, "learning/my_work.html", {"kind": kind, "allowed": False}, status=403
        )
    context = {
        "kind": kind,
        "allowed": True,
        "items": own_items(user, kind),
        "create_url": create_url(user, kind),
    }
    return render(request, "learning/my_work.html", context)


@never_cache
@login_required
def my_pilots(request):
    return _my_work(request, PILOTS)


@never_cache
@login_required
def my_research(request):
    return _my_work(request, RESEARCH)


def account_links(request) -> list[tuple[str, str]]:
    """For the account page (the `account_links` hook of cms/hooks.py)."""
    return [
        (str(kind.title), reverse(name))
        for kind, name in ((PILOTS, "learning:my_pilots"), (RESEARCH, "learning:my_research"))
        if has_role(request.user, kind)
    ]
