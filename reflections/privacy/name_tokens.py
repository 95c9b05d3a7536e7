"""Tokens of a text for the person-name detector, and what the word lists say about them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    ALLOWED_TERMS,
    DUTCH_COMMON,
    DUTCH_LEXICON,
    DUTCH_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    NAME_WORDS,
    NOT_NAMES,
    PARTICLES,
    PHRASES,
    PLACES,
    REGIONS,
)
from .name_cues import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PLACE_WORDS,
    POSSESSIVE,
    PROFESSIONS,
    ROLES,
    TITLE_ABBREVIATIONS,
    TITLES,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:['’]s\b)?")

Reason = tuple[str, str]  # (reason code, the cue word or "")
#: Lower-case forms of all listed names: the only lower-case words worth a closer look.
LOWER_NAMES = frozenset(n.lower() for n in FIRST_NAMES | LAST_NAMES)

RARE = 10**6


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    base: str
    cap: bool
    sent_start: bool
    blocked: bool = False
    soft: bool = False  # blocked only by a one-word allowed term: a title still marks a name
    foreign: bool = False  # a word of a community language: a name only with a cue


def is_cap(word: str) -> bool:
    """Capitalised, but no abbreviation (OTS, NJi, GGz, RvdK)."""
    return word[0].isupper() and not (len(word) > 1 and (word[1].isupper() or word[-1].isupper()))


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“”‘’([*•–->→":
        i -= 1
    if i < 0 or text[i] in "\n\r!?:;…":
        return True
    if text[i] == "." or text[pos - 1] == "\n":
        j = i
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
        return text[j:i].lower() not in ABBREVIATIONS
    return "\n" in text[i:pos]


def tokenize(text: str) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        cap = is_cap(word)
        base = (POSSESSIVE.sub("", word) or word) if "'" in word or "’" in word else word
        start = cap and _sentence_start(text, m.start())
        toks.append(Tok(m.start(), m.end(), word, base, cap, start))
    return toks


def name_parts(base: str) -> list[str]:
    return [p for p in base.split("-") if p]


def is_first(base: str) -> bool:
    return base in FIRST_NAMES or all(p in FIRST_NAMES for p in name_parts(base))


def is_last(base: str) -> bool:
    return base in LAST_NAMES or all(p in LAST_NAMES or p in FIRST_NAMES for p in name_parts(base))


def is_word(base: str) -> bool:
    """Also a Dutch word (Merel, Hoop, Vos): a name only with a cue."""
    low = base.lower()
    return low in DUTCH_WORDS or low in NAME_WORDS


#: Words naming an institution: "Schaepmanschool", "Esch College", "Jeroen Bosch Ziekenhuis".
_INSTITUTION = re.compile(r"(?:school|college|lyceum|gymnasium|ziekenhuis|gasthuis)$")


def plain_word(tok: Tok) -> bool:
    """The word itself may be (part of) a name: no listed non-name, function word or
    institution word."""
    low = tok.base.lower()
    return tok.base not in NOT_NAMES and low not in FUNCTION_WORDS and not _INSTITUTION.search(low)


def plain(tok: Tok) -> bool:
    """A capitalised token that may be part of a name at all."""
    if not tok.cap or tok.blocked or not plain_word(tok):
        return False
    parts = [p for p in tok.base.split("-") if p]
    # "Lotus-slachtoffers" is a compound; "Bouali-de Jong" a double surname going on.
    return all(p[:1].isupper() or (k and p in PARTICLES) for k, p in enumerate(parts))


def adjacent(text: str, a: Tok, b: Tok) -> bool:
    """Only spaces (or one hyphen) between two tokens."""
    between = text[a.end : b.start]
    return between.strip(" ") in ("",) and len(between) <= 2


#: Words inside an organisation's name: "GGZ voor Jeugd", "Stichting Jeugd en Gezin".
_ORG_LINKS = ("voor", "de", "van", "en", "des", "der")


def _person_after(tok: Tok) -> bool:
    """A first name, or a capitalised word Dutch does not know ("GGZ voor Djeison")."""
    low = tok.base.lower()
    return is_first(tok.base) or not (low in DUTCH_COMMON or low in DUTCH_LEXICON or "-" in low)


def name_masks(
    text: str, toks: list[Tok], allowed: Iterable[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of organisations, methods, places and allowed terms: never a person name.

    Returns (masks, soft masks): a one-word term ("Rogers") may still be a family's name
    after a title ("mevrouw Rogers"), so it is a soft mask."""
    masks: list[tuple[int, int]] = []
    soft: list[tuple[int, int]] = []
    allowed = tuple(allowed)
    for start, end in allowed_spans(text, allowed):
        if not _person_of_the_case(text, end):
            (soft if " " not in text[start:end] else masks).append((start, end))
    _listed_phrases(text, toks, masks, soft)
    masks += _before_lower_heads(text, toks)
    authors = [(s, e) for s, e in masks + soft if _an_author(text[s:e], allowed)]
    soft += _authors_first_names(text, toks, authors)
    for i, tok in enumerate(toks):
        if tok.base in ORG_HEADS or (tok.cap and _ORG_SUFFIX.search(tok.base)):
            if tok.base not in ORG_HEADS and _surname_after_first_name(text, toks, i):
                continue  # "Errol Burgzorg", "Henk Welzorg": a person, not a care provider
            j = i
            while j > 0 and toks[j - 1].cap and adjacent(text, toks[j - 1], toks[j]):
                j -= 1
            k = i
            while k + 1 < len(toks) and adjacent(text, toks[k], toks[k + 1]):
                nxt = toks[k + 1]
                if not (nxt.cap or nxt.text in _ORG_LINKS):
                    break
                if nxt.text in _ORG_LINKS and k + 2 < len(toks) and _person_after(toks[k + 2]):
                    break  # "de GGZ voor Farid": a person after the organisation
                k += 1
            while k > i and not toks[k].cap:
                k -= 1
            masks.append((toks[j].start, toks[k].end))
    return masks, soft


