"""Person-name detector: name lists weighed against context evidence.

A token is a name by evidence, not by one list: a title or role word before it, an age after
it, a verb of speech or action after it, a possessive, a surname shape, the same name
elsewhere in the text, or being a listed name in a position where Dutch only capitalises
proper nouns. Names that are also Dutch words (Merel, Lief, Vos) need such a cue where a
word could stand; lower-case names (chat style: ``toen ik lieke belde``) count when the
word is a listed first name and no Dutch word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .findings import Finding
from .lexicon import (
    DUTCH_COMMON,
    DUTCH_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    NAME_WORDS,
    NOT_NAMES,
    PARTICLES,
    PHRASES,
    PLACES,
    POPULAR_FIRST_NAMES,
    REGIONS,
)
from .name_cues import (
    ABBREVIATIONS,
    ACTION_VERBS,
    AGE_AFTER,
    APPOSITION,
    ARABIC_PARTICLES,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_SHAPE,
    NATIONALITY,
    NICKNAME_AFTER,
    ORG_HEADS,
    PERSON_VERBS,
    PLACE_WORDS,
    POSSESSIVE,
    PRONOUNS,
    ROLES,
    SPEECH_VERBS,
    THEORY_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:['’]s\b)?")

Reason = tuple[str, str]  # (reason code, the cue word or "")
#: Lower-case forms of all listed names: the only lower-case words worth a closer look.
_LOWER_NAMES = frozenset(n.lower() for n in FIRST_NAMES | LAST_NAMES)

_RARE = 10**6
#: Words among the most frequent this many in Dutch ("meer", "bas") need more than a verb.
_FREQUENT_RANK = 5000
#: Verbs that follow mass nouns as well ("Hoop is", "Storm werd"): no evidence of a person.
_COPULAS = frozenset({"is", "was", "wordt", "werd", "lijkt", "leek", "blijft", "bleef"})
#: Verbs that words such as Hoop, Storm or Roos do not take: only a person does this.
_PERSON_ONLY_VERBS = SPEECH_VERBS | frozenset(
    "wil wilde wou vindt vond voelt voelde zat zit speelt speelde sliep slaapt at eet".split()
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    base: str
    cap: bool
    sent_start: bool
    blocked: bool = False
    soft: bool = False  # blocked only by a one-word allowed term: a title still marks a name


def _is_cap(word: str) -> bool:
    """Capitalised, but no abbreviation (OTS, NJi, GGz, RvdK)."""
    return word[0].isupper() and not (len(word) > 1 and (word[1].isupper() or word[-1].isupper()))


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
        return text[j:i].lower() not in ABBREVIATIONS
    return "\n" in text[i:pos]


def _tokenize(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        cap = _is_cap(word)
        base = (POSSESSIVE.sub("", word) or word) if "'" in word or "’" in word else word
        start = cap and _sentence_start(text, m.start())
        toks.append(_Tok(m.start(), m.end(), word, base, cap, start))
    return toks


def _parts(base: str) -> list[str]:
    return [p for p in base.split("-") if p]


def _is_first(base: str) -> bool:
    return base in FIRST_NAMES or all(p in FIRST_NAMES for p in _parts(base))


def _is_last(base: str) -> bool:
    return base in LAST_NAMES or all(p in LAST_NAMES or p in FIRST_NAMES for p in _parts(base))


def _is_word(base: str) -> bool:
    """Also a Dutch word (Merel, Hoop, Vos): a name only with a cue."""
    low = base.lower()
    return low in DUTCH_WORDS or low in NAME_WORDS


def _plain(tok: _Tok) -> bool:
    """A capitalised token that may be part of a name at all."""
    if not tok.cap or tok.blocked or tok.base in NOT_NAMES:
        return False
    if tok.base.lower() in FUNCTION_WORDS:
        return False
    parts = tok.base.split("-")
    return all(p[:1].isupper() for p in parts if p)  # "Lotus-slachtoffers" is a compound


def _gap(text: str, a: _Tok, b: _Tok) -> bool:
    """Only spaces (or one hyphen) between two tokens."""
    between = text[a.end : b.start]
    return between.strip(" ") in ("",) and len(between) <= 2


def _masks(
    text: str, toks: list[_Tok], allowed: Iterable[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of organisations, methods, places and allowed terms: never a person name.

    Returns (masks, soft masks): a one-word term ("Rogers") may still be a family's name
    after a title ("mevrouw Rogers"), so it is a soft mask."""
    masks, soft = [], []
    for start, end in allowed_spans(text, allowed):
        (soft if " " not in text[start:end] else masks).append((start, end))
    for tok in toks:
        for phrase in PHRASES.get(tok.base, ()):
            end = tok.start + len(phrase)
            if text.startswith(phrase, tok.start) and not text[end : end + 1].isalnum():
                (soft if " " not in phrase else masks).append((tok.start, end))
                break
            if phrase == tok.base and tok.text != tok.base:  # "Rogers' visie"
                soft.append((tok.start, tok.end))
                break
        if tok.base.endswith("s") and tok.base[:-1] in PHRASES.get(tok.base[:-1], ()):
            soft.append((tok.start, tok.end))  # genitive: "Snyders model"
    for i, tok in enumerate(toks):
        if tok.base in ORG_HEADS or (tok.cap and _ORG_SUFFIX.search(tok.base)):
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
    return masks, soft


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


