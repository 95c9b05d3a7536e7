"""Every page type at 390 px and 1280 px: no sideways scrolling, readable text, axe, screenshots.

Each page type of `page_types.PAGE_TYPES` is loaded once per width (one browser context per
account and width) and measured; the tests below read those measurements, one test id per
check, page type and width (`test_text_contrast[guidance-390]`). The screenshots land in
SCREENSHOTS_DIR (default /tmp/leerplatform-screenshots), listed in docs/screenshots.md.
"""

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from reflections.models import Lesson
from tests.browser.conftest import sign_in
from tests.browser.page_checks import axe_results, sideways_overflow, text_contrast
from tests.browser.page_types import (
    PAGE_TYPES,
    WIDTHS,
    PageType,
    demo_team_id,
    guidance,
    inspiration,
    pilot,
    research,
    search_word,
)

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("SCREENSHOTS_DIR", "/tmp/leerplatform-screenshots"))  # noqa: S108
PHONE = WIDTHS[390]

# axe-core's "incomplete" items: what axe could not decide. Each one was looked at; a rule
# that is not here fails the test until someone has looked at it and written down why.
REVIEWED_INCOMPLETE = {
    "color-contrast": "axe cannot find the background of text partly scrolled out of a box (the"
    " evidence map's table scrolls sideways): test_text_contrast checks every text element",
}

# Elements whose background-image may lie under text, looked at in the screenshots; the text's
# contrast against their background colour is checked all the same.
REVIEWED_BACKGROUND_IMAGES: dict[str, str] = {
    ".utrecht-table-container": "the scroll shadows of a wide table: gradients 10-20 px wide at"
    " the edges from white to at most 25 % black; dark text keeps over 9:1 on the darkest part",
}

# Defects known and not yet fixed: (page type, width, check) -> the defect; each one is a
# strict xfail, so the mark must go when the defect is fixed.
KNOWN_DEFECTS: dict[tuple[str, int, str], str] = {}


@dataclass
class Measurement:
    url: str
    status: int
    overflow: dict
    contrast: dict | None
    axe: dict | None


def shot_name(kind: PageType, width: int) -> str:
    return f"{kind.name}-{width}.png"


def cases(check: str, ours_only: bool = False) -> list:
    """(page type, width) parameters with ids like guidance-390, known defects as xfail."""
    found = []
    for kind in PAGE_TYPES:
        if ours_only and not kind.ours:
            continue
        for width in WIDTHS:
            defect = KNOWN_DEFECTS.get((kind.name, width, check))
            marks = [pytest.mark.xfail(strict=True, reason=defect)] if defect else []
            found.append(pytest.param(kind, width, id=f"{kind.name}-{width}", marks=marks))
    return found


@pytest.fixture(scope="module")
def shared_lessons(django_db_setup, django_db_blocker):
    """A public lesson and one waiting for the coordinator, so that those lists show one."""
    with django_db_blocker.unblock():
        page = guidance()
        made = []
        for status in (Lesson.Status.APPROVED, Lesson.Status.PROPOSED):
            lesson = Lesson.objects.create(
                team_id=demo_team_id(),
                text=f"Paginatypetest ({status.label}): bespreek het veiligheidsplan elke week.",
                page=page,
                status=status,
            )
            lesson.principles.set(page.principles.all()[:1])
            lesson.themes.set(page.themes.all()[:1])
            made.append(lesson)
        yield made
        for lesson in made:
            lesson.delete()


@pytest.fixture(scope="module")
def contexts(browser, live_server, django_db_blocker):
    """One browser context per account and width, signed in once."""
    opened = {}

    def context_for(account: str | None, width: int):
        if (account, width) not in opened:
            context = browser.new_context(
                base_url=live_server.url, locale="nl-NL", viewport=WIDTHS[width]
            )
            if account:
                with django_db_blocker.unblock():
                    user = get_user_model().objects.get(username=account)
                    sign_in(context, user, live_server.url)
            opened[account, width] = context
        return opened[account, width]

    yield context_for
    for context in opened.values():
        context.close()


@pytest.fixture(scope="module")
def measured(contexts, shared_lessons, django_db_blocker):
    """Load a page type at a width once, screenshot it and measure it; later calls reuse it."""
    done: dict[tuple[str, int], Measurement] = {}
    SHOTS.mkdir(parents=True, exist_ok=True)

    def measure(kind: PageType, width: int) -> Measurement:
        if (kind.name, width) in done:
            return done[kind.name, width]
        with django_db_blocker.unblock():
            url = kind.url()
        page = contexts(kind.account, width).new_page()
        page.set_default_timeout(60_000)  # the admin loads a lot of JavaScript
        try:
            response = page.goto(url)
            page.wait_for_load_state("load")
            page.screenshot(path=str(SHOTS / shot_name(kind, width)), full_page=True)
            done[kind.name, width] = Measurement(
                url=url,
                status=response.status,
                overflow=sideways_overflow(page),
                contrast=text_contrast(page, list(REVIEWED_BACKGROUND_IMAGES))
                if kind.ours
                else None,
                axe=axe_results(page) if kind.ours else None,
            )
        finally:
            page.close()
        return done[kind.name, width]

    return measure


