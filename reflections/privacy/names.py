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

from .dutch_lexicon import dutch_compound
from .findings import Finding
from .lexicon import (
    COMMUNITY_WORDS,
    DUTCH_COMMON,
    DUTCH_WORDS,
    PARTICLES,
    PLACES,
    POPULAR_FIRST_NAMES,
)
from .name_cues import (
    ACTION_VERBS,
    AGE_AFTER,
    AGE_BARE,
    APPOSITION,
    AUXILIARIES,
    BRACKET_ROLE,
    GREETINGS,
    NAME_NOUNS,
    NAME_SHAPE,
    NICKNAME_AFTER,
    PERSON_ONLY_VERBS,
    PERSON_VERBS,
    PLACE_WORDS,
    PREDICATE_ROLE,
    PROFESSIONS,
    PRONOUNS,
    ROLES,
    SPEECH_VERBS,
    SURNAME_INFIXES,
    THEORY_WORDS,
    _wordset,
)
from .name_evidence import (
    adjective_like,
    after_postcode,
    article_runs,
    attention_before,
    cited_author,
    english_title,
    english_word,
    from_a_team,
    greeting_before,
    in_titled_phrase,
    initial_before,
    initial_of_a_name,
    initials_start,
    nationality_compound,
    never_a_name,
    object_het,
    place_between,
    plural_s,
    suspended_compound,
    title_case,
    unknown_first_word,
    unknown_opening,
)
from .name_lowercase import lower_anchor, unlisted_lower_anchor
from .name_non_persons import block_non_persons, same_thing_elsewhere
from .name_spans import (
    block_streets,
    block_venue_names,
    capital_particle_anchor,
    coordinated,
    extend,
    extend_left,
    named_thing,
    not_a_name_span,
    street_or_time,
    title_infix_start,
)
from .name_titles import block_named_things, block_quoted_titles
from .name_tokens import (
    LOWER_NAMES,
    NATIONALITY_STRONG,
    QUARTERS,
    RARE,
    Reason,
    Tok,
    adjacent,
    context_before,
    is_first,
    is_last,
    is_word,
    name_masks,
    name_parts,
    next_token,
    place_alone,
    plain,
    plain_word,
    tokenize,
)
from .name_workplaces import block_workplaces_and_events

#: A word this frequent opens a sentence as a word before most verbs ("Link staat").
_FREQUENT_WORD = 5000
#: A first name this rare as a word takes a bare number as its age ("Adam is 8").
_AGE_WORD_RANK = 2000


#: Evidence too weak for a word of a community language ("Shukran", "Maşallah", "babcia"):
#: being a listed name, a capital or a name's shape. A title, role, verb or age still counts.
_WEAK_FOR_FOREIGN = frozenset({"name_known", "name_proper", "name_shape", "name_lowercase"})
#: A lower-case one ("vader: shukran") needs a title or a verb of speech.
_STRONG_FOR_FOREIGN_LOWER = frozenset({"name_title", "name_verb", "name_repeated"})


def _anchor(text: str, toks: list[Tok], i: int, confirmed: set[str]) -> Reason | None:
    reason = _evidence(text, toks, i, confirmed)
    tok = toks[i]
    if reason and tok.foreign:
        nxt = next_token(text, toks, i)
        if nxt and nxt.text in (PERSON_VERBS if tok.cap else SPEECH_VERBS):
            return ("name_verb", nxt.text)  # "Dua weet wie ze kan bellen", "safi zei"
        if reason[0] in _WEAK_FOR_FOREIGN and tok.cap:
            return _title_before_particles(text, toks, i)  # "Mevrouw de Haan"
        if reason[0] in _WEAK_FOR_FOREIGN or not (
            tok.cap or reason[0] in _STRONG_FOR_FOREIGN_LOWER
        ):
            return None
    return reason


#: A street word closing a long word: no surname ends so ("Schaepmanlaan", "Nolensstraat").
_STREET_AFTER_TITLE = re.compile(
    r"...{3,}(?:straat|straatweg|laan|weg|plein|singel|gracht|kade|dreef|steeg|plantsoen)$"
)


def _title_before_particles(text: str, toks: list[Tok], i: int) -> Reason | None:
    j = i
    while j > 0 and toks[j - 1].text.lower() in PARTICLES and adjacent(text, toks[j - 1], toks[j]):
        j -= 1
    return context_before(text, toks, j) if j < i else None


