"""The page-type checks themselves: they find what they are meant to find, on known markup."""

import pytest

from tests.browser.page_checks import sideways_overflow, text_contrast

pytestmark = pytest.mark.browser

KNOWN = """
<style>
  .gone { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
<p id="grey" style="color: #777">4.48:1, too light for normal text</p>
<p style="color: #767676">4.54:1, just enough</p>
<p style="color: #777; font-size: 24px">large text needs 3:1</p>
<p style="color: #777; font-size: 19px; font-weight: 700">large bold text needs 3:1</p>
<div style="background: rgba(0, 0, 0, .5)"><p id="veil" style="color: #fff">white on grey</p></div>
<div style="background: linear-gradient(#fff, #000)"><p id="gradient">on a gradient</p></div>
<div class="icon" style="background: #fff url('data:,') no-repeat"><p>on an icon</p></div>
<p class="gone" style="color: #eee">visually hidden</p>
<p style="display: none; color: #eee">not shown</p>
<button disabled style="color: #ccc">inactive</button>
<input id="hint" placeholder="too light" style="color: #000">
<style>#hint::placeholder { color: #aaa; }</style>
"""


@pytest.fixture
def blank(browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    yield page
    page.close()


def test_contrast_check_names_each_low_contrast_text_and_nothing_else(blank):
    blank.set_content(KNOWN)
    result = text_contrast(blank, [".icon"])
    failed = {f["element"]: (f["ratio"], f["needed"]) for f in result["failures"]}
    assert failed == {"p#grey": (4.48, 4.5), "p#veil": (3.98, 4.5), "input#hint": (2.32, 4.5)}
    assert [r["element"] for r in result["review"]] == ["p#gradient"]
    assert result["checked"] == 8


def test_overflow_check_names_what_sticks_out_and_accepts_a_scrolling_table(blank):
    blank.set_content('<div style="overflow-x: auto"><table><tr><td style="min-width: 900px">a')
    assert sideways_overflow(blank)["scrollWidth"] <= 390
    blank.set_content('<p>a</p><pre id="wide" style="width: 700px">b</pre>')
    overflow = sideways_overflow(blank)
    assert overflow["scrollWidth"] == 708  # the body's 8px margin
    assert overflow["sticking"] == [{"element": "pre#wide", "right": 708}]
