"""What learning tells the authors of a guidance page (issue 14, item 5; the
``guidance_author_facts`` hook of cms/hooks.py, registered in wagtail_hooks.py): the pilots
and research that link the page or one of its sections, drafts included (marked), each with
a link to the page in the admin. Two queries for the whole page.
"""

from django.template.loader import get_template

from .models import PilotGuidanceLink, ResearchGuidanceLink


def author_facts(request, page, anchors) -> dict[str, str]:
    found: dict[str, tuple[list, list]] = {}
    for slot, links in enumerate((PilotGuidanceLink, ResearchGuidanceLink)):
        rows = (
            links.objects.filter(page=page, anchor__in=anchors)
            .select_related("source")
            .order_by("source__title", "source_id")
        )
        for link in rows:
            pages = found.setdefault(link.anchor, ([], []))[slot]
            if link.source not in pages:  # a page linked twice to one anchor shows once
                pages.append(link.source)
    template = get_template("learning/authors/facts.html")
    return {
        anchor: template.render({"request": request, "pilots": pilots, "research": research})
        for anchor, (pilots, research) in found.items()
    }
