"""Review and withdrawal of guidance (issue 14, item 3): the review dates move only when an
editor confirms a whole-page review; a withdrawn page stays readable with its reason, leaves
search and lists, and sends readers to its successor."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.content_io import import_path
from cms.management.commands.load_demo import DEMO_EDITOR, ensure_demo_editor
from cms.models import GuidancePage, KnowledgeIndexPage
from cms.review import CONFIRMED_ACTION, confirm_review
from search.browse import recent_changes
from search.models import SearchDocument
from search.service import forget_caches
from tests.factories import GuidancePageFactory, login_with_second_factor, publish, section

TODAY = timezone.localdate()
FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"
REPORT = "/admin/richtlijnen/te-beoordelen/"


def guidance(title, review_by=None, **fields):
    page = GuidancePageFactory(
        title=title,
        review_by=review_by,
        owner_organisation=fields.pop("owner_organisation", "Programma Toekomstscenario"),
        sections=[("section", section("Eerste stap", "eerste-stap", fields.pop("body", "Tekst.")))],
        **fields,
    )
    return publish(page)


def report_rows(client) -> list[str]:
    html = client.get(REPORT).content.decode()
    if "<tbody>" not in html:
        return []
    return html.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]


def title_of(row: str) -> str:
    return row.split("</a>")[0].rsplit(">", 1)[1]


def confirm_url(page):
    return f"/admin/richtlijnen/{page.pk}/beoordeling/"


@pytest.fixture
def editor(site_tree):
    ensure_demo_editor()
    return get_user_model().objects.get(username=DEMO_EDITOR[0])


@pytest.fixture
def editor_client(client, editor):
    login_with_second_factor(client, editor)
    return client


# --- review -----------------------------------------------------------------------------


def test_report_lists_overdue_and_due_pages_with_their_owner(editor_client):
    guidance("Te laat beoordeeld", TODAY - dt.timedelta(days=3), owner_organisation="Team Oost")
    guidance("Bijna aan de beurt", TODAY + dt.timedelta(days=20), owner_organisation="Team West")
    guidance("Pas later aan de beurt", TODAY + dt.timedelta(days=300))
    guidance("Ingetrokken en te laat", TODAY - dt.timedelta(days=3), withdrawn=True,
             withdrawal_reason="Vervallen.")  # fmt: skip
    rows = report_rows(editor_client)
    assert [title_of(r) for r in rows] == [
        "Te laat beoordeeld",
        "Bijna aan de beurt",
    ]
    assert "Te laat" in rows[0] and "Team Oost" in rows[0] and "Redacteur" not in rows[0]
    assert "Binnenkort" in rows[1] and "Team West" in rows[1]
    assert confirm_url(GuidancePage.objects.get(title="Te laat beoordeeld")) in rows[0]


def test_report_names_the_owner_in_the_cms_and_exports(editor_client, editor):
    page = guidance("Te laat beoordeeld", TODAY - dt.timedelta(days=3))
    GuidancePage.objects.filter(pk=page.pk).update(owner=editor)
    html = editor_client.get(REPORT).content.decode()
    assert "Demo Redacteur" in html
    response = editor_client.get(REPORT + "?export=csv")
    csv = b"".join(response.streaming_content).decode()
    assert "Te laat beoordeeld" in csv and "Demo Redacteur" in csv and "Te laat" in csv


def test_confirming_a_review_resets_the_dates_and_is_logged(editor_client, editor, client):
    page = guidance("Te laat beoordeeld", TODAY - dt.timedelta(days=3))
    next_review = TODAY + dt.timedelta(days=365)
    response = editor_client.post(
        confirm_url(page), {"confirmed": "on", "next_review": next_review.isoformat()}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.last_reviewed, page.last_reviewed_by, page.review_by) == (
        TODAY,
        editor,
        next_review,
    )
    entry = PageLogEntry.objects.get(page=page, action=CONFIRMED_ACTION)
    assert entry.user == editor
    history = editor_client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Hele pagina beoordeeld; volgende beoordeling" in history
    assert report_rows(editor_client) == []
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Laatst beoordeeld" in html and f'datetime="{TODAY.isoformat()}"' in html


@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        ({"next_review": (TODAY + dt.timedelta(days=365)).isoformat()}, "Vink aan"),
        ({"confirmed": "on", "next_review": TODAY.isoformat()}, "na vandaag"),
        (
            {"confirmed": "on", "next_review": (TODAY + dt.timedelta(days=4 * 365)).isoformat()},
            "minstens elke 3 jaar",
        ),  # fmt: skip
    ],
)
def test_a_review_needs_the_tick_and_a_date_ahead(editor_client, data, field_error):
    page = guidance("Te laat beoordeeld", TODAY - dt.timedelta(days=3))
    response = editor_client.post(confirm_url(page), data)
    assert response.status_code == 400
    assert field_error in response.content.decode()
    page.refresh_from_db()
    assert page.last_reviewed is None and page.review_by == TODAY - dt.timedelta(days=3)


def test_only_who_may_publish_confirms_a_review(client, site_tree):
    page = guidance("Te laat beoordeeld", TODAY - dt.timedelta(days=3))
    user = get_user_model().objects.create_user("lezer", password="x")
    user.user_permissions.add(*_admin_access())
    login_with_second_factor(client, user)
    response = client.post(confirm_url(page), {"confirmed": "on", "next_review": "2099-01-01"})
    # Wagtail's admin answers PermissionDenied with a message on the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    page.refresh_from_db()
    assert page.last_reviewed is None


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


def test_publishing_an_earlier_revision_keeps_the_review(editor):
    page = guidance("Beoordeeld", TODAY - dt.timedelta(days=3))
    earlier = page.latest_revision_id  # holds the old review date
    publish(page, summary="Een nieuwe samenvatting.")
    confirm_review(page, editor, TODAY + dt.timedelta(days=200))
    Revision.objects.get(pk=earlier).publish()  # revert, a schedule or a workflow
    page = GuidancePage.objects.get(pk=page.pk)
    assert page.summary == "Korte samenvatting."  # the earlier text is back ...
    assert (page.last_reviewed, page.last_reviewed_by, page.review_by) == (
        TODAY,
        editor,
        TODAY + dt.timedelta(days=200),
    )  # ... but not the earlier review


def test_editing_in_the_admin_keeps_the_review(editor_client, editor):
    page = guidance("Beoordeeld", TODAY - dt.timedelta(days=3))
    page.summary = "Een concept van voor de beoordeling."
    page.save_revision()  # the editor opens this draft, which holds the old review date
    confirm_review(page, editor, TODAY + dt.timedelta(days=200))
    form = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="review_by"' not in form and confirm_url(page) in form
    blank = {"principles": {"count": 0}, "themes": {"count": 0}}
    data = nested_form_data(
        {
            "title": "Beoordeeld en bewerkt",
            "slug": page.slug,
            "kind": page.kind,
            "summary": "Nieuw.",
            "level": "",
            "sections": streamfield(
                [("section", {**section("Eerste stap", "eerste-stap"), **blank})]
            ),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    page = GuidancePage.objects.get(pk=page.pk)
    assert page.title == "Beoordeeld en bewerkt"
    assert (page.last_reviewed, page.review_by) == (TODAY, TODAY + dt.timedelta(days=200))


def test_a_new_page_is_reviewed_once_it_exists(editor_client):
    knowledge = KnowledgeIndexPage.objects.get()
    html = editor_client.get(f"/admin/pages/add/cms/guidancepage/{knowledge.pk}/").content
    assert "Na het aanmaken kunt u hier een beoordeling bevestigen." in html.decode()


def test_an_import_keeps_the_review_date_of_an_existing_page(site_tree, tmp_path, editor):
    from tests.factories import PrincipleFactory, ThemeFactory

    PrincipleFactory(code="TEST1")
    ThemeFactory(slug="testthema", name="Testthema")
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    assert all(o.error is None for o in import_path(tmp_path / "content"))
    page = GuidancePage.objects.get(slug="fasen-van-veiligheid")
    assert page.review_by == dt.date(2027, 1, 1)  # a new page: the file's date
    confirm_review(page, editor, dt.date(2028, 6, 1))
    path = tmp_path / "content" / "guidance-fasen.md"
    path.write_text(path.read_text().replace("owner: Testprogramma", "owner: Ander programma"))
    [outcome] = import_path(path)
    assert outcome.action == "bijgewerkt"
    page = GuidancePage.objects.get(pk=page.pk)
    assert page.owner_organisation == "Ander programma"
    assert page.review_by == dt.date(2028, 6, 1)


# --- withdrawal -------------------------------------------------------------------------


@pytest.fixture
def successor(site_tree):
    return guidance("Werken aan veiligheid", body="De nieuwe werkwijze.")


@pytest.fixture
def withdrawn(successor):
    return guidance(
        "Oude leidraad veiligheid",
        body="Een zeldzaamwoord dat alleen hier staat.",
        withdrawn=True,
        withdrawal_reason="Opgegaan in de leidraad Werken aan veiligheid.",
        successor=successor,
    )


def test_a_withdrawn_page_with_a_successor_redirects_with_a_notice(client, withdrawn, successor):
    response = client.get(withdrawn.url)
    assert response.status_code == 302
    assert response["Location"] == f"{successor.url}?vervangt={withdrawn.slug}"
    html = client.get(response["Location"]).content.decode()
    assert "U opende ‘Oude leidraad veiligheid’" in html
    assert "Opgegaan in de leidraad Werken aan veiligheid." in html
    assert f'href="{withdrawn.url}?ingetrokken=tonen"' in html
    assert "U opende" not in client.get(successor.url).content.decode()


def test_the_withdrawn_text_stays_readable_with_banner_reason_and_successor(
    client, withdrawn, successor
):
    response = client.get(f"{withdrawn.url}?ingetrokken=tonen")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze richtlijn is ingetrokken op" in html
    assert "Opgegaan in de leidraad Werken aan veiligheid." in html
    assert f'href="{successor.url}">Werken aan veiligheid</a>' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_a_withdrawn_page_without_successor_stays_reachable(client, site_tree):
    page = guidance("Vervallen leidraad", withdrawn=True, withdrawal_reason="Niet meer nodig.")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze richtlijn is ingetrokken op" in html and "Niet meer nodig." in html
    assert "vervangt haar" not in html


def test_a_withdrawn_page_leaves_search_and_lists(client, withdrawn, successor):
    assert not SearchDocument.objects.filter(url__startswith=withdrawn.url).exists()
    assert SearchDocument.objects.filter(url__startswith=successor.url).exists()
    forget_caches()
    assert withdrawn.url not in client.get("/zoeken/?q=zeldzaamwoord").content.decode()
    knowledge = client.get(KnowledgeIndexPage.objects.get().url).content.decode()
    assert "Werken aan veiligheid" in knowledge and "Oude leidraad veiligheid" not in knowledge
    assert [c.title for c in recent_changes()] == ["Werken aan veiligheid"]


def test_withdrawing_a_page_takes_it_out_of_the_index(withdrawn):
    page = publish(withdrawn, withdrawn=False, withdrawal_reason="", successor=None)
    assert SearchDocument.objects.filter(url__startswith=page.url).exists()
    publish(page, withdrawn=True, withdrawal_reason="Toch vervallen.")
    assert not SearchDocument.objects.filter(url__startswith=page.url).exists()


def test_a_successor_that_is_unpublished_later_leaves_the_old_page_readable(
    client, withdrawn, successor
):
    successor.unpublish()
    response = client.get(withdrawn.url)
    assert response.status_code == 200
    assert "Deze richtlijn is ingetrokken op" in response.content.decode()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"withdrawn": True, "withdrawal_reason": " "}, "withdrawal_reason"),
        ({"withdrawn": False, "successor": "other"}, "successor"),
        ({"withdrawn": True, "withdrawal_reason": "Weg.", "successor": "self"}, "successor"),
        ({"withdrawn": True, "withdrawal_reason": "Weg.", "successor": "withdrawn"}, "successor"),
    ],
)
def test_withdrawal_needs_a_reason_and_a_current_successor(site_tree, fields, field):
    page = guidance("Te controleren")
    other = guidance("Andere leidraad")
    gone = guidance("Ingetrokken leidraad", withdrawn=True, withdrawal_reason="Weg.")
    chosen = {"other": other, "self": page, "withdrawn": gone}
    for name, value in fields.items():
        setattr(page, name, chosen.get(value, value) if isinstance(value, str) else value)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict
