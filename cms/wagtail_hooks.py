from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import cms.admin_dates  # noqa: F401 — typed Dutch dates in the admin's date fields
import cms.author_view  # noqa: F401 — issue 14 item 5: the authors' view and its buttons
from cms.content_handlers import GlossaryTermHandler, GuidanceHandler, InspirationHandler
from cms.hooks import CONTENT_HANDLERS, LOAD_DEMO, PERIODIC_TASKS
from cms.models import GlossaryTerm, Pillar, Principle, Region, Theme
from cms.publishing import BLOCKED_ACTION
from cms.review import CONFIRMED_ACTION as REVIEW_CONFIRMED  # item 3 review


class PillarViewSet(SnippetViewSet):
    model = Pillar
    icon = "folder-open-inverse"
    list_display = ["code", "name", "name_en"]


class PrincipleViewSet(SnippetViewSet):
    model = Principle
    icon = "list-ul"
    list_display = ["code", "title", "title_en", "pillar"]
    list_filter = ["pillar"]
    search_fields = ["title", "code"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "name_en", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind", "code", "province", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "code"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "abbreviations"]
    search_fields = ["term", "abbreviations", "variants"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabulaire")
    menu_icon = "tag"
    menu_order = 200
    items = (PillarViewSet, PrincipleViewSet, ThemeViewSet, RegionViewSet, GlossaryTermViewSet)


register_snippet(VocabularyGroup)


_CONTENT_HANDLERS = [GlossaryTermHandler(), GuidanceHandler(), InspirationHandler()]
hooks.register(CONTENT_HANDLERS, lambda: _CONTENT_HANDLERS)  # see cms/hooks.py


@hooks.register(PERIODIC_TASKS)  # see cms/hooks.py
def cms_periodic_tasks():
    from cms.tasks import HEARTBEAT_INTERVAL, heartbeat

    return [(heartbeat, HEARTBEAT_INTERVAL)]


@hooks.register("register_log_actions")
def register_publish_blocked(actions):
    @actions.register_action(BLOCKED_ACTION)
    class PublishBlockedFormatter(LogFormatter):
        label = _("Publicatie tegengehouden")

        def format_message(self, log_entry):
            found = "; ".join(
                _("'%(field)s': %(kind)s") % {"field": f, "kind": k}
                for f, k in log_entry.data.get("found", [])
            )
            return _("Publicatie tegengehouden door de privacycontrole (%(found)s)") % {
                "found": found
            }


# changes (issue 14 item 6): after the rooms' hooks, which create the demo accounts.
@hooks.register(LOAD_DEMO, order=110)  # see cms/hooks.py
def changes_demo(home):
    from cms.changes_demo import follow_demo

    follow_demo(home)


# item 3 review: the report of guidance due for review and the "confirm a review" form.
@hooks.register("register_admin_urls")
def review_urls():
    from cms.review_admin import admin_urls

    return admin_urls()


@hooks.register("register_reports_menu_item")
def review_menu_item():
    from cms.review_admin import menu_item

    return menu_item()


@hooks.register("register_log_actions")
def register_review_confirmed(actions):
    from cms.review_admin import ReviewConfirmedFormatter

    actions.register_action(REVIEW_CONFIRMED)(ReviewConfirmedFormatter)