def _listed_phrases(
    text: str, toks: list[Tok], masks: list[tuple[int, int]], soft: list[tuple[int, int]]
) -> None:
    """Organisations, places and shipped allowed terms; one word only softly."""
    for tok in toks:
        particle = tok.text in PARTICLES
        for phrase in _phrases_at(text, tok):
            starts = text.startswith(phrase, tok.start)  # most phrases fail here, quickly
            if starts or (particle and _starts_with(text, phrase, tok)):
                end = tok.start + len(phrase)
                if " " in phrase and (tail := _COMPOUND_TAIL.match(text, end)):
                    end = tail.end()  # "de Ronald McDonald Huiskamer": a compound of the phrase
                if not text[end : end + 1].isalnum():
                    if not _person_of_the_case(text, end):
                        (soft if " " not in phrase else masks).append((tok.start, end))
                    break
            if phrase == tok.base and tok.text != tok.base:  # "Rogers' visie"
                soft.append((tok.start, tok.end))
                break
        if tok.base.endswith("s") and tok.base[:-1] in PHRASES.get(tok.base[:-1], ()):
            soft.append((tok.start, tok.end))  # genitive: "Snyders model"


_COMPOUND_TAIL = re.compile(r"[a-zà-ÿ]{3,}(?!\w)")

#: A role said of a listed phrase makes it a person of the case after all: "Peter Vermeulen
#: (stiefvader)", "Peter Vermeulen, de stiefvader," (a cited author's namesake).
_ROLE_AFTER = re.compile(
    r"\s*(?:\(\s*|,\s*(?:de|het|haar|zijn|hun)\s+)(?:(?:de|het|haar|zijn|hun)\s+)?"
    r"(?P<role>[a-zë'-]+)\b"
)


def _person_of_the_case(text: str, end: int) -> bool:
    found = _ROLE_AFTER.match(text, end)
    return bool(found and found.group("role") in ROLES)


def _phrases_at(text: str, tok: Tok) -> tuple[str, ...]:
    """The listed phrases that may start at tok; a particle may be written in lower case
    ("Marinus van IJzendoorn" for "Van IJzendoorn"). Only those whose second word starts
    with the letter after tok, and the one-word ones (speed: "Stichting" starts hundreds)."""
    if tok.text != tok.base:  # "Rogers' visie"
        return PHRASES.get(tok.base, ())
    after = text[tok.end + 1 : tok.end + 2]
    phrases = _by_second_word(_PHRASE_BUCKETS.get(tok.base), after)
    if tok.text in PARTICLES:  # authors only: "de Haan" is a person, "De Haan" a place too
        phrases += _by_second_word(_AUTHOR_BUCKETS.get(tok.text.capitalize()), after)
    return phrases