def _context_before(text: str, toks: list[_Tok], i: int) -> Reason | None:
    """('name_title'|'name_role', word) when the previous word is a title or role word."""
    if i == 0:
        return None
    prev = toks[i - 1]
    between = text[prev.end : toks[i].start]
    word = prev.text.lower()
    if between.strip(" ") == "." and word in TITLE_ABBREVIATIONS:
        return ("name_title", prev.text)  # mw. Jansen, dhr. Bakker
    if between.strip(" ") not in ("", ","):
        return None
    if word in TITLES and between.strip(" ") == "":
        return ("name_title", prev.text)
    if word in ROLES:
        return ("name_role", prev.text)
    return None


_NATIONALITY_STRONG = re.compile(
    r"..(?:ees|eese|isch|ische|aans|aanse|ools|oolse|aars|aarse|eens|eense|aaks|aakse)$"
)
_QUARTERS = frozenset({"Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Zuidoost"})


def _place_alone(tok: _Tok, prev: _Tok | None = None) -> bool:
    """A region name, or any known place right after a place word ('in Haren')."""
    parts = _parts(tok.base)
    if tok.base in REGIONS or (len(parts) > 1 and parts[0] in REGIONS and parts[-1] in _QUARTERS):
        return True
    if len(parts) > 1 and all(p in PLACES for p in parts):
        return True  # "Arnhem-Leeuwarden"
    return bool(prev and prev.text.lower() in PLACE_WORDS and parts and parts[0] in PLACES)


def _next(text: str, toks: list[_Tok], i: int) -> _Tok | None:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt if nxt and _gap(text, toks[i], nxt) else None


def _lower_anchor(text: str, toks: list[_Tok], i: int, confirmed: set[str]) -> Reason | None:
    """Chat-style lower-case names: 'toen ik lieke belde', 'merel zei dat'."""
    tok = toks[i]
    word = tok.text
    cap = word[:1].upper() + word[1:]
    if tok.blocked or len(word) < 3 or not word.isalpha() or not word.islower():
        return None
    if word in FUNCTION_WORDS or word in PARTICLES or word in DETERMINERS:
        return None
    if cap in NOT_NAMES or cap in REGIONS:
        return None
    prev = toks[i - 1].text.lower() if i else ""
    quoted = i and any(q in text[toks[i - 1].end : tok.start] for q in "\"'“”‘’:")
    if (prev in DETERMINERS and not quoted) or word in ROLES or word in PRONOUNS:
        return None
    if prev in PLACE_WORDS and cap in PLACES:
        return None
    ctx = _context_before(text, toks, i)
    if ctx and (cap in FIRST_NAMES or cap in LAST_NAMES) and not _is_word(cap):
        return ctx  # "moeder amina"
    frequent = DUTCH_COMMON.get(word, _RARE) < _FREQUENT_RANK
    if cap in FIRST_NAMES and not _is_word(cap) and not frequent:
        return ("name_lowercase", "")
    nxt = _next(text, toks, i)
    very_frequent = DUTCH_COMMON.get(word, _RARE) < 300
    if cap in FIRST_NAMES and nxt and nxt.text in SPEECH_VERBS and not very_frequent:
        return ("name_verb", nxt.text)
    return ("name_repeated", "") if cap in confirmed else None


