"""Where a name found at one token begins and ends: particles, surnames, titles; and the
tokens that are never part of a name (the street of an address, the name of a venue)."""

from __future__ import annotations

import re

from .lexicon import (
    DUTCH_COMMON,
    PARTICLES,
    PLACES,
)
from .name_cues import (
    ARABIC_PARTICLES,
    GREETINGS,
    ORG_PREDICATE,
    ROLES,
    TITLES,
    VENUE_ENDINGS,
    VENUES,
)
from .name_evidence import initial_before, unknown_first_word
from .name_tokens import (
    Reason,
    Tok,
    adjacent,
    is_first,
    is_last,
    is_word,
    name_parts,
    place_alone,
    plain,
)
from .places import STREET_END, find_addresses

_COMMON_INFIXES = frozenset(
    {"van", "de", "van de", "van der", "van den", "van 't", "ter", "ten", "te", "den", "der"}
)


def extend(text: str, toks: list[Tok], i: int) -> int:
    """Index of the last token of the name starting at toks[i]."""
    j = i
    k = i + 1
    particles: list[str] = []
    if not toks[i].cap or toks[i].text != toks[i].base:
        return i  # lower-case or possessive names stand alone
    while k < len(toks) and adjacent(text, toks[k - 1], toks[k]):
        tok = toks[k]
        if tok.text.lower() in PARTICLES and not tok.blocked:
            particles.append(tok.text.lower())
            k += 1
            continue
        infix = " ".join(particles)
        surname_ok = not particles or infix in _COMMON_INFIXES or is_last(tok.base)
        if plain(tok) and surname_ok and not tok.sent_start and not place_alone(tok, toks[k - 1]):
            j = k
            k += 1
            particles = []
            if tok.text != tok.base:
                break  # a possessive ends the name: "Sanne de Vries' moeder"
            continue
        break
    return j


def title_infix_start(text: str, toks: list[Tok], left: int) -> int:
    """'meneer van der Berg': include the lower-case infix after a title."""
    k = left - 1
    while k >= 0 and toks[k].text.lower() in PARTICLES and adjacent(text, toks[k], toks[k + 1]):
        k -= 1
    if k < left - 1 and k >= 0 and toks[k].text.lower() in TITLES:
        return k + 1
    if k < left - 1 and k >= 0 and initial_before(text, toks, k + 1):
        return k + 1  # "M. de Vries": the initial goes with it (initials_start)
    return left


def extend_left(text: str, toks: list[Tok], i: int) -> int:
    j = i
    k = i - 1
    if not toks[i].cap:
        return i
    while k >= 0 and adjacent(text, toks[k], toks[k + 1]):
        tok = toks[k]
        if tok.text.lower() in PARTICLES and tok.cap:
            j = k  # capitalised particle starts a surname: "De Vries", "El Amrani"
            if tok.sent_start:
                break
            k -= 1
            continue
        if tok.text.lower() in PARTICLES:
            k -= 1
            continue
        if tok.base.lower() in ROLES or tok.base.lower() in TITLES | GREETINGS:
            break  # "Moeder Ruthmila Isenia": the role word stays outside
        if (
            plain(tok)
            and tok.text == tok.base
            and (is_first(tok.base) or not tok.sent_start or unknown_first_word(tok))
        ):
            j = k
            if tok.sent_start:
                break
            k -= 1
            continue
        break
    return j


_PREPOSITIONS = frozenset({"in", "op", "te", "ten", "ter", "het", "aan", "'t"})


def capital_particle_anchor(text: str, toks: list[Tok], i: int) -> bool:
    """'De Vries', 'Van den Berg', 'El Amrani': a capitalised particle before a surname."""
    tok = toks[i]
    if not tok.cap or tok.blocked or tok.text.lower() not in PARTICLES | ARABIC_PARTICLES:
        return False
    k = i + 1
    while (
        k < len(toks) and toks[k].text.lower() in PARTICLES and adjacent(text, toks[k - 1], toks[k])
    ):
        k += 1
    if k >= len(toks) or not adjacent(text, toks[k - 1], toks[k]):
        return False
    nxt = toks[k]
    if not plain(nxt) or is_word(nxt.base) or any(p in PLACES for p in name_parts(nxt.base)):
        return False
    if tok.sent_start and tok.text.lower() in _PREPOSITIONS:
        return False  # "In Amsterdam-Noord", "Op Texel"
    if tok.text.lower() in ARABIC_PARTICLES:
        return nxt.base.lower() not in DUTCH_COMMON or is_last(nxt.base)
    return is_last(nxt.base)


def named_thing(text: str, toks: list[Tok], i: int) -> bool:
    """'De Schakel' in 'buurthuis De Schakel', 'De Hoop is een stichting', 'Stand Van Zaken':
    a capitalised particle and the word after it name a place, organisation or heading."""
    p = i
    if toks[i].text.lower() not in PARTICLES:
        p = i - 1
        if p < 0 or not adjacent(text, toks[p], toks[i]):
            return False
    tok = toks[p]
    if not tok.cap or tok.text.lower() not in PARTICLES or p + 1 >= len(toks):
        return False
    nxt = toks[p + 1]
    if ORG_PREDICATE.match(text[nxt.end : nxt.end + 100]):
        return True  # "De Hoop is een stichting ..."
    prev = toks[p - 1] if p and adjacent(text, toks[p - 1], tok) else None
    if prev and prev.text in VENUES:
        return True  # "buurthuis De Schakel": the name of a place
    return bool(prev and prev.cap and _heading_word(prev))  # "Stand Van Zaken"


