"""The empty, working site: page tree, core groups and the Site record (``manage.py setup_site``).

Idempotent: every step looks for what exists before it creates anything, so a second run
changes nothing. No users are created. Rooms add their sections through the ``setup_site`` hook
(see cms/hooks.py).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop as _noop
from wagtail import hooks
from wagtail.models import GroupPagePermission, Page, Site, Task, Workflow

from cms.hooks import SETUP_SITE
from cms.models import GlossaryPage, HomePage, KnowledgeIndexPage
from cms.municipalities import sync_municipalities
from cms.site_url import site_host_and_port

# (for whom, title, short text, link) — one door on the home page per group of users. The texts
# setup writes into pages are marked for translation: cms.languages shows them in English.
ENTRIES = [
    (
        _noop("Professionals"),
        _noop("Richtlijnen vinden"),
        _noop("Handelingskaders, leidraden en voorbeelden uit de praktijk."),
        "/kennisbank/",
    ),
    (
        _noop("Teams"),
        _noop("Een reflectie vastleggen"),
        _noop("Leer als team van uw werk. Zonder gegevens van gezinnen."),
        "/reflecties/",
    ),
    (
        _noop("Pilotleiders"),
        _noop("Een pilot registreren"),
        _noop("Leg vast wat u uitprobeert, vóór de resultaten er zijn."),
        "/mijn-pilots/",
    ),
    (
        _noop("Onderzoekers"),
        _noop("Onderzoek publiceren"),
        _noop("Maak bevindingen leesbaar en vindbaar voor de praktijk."),
        "/mijn-onderzoek/",
    ),
]
# Where these doors led before "Mijn pilots" and "Mijn onderzoek" existed: the public lists,
# which do not let anyone register or publish. A home page that still has them is moved on.
MOVED_ENTRY_LINKS = {
    ("Pilotleiders", "/pilots/"): "/mijn-pilots/",
    ("Onderzoekers", "/onderzoek/"): "/mijn-onderzoek/",
}
# Wagtail's migrations create a workflow and a task for the Moderators group, in English.
DEFAULT_WORKFLOW_NAMES = {
    "Moderators approval": ("Beoordeling door redactie", "Goedkeuring door moderatoren"),
}
# The groups Wagtail's first migration creates, with the page permissions it gives them on the
# tree's root; set up again here so that a site whose groups were removed gets them back.
CORE_GROUPS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page"],
}


@transaction.atomic
def setup_site() -> HomePage:
    home = ensure_site_tree()
    ensure_core_groups()
    ensure_dutch_workflow_names()
    sync_municipalities()  # reference data: the migration's 2023 table plus later changes
    for setup_room in hooks.get_hooks(SETUP_SITE):
        setup_room(home)
    return home


def ensure_site_tree() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome" placeholder holds the slug "home"; it has no content of ours.
        for placeholder in root.get_children().exact_type(Page):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title=_noop("Leerplatform Kind en Gezin"),
                slug="home",
                intro=_noop(
                    "Kennis en leren voor iedereen die werkt aan de veiligheid van kinderen "
                    "en gezinnen. Hier vindt u richtlijnen, voorbeelden uit de praktijk, "
                    "pilots en onderzoek van het Toekomstscenario kind- en gezinsbescherming."
                ),
                entries=[
                    ("entry", dict(zip(("audience", "title", "text", "link"), e, strict=True)))
                    for e in ENTRIES
                ],
            )
        )
    move_entry_links(home)
    ensure_site_record(home)
    if not KnowledgeIndexPage.objects.exists():
        home.add_child(
            instance=KnowledgeIndexPage(
                title=_noop("Kennisbank"),
                slug="kennisbank",
                intro=_noop(
                    "Richtlijnen en voorbeelden uit de praktijk. Kies een basisprincipe, thema"
                    " of niveau."
                ),
            )
        )
    if not GlossaryPage.objects.exists():
        home.add_child(
            instance=GlossaryPage(
                title=_noop("Begrippenlijst"),
                slug="begrippen",
                intro=_noop("Woorden uit het vak, in gewone taal uitgelegd."),
            )
        )
    return home


def move_entry_links(home: HomePage) -> None:
    """Doors of ENTRIES that still lead to a public list lead to the work page, as a new
    published revision (so the editor shows the new links too)."""
    changed = False
    for block in home.entries:
        moved = MOVED_ENTRY_LINKS.get((block.value["audience"], block.value["link"]))
        if moved:
            block.value["link"] = moved
            changed = True
    if changed:
        home.save_revision().publish()


def ensure_dutch_workflow_names() -> None:
    """Editors see these names on the buttons ("Ter beoordeling aanbieden bij …")."""
    for english, (workflow_name, task_name) in DEFAULT_WORKFLOW_NAMES.items():
        Workflow.objects.filter(name=english).update(name=workflow_name)
        Task.objects.filter(name=english).update(name=task_name)


def ensure_site_record(home: HomePage) -> Site:
    """The default Site follows SITE_URL, so that Wagtail's own full URLs agree with ours."""
    hostname, port = site_host_and_port()
    wanted = {
        "hostname": hostname,
        "port": port,
        "root_page_id": home.pk,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(is_default_site=True, **wanted)
    if any(getattr(site, field) != value for field, value in wanted.items()):
        for field, value in wanted.items():
            setattr(site, field, value)
        site.save()
    return site


def page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def grant_page_permissions(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def ensure_group(name: str) -> Group:
    """A group whose members may open the Wagtail admin."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group


def ensure_core_groups() -> None:
    root = Page.get_first_root_node()
    for name, codenames in CORE_GROUPS.items():
        grant_page_permissions(ensure_group(name), root, codenames)
