"""The finished look, measured in Chromium at a phone's width (390 px) and a laptop's (1280 px):
the evidence map scrolls inside its own box with its first column in place and whole words in
its headers, the theme's fonts are the ones drawn, metadata lists line up, and a printed
guidance page holds the text only."""

import pytest

from cms.models import GuidancePage

pytestmark = pytest.mark.browser

WIDTHS = [390, 1280]
MAP = "/onderzoek/evidence-map/"

# For each header cell: the words whose text is drawn on more than one line (a word broken in
# two gives one client rect per line). A line may end at a hyphen the word already has
# ("Volwassenen-" / "GGZ"), so the parts between hyphens are the words here.
BROKEN_HEADER_WORDS = """() => {
  const broken = [];
  for (const th of document.querySelectorAll('.evidence-map thead th')) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


def at_width(page, width: int):
    page.set_viewport_size({"width": width, "height": 900})


def page_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", ["tabel", "bellen"])
def test_the_evidence_map_scrolls_in_its_box_and_the_page_does_not(page, width, view):
    at_width(page, width)
    page.goto(f"{MAP}?weergave={view}")
    assert page_overflow(page) <= 0
    box = page.locator(".evidence-map")
    # One column per theme: wider than the screen, so the box itself scrolls.
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")
    first_column = page.locator(".evidence-map tbody th").first
    before = first_column.bounding_box()["x"]
    data_cell = page.locator(".evidence-map tbody td").first
    cell_before = data_cell.bounding_box()["x"]
    box.evaluate("e => { e.scrollLeft = 300; }")
    assert first_column.bounding_box()["x"] == before
    assert data_cell.bounding_box()["x"] < cell_before  # the rest did move
    assert page_overflow(page) <= 0


@pytest.mark.parametrize("width", WIDTHS)
def test_the_evidence_map_headers_keep_their_words_whole(page, width):
    at_width(page, width)
    for columns in ("thema", "niveau"):
        page.goto(f"{MAP}?kolommen={columns}")
        assert page.evaluate(BROKEN_HEADER_WORDS) == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_evidence_map_title_and_hint_stay_in_view(page, width):
    at_width(page, width)
    page.goto(MAP)
    title = page.locator("#map-caption")
    box = title.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert "Schuif de tabel" in page.locator("#map-hint").inner_text()


def test_the_evidence_map_box_is_reached_and_scrolled_with_the_keyboard(page):
    at_width(page, 390)
    page.goto(MAP)
    region = page.get_by_role("region", name="Pilots en studies per basisprincipe en thema")
    region.focus()
    assert page.evaluate("document.activeElement.classList.contains('evidence-map')")
    region.press("ArrowRight")
    # Polled by time, not by animation frame: the browser scrolls smoothly meanwhile.
    page.wait_for_function(
        "() => document.querySelector('.evidence-map').scrollLeft > 0", polling=100
    )
    table = page.get_by_role("table", name="Pilots en studies per basisprincipe en thema")
    assert table.count() == 1


def rendered_font(page, selector: str) -> str:
    """The font Chromium actually drew the element's text with (not just the CSS list)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return max(fonts, key=lambda f: f["glyphCount"])["familyName"]


def test_headings_and_text_are_drawn_in_the_theme_fonts_from_our_host(page, live_server):
    fonts = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    page.goto(MAP)
    page.evaluate("document.fonts.ready.then(() => true)")
    assert rendered_font(page, "h1") == "Noto Serif"
    assert rendered_font(page, ".utrecht-paragraph") == "Noto Sans"
    assert fonts and all(url.startswith(live_server.url + "/static/fonts/") for url in fonts)


def guidance_url() -> str:
    return GuidancePage.objects.live().get(slug="mda-plus-plus").url


def test_metadata_values_line_up_and_stack_on_a_phone(page):
    url = guidance_url()
    at_width(page, 1280)
    page.goto(url)
    values = page.locator("dl.meta dd")
    assert values.count() >= 5  # two lists: the page's facts and its tags
    xs = {round(values.nth(i).bounding_box()["x"]) for i in range(values.count())}
    assert len(xs) == 1, xs
    terms = page.locator("dl.meta dt")
    assert all(
        terms.nth(i).bounding_box()["x"] < min(xs) for i in range(terms.count())
    )  # beside their values

    at_width(page, 390)
    page.goto(url)
    for i in range(terms.count()):
        term, value = terms.nth(i).bounding_box(), values.nth(i).bounding_box()
        assert value["y"] >= term["y"] + term["height"] - 1  # below its term
        assert round(value["x"]) == round(term["x"])


def test_a_printed_guidance_page_holds_the_text_only(page):
    page.goto(guidance_url())
    page.emulate_media(media="print")
    for gone in (".site-nav", ".site-search", ".language-form", ".section__permalink"):
        assert not page.locator(gone).first.is_visible(), gone
    page.locator(".begrip__knop").first.click()  # opened on the screen, not on paper
    assert not page.locator(".begrip__uitleg").first.is_visible()
    decoration = page.locator(".begrip__knop").first.evaluate(
        "b => getComputedStyle(b).textDecorationLine"
    )
    assert decoration == "none"  # a plain word on paper
    assert page.locator("h1").is_visible() and page.locator(".section").first.is_visible()
    width = page.locator(".utrecht-article").bounding_box()["width"]
    font_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert width <= 45 * font_size  # about 80 characters a line at most


def test_a_printed_link_to_another_site_shows_its_address(page):
    from learning.models import ResearchSummaryPage

    study = ResearchSummaryPage.objects.live().exclude(doi="").first()
    page.goto(study.url)
    page.emulate_media(media="print")
    doi = page.locator("dl.meta a[href^='https://doi.org/']")
    after = doi.evaluate("a => getComputedStyle(a, '::after').content")
    assert after == f'" ({doi.get_attribute("href")})"'
    internal = page.locator(".tags a").first.evaluate("a => getComputedStyle(a, '::after').content")
    assert internal in ("none", "normal")
