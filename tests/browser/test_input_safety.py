"""Typed Dutch dates in the Wagtail admin, and hostile text that never runs in a browser.

Admin logins are injected as a session (force_login), not typed into the login form, which
is about to get a second factor.
"""

import datetime as dt
import json
import os
import uuid
from pathlib import Path

import pytest

from cms.content_io import import_path
from learning.models import PilotPage, PilotRegistryPage
from reflections.models import AgreedAction, Membership, ReflectionSession, Team
from tests.browser.admin_forms import fill_new_pilot, make_user, unique_title
from tests.browser.conftest import sign_in
from tests.security.vectors import XSS

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("SHOTS_DIR", "/tmp/shots-badinput"))  # noqa: S108
ALERT = "<img src=x onerror=\"alert('xss')\">"


def watch_for_scripts(page) -> list[str]:
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def shoot(page, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)


@pytest.fixture
def admin_page(page):
    page.set_default_timeout(60_000)  # the admin loads a lot of JavaScript on a busy machine
    return page


def _new_pilot(page, registry, title: str, planned_start: str):
    fill_new_pilot(page, registry, title)
    start = page.locator("#id_planned_start")
    start.fill(planned_start)
    start.press("Tab")  # the date picker used to replace what it could not parse here
    assert start.input_value() == planned_start
    page.locator("footer button.action-save").first.click()


@pytest.mark.parametrize(
    ("typed", "saved"), [("1-5-2027", dt.date(2027, 5, 1)), ("31-12-2026", dt.date(2026, 12, 31))]
)
def test_typed_dutch_date_is_saved_from_the_admin(admin_page, live_server, typed, saved):
    page = admin_page
    sign_in(page.context, make_user("pilotleider", "Pilotleiders"), live_server.url)
    registry = PilotRegistryPage.objects.get()
    title = unique_title("Datumpilot")
    _new_pilot(page, registry, title, typed)
    page.wait_for_url("**/admin/pages/*/edit/**")
    draft = PilotPage.objects.get(title=title).get_latest_revision_as_object()
    assert draft.planned_start == saved
    assert page.locator("#id_planned_start").input_value() == saved.strftime("%d-%m-%Y")


def test_unreadable_date_is_a_field_error_in_the_admin(admin_page, live_server):
    page = admin_page
    sign_in(page.context, make_user("pilotleider", "Pilotleiders"), live_server.url)
    registry = PilotRegistryPage.objects.get()
    page.goto(f"/admin/pages/add/learning/pilotpage/{registry.pk}/")
    start = page.locator("#id_planned_start")
    assert start.get_attribute("placeholder") == "dd-mm-jjjj"
    start.scroll_into_view_if_needed()
    shoot(page, "admin-pilot-date-format")
    title = unique_title("Datumfout")
    _new_pilot(page, registry, title, "1 mei 2026")
    error = page.locator("[data-field-wrapper]:has(#id_planned_start) .error-message")
    error.wait_for()
    assert "dd-mm-jjjj" in error.inner_text()
    assert page.locator("#id_planned_start").input_value() == "1 mei 2026"
    assert not PilotPage.objects.filter(title=title).exists()
    page.locator("#id_planned_start").scroll_into_view_if_needed()
    shoot(page, "admin-pilot-date-error")


def _assert_no_script_ran(page, dialogs):
    assert dialogs == []
    assert page.evaluate("window.__xss") is None


def test_xss_in_search_reflections_and_imported_pages_never_runs(admin_page, live_server, tmp_path):
    page = admin_page
    dialogs = watch_for_scripts(page)
    vectors = [*XSS, ALERT]

    # 1. Search results for a query that is an XSS vector.
    for q in (vectors[0], vectors[1], ALERT, vectors[6]):
        page.goto(f"/zoeken/?q={q}")
        _assert_no_script_ran(page, dialogs)

    # 2. A reflection with an XSS vector in every text field, read by the team.
    team = Team.objects.create(name=f"XSS-team {uuid.uuid4().hex[:4]}")
    member = make_user("teamlid")
    Membership.objects.create(team=team, user=member)
    text = " ".join(vectors)
    session = ReflectionSession.objects.create(
        team=team,
        created_by=member,
        method="gibbs",
        **dict.fromkeys(ReflectionSession.TEXT_FIELDS, text),
        answers={"gevoelens": text, "evaluatie": text},
    )
    AgreedAction.objects.create(session=session, description=text)
    sign_in(page.context, member, live_server.url)
    for url in (f"/reflecties/{session.pk}/", f"/reflecties/team/{team.pk}/"):
        page.goto(url)
        assert page.get_by_text("window.__xss=1", exact=False).first.is_visible()
        _assert_no_script_ran(page, dialogs)

    # 3. A guidance page whose title and summary hold XSS, brought in by import_content.
    source = Path(__file__).parent.parent / "fixtures" / "content" / "good" / "guidance-fasen.md"
    slug = f"xss-{uuid.uuid4().hex[:6]}"
    md = source.read_text()
    md = md.replace("title: Fasen van veiligheid", f"title: {json.dumps(vectors[1] + ' ' + ALERT)}")
    md = md.replace("slug: fasen-van-veiligheid", f"slug: {slug}")
    md = md.replace(
        "summary: Drie fasen van werken aan veiligheid.", f"summary: {json.dumps(vectors[6])}"
    )
    md = "\n".join(
        line for line in md.splitlines() if "TEST1" not in line and "testthema" not in line
    )
    (tmp_path / "xss.md").write_text(md)
    assert [o.error for o in import_path(tmp_path)] == [None]
    for url in (f"/kennisbank/{slug}/", "/kennisbank/"):
        page.goto(url)
        _assert_no_script_ran(page, dialogs)
    page.goto(f"/kennisbank/{slug}/")
    assert "onerror" in page.locator("h1").inner_text()  # shown as text, not as markup