def _heading_word(tok: Tok) -> bool:
    """A capitalised common word that is no name, role or title: 'Stand', 'Plan'."""
    low = tok.base.lower()
    if low in ROLES or low in TITLES or low in GREETINGS or is_first(tok.base):
        return False
    return low in DUTCH_COMMON and not is_last(tok.base)


def coordinated(
    text: str, toks: list[Tok], spans: list[tuple[int, int, Reason]]
) -> list[tuple[int, int, Reason]]:
    """'Mees en Merel van Wijk', 'Djenifer en Elton': a first name, or a word Dutch does not
    know, joined by 'en' to a found name; 'van Abdi naar Jeandro': the other end of a handover
    from a found name."""
    taken = {k for left, right, _ in spans for k in range(left, right + 1)}
    extra = []
    for left, right, _ in spans:
        k = left - 2
        if k >= 0 and k not in taken and toks[left - 1].text == "en" and _may_join(toks[k]):
            extra.append((k, k, ("name_coordinated", "")))
        k = right + 2
        if k >= len(toks) or k in taken or not _may_join(toks[k]):
            continue
        handover = left and toks[left - 1].text == "van" and toks[right + 1].text == "naar"
        if handover or (toks[right + 1].text == "en" and _one_word_name_pair(text, toks, k)):
            extra.append((k, k, ("name_coordinated", "")))  # "Putri en Aji"
    return extra


def _one_word_name_pair(text: str, toks: list[Tok], k: int) -> bool:
    """'Putri en Aji naar ...': the word after 'en' stands alone, as a first name does."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt and nxt.cap and adjacent(text, toks[k], nxt))


def _may_join(tok: Tok) -> bool:
    if not plain(tok) or tok.text != tok.base:
        return False
    return is_first(tok.base) or unknown_first_word(tok)


def block_venue_names(text: str, toks: list[Tok]) -> None:
    """'vereniging Sranan Doro', 'moskee Al Fath', 'buurthuis De Schakel': the capitals right
    after a lower-case word for a place or organisation name that place."""
    for k, tok in enumerate(toks[:-1]):
        low = tok.text
        if tok.cap or not (low in VENUES or (len(low) > 8 and low.endswith(VENUE_ENDINGS))):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 4 and adjacent(text, toks[j - 1], toks[j]):
            if not toks[j].cap and (j == k + 1 or toks[j].text not in PARTICLES):
                break  # "de sportclub van Aryan": a person's club
            toks[j].blocked = True
            j += 1


def block_streets(text: str, toks: list[Tok]) -> None:
    """The street of an address is no name: "Sultani op de Kamperfoeliepad 3", "Vos op de
    Sint Jansstraat 8". An address that opens with a first name after no lower-case word
    ("Sanne Dijkstraat 4"?) may hold a person, so there only the street word is blocked."""
    for street in find_addresses(text):
        inside = [k for k, t in enumerate(toks) if street.start <= t.start and t.end <= street.end]
        if not inside:
            continue
        first = inside[0]
        after_word = first > 0 and not toks[first - 1].cap
        whole = after_word or not is_first(toks[first].base)
        for tok in (toks[k] for k in inside):
            if whole or STREET_END.search(tok.base):
                tok.blocked = True


#: After a letter: it is an initial ("S. van der Linden", "K. Jansen"), so a name follows.
_INITIAL_OF = re.compile(r"\.\s*(?:[A-ZÀ-Þ]|(?:van|de|der|den|ter|ten|el|al)\s)")


def not_a_name_span(text: str, toks: list[Tok], left: int, right: int) -> bool:
    """A lone particle ("De") or one letter that is no initial ("gezin K": how a text leaves
    a family unnamed) is no name."""
    if toks[right].text.lower() in PARTICLES:
        return True
    return (
        left == right and len(toks[left].base) == 1 and not _INITIAL_OF.match(text, toks[left].end)
    )


#: Street words a name does not end in ("Mr. Troelstrastraat", "Kamperfoeliehof"); not -dijk,
#: -laan or -berg, which many surnames end in, nor a short -hof ("Kerkhof", "Roshof").
_STREET_WORD = re.compile(
    r"(?:..(?:straat|plein|gracht|kade|singel|steeg|dreef|plantsoen)|.{6,}hof)$"
)
#: "'s Avonds", "'s-Hertogenbosch": after the old genitive comes a time or a place.
_GENITIVE_BEFORE = re.compile(r"(?:^|[\s(])['’]s[\s-]$")


def street_or_time(text: str, tok: Tok) -> bool:
    """A street without a number ("Kamperfoeliehof"), or a time or place after 's."""
    if _GENITIVE_BEFORE.search(text[max(0, tok.start - 4) : tok.start]):
        return True
    return bool(_STREET_WORD.search(tok.base)) and not (is_first(tok.base) or is_last(tok.base))