def _evidence(text: str, toks: list[Tok], i: int, confirmed: set[str]) -> Reason | None:
    tok = toks[i]
    if not tok.cap:
        if tok.text not in LOWER_NAMES and tok.text not in confirmed:
            return unlisted_lower_anchor(text, toks, i)  # quick for almost every word
        return lower_anchor(text, toks, i, confirmed)
    if len(tok.base) == 1 and not initial_of_a_name(text, toks, i):
        return None  # "gezin M.": an anonymised family
    if never_a_name(tok.base) or suspended_compound(text, tok):
        return None  # "haar moeder ('Oma')": a role is no name
    if i and toks[i - 1].cap and named_thing(text, toks, i):
        return None  # "buurthuis De Schakel", "De Hoop is een stichting"
    if street_or_time(text, tok):
        return None
    ctx = _context(text, toks, i)
    if ctx and ctx[0] == "name_title" and _STREET_AFTER_TITLE.search(tok.base):
        return None  # "aan de Dr. Schaepmanlaan": a street named after a doctor
    if ctx and ctx[0] == "name_title" and (not tok.blocked or tok.soft) and plain_word(tok):
        return ctx
    if not plain(tok) or NATIONALITY_STRONG.search(tok.base) or nationality_compound(tok.base):
        return None  # also "tolk Vietnamees", "de Kaapverdische", "Marokkaans-Nederlands"
    reason = _cap_anchor(text, toks, i, ctx)
    if reason is None and tok.base in confirmed:
        return ("name_repeated", "")
    return reason


def _context(text: str, toks: list[Tok], i: int) -> Reason | None:
    """Evidence in the words before: title, role, 't.n.v.', an initial, a greeting."""
    ctx = context_before(text, toks, i)
    if ctx:
        return ctx
    if attention_before(text, toks[i]):
        return ("name_title", "t.n.v.")
    if initial_before(text, toks, i):
        return ("name_initial", toks[i - 1].text + ".")
    greeting = greeting_before(text, toks, i)
    return ("name_greeting", greeting) if greeting else None


def _cap_anchor(text: str, toks: list[Tok], i: int, ctx: Reason | None) -> Reason | None:
    tok = toks[i]
    nxt = next_token(text, toks, i)
    if tok.base.lower() in GREETINGS and not (nxt and not nxt.cap and nxt.text in PERSON_VERBS):
        return None  # "Beste allen," "Hoi Sanne": the greeting itself is no name
    if place_between(toks, i):
        return None  # "van Sneek naar Heerenveen"
    if after_postcode(text, tok):
        return None  # "1234 AB Zaandam", "(1234 ab), Capelle": the place of an address
    cue = _cue_after(text, toks, i, nxt)
    prev = toks[i - 1] if i else None
    if cue and cue[0] == "name_role" and place_alone(tok, prev):
        return None  # "in Hengelo, de oudste op ...": the apposition belongs to a person before
    if cue is not None:
        return cue or None
    if ctx and not place_alone(tok):
        return ctx
    if place_alone(tok, prev) or _listed_place(text, toks, i, nxt) or _island(toks, i):
        return None
    first, last = is_first(tok.base), is_last(tok.base)
    word = is_word(tok.base)
    known = first or last
    common = word or (not known and (tok.base.lower() in DUTCH_COMMON or english_word(tok.base)))
    if english_title(toks, i, text):
        return None  # "Child Behavior Checklist": an English title, not a name
    verb = nxt.text if nxt and nxt.text in PERSON_VERBS else None
    possessive = tok.text != tok.base and not common
    if _after_place(text, toks, i, first):
        return None  # "Amsterdam Nieuw-West", "Den Haag Laak"
    if not tok.sent_start:
        if common and title_case(toks, i):
            return None  # "Leerplatform Kind en Gezin": capitals of a heading, not of a name
        weak_ok = not (prev and prev.text.lower() in PLACE_WORDS)  # "uit Charkiv"
        weak_ok = weak_ok and not in_titled_phrase(text, toks, i)
        common = common or dutch_compound(tok.base) or (not known and not weak_ok)
        return _mid_sentence(tok, known, common, possessive, verb)
    return _opening(text, toks, i, nxt, known, common)


