"""The kern of a guidance section (issue 14, item 7): the advice in at most three sentences,
shown before the full text, on the werkkaart and as the section's search snippet.

One rule, used by the page editor (cms.blocks.SectionBlock) and the importer
(cms.content_handlers): a kern has at most MAX_SENTENCES sentences.
"""

import re

from django.utils.translation import gettext as _

MAX_SENTENCES = 3
MAX_LENGTH = 600

# Common Dutch abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = {
    "bijv",
    "bv",
    "ca",
    "dhr",
    "dr",
    "d.w.z",
    "e.d",
    "enz",
    "etc",
    "evt",
    "i.p.v",
    "i.v.m",
    "incl",
    "jl",
    "m.b.t",
    "mevr",
    "mr",
    "nl",
    "nr",
    "o.a",
    "o.b.v",
    "resp",
    "t.a.v",
    "t/m",
    "vgl",
    "zgn",
}
# A sentence ends at . ! or ? (with closing quotes or brackets) before a space and more text.
END = re.compile(r"[.!?]+[\"')\]’”]*(?=\s+\S)")


def sentences(text: str) -> list[str]:
    """The sentences of a short plain or Markdown text, split where a sentence ends."""
    text = " ".join(text.split())
    found, start = [], 0
    for match in END.finditer(text):
        word = text[start : match.start()].rsplit(" ", 1)[-1].lower()
        if match.group().startswith(".") and word.strip("(\"'") in ABBREVIATIONS:
            continue
        found.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    return [*found, rest] if rest else found


def kern_error(text: str) -> str | None:
    """What is wrong with a kern in plain Dutch, or None; an empty kern is allowed."""
    count = len(sentences(text or ""))
    if count > MAX_SENTENCES:
        return _(
            "De kern heeft %(count)s zinnen. Schrijf de kern in hoogstens %(max)s zinnen; "
            "de rest hoort in de tekst."
        ) % {"count": count, "max": MAX_SENTENCES}
    if len(text or "") > MAX_LENGTH:
        return _("De kern is langer dan %(max)s tekens. Maak de zinnen korter.") % {
            "max": MAX_LENGTH
        }
    return None


def diff_text(value) -> str:
    """A section's text for the version diff (cms.word_diff): a changed kern is a change."""
    kern = (value.get("kern") or "").strip()
    return f"Kern: {kern}\n\n{value['body']}" if kern else value["body"]