def _by_second_word(buckets: dict[str, tuple[str, ...]] | None, after: str) -> tuple[str, ...]:
    if not buckets:
        return ()
    return buckets.get(after, ()) + buckets.get("", ())


def _buckets(index: dict[str, tuple[str, ...]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """first word -> the letter after the separator (or "" for one word) -> phrases, longest
    first as in the index."""
    out: dict[str, dict[str, list[str]]] = {}
    for first, phrases in index.items():
        for phrase in phrases:
            rest = phrase[len(first) + 1 : len(first) + 2]
            out.setdefault(first, {}).setdefault(rest, []).append(phrase)
    return {f: {k: tuple(v) for k, v in b.items()} for f, b in out.items()}


_AUTHORS = frozenset(ALLOWED_TERMS)
_PHRASE_BUCKETS = _buckets(PHRASES)
#: The allowed terms among the phrases, the same way: looked up for every particle.
_AUTHOR_BUCKETS = _buckets(
    {k: authors for k, v in PHRASES.items() if (authors := tuple(p for p in v if p in _AUTHORS))}
)


def _starts_with(text: str, phrase: str, tok: Tok) -> bool:
    if text.startswith(phrase, tok.start):
        return True
    head, _, rest = phrase.partition(" ")
    return tok.text == head.lower() and text.startswith(rest, tok.end + 1)


def _an_author(term: str, allowed: tuple[str, ...]) -> bool:
    """A shipped or an editor's allowed term, no abbreviation: an author's name may stand
    after its first names. Not a place or an organisation ("Adwoa Annor van Rotterdam-Zuid",
    "Zofia Nowak van IKC")."""
    listed = term[:1].upper() + term[1:]  # "van IJzendoorn" for "Van IJzendoorn"
    stem = listed[:-1] if listed.endswith("s") else listed  # "Marshall Rosenbergs model"
    return (term in allowed or listed in _AUTHORS or stem in _AUTHORS) and not term.isupper()


def _authors_first_names(
    text: str, toks: list[Tok], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The first names and particles before an allowed author ("Peter Fonagy", "Marinus van
    IJzendoorn"), and an author joined to one ("Haim Omer en Peter Jakob"), are the
    author's; soft, so a title still makes a family of them ("mevrouw Carol Dweck")."""
    out = []
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    for i, tok in enumerate(toks):
        if tok.start in starts:
            j = i
            while j > 0 and adjacent(text, toks[j - 1], toks[j]):
                prev = toks[j - 1]
                if not (prev.cap and is_first(prev.base)) and prev.text not in ("van", "de", "der"):
                    break
                j -= 1
            while j < i and not toks[j].cap:
                j += 1
            if j < i:
                out.append((toks[j].start, tok.start))
        if tok.end in ends and i + 2 < len(toks) and toks[i + 1].text in ("en", "&"):
            k = i + 2
            while k < len(toks) and toks[k].cap and adjacent(text, toks[k - 1], toks[k]):
                k += 1
            if k > i + 2:
                out.append((toks[i + 2].start, toks[k - 1].end))
    return out


def _before_lower_heads(text: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """'het Albert Schweitzer ziekenhuis': the capitals before a lower-case head name it."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in _LOWER_HEADS or not i or not toks[i - 1].cap:
            continue
        j = i - 1
        while j > 0 and (toks[j - 1].cap or toks[j - 1].text in ("de", "van", "der", "den")):
            if not adjacent(text, toks[j - 1], toks[j]):
                break
            j -= 1
        out.append((toks[j].start, toks[i - 1].end))
    return out


def _surname_after_first_name(text: str, toks: list[Tok], i: int) -> bool:
    prev = toks[i - 1] if i else None
    return bool(
        toks[i].base in LAST_NAMES
        and prev
        and prev.cap
        and adjacent(text, prev, toks[i])
        and is_first(prev.base)
    )


_LOWER_HEADS = frozenset({"ziekenhuis", "kinderziekenhuis", "gasthuis", "kliniek", "umc"})
_ORG_SUFFIX = re.compile(r"..(?:fonds|stichting|centrum|zorg|hulp|kliniek|instituut|ziekenhuis)$")


def allowed_spans(text: str, allowed: Iterable[str]) -> list[tuple[int, int]]:
    """Where the allowed terms occur in ``text`` (whole words, case-insensitive)."""
    terms = tuple(sorted({t.strip() for t in allowed if t and t.strip()}, key=len, reverse=True))
    if not terms:
        return []
    return [(m.start(), m.end()) for m in _terms_regex(terms).finditer(text)]


@lru_cache(maxsize=8)
def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in terms)
    # Also the genitive: "Snyders model", "Rogers' visie", "Satir's stijlen".
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:['’]s|['’]|s)?(?!\w)", re.IGNORECASE)


_POSTCODE_DIGITS = re.compile(r"\b[1-9]\d{3}\s?\Z")


#: What may stand before the role word of a label: "Gegevens vader:", "Naam moeder:".
_LABEL_HEAD = re.compile(r"(?i:\w*gegevens|(?:voor|roep|achter)?naam|contact)\s*")


def _form_label(text: str, label: Tok, tok: Tok) -> bool:
    """A role word opening a line as a form's label, maybe after 'gegevens' or 'naam' ("Naam
    moeder: Saskia"), then a first name or a word Dutch does not know ("Moeder: Goed gesprek"
    is a note, not a name)."""
    line_start = text.rfind("\n", 0, label.start) + 1
    head = text[line_start : label.start].strip(" \t-–•*")
    if (head and not _LABEL_HEAD.fullmatch(head)) or label.text.lower() not in ROLES:
        return False
    return is_first(tok.base) or tok.base.lower() not in DUTCH_COMMON


def context_before(text: str, toks: list[Tok], i: int) -> Reason | None:
    """('name_title'|'name_role', word) when the previous word is a title or role word."""
    if i == 0:
        return None
    prev = toks[i - 1]
    between = text[prev.end : toks[i].start]
    word = prev.text.lower()
    if between.strip(" ") == "." and word in TITLE_ABBREVIATIONS:
        return ("name_title", prev.text)  # mw. Jansen, dhr. Bakker
    if between.strip(" ") == ":" and _form_label(text, prev, toks[i]):
        return ("name_role", prev.text)  # "Verzorger: Jun", "Tante: Glenbert Fräser"
    if between.strip(" ") not in ("", ","):
        return None
    if (
        word in TITLES
        and between.strip(" ") == ""
        and not _POSTCODE_DIGITS.search(text, max(0, prev.start - 6), prev.start)
    ):
        return ("name_title", prev.text)  # not "6556 MW Nijmegen": the letters of a postcode
    if word in ROLES or word in PROFESSIONS:
        return ("name_role", prev.text)  # "onderzoeker Hamse", "orthopedagoog Vos"
    return None


NATIONALITY_STRONG = re.compile(
    r"..(?:ees|eese|isch|ische|aans|aanse|ools|oolse|aars|aarse|eens|eense|aaks|aakse)$"
)
QUARTERS = frozenset({"Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Zuidoost"})
_COMPASS = QUARTERS - {"Centrum"} | {"Noordoost", "Noordwest", "Zuidwest", "Centraal", "Groot"}


def of_a_place(word: str) -> bool:
    """An adjective of a place or region: Bossche, Amsterdamse, Leidse, Friese."""
    if word.endswith("sche"):
        return True
    if not word.endswith("se") or len(word) < 6:
        return False
    stem = word[:-2]
    forms = (stem, stem + "en", word[:-1] + "land")
    return any(f in PLACES or f in REGIONS for f in forms)


def place_alone(tok: Tok, prev: Tok | None = None) -> bool:
    """A region name, or any known place right after a place word ('in Haren')."""
    parts = name_parts(tok.base)
    if tok.base in REGIONS or (len(parts) > 1 and parts[0] in REGIONS and parts[-1] in QUARTERS):
        return True
    if len(parts) > 1 and all(p in PLACES for p in parts):
        return True  # "Arnhem-Leeuwarden"
    if len(parts) == 2 and parts[0] in _COMPASS and (parts[1] in PLACES or parts[1] in REGIONS):
        return True  # "Zuidwest-Nederland", "Oost-Groningen", "Midden-Limburg"
    return bool(prev and prev.text.lower() in PLACE_WORDS and parts and parts[0] in PLACES)


def next_token(text: str, toks: list[Tok], i: int) -> Tok | None:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt if nxt and adjacent(text, toks[i], nxt) else None


def one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