def _opening(
    text: str, toks: list[Tok], i: int, nxt: Tok | None, known: bool, common: bool
) -> Reason | None:
    """A capitalised word that opens a sentence: a name only with evidence."""
    tok = toks[i]
    first = is_first(tok.base)
    verb = nxt.text if nxt and nxt.text in PERSON_VERBS else None
    speech = nxt.text if nxt and nxt.text in SPEECH_VERBS else None
    if tok.base.lower() in PRONOUNS or tok.base.lower() in ROLES:
        return None
    curated = tok.base.lower() in DUTCH_WORDS
    if known and not common:
        return ("name_known", "")
    if first and not curated and tok.base in POPULAR_FIRST_NAMES:
        return ("name_known", "")  # "Merel en haar broer": no article, so no bird
    if known and tok.text != tok.base and not plural_s(tok):
        return ("name_possessive", tok.text)  # "Roos' moeder", "Merel's fiets"
    if speech and (known or not (common or dutch_compound(tok.base))):
        return ("name_verb", speech)
    frequent = curated or DUTCH_COMMON.get(tok.base.lower(), RARE) < _FREQUENT_WORD
    if known and verb and verb in (PERSON_ONLY_VERBS if frequent else ACTION_VERBS):
        return ("name_verb", verb)  # "Bas zat op de bank", "Roos vindt", not "Link staat"
    if first and verb in ACTION_VERBS and verb not in AUXILIARIES and _after_colon(text, tok):
        return ("name_verb", verb)  # "Melding: Jade kwam ...": Dutch goes on in lower case
    if not (common or dutch_compound(tok.base)) and NAME_SHAPE.search(tok.base):
        return ("name_shape", "")
    if nxt and not known and unknown_opening(tok, nxt):
        return ("name_verb", nxt.text)  # "Giandro heeft ...": an unknown word, a verb
    if not common and unknown_first_word(tok) and from_a_team(text, tok):
        return ("name_role", "wijkteam")  # "Guled van het wijkteam helpt"
    # Sentence start: a name that is also a word counts when a surname follows.
    if first and nxt and plain(nxt) and is_last(nxt.base) and not is_word(nxt.base):
        return ("name_known", "")
    if first and nxt and nxt.text in SURNAME_INFIXES and _capital_after(text, toks, i + 1):
        return ("name_particle", "")  # "Storm van Dijk", "Merel de Wit"
    return None


def _cue_after(text: str, toks: list[Tok], i: int, nxt: Tok | None) -> Reason | tuple[()] | None:
    """What the surrounding text says: a Reason, () for 'no name', None for 'undecided'."""
    tok = toks[i]
    after = text[tok.end : tok.end + 40]
    if after[:1].isdigit():
        return ()  # "Top600", "Covid19"
    article = i and toks[i - 1].text in ("het", "een") and not object_het(toks, i - 1)
    if article and adjacent(text, toks[i - 1], tok):
        return ()  # names take no article: "het Emma", "een Bowlby"
    if tok.text != tok.base and THEORY_WORDS.search(nxt.text if nxt else ""):
        return ()  # a cited author: "Satir's communicatiestijlen"
    if cited_author(text, tok):
        return ()  # "Beck en Ellis beschrijven ...", "Young (1990)"
    if AGE_AFTER.match(after):
        return ("name_age", "")
    if AGE_BARE.match(after) and _rare_first_name(tok.base):
        return ("name_age", "")  # "Adam is 8 en woont in het pleeggezin", not "Stand is 8"
    if NICKNAME_AFTER.match(after):
        return ("name_nickname", "")
    bracket = BRACKET_ROLE.match(after)
    if bracket and bracket.group("role") in ROLES | PROFESSIONS | NAME_NOUNS:
        return ("name_role", bracket.group("role"))  # "Jade (gedragswetenschapper)"
    appos = APPOSITION.match(after) or _WITH_RELATIVE.match(after)
    if appos and appos.group("role") in ROLES:
        return ("name_role", appos.group("role"))
    said = PREDICATE_ROLE.match(text[tok.end : tok.end + 60])
    listed = is_first(tok.base) or is_last(tok.base) or tok.base.lower() not in DUTCH_COMMON
    listed = listed or not tok.sent_start  # mid-sentence a capital is a proper noun
    role = said and (said.group("role") or said.group("role_sub"))
    if role and listed and (role in ROLES or role in NAME_NOUNS):
        return ("name_role", role)  # "Zon en Hoop zijn de tweeling", "dat Mo een neef is"
    return None


def _rare_first_name(base: str) -> bool:
    """A first name that is no curated Dutch word and a rare word at most."""
    low = base.lower()
    return (
        is_first(base) and low not in DUTCH_WORDS and DUTCH_COMMON.get(low, RARE) >= _AGE_WORD_RANK
    )


# "Roos en haar broer", "Storm met zijn moeder": joined to a relative, so a person.
_WITH_RELATIVE = re.compile(r"^\s+(?:en|met)\s+(?:haar|zijn|hun)\s+(?P<role>[a-zë-]+)\b")


def _after_place(text: str, toks: list[Tok], i: int, first: bool) -> bool:
    """A word right after a place name continues the place, unless it is a first name."""
    tok = toks[i]
    if not (i and adjacent(text, toks[i - 1], tok) and toks[i - 1].cap):
        return False
    if toks[i - 1].base not in PLACES:
        return False
    if i >= 2 and toks[i - 2].text.lower() in PLACE_WORDS:
        return True  # "in Cabo Verde", "naar Sint Maarten": one place
    return not first or tok.base in PLACES or any(p in QUARTERS for p in name_parts(tok.base))