def _anchor(text: str, toks: list[_Tok], i: int, confirmed: set[str]) -> Reason | None:
    tok = toks[i]
    if not tok.cap:
        if tok.text not in _LOWER_NAMES and tok.text not in confirmed:
            return None  # the quick exit for almost every lower-case word
        return _lower_anchor(text, toks, i, confirmed)
    ctx = _context_before(text, toks, i)
    if ctx and ctx[0] == "name_title" and (not tok.blocked or tok.soft):
        return ctx
    if not _plain(tok) or _NATIONALITY_STRONG.search(tok.base):
        return None  # also "tolk Vietnamees", "de Kaapverdische"
    reason = _cap_anchor(text, toks, i, ctx)
    if reason is None and tok.base in confirmed:
        return ("name_repeated", "")
    return reason


def _cap_anchor(text: str, toks: list[_Tok], i: int, ctx: Reason | None) -> Reason | None:
    tok = toks[i]
    nxt = _next(text, toks, i)
    cue = _cue_after(text, toks, i, nxt)
    if cue is not None:
        return cue or None
    prev = toks[i - 1] if i else None
    if ctx and not _place_alone(tok):
        return ctx
    if _place_alone(tok, prev):
        return None
    first, last = _is_first(tok.base), _is_last(tok.base)
    word = _is_word(tok.base)
    known = first or last
    common = word or (not known and tok.base.lower() in DUTCH_COMMON)
    verb = nxt.text if nxt and nxt.text in PERSON_VERBS else None
    speech = nxt.text if nxt and nxt.text in SPEECH_VERBS else None
    possessive = tok.text != tok.base and not common
    if _after_place(text, toks, i, first):
        return None  # "Amsterdam Nieuw-West", "Den Haag Laak"
    if not tok.sent_start:
        weak_ok = not (prev and prev.text.lower() in PLACE_WORDS)  # "uit Charkiv"
        weak_ok = weak_ok and not _in_titled_phrase(text, toks, i)
        common = common or _dutch_compound(tok.base) or (not known and not weak_ok)
        return _mid_sentence(tok, known, common, possessive, verb)
    if tok.base.lower() in PRONOUNS or tok.base.lower() in ROLES:
        return None
    curated = tok.base.lower() in DUTCH_WORDS
    if known and not common:
        return ("name_known", "")
    if first and not curated and tok.base in POPULAR_FIRST_NAMES:
        return ("name_known", "")  # "Merel en haar broer": no article, so no bird
    if known and tok.text != tok.base:
        return ("name_possessive", tok.text)  # "Roos' moeder", "Merel's fiets"
    if speech and (known or not (common or _dutch_compound(tok.base))):
        return ("name_verb", speech)
    if known and verb and verb in (_PERSON_ONLY_VERBS if curated else ACTION_VERBS):
        return ("name_verb", verb)  # "Bas zat op de bank", "Roos vindt school leuk"
    if not common and NAME_SHAPE.search(tok.base):
        return ("name_shape", "")
    if possessive and known:
        return ("name_possessive", tok.text)
    # Sentence start: a name that is also a word counts when a surname follows.
    if first and nxt and _plain(nxt) and _is_last(nxt.base) and not _is_word(nxt.base):
        return ("name_known", "")
    if first and nxt and nxt.text in _SURNAME_INFIXES and _capital_after(text, toks, i + 1):
        return ("name_particle", "")  # "Storm van Dijk", "Merel de Wit"
    return None


