"""Issue 14's loop in one run: an editor publishes version 1.1 of a guidance page with a change
note; a reader sees the changed section marked "gewijzigd", opens the history and the diff and
gives feedback on that section; the editor publishes 1.2 and marks the feedback "verwerkt in
versie 1.2"; the reader sees that state under the section and in "Mijn feedback"."""

import pytest
from wagtail.admin.admin_url_finder import AdminURLFinder

from cms.models import GuidancePage, KnowledgeIndexPage
from reflections.models import Feedback
from tests.browser.admin_forms import run_footer_action, unique_title
from tests.browser.conftest import check_accessibility, login
from tests.factories import section

pytestmark = pytest.mark.browser

FEEDBACK = "Zeg ook wat het team doet als de school het plan niet kent."


def _guidance_at_1_0(title: str) -> GuidancePage:
    index = KnowledgeIndexPage.objects.live().first()
    page = GuidancePage(
        title=title,
        kind=GuidancePage.Kind.GUIDE,
        summary="Hoe het lokaal team een gezin het eerste contact aanbiedt.",
        version_label="1.0",
        sections=[
            (
                "section",
                section("Eerste contact", "eerste-contact", "Bel het gezin binnen drie dagen."),
            ),
            ("section", section("Samen plannen", "samen-plannen", "Maak één plan met het gezin.")),
        ],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return GuidancePage.objects.get(pk=page.pk)


def _publish_in_editor(page, guidance, number: str, change: str, note: str, body: str):
    """In the page editor: change the second section's text, the version, its kind and note."""
    page.goto(f"/admin/pages/{guidance.pk}/edit/")
    page.locator("textarea[name='sections-1-value-body']").fill(body)
    page.get_by_role("tab", name="Eigenschappen").click()
    page.locator("#id_version_label").fill(number)
    page.locator("#id_change_type").select_option(change)
    page.locator("#id_change_note").fill(note)
    run_footer_action(page, "button[name='action-publish']")
    page.wait_for_url("**/admin/pages/**")


def test_an_editor_publishes_a_reader_follows_and_gives_feedback_the_editor_uses_it(page):
    title = unique_title("Eerste contact met het lokaal team")
    guidance = _guidance_at_1_0(title)

    login(page, "redacteur", "demo-redacteur")
    _publish_in_editor(
        page,
        guidance,
        "1.1",
        "major",
        "Eén plan met het netwerk.",
        "Maak één plan met het gezin en zijn netwerk.",
    )
    assert guidance.versions.filter(number="1.1", classification="major").exists()
    page.context.clear_cookies()

    # A reader: the changed section is marked, the unchanged one is not.
    login(page, "teamlid", "demo-teamlid")
    page.goto(guidance.url)
    changed, unchanged = page.locator("#samen-plannen"), page.locator("#eerste-contact")
    assert changed.get_by_text("gewijzigd in versie 1.1").is_visible()
    assert unchanged.get_by_text("gewijzigd").count() == 0
    assert check_accessibility(page) == []

    page.get_by_role("link", name="Versiegeschiedenis").click()
    assert page.get_by_text("Eén plan met het netwerk.").is_visible()
    page.get_by_role("link", name="Wat veranderde van 1.0 naar 1.1").click()
    assert page.locator("ins").filter(has_text="netwerk").count() >= 1
    assert check_accessibility(page) == []

    page.goto(guidance.url)
    section_box = page.locator("#samen-plannen")
    section_box.get_by_text("Geef feedback op deze sectie").click()
    section_box.get_by_label("Uw feedback").fill(FEEDBACK)
    section_box.get_by_role("button", name="Feedback versturen").click()
    assert page.get_by_text("Uw feedback is ontvangen").is_visible()
    item = Feedback.objects.get(text=FEEDBACK)
    page.context.clear_cookies()

    # The editor publishes 1.2 and marks the feedback as used in it.
    login(page, "redacteur", "demo-redacteur")
    _publish_in_editor(
        page,
        guidance,
        "1.2",
        "minor",
        "Rol van de school genoemd.",
        "Maak één plan met het gezin en zijn netwerk; vraag wat de school weet.",
    )
    page.goto(AdminURLFinder().get_edit_url(item))
    page.locator("#id_state").select_option("verwerkt")
    page.locator("#id_used_in").select_option(label="1.2")
    page.locator("#id_reason").fill("De rol van de school staat nu in de sectie.")
    page.locator("footer button[type='submit']").first.click()
    page.wait_for_load_state()
    item.refresh_from_db()
    assert (item.state, item.used_in.number) == ("verwerkt", "1.2")
    page.context.clear_cookies()

    # The reader sees what became of her remark, under the section and in her own list.
    login(page, "teamlid", "demo-teamlid")
    page.goto(guidance.url)
    assert page.locator("#samen-plannen").get_by_text("Verwerkt in versie 1.2").is_visible()
    page.goto("/account/")
    page.get_by_role("link", name="Mijn feedback").click()
    mine = page.locator(".my-feedback__item").filter(has_text=FEEDBACK)
    assert mine.get_by_text("Verwerkt in versie 1.2").is_visible()