def _listed_place(text: str, toks: list[Tok], i: int, nxt: Tok | None) -> bool:
    """A known place joined by 'en'/'of' to a place after a place word: "familie in Sal of
    Santiago", "naar Praia en Mindelo". Not before a person's verb ("in Breda en Santiago
    zei ...")."""
    if i < 3 or toks[i].base not in PLACES or toks[i - 1].text not in ("en", "of"):
        return False
    if nxt and nxt.text in PERSON_VERBS:
        return False
    place = toks[i - 2]
    return place.cap and adjacent(text, place, toks[i - 1]) and place_alone(place, toks[i - 3])


_RESIDE = _wordset("woont woonde wonen woonden verblijft verblijven geboren opgegroeid")


def _island(toks: list[Tok], i: int) -> bool:
    """Dutch lives 'op' an island: "oma woont op Santiago", "opgegroeid op Curaçao"."""
    return (
        i >= 2
        and toks[i - 1].text == "op"
        and toks[i - 2].text.lower() in _RESIDE
        and toks[i].base in PLACES
    )


def _mid_sentence(
    tok: Tok, known: bool, common: bool, possessive: bool, verb: str | None
) -> Reason | None:
    """Mid-sentence Dutch capitalises proper nouns only."""
    if known:
        return ("name_known", "")
    if possessive and not plural_s(tok):
        return ("name_possessive", tok.text)
    if common:
        return None
    if NAME_SHAPE.search(tok.base):
        return ("name_shape", "")
    if verb:
        return ("name_verb", verb)
    # An unknown capitalised word mid-sentence that is no Dutch word, compound, place or
    # nationality is a proper noun; organisations and authors are masked before this.
    if len(tok.base) >= 3 and tok.base not in PLACES and not adjective_like(tok.base):
        return ("name_proper", "")
    return None


def _capital_after(text: str, toks: list[Tok], k: int) -> bool:
    """Particles from toks[k] on, then a capitalised word: "van der Wal"."""
    while (
        k + 1 < len(toks)
        and toks[k].text.lower() in PARTICLES
        and adjacent(text, toks[k], toks[k + 1])
    ):
        k += 1
    return toks[k].cap and not toks[k].sent_start and plain(toks[k])


# Tussenvoegsels that introduce a surname whatever follows; rarer ones ("op de", "in 't")
# only count before a known surname, so "Sanne op de Regenboogschool" stays "Sanne".
def _scan(text: str, toks: list[Tok], confirmed: set[str]) -> list[tuple[int, int, Reason]]:
    found: list[tuple[int, int, Reason]] = []
    i = 0
    while i < len(toks):
        reason = _anchor(text, toks, i, confirmed)
        if reason is None and capital_particle_anchor(text, toks, i):
            reason = None if named_thing(text, toks, i) else ("name_particle", "")
        if reason:
            left = extend_left(text, toks, i)
            right = extend(text, toks, i)
            while left < i and toks[left].text.lower() in PARTICLES and not toks[left].cap:
                left += 1
            left = initials_start(text, toks, title_infix_start(text, toks, left))
            found.append((left, right, reason))
            i = right + 1
        else:
            i += 1
    return found


def find_names(text: str, allowed: Iterable[str] = ()) -> Iterator[Finding]:
    toks = tokenize(text)
    for tok in toks:
        tok.foreign = tok.base in COMMUNITY_WORDS
    masks, soft = name_masks(text, toks, allowed)
    for tok in toks:
        if masks and any(s <= tok.start < e for s, e in masks):
            tok.blocked = True
        elif soft and any(s <= tok.start < e for s, e in soft):
            tok.blocked = tok.soft = True
    for k in article_runs(text, toks):
        toks[k].blocked = True  # "Het Reinier de Graaf": an article, so no person
    block_streets(text, toks)
    block_venue_names(text, toks)
    block_quoted_titles(text, toks)
    before = {k for k, t in enumerate(toks) if t.blocked}
    block_named_things(text, toks)
    block_non_persons(text, toks)
    block_workplaces_and_events(text, toks)
    same_thing_elsewhere(toks, before)
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
    spans += coordinated(text, toks, spans)
    for left, right, (code, word) in spans:
        while right > left and toks[right].text.lower() in PARTICLES:
            right -= 1
        if not_a_name_span(text, toks, left, right):
            continue
        start, end = toks[left].start, toks[right].end
        if toks[right].text != toks[right].base:
            end = toks[right].start + len(toks[right].base)  # "Sanne's" -> "Sanne"
        params = (("word", word),) if word else ()
        yield Finding("name", start, end, text[start:end], code, params)


def _after_colon(text: str, tok: Tok) -> bool:
    return text[max(0, tok.start - 3) : tok.start].rstrip().endswith(":")