def _cue_after(text: str, toks: list[_Tok], i: int, nxt: _Tok | None) -> Reason | tuple | None:
    """What the surrounding text says: a Reason, () for 'no name', None for 'undecided'."""
    tok = toks[i]
    after = text[tok.end : tok.end + 40]
    if after[:1].isdigit():
        return ()  # "Top600", "Covid19"
    if i and toks[i - 1].text in ("het", "een") and _gap(text, toks[i - 1], tok):
        return ()  # names take no article: "het Emma", "een Bowlby"
    if tok.text != tok.base and THEORY_WORDS.search(nxt.text if nxt else ""):
        return ()  # a cited author: "Satir's communicatiestijlen"
    if AGE_AFTER.match(after):
        return ("name_age", "")
    if NICKNAME_AFTER.match(after):
        return ("name_nickname", "")
    appos = APPOSITION.match(after) or _WITH_RELATIVE.match(after)
    if appos and appos.group("role") in ROLES:
        return ("name_role", appos.group("role"))
    return None


# "Roos en haar broer", "Storm met zijn moeder": joined to a relative, so a person.
_WITH_RELATIVE = re.compile(r"^\s+(?:en|met)\s+(?:haar|zijn|hun)\s+(?P<role>[a-zë-]+)\b")


def _after_place(text: str, toks: list[_Tok], i: int, first: bool) -> bool:
    """A word right after a place name continues the place, unless it is a first name."""
    tok = toks[i]
    if not (i and _gap(text, toks[i - 1], tok) and toks[i - 1].cap):
        return False
    if toks[i - 1].base not in PLACES:
        return False
    return not first or tok.base in PLACES or any(p in _QUARTERS for p in _parts(tok.base))


def _mid_sentence(
    tok: _Tok, known: bool, common: bool, possessive: bool, verb: str | None
) -> Reason | None:
    """Mid-sentence Dutch capitalises proper nouns only."""
    if known:
        return ("name_known", "")
    if possessive:
        return ("name_possessive", tok.text)
    if common:
        return None
    if NAME_SHAPE.search(tok.base):
        return ("name_shape", "")
    if verb:
        return ("name_verb", verb)
    # An unknown capitalised word mid-sentence that is no Dutch word, compound, place or
    # nationality is a proper noun; organisations and authors are masked before this.
    if len(tok.base) >= 3 and tok.base not in PLACES and not NATIONALITY.search(tok.base):
        return ("name_proper", "")
    return None


_SURNAME_INFIXES = frozenset({"van", "de", "den", "der", "ter", "ten", "el", "al", "ben"})


def _capital_after(text: str, toks: list[_Tok], k: int) -> bool:
    """Particles from toks[k] on, then a capitalised word: "van der Wal"."""
    while (
        k + 1 < len(toks) and toks[k].text.lower() in PARTICLES and _gap(text, toks[k], toks[k + 1])
    ):
        k += 1
    return toks[k].cap and not toks[k].sent_start and _plain(toks[k])


