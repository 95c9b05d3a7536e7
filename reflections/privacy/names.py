"""Person-name detector: name lists from Faker combined with context cues."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .findings import Finding
from .lexicon import (
    DUTCH_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    NOT_NAMES,
    ORGANISATIONS,
    PARTICLES,
    PLACES,
    REGIONS,
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")

TITLES = _wordset(
    "meneer mevrouw mevr mw dhr heer juf juffrouw meester mr dr drs ir ing familie fam gezin"
    " mijnheer"
)
ROLES = _wordset(
    """moeder vader zoon zoontje dochter dochtertje broer broertje zus zusje oma opa tante
    oom neef neefje nicht nichtje pleegmoeder pleegvader pleegzoon pleegdochter
    pleegkind stiefvader stiefmoeder stiefzoon stiefdochter halfbroer halfzus
    grootmoeder grootvader jeugdige kind kindje jongen meisje baby peuter kleuter puber
    tiener cliënt client leerling collega gezinsvoogd jeugdbeschermer mentor leerkracht
    docent buurvrouw buurman vriend vriendin vriendje vriendinnetje partner ex-partner
    ex vriendinnen vrienden stiefbroer stiefzus tweelingbroer tweelingzus moeders vaders
    mama papa voogd tolk huisarts wijkagent advocaat jongere zoontje tweeling kleinzoon
    kleindochter pleegzus pleegbroer"""
)
PERSON_VERBS = _wordset(
    """zei zegt vertelde vertelt gaf geeft vroeg vraagt huilde huilt lachte lacht woont
    woonde speelt speelde wil wilde wou kwam komt ging gaat liep loopt was is heeft had
    reageerde reageert voelde voelt vindt vond schreeuwde sliep slaapt at eet zat zit
    stond staat belde belt mailde appte weigerde weigert durfde durft kon kan mocht mag
    moest moet werd wordt bleef blijft ontkende ontkent erkende erkent leek lijkt"""
)
_AGE_AFTER = re.compile(
    r"^(?:\s*\(\s*\d{1,2}(?:[,.]\d)?\s*(?:jaar|jr\.?|j\.?|jaar oud|maanden|mnd\.?|weken)?\s*\)"
    r"|,\s*\d{1,2}\s*(?:jaar|maanden)\b|\s+\d{1,2}\s*(?:jaar|jr\.?)\b)"
)
_TITLE_ABBREVIATIONS = _wordset("mw mevr dhr mr dr drs ir ing fam")
_FUNCTION_WORDS = _wordset(
    """het een ik je jij u wij we zij ze hij hun hen mijn jouw zijn haar onze ons dit dat
    die deze wat wie waar en of maar want dus als toen omdat met bij voor na naar door
    over uit aan om tot tegen zonder tijdens sinds dan ook nog niet wel er hier daar nu
    zo geen elk elke alle veel"""
)
_ABBREVIATIONS = _wordset("mw dhr mevr o.a bijv i.v.m e.d ca nr mr dr drs ir ing t.a.v vs")
_ORG_HEADS = _wordset(
    """Stichting Jeugdbescherming Jeugdzorg Wijkteam Buurtteam Rechtbank Gerechtshof
    Politie Gemeente Ministerie Inspectie Instituut Academie Hogeschool Universiteit
    Ziekenhuis GGZ GGD Groep Vereniging Federatie Bureau Kliniek Poli Opvoedpoli Centrum
    Expertisecentrum Netwerk Platform Collectief Coöperatie Zorggroep Jeugdhulp
    Kinderopvang"""
)


def _phrase_index() -> dict[str, tuple[str, ...]]:
    """Organisation and multi-word place names keyed by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for phrase in (*ORGANISATIONS, *(p for p in PLACES if " " in p or "-" in p)):
        first = _TOKEN.match(phrase)
        if first:
            index.setdefault(first.group(), []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_PHRASES = _phrase_index()


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    base: str
    cap: bool
    sent_start: bool
    blocked: bool = False


def _is_cap(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“”‘’([*•–-":
        i -= 1
    if i < 0 or text[i] in "\n\r!?:;…":
        return True
    if text[i] == "." or text[pos - 1] == "\n":
        j = i
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
        return text[j:i].lower() not in _ABBREVIATIONS
    return "\n" in text[i:pos]


def _tokenize(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        cap = _is_cap(word)
        base = _POSSESSIVE.sub("", word) or word if cap else word
        start = cap and _sentence_start(text, m.start())
        toks.append(_Tok(m.start(), m.end(), word, base, cap, start))
    return toks


def _parts(base: str) -> list[str]:
    return [p for p in base.split("-") if p]


def _is_first(base: str) -> bool:
    return base in FIRST_NAMES or all(p in FIRST_NAMES for p in _parts(base))


def _is_last(base: str) -> bool:
    return base in LAST_NAMES or all(p in LAST_NAMES or p in FIRST_NAMES for p in _parts(base))


def _plain(tok: _Tok) -> bool:
    """A capitalised token that may be part of a name at all."""
    if not tok.cap or tok.blocked or tok.base in NOT_NAMES:
        return False
    if tok.base.lower() in _FUNCTION_WORDS:
        return False
    parts = tok.base.split("-")
    return all(p[:1].isupper() for p in parts if p)  # "Lotus-slachtoffers" is a compound


def _gap(text: str, a: _Tok, b: _Tok) -> bool:
    """Only spaces (or one hyphen) between two tokens."""
    between = text[a.end : b.start]
    return between.strip(" ") in ("",) and len(between) <= 2


def _org_masks(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    masks = []
    for tok in toks:
        for phrase in _PHRASES.get(tok.text, ()):
            end = tok.start + len(phrase)
            if text.startswith(phrase, tok.start) and not text[end : end + 1].isalnum():
                masks.append((tok.start, end))
                break
    for i, tok in enumerate(toks):
        if tok.base in _ORG_HEADS:
            j = i
            while j > 0 and toks[j - 1].cap and _gap(text, toks[j - 1], toks[j]):
                j -= 1
            k = i
            while (
                k + 1 < len(toks)
                and _gap(text, toks[k], toks[k + 1])
                and (
                    toks[k + 1].cap or toks[k + 1].text in ("voor", "de", "van", "en", "des", "der")
                )
            ):
                k += 1
            while k > i and not toks[k].cap:
                k -= 1
            masks.append((toks[j].start, toks[k].end))
    return masks


def _context_before(text: str, toks: list[_Tok], i: int) -> str | None:
    """'title' or 'role' when the previous word is a title or a role word."""
    if i == 0:
        return None
    prev = toks[i - 1]
    between = text[prev.end : toks[i].start]
    word = prev.text.lower()
    if between.strip(" ") == "." and word in _TITLE_ABBREVIATIONS:
        return "title"  # mw. Jansen, dhr. Bakker
    if between.strip(" ") != "":
        return None
    if word in TITLES:
        return "title"
    if word in ROLES:
        return "role"
    return None


_PLACE_WORDS = _wordset(
    """in uit naar te rond rondom regio gemeente provincie wijk dorp stad omgeving buurt
    richting vanuit nabij woonplaats plaats"""
)


def _place_alone(tok: _Tok, prev: _Tok | None = None) -> bool:
    """A region name, or any known place right after a place word ('in Haren')."""
    if tok.base in REGIONS:
        return True
    return bool(prev and prev.text.lower() in _PLACE_WORDS and tok.base in PLACES)


def _anchor(text: str, toks: list[_Tok], i: int, confirmed: set[str]) -> bool:
    tok = toks[i]
    ctx = _context_before(text, toks, i)
    if ctx == "title" and tok.cap and not tok.blocked:
        return True
    if not _plain(tok):
        return False
    if tok.base in confirmed:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _AGE_AFTER.match(text[tok.end : tok.end + 16]):
        return True
    prev = toks[i - 1] if i else None
    if ctx == "role" and not _place_alone(tok):
        return True
    if _place_alone(tok, prev):
        return False
    first, last = _is_first(tok.base), _is_last(tok.base)
    if not tok.sent_start:
        if first or last:
            return True
        return bool(
            nxt
            and nxt.text in PERSON_VERBS
            and _gap(text, tok, nxt)
            and tok.base.lower() not in DUTCH_WORDS
            and i > 0
            and toks[i - 1].text.lower() in ("en", "dat", "met", "omdat", "toen", "want")
        )
    if first and tok.base.lower() not in DUTCH_WORDS:
        return True
    # Sentence start: a first name that is also a word counts when a surname follows.
    return bool(first and nxt and _plain(nxt) and _gap(text, tok, nxt) and _is_last(nxt.base))


# Tussenvoegsels that introduce a surname whatever follows; rarer ones ("op de", "in 't")
# only count before a known surname, so "Sanne op de Regenboogschool" stays "Sanne".
_COMMON_INFIXES = frozenset(
    {"van", "de", "van de", "van der", "van den", "van 't", "ter", "ten", "te", "den", "der"}
)


def _extend(text: str, toks: list[_Tok], i: int) -> int:
    """Index of the last token of the name starting at toks[i]."""
    j = i
    k = i + 1
    particles: list[str] = []
    while k < len(toks) and _gap(text, toks[k - 1], toks[k]):
        tok = toks[k]
        if tok.text.lower() in PARTICLES and not tok.blocked:
            particles.append(tok.text.lower())
            k += 1
            continue
        infix = " ".join(particles)
        surname_ok = not particles or infix in _COMMON_INFIXES or _is_last(tok.base)
        if _plain(tok) and surname_ok and not tok.sent_start and not _place_alone(tok, toks[k - 1]):
            j = k
            k += 1
            particles = []
            continue
        break
    return j


def _title_infix_start(text: str, toks: list[_Tok], left: int) -> int:
    """'meneer van der Berg': include the lower-case infix after a title."""
    k = left - 1
    while k >= 0 and toks[k].text.lower() in PARTICLES and _gap(text, toks[k], toks[k + 1]):
        k -= 1
    if k < left - 1 and k >= 0 and toks[k].text.lower() in TITLES:
        return k + 1
    return left


def _extend_left(text: str, toks: list[_Tok], i: int) -> int:
    j = i
    k = i - 1
    while k >= 0 and _gap(text, toks[k], toks[k + 1]):
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
        if _plain(tok) and (_is_first(tok.base) or not tok.sent_start):
            j = k
            if tok.sent_start:
                break
            k -= 1
            continue
        break
    return j


def _capital_particle_anchor(text: str, toks: list[_Tok], i: int) -> bool:
    """'De Vries', 'Van den Berg', 'El Amrani': a capitalised particle before a surname."""
    tok = toks[i]
    if not tok.cap or tok.blocked or tok.text.lower() not in PARTICLES:
        return False
    k = i + 1
    while k < len(toks) and toks[k].text.lower() in PARTICLES and _gap(text, toks[k - 1], toks[k]):
        k += 1
    if k >= len(toks) or not _gap(text, toks[k - 1], toks[k]):
        return False
    nxt = toks[k]
    return _plain(nxt) and _is_last(nxt.base) and nxt.base.lower() not in DUTCH_WORDS


def _scan(text: str, toks: list[_Tok], confirmed: set[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _anchor(text, toks, i, confirmed) or _capital_particle_anchor(text, toks, i):
            left = _extend_left(text, toks, i)
            right = _extend(text, toks, i)
            while left < i and toks[left].text.lower() in PARTICLES and not toks[left].cap:
                left += 1
            left = _title_infix_start(text, toks, left)
            found.append((left, right))
            i = right + 1
        else:
            i += 1
    return found


def find_names(text: str) -> Iterator[Finding]:
    toks = _tokenize(text)
    masks = _org_masks(text, toks)
    if masks:
        for tok in toks:
            if tok.cap:
                tok.blocked = any(s <= tok.start < e for s, e in masks)
    confirmed: set[str] = set()
    spans = _scan(text, toks, confirmed)
    # Names seen with clear evidence also count where they open a sentence.
    for left, right in spans:
        confirmed.update(
            t.base for t in toks[left : right + 1] if t.cap and t.text.lower() not in PARTICLES
        )
    if confirmed:
        spans = _scan(text, toks, confirmed)
    for left, right in spans:
        while right > left and toks[right].text.lower() in PARTICLES:
            right -= 1
        if toks[right].text.lower() in PARTICLES:
            continue  # a lone particle such as "De" is no name
        start, end = toks[left].start, toks[right].end
        yield Finding("name", start, end, text[start:end])
