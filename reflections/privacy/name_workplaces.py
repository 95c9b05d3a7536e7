"""Capitals that name a workplace, a care provider, a club, an event or a route, not a person.

"Vader werkt bij Tata Steel", "intake bij Yulius", "judo bij Budo Tilburg": what stands
right after these words is an organisation, since a person would be named with a title or a
relative ("werkt bij zijn oom Ahmed"). "Akwaaba Day", "Kwaku Summer Festival": an event.
"de lijn Vlissingen–Antwerpen": two places joined by a dash. "een thuiszorgorganisatie,
Tragel": an organisation in apposition. Soft, like the other context rules: a title before
the word still makes it a name.
"""

from __future__ import annotations

import re

from .lexicon import PLACES
from .name_tokens import Tok, adjacent

#: Work, care and club words before 'bij': the organisation follows ("werkt bij", "stage bij",
#: "in behandeling bij", "judo bij"), maybe after an article.
_AT_AN_ORGANISATION = re.compile(
    r"\b(?:werk(?:t|te|ten|en)?|werkzaam|dienst|stage|baan|bijbaan|vrijwilligerswerk|intake"
    r"|aangemeld|aanmelding|behandeling|behandeld|begeleiding|traject|dagbesteding|opname"
    r"|wachtlijst|judo|voetbal|voetbalt|zwemles|turnen|turnt|training|lid)"
    r"\s+bij\s+(?:de\s+|het\s+)?\Z",
    re.IGNORECASE,
)
#: English heads of an event's name: "Curaçao Day", "Kwaku Summer Festival".
_EVENT_HEADS = frozenset(
    [
        "Day",
        "Days",
        "Festival",
        "Fest",
        "Night",
        "Party",
        "Cup",
        "Games",
        "Parade",
        "Pride",
        "Run",
        "Market",
        "Week",
        "Weekend",
    ]
)
_ROUTE_DASH = re.compile(r"\s*[–—/-]\s*")
#: An organisation's kind, then its name in apposition: "een thuiszorgorganisatie, Tragel".
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:een|de|het|haar|zijn|hun)\s+(?:[a-zë]+\s+)?[a-zë]*(?:organisatie|instelling|aanbieder"
    r"|corporatie|werkgever|bedrijf|fabriek|keten|supermarkt),\s+\Z"
)


def block_workplaces_and_events(text: str, toks: list[Tok]) -> None:
    for k, tok in enumerate(toks):
        if not tok.cap:
            continue
        if _AT_AN_ORGANISATION.search(text, max(0, tok.start - 40), tok.start):
            _block_run(text, toks, k)  # "werkt bij Damen Shipyards"
        elif tok.base in _EVENT_HEADS and k and _joined_capital(text, toks, k):
            tok.blocked = tok.soft = True
            j = k - 1
            while j >= 0 and toks[j].cap and (j == k - 1 or adjacent(text, toks[j], toks[j + 1])):
                toks[j].blocked = toks[j].soft = True  # "Akwaaba Day"
                j -= 1
        elif k and _route(text, toks[k - 1], tok):
            tok.blocked = tok.soft = True  # "Vlissingen–Antwerpen"
        elif _ORGANISATION_BEFORE.search(text, max(0, tok.start - 40), tok.start):
            _block_run(text, toks, k)  # "werkt bij een thuiszorgorganisatie, Tragel"


def _block_run(text: str, toks: list[Tok], k: int) -> None:
    j = k
    while j < len(toks) and (j == k or _joined_capital(text, toks, j)):
        toks[j].blocked = toks[j].soft = True
        j += 1


def _joined_capital(text: str, toks: list[Tok], j: int) -> bool:
    return toks[j].cap and adjacent(text, toks[j - 1], toks[j])


def _route(text: str, prev: Tok, tok: Tok) -> bool:
    """Two known places joined by a dash or a slash: a route or a pair of towns."""
    if not (prev.cap and prev.base in PLACES and tok.base in PLACES):
        return False
    return bool(_ROUTE_DASH.fullmatch(text[prev.end : tok.start]))