def _in_titled_phrase(text: str, toks: list[_Tok], i: int) -> bool:
    """Next to a capitalised Dutch word: a title or method ("Intensieve Ambulante ...")."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and toks[k].cap and _gap(text, toks[min(i, k)], toks[max(i, k)]):
            base = toks[k].base
            known = _is_first(base) or _is_last(base)
            if not known and (base.lower() in DUTCH_COMMON or _dutch_compound(base)):
                return True
    return False


def _dutch_compound(base: str) -> bool:
    """Two frequent Dutch words joined ("Schuldhulp", "Suikerfeest"): a word, not a name."""
    low = base.lower()
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if DUTCH_COMMON.get(head, _RARE) < 20000 and (
            DUTCH_COMMON.get(tail, _RARE) < 20000
            or (tail[0] == "s" and DUTCH_COMMON.get(tail[1:], _RARE) < 20000)
        ):
            return True
    return False


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
    if not toks[i].cap or toks[i].text != toks[i].base:
        return i  # lower-case or possessive names stand alone
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
            if tok.text != tok.base:
                break  # a possessive ends the name: "Sanne de Vries' moeder"
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
    if not toks[i].cap:
        return i
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
        if tok.base.lower() in ROLES or tok.base.lower() in TITLES:
            break  # "Moeder Ruthmila Isenia": the role word stays outside
        if _plain(tok) and tok.text == tok.base and (_is_first(tok.base) or not tok.sent_start):
            j = k
            if tok.sent_start:
                break
            k -= 1
            continue
        break
    return j


_PREPOSITIONS = frozenset({"in", "op", "te", "ten", "ter", "het", "aan", "'t"})


def _capital_particle_anchor(text: str, toks: list[_Tok], i: int) -> bool:
    """'De Vries', 'Van den Berg', 'El Amrani': a capitalised particle before a surname."""
    tok = toks[i]
    if not tok.cap or tok.blocked or tok.text.lower() not in PARTICLES | ARABIC_PARTICLES:
        return False
    k = i + 1
    while k < len(toks) and toks[k].text.lower() in PARTICLES and _gap(text, toks[k - 1], toks[k]):
        k += 1
    if k >= len(toks) or not _gap(text, toks[k - 1], toks[k]):
        return False
    nxt = toks[k]
    if not _plain(nxt) or _is_word(nxt.base) or any(p in PLACES for p in _parts(nxt.base)):
        return False
    if tok.sent_start and tok.text.lower() in _PREPOSITIONS:
        return False  # "In Amsterdam-Noord", "Op Texel"
    if tok.text.lower() in ARABIC_PARTICLES:
        return nxt.base.lower() not in DUTCH_COMMON or _is_last(nxt.base)
    return _is_last(nxt.base)


def _scan(text: str, toks: list[_Tok], confirmed: set[str]) -> list[tuple[int, int, Reason]]:
    found: list[tuple[int, int, Reason]] = []
    i = 0
    while i < len(toks):
        reason = _anchor(text, toks, i, confirmed)
        if reason is None and _capital_particle_anchor(text, toks, i):
            reason = ("name_particle", "")
        if reason:
            left = _extend_left(text, toks, i)
            right = _extend(text, toks, i)
            while left < i and toks[left].text.lower() in PARTICLES and not toks[left].cap:
                left += 1
            left = _title_infix_start(text, toks, left)
            found.append((left, right, reason))
            i = right + 1
        else:
            i += 1
    return found


def _coordinated(
    text: str, toks: list[_Tok], spans: list[tuple[int, int, Reason]]
) -> list[tuple[int, int, Reason]]:
    """'Mees en Merel van Wijk': a first name joined by 'en' to a found name."""
    taken = {k for left, right, _ in spans for k in range(left, right + 1)}
    extra = []
    for left, _, _ in spans:
        k = left - 2
        if k < 0 or k in taken or toks[left - 1].text != "en" or not _plain(toks[k]):
            continue
        if _is_first(toks[k].base) and toks[k].text == toks[k].base:
            extra.append((k, k, ("name_coordinated", "")))
    return extra


def find_names(text: str, allowed: Iterable[str] = ()) -> Iterator[Finding]:
    toks = _tokenize(text)
    masks, soft = _masks(text, toks, allowed)
    for tok in toks:
        if masks and any(s <= tok.start < e for s, e in masks):
            tok.blocked = True
        elif soft and any(s <= tok.start < e for s, e in soft):
            tok.blocked = tok.soft = True
    confirmed: set[str] = set()
    spans = _scan(text, toks, confirmed)
    # Names seen with clear evidence also count where they open a sentence or are written
    # in lower case elsewhere.
    for left, right, _ in spans:
        for t in toks[left : right + 1]:
            if t.text.lower() not in PARTICLES and len(t.base) > 1:
                confirmed.add(t.base[0].upper() + t.base[1:])
                confirmed.add(t.base.lower())  # "Lieke ... lieke"
    taken = {k for left, right, _ in spans for k in range(left, right + 1)}
    if any(t.base in confirmed for k, t in enumerate(toks) if k not in taken):
        spans = _scan(text, toks, confirmed)
    spans += _coordinated(text, toks, spans)
    for left, right, (code, word) in spans:
        while right > left and toks[right].text.lower() in PARTICLES:
            right -= 1
        if toks[right].text.lower() in PARTICLES:
            continue  # a lone particle such as "De" is no name
        start, end = toks[left].start, toks[right].end
        if toks[right].text != toks[right].base:
            end = toks[right].start + len(toks[right].base)  # "Sanne's" -> "Sanne"
        params = (("word", word),) if word else ()
        yield Finding("name", start, end, text[start:end], code, params)
