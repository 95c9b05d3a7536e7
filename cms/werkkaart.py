"""The werkkaart of a guidance page (issue 14, item 7): a clean print view of the page (each
section's kern) or of one section (its kern and full text), stamped with the title, the
version and its date, so a card on paper says which advice it holds and where to check it.

Routes of GuidancePage (`<page>werkkaart/`, `<page>werkkaart/<anchor>/`); print.css makes
the page one sheet without the site's navigation. noindex: the card repeats the page.
"""

from django.http import Http404

from cms.guidance_history import NOINDEX, latest


def _stamp(page) -> dict:
    """The version of the text on the card and the day it came out (a page without versions:
    the day it was last published)."""
    version = latest(page) if page.version_label else None
    published = page.last_published_at
    if version is not None and version.number == page.version_label.strip():
        published = version.published_at
    return {"stamp_version": page.version_label.strip(), "stamp_date": published}


def werkkaart_view(page, request, anchor=None):
    sections = [block.value for block in page.sections]
    if anchor is not None:
        sections = [s for s in sections if s["anchor"] == anchor]
        if not sections:
            raise Http404("Deze sectie bestaat niet.")
    response = page.render(
        request,
        template="cms/werkkaart/werkkaart.html",
        context_overrides={
            "card_sections": sections,
            "one_section": sections[0] if anchor is not None else None,
            "noindex": True,
            **_stamp(page),
        },
    )
    response["X-Robots-Tag"] = NOINDEX
    return response
