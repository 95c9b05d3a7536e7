"""What the page-type tests measure in a loaded page: sideways overflow, text contrast, axe.

The measurements run as JavaScript in the page (computed styles and layout boxes are only
known there) and come back as plain dicts, so that a failing test can name the element.
"""

from tests.browser.conftest import AXE

# The layout viewport without its scroll bar, against the widest thing in the document; the
# elements sticking out furthest are named so that a failure says where to look.
OVERFLOW_JS = """() => {
  const root = document.documentElement;
  const limit = root.clientWidth;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  const right = (el) => el.getBoundingClientRect().right + window.scrollX;
  const scrollsInside = (el) => {  // a positioned element escapes a static scroll box
    if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      if (getComputedStyle(n).overflowX !== 'visible') return true;
    }
    return false;
  };
  const sticking = [];
  if (root.scrollWidth > limit) {
    for (const el of document.body.querySelectorAll('*')) {
      const edge = right(el);
      if (edge > limit + 0.5 && !scrollsInside(el)
          && ![...el.children].some((c) => right(c) >= edge)) {
        sticking.push({element: name(el), right: Math.round(edge)});
      }
    }
    sticking.sort((a, b) => b.right - a.right);
  }
  return {scrollWidth: root.scrollWidth, clientWidth: limit, innerWidth: window.innerWidth,
          sticking: sticking.slice(0, 5)};
}"""

# WCAG 1.4.3 over every visible piece of text: the computed colour of its element against
# the effective background, found by walking up the ancestors until an opaque
# background-color, blending the translucent ones on the way (the canvas is white). A
# background image (gradient, icon) may lie under the text: such an element is reported for
# review unless it matches one of the reviewed selectors; its background colour is checked
# all the same. Text form fields (their value or placeholder) and closed selects count too.
# Limits, on purpose: a positioned element over another one's box is not seen (the DOM
# ancestors decide), nor a text-shadow; docs/testing.md says so.
CONTRAST_JS = """(reviewedImages) => {
  const parse = (value) => {
    const m = /^rgba?\\(([^)]*)\\)$/.exec(value.trim());
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => [0, 1, 2].map(
    (i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const name = (el) => {
    const parts = [];
    for (let n = el; n && n !== document.body && parts.length < 4; n = n.parentElement) {
      parts.unshift(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')
        + [...n.classList].slice(0, 2).map((c) => '.' + c).join(''));
      if (n.id) break;
    }
    return parts.join(' > ');
  };
  const clippedAway = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const s = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      if ((s.overflow !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none')
          && (r.width <= 1 || r.height <= 1)) return true;
    }
    return false;
  };
  const background = (el) => {
    const layers = [];
    let image = null;
    for (let n = el; n; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.backgroundImage !== 'none' && !image) image = n;
      const bg = parse(s.backgroundColor);
      if (bg === null) return {unparsed: s.backgroundColor};
      if (bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return {colour, image};
  };
  const opacity = (el) => {
    let o = 1;
    for (let n = el; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
    return o;
  };
  const failures = [];
  const review = [];
  const seen = new Set();
  let checked = 0;
  const check = (el, text, colourValue) => {
    const s = getComputedStyle(el);
    const fg = parse(colourValue);
    const bg = background(el);
    const where = name(el);
    if (fg === null || bg.unparsed) {
      review.push({element: where, text, reason: 'colour not in rgb(): '
        + (fg === null ? colourValue : bg.unparsed)});
      return;
    }
    if (bg.image && !reviewedImages.some((sel) => bg.image.matches(sel))) {
      review.push({element: where, text, reason: 'background-image on ' + name(bg.image)});
    }
    fg[3] *= opacity(el);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const value = ratio(over(fg, bg.colour), bg.colour);
    checked += 1;
    if (value < needed) {
      const key = [where, colourValue, bg.colour.join()].join('|');
      if (seen.has(key)) return;
      seen.add(key);
      const rgb = (c) => 'rgb(' + c.slice(0, 3).map(Math.round).join(', ') + ')';
      failures.push({element: where, text, colour: colourValue, background: rgb(bg.colour),
                     ratio: Math.round(value * 100) / 100, needed});
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, noscript, template, option, svg')) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!boxes.length) continue;
    const offPage = (r) => r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0;
    if (boxes.every(offPage)) continue;
    if (clippedAway(el)) continue;
    if (el.closest('button:disabled, fieldset:disabled')) continue;  // inactive: exempt
    check(el, text.slice(0, 40), getComputedStyle(el).color);
  }
  for (const field of document.querySelectorAll('input, textarea, select')) {
    if (field.disabled || field.type === 'hidden' || !field.checkVisibility()) continue;
    if (!['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date',
          'textarea', 'select-one', 'select-multiple'].includes(field.type)) continue;
    if (field.tagName === 'SELECT') {
      const option = field.selectedOptions[0];
      const colour = getComputedStyle(field).color;
      if (option) check(field, option.textContent.trim().slice(0, 40), colour);
    } else if (field.value) {
      check(field, field.value.slice(0, 40), getComputedStyle(field).color);
    } else if (field.placeholder) {
      check(field, field.placeholder.slice(0, 40), getComputedStyle(field, '::placeholder').color);
    }
  }
  return {checked, failures, review};
}"""


def sideways_overflow(page) -> dict:
    return page.evaluate(OVERFLOW_JS)


def text_contrast(page, reviewed_images: list[str]) -> dict:
    return page.evaluate(CONTRAST_JS, reviewed_images)


def axe_results(page) -> dict:
    """Violations (serious and critical) and incomplete items of axe-core, by rule id.

    Injected by evaluation, which the page's strict CSP does not govern (see
    conftest.check_accessibility).
    """
    page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate(
        "async () => await axe.run(document, "
        "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )

    def by_rule(items):
        return {
            item["id"]: {
                "impact": item["impact"],
                "nodes": [n["target"] for n in item["nodes"]][:5],
                "why": item["nodes"][0]["any"][0]["message"]
                if item["nodes"] and item["nodes"][0]["any"]
                else item["help"],
            }
            for item in items
        }

    return {
        "violations": by_rule(
            v for v in result["violations"] if v["impact"] in ("serious", "critical")
        ),
        "incomplete": by_rule(result["incomplete"]),
    }
