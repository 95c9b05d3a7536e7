"""What an English visitor sees of Dutch data: shipped texts translated, the rest marked Dutch.

The interface is translated by gettext; page content is written in Dutch only. Two kinds of
data sit in between: the shared vocabulary (an English label per word, see
`cms.models.taxonomy.EnglishLabel`) and the fixed texts that setup code writes into pages (the
home page, the list pages). Those texts are marked with `gettext_noop` where they are written
and translated here when shown, as long as an editor has not changed them.
"""

from django.utils.translation import get_language, gettext


def dutch_active() -> bool:
    return (get_language() or "nl").startswith("nl")


def shipped_text(text: str) -> tuple[str, bool]:
    """(what to show, whether it is in the visitor's language) for a text setup code wrote.

    An edited text has no translation, so it is shown as written and reported as Dutch.
    """
    if not text or dutch_active():
        return text, True
    translated = gettext(text)
    return translated, translated != text