def _answered(measure, kind, width) -> Measurement:
    result = measure(kind, width)
    assert result.status == kind.status, result.url
    return result


@pytest.mark.parametrize(("kind", "width"), cases("overflow"))
def test_no_sideways_overflow(measured, kind, width):
    overflow = _answered(measured, kind, width).overflow
    assert overflow["scrollWidth"] <= overflow["clientWidth"], overflow


@pytest.mark.parametrize(("kind", "width"), cases("contrast", ours_only=True))
def test_text_contrast(measured, kind, width):
    contrast = _answered(measured, kind, width).contrast
    assert contrast["checked"] > 0
    assert contrast["failures"] == []
    assert contrast["review"] == []


@pytest.mark.parametrize(("kind", "width"), cases("axe", ours_only=True))
def test_no_axe_violations(measured, kind, width):
    assert _answered(measured, kind, width).axe["violations"] == {}


@pytest.mark.parametrize(("kind", "width"), cases("axe-incomplete", ours_only=True))
def test_axe_incomplete_items_are_reviewed(measured, kind, width):
    incomplete = _answered(measured, kind, width).axe["incomplete"]
    assert {
        rule: item for rule, item in incomplete.items() if rule not in REVIEWED_INCOMPLETE
    } == {}


def test_every_page_type_has_both_screenshots_in_the_index(measured):
    index = (Path(settings.BASE_DIR) / "docs" / "screenshots.md").read_text()
    for kind in PAGE_TYPES:
        for width in WIDTHS:
            measured(kind, width)
            shot = SHOTS / shot_name(kind, width)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot
            assert f"`{shot_name(kind, width)}`" in index, f"{shot.name} not in docs/screenshots.md"


# --- chips -----------------------------------------------------------------------------------

# Every chip of the page's principles and themes, in its header and in its sections (regions
# are no chips: they name places, not a list to browse).
CHIPS_JS = """() => [...document.querySelectorAll('main ul.tags')]
  .filter((ul) => ul.closest('dd')?.previousElementSibling?.textContent.trim() !== "Regio's")
  .flatMap((ul) => [...ul.children])
  .map((li) => ({text: li.textContent.trim(),
                 href: li.querySelector('a')?.getAttribute('href')}))"""


def _lists_page(page, href: str, path: str, pages: int = 10) -> bool:
    """Whether the list at href (or one of its next pages) links to path or a section of it."""
    for _ in range(pages):
        if page.locator(f'main a[href^="{path}"]').count():
            return True
        following = page.locator("main a[rel=next], main .pager a:text-is('Volgende')")
        if not following.count():
            return False
        following.first.click()
        page.wait_for_load_state()
    return False


@pytest.mark.parametrize(
    "tagged",
    [guidance, inspiration, pilot, research],
    ids=["guidance", "inspiration", "pilot", "research"],
)
def test_every_chip_is_a_link_to_a_list_holding_the_page(page, django_db_blocker, tagged):
    with django_db_blocker.unblock():
        path = tagged().url
    page.goto(path)
    chips = page.evaluate(CHIPS_JS)
    assert chips, "no principle or theme chips"
    assert [c["text"] for c in chips if not c["href"]] == []
    for href in dict.fromkeys(c["href"] for c in chips):
        response = page.goto(href)
        assert response.status == 200, href
        assert _lists_page(page, href, path), f"{href} does not list {path}"


# --- search on a phone -----------------------------------------------------------------------


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport=PHONE, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_first_search_result_within_the_first_screen_on_a_phone(phone, django_db_blocker):
    with django_db_blocker.unblock():
        word = search_word()
    phone.goto(f"/zoeken/?q={word}")
    results = phone.locator(".search-result")
    if not results.count():
        pytest.fail(f"no search result for {word}")
    first = results.first.bounding_box()
    assert first["y"] < PHONE["height"], first


def test_glossary_explanation_opens_in_place_on_tap(phone, django_db_blocker):
    with django_db_blocker.unblock():
        path = guidance().url
    phone.goto(path)
    term = phone.locator("main .begrip").first
    if not term.count():
        pytest.fail(f"no glossary term on {path}")
    explanation = term.locator("[role=tooltip], .begrip__uitleg").first
    expect(explanation).to_be_hidden()
    term.scroll_into_view_if_needed()
    term.tap()
    expect(explanation).to_be_visible(timeout=3_000)
    assert phone.url.endswith(path), phone.url  # shown in place: no navigation
    box = explanation.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    assert re.search(r"\w{3}", explanation.inner_text())


def test_header_and_headings_are_compact_on_a_phone(phone):
    phone.goto("/")
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] < PHONE["height"] / 5, header  # was a quarter of the screen
    sizes = phone.evaluate(
        """() => ({h1: getComputedStyle(document.querySelector('h1')).fontSize,
                   token: getComputedStyle(document.body).getPropertyValue(
                       '--basis-text-font-size-2xl').trim()})"""
    )
    assert sizes["token"] == "2rem" and sizes["h1"] == "32px", sizes  # one step down the scale
