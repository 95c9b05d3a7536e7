"""Capitals that name no person, read from the words around them.

Professionals name many things that are no family: places in a list ("in Paramaribo, Antalya
of Accra"), neighbourhoods and office locations ("de wijk Boswijk", "locatie Kop van Zuid"),
feasts ("viert Ashura"), words glossed in brackets ("Wigilia (kerstavond)"), departments
("Staf Juridische Zaken", "Functioneel Beheer"), titles in quotes ("'Sterke ouders in de
wijk'"), English compounds ("Spider-Man") and misspelt words ("Somaliscch", "Oam" for
"Oma"). Most of these words are a first name or a surname somewhere in the world, so the name
lists alone flag them. Each rule here needs the context that makes the thing a thing; a name
with its own evidence (a title, a role, an age) is decided after this and is not masked by
a rule that only looks at the words themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import (
    COMMUNITY_WORDS,
    DUTCH_COMMON,
    DUTCH_LEXICON,
    ENGLISH_COMMON,
    FOREIGN_COMMON,
    NEIGHBOURHOODS,
    NOT_NAMES,
    PARTICLES,
    PLACES,
    POPULAR_FIRST_NAMES,
)
from .name_cues import (
    ARABIC_PARTICLES,
    GREETINGS,
    NAME_NOUNS,
    PROFESSIONS,
    ROLES,
    SURNAME_INFIXES,
    TITLES,
    _wordset,
)
from .name_tokens import (
    QUARTERS,
    RARE,
    Tok,
    adjacent,
    context_before,
    is_first,
    is_last,
    is_word,
    of_a_place,
    one_edit,
)

#: Separators inside a list of places: "Nador, Al Hoceima, Izmir", "Sal of Santiago".
_LIST_GAP = re.compile(
    r"\s*(?:,|\(|\)|/)?\s*(?:(?:en|of|en/of|maar\s+ook|en\s+ook)\s+)?(?:naar\s+)?"
)
_CONNECTORS = frozenset({"en", "of", "maar", "ook", "naar"})
#: Words whose capitals after them are a place: a neighbourhood, an office's location.
_PLACE_HEADS = _wordset("wijk woonwijk buurt stadsdeel locatie vestiging kern dorpskern")
_PLACE_LINKS = _wordset("van aan op de den der")
#: Towns and regions: 'zijn dorp bij Duhok', 'de stad Herat'; not 'van' ('het dorp van oma').
_TOWN_HEADS = _wordset(
    "dorp dorpje stad stadje geboortedorp geboortestad regio provincie eiland gebied"
)
_TOWN_LINKS = _wordset("bij nabij vlakbij")
#: Verbs of celebrating: what is celebrated is a feast, unless it is a known first name
#: ("Morgen viert Sanne haar verjaardag").
_CELEBRATE = _wordset("vier viert vieren vierde vierden gevierd")
#: Words that stand before a name ("De Boer", "Volgens Elena", "Goedemorgen Hassan").
_BEFORE_NAMES = (
    TITLES
    | GREETINGS
    | PARTICLES
    | _wordset(
        """volgens door voor met van bij na over zonder namens aan ook en of maar dus want
        chat notitie actie kinderen kind gezin familie casus goedemorgen goedemiddag
        goedenavond groet groeten beste"""
    )
)
#: A Dutch word this frequent, capitalised next to another, is a heading or a department.
_DEPARTMENT_RANK = 20000
_ADJECTIVE_MIN = 7


def _pure_word(tok: Tok) -> bool:
    """A frequent Dutch word that no name list knows: "Juridische", "Kwaliteit"; not a word
    that stands before names (an article, a title, a role, a greeting, 'volgens')."""
    base = tok.base
    low = base.lower()
    return (
        DUTCH_COMMON.get(low, RARE) < _DEPARTMENT_RANK
        and low not in _BEFORE_NAMES
        and low not in ROLES
        and low not in PROFESSIONS
        and low not in NAME_NOUNS
        and not is_first(base)
        and not is_last(base)
        and base not in PLACES
    )


def _certain_place(tok: Tok) -> bool:
    """A place that is no first name nor surname ("Paramaribo"), or one Dutch writes so
    often that it is a word ("Berlijn")."""
    base = tok.base
    if base not in PLACES or base in POPULAR_FIRST_NAMES:
        return False
    if not (is_first(base) or is_last(base)):
        return True
    return not is_first(base) and DUTCH_COMMON.get(base.lower(), RARE) < 5000


def _places_in_lists(text: str, toks: list[Tok]) -> None:
    """A listed place next to a certain place in a list is a place too: "Paramaribo, Antalya
    of Accra", "Kaapverdië (Sal, Santiago)". The items must be separated (a comma, 'en',
    'of', a bracket): "Gracia Vrede" side by side is a person."""
    n = len(toks)
    k = 0
    while k < n:
        if not (toks[k].cap and toks[k].base in PLACES) or _after_particle(toks, k):
            k += 1
            continue
        j, items = k, [toks[k]]
        while True:
            m = j + 1
            while m < n and toks[m].text in _CONNECTORS:
                m += 1  # "Antalya of Accra", "maar ook naar"
            if m >= n or not toks[m].cap:
                break
            gap = text[toks[j].end : toks[m].start]
            if _particle_place(toks, j) and gap == " ":
                j = m  # "Al Hoceima": one place
                continue
            if not (_LIST_GAP.fullmatch(gap) and gap.strip()):
                break
            if toks[m].base not in PLACES and not _particle_place(toks, m):
                break
            if toks[m].text.lower() in PARTICLES and not _particle_place(toks, m):
                break  # "De Vries en Van der Laan": "Van" is a town in Turkey too
            j = m
            items.append(toks[m])
        certain = any(_certain_place(t) for t in items)
        if (len(items) >= 2 and certain) or len(items) >= 3:  # three listed places: a list
            for t in toks[k : j + 1]:
                if t.cap:
                    t.blocked = t.soft = True
        k = j + 1


def _after_particle(toks: list[Tok], k: int) -> bool:
    """'De Vries', 'van Loon': a surname's particle before the word (not 'op Kaapverdië')."""
    return k > 0 and (
        toks[k - 1].text.lower() in SURNAME_INFIXES
        or (toks[k - 1].cap and toks[k - 1].text.lower() in PARTICLES)
    )


def _particle_place(toks: list[Tok], j: int) -> bool:
    """'Al Hoceima': the first word of a place of two words."""
    return j + 1 < len(toks) and toks[j].text in ("Al", "El", "La", "Le", "San", "Santa", "Den")


def _after_place_heads(text: str, toks: list[Tok]) -> None:
    """'in de wijk Boswijk', 'locatie Kop van Zuid': the capitals after a place word."""
    for k, tok in enumerate(toks[:-1]):
        low = tok.text.lower()
        if tok.cap or not (low in _PLACE_HEADS or low in _TOWN_HEADS):
            continue
        links = _PLACE_LINKS if low in _PLACE_HEADS else _TOWN_LINKS
        j = k + 1
        while j < len(toks) and adjacent(text, toks[j - 1], toks[j]):
            t = toks[j]
            if t.cap:
                if low in _TOWN_HEADS and t.base in POPULAR_FIRST_NAMES:
                    break
                t.blocked = t.soft = True
            elif not (t.text in links and j + 1 < len(toks) and toks[j + 1].cap):
                break
            j += 1


def _celebrated(text: str, toks: list[Tok]) -> None:
    """'De familie viert Ashura en Arba'een': feasts, not persons."""
    for k, tok in enumerate(toks[:-1]):
        if tok.text.lower() not in _CELEBRATE:
            continue
        j = k + 1
        while j < len(toks) and j - k <= 5:
            t = toks[j]
            if t.cap and not is_first(t.base):
                t.blocked = t.soft = True
            elif t.text not in ("en", "of", "ook", "dit", "jaar", "elk", "ieder", "samen", "het"):
                break
            j += 1


#: A gloss in brackets: lower-case words ("(kerstavond)", "(suikerfeest, einde ramadan)").
_GLOSS_AFTER = re.compile(r"\s*\((?P<gloss>[a-zë][a-zë -]{2,30}(?:,\s*[a-zë][a-zë -]{2,30})?)\)")
#: Words that open a remark in brackets, not the meaning of a word ("(ten behoeve van ...)").
_NO_GLOSS = _wordset("ten van voor met in op bij om na als die dat de het een en of zie niet")
#: A capitalised word alone in brackets after a capitalised Dutch word: "Nieuwjaar (Tết)".
_BRACKETED = re.compile(r"\s*\(\s*\Z")


#: A language after a verb of speaking or an interpreter: "oma spreekt alleen Sranaantongo",
#: "een tolk Tigrinya", "in het Somalisch" (also misspelt: no list knows every spelling).
_SPEAKS = re.compile(
    r"(?:\b(?:spreekt|spreken|sprak|spraken|tolk|tolken|vertaald\s+in\s+het|in\s+het)"
    r"(?:\s+(?:alleen|vooral|goed|ook|thuis|meestal|vloeiend|een\s+beetje|nog))*\s+)\Z",
    re.IGNORECASE,
)


def _languages(text: str, toks: list[Tok]) -> None:
    for tok in toks:
        if not tok.cap or is_first(tok.base):
            continue  # the look-behind only for the few capitals, not every word
        if _SPEAKS.search(text, max(0, tok.start - 40), tok.start):
            tok.blocked = tok.soft = True


def _glossed(text: str, toks: list[Tok]) -> None:
    """A word explained by Dutch words in brackets is a term of another language: 'Met
    Wigilia (kerstavond)'. Not a person with a role in brackets ('Sanne (pleegdochter)'),
    nor a known first name."""
    for k, tok in enumerate(toks):
        if not tok.cap or is_first(tok.base):
            continue
        m = _GLOSS_AFTER.match(text, tok.end)
        if m:
            words = re.findall(r"[a-zë]+", m.group("gloss"))
            particle = k and toks[k - 1].text.lower() in PARTICLES
            short = len(words) <= 3 and words[0] not in _NO_GLOSS
            if short and not particle and all(_gloss_word(w) for w in words):
                tok.blocked = tok.soft = True
                continue
        # "Vietnamees Nieuwjaar (Tết)": the term after its Dutch name
        if k and _BRACKETED.fullmatch(text[toks[k - 1].end : tok.start]):
            prev = toks[k - 1]
            closes = text[tok.end : tok.end + 1] == ")"
            if closes and prev.cap and _pure_word(prev):
                tok.blocked = tok.soft = True


#: Languages a reflection names when it explains a word: "Beta is Hindi voor jongen".
LANGUAGE_NAMES = _wordset(
    """hindi urdu sarnami sarnámi sranan sranantongo papiaments papiamento papiamentu arabisch
    turks koerdisch berbers tamazight tarifit riffijns tigrinya tigrinia amhaars somalisch dari
    farsi perzisch pashtoe pashto pools kaapverdisch creools crioulo twi akan ewe javaans
    engels frans spaans portugees duits italiaans roemeens bulgaars oekraïens russisch
    vietnamees chinees mandarijn kantonees fries gronings twents limburgs brabants zeeuws
    surinaams antilliaans marokkaans syrisch eritrees afghaans ghanees irakees aramees
    hebreeuws grieks armeens tamil punjabi bengaals swahili lingala yoruba hausa latijn"""
)
#: What follows a word that the text explains as a word ("Selam is een groet", "deniz in het
#: Turks", "Beta (Hindi voor jongen)", "Kandil, het Turkse woord voor"); not "koosnaam", which
#: is a person's, nor "titel": an honorific stands before a name ("Oma Mbok Sumi").
_WORD_KINDS = (
    r"groet|begroeting|woord|gerecht|feest|feestdag|gebed|uitdrukking|scheldwoord|krachtterm"
)
_DEFINED_AFTER = re.compile(
    r"[\"”'’]?\s*(?:(?:is|betekent|=)\s+(?:het\s+|een\s+)?|[,(]\s*(?:het\s+|een\s+)?)?"
    r"(?:(?P<lang>[A-Za-zë]+)\s+(?:woord\s+)?voor\b"
    r"|(?:in\s+het|op\s+z'n|op\s+zijn)\s+(?P<lang2>[A-Za-zë]+)\b"
    r"|(?P<langadj>[A-Za-zë]+)\s+(?:" + _WORD_KINDS + r")\b"
    r"|(?P<kind>" + _WORD_KINDS + r")\b)",
)
#: The languages and their adjectives: "Turks", "Turkse", "Arabische".
_LANGUAGE_WORDS = LANGUAGE_NAMES | frozenset(
    (w[:-1] + "se" if w.endswith("s") else w + "e") for w in LANGUAGE_NAMES
)


#: 'haar naam Deniz is Turks voor zee', 'hij heet Yusuf, Turks voor Jozef': a name after all.
_NAME_BEFORE = re.compile(r"\b(?:naam|roepnaam|heet|heette|heten|noemen|noemt)\b[^.\n]*\Z")
_APPOSITION = re.compile(r"[,(\"“'‘]\s*\Z")
_IS_A = re.compile(r"[\"”'’]?\s*is\s+(?:het|een)\s")


#: The words a definition ends on; only the few words before one are tried (speed).
_DEFINITION_END = re.compile(r"\b(?:voor|in\s+het|op\s+z(?:'n|ijn)|" + _WORD_KINDS + r")\b")
_DEFINITION_REACH = 40


def _before_definitions(text: str, toks: list[Tok]) -> list[int]:
    """Indexes of the tokens that end at most _DEFINITION_REACH characters before such a word."""
    starts = [t.start for t in toks]
    found: set[int] = set()
    for m in _DEFINITION_END.finditer(text):
        first = bisect_left(starts, m.start() - _DEFINITION_REACH)
        found.update(range(first, bisect_left(starts, m.start())))
    return sorted(found)


def _defined_words(text: str, toks: list[Tok]) -> None:
    """A word the text explains as a word is no one's name, wherever it stands in the text:
    'Beta is Hindi voor jongen', 'deniz in het Turks', 'Kandil, het Turkse woord voor', and
    opening a sentence, 'Selam is een groet' (not 'Voor Amir is het woord thuis lastig'). A
    popular first name, one with a title or role before it, or one named as a name just
    before, stays a name: 'haar naam Deniz is Turks voor zee'."""
    defined: set[str] = set()
    for k in _before_definitions(text, toks):
        tok = toks[k]
        m = _DEFINED_AFTER.match(text, tok.end)
        if not m or tok.base in defined or tok.base in POPULAR_FIRST_NAMES:
            continue
        if context_before(text, toks, k):
            continue  # "oma Samira is een feest voor de kinderen"
        lang = m.group("lang") or m.group("lang2") or m.group("langadj")
        quoted = _APPOSITION.search(text, max(0, tok.start - 3), tok.start)
        if lang:
            ok = lang.lower() in _LANGUAGE_WORDS
        else:  # 'Noor is een woord dat ...' stays a name
            named_thing = not is_first(tok.base) or tok.base.lower() in COMMUNITY_WORDS
            opens = tok.sent_start or quoted
            ok = bool(named_thing and opens and _IS_A.match(text[tok.end : m.start("kind")]))
        if m.group("lang2") and not quoted:
            ok = False  # "spreekt met Rudsel in het Papiaments"; "De zee, deniz in het Turks"
        if ok and not _NAME_BEFORE.search(text, max(0, tok.start - 30), tok.start):
            defined.add(tok.base)
    for tok in toks:  # in the same case: "robin in het Engels" leaves the boy Robin a name
        if tok.base in defined:
            tok.blocked = tok.soft = True


def _gloss_word(word: str) -> bool:
    if word in ROLES or word in PROFESSIONS or word in NAME_NOUNS:
        return False
    return DUTCH_COMMON.get(word, RARE) < 30000


#: A line that holds only a sender or a signature: "Van: Staf Juridische Zaken".
_HEADER_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:van|aan|cc|afzender)[ \t]*:[ \t]*)?\Z", re.IGNORECASE
)


def _departments(text: str, toks: list[Tok]) -> None:
    """'Van: Staf Juridische Zaken', 'Functioneel Beheer' on a line of their own (a sender,
    a signature): capitals of frequent Dutch words, one in no name list, are a department."""
    n = len(toks)
    k = 0
    while k < n:
        j = k
        while j + 1 < n and toks[j + 1].cap and adjacent(text, toks[j], toks[j + 1]):
            j += 1
        run = toks[k : j + 1]
        k = j + 1
        if len(run) < 2 or not _HEADER_LINE.search(text[max(0, run[0].start - 30) : run[0].start]):
            continue
        line_end = text.find("\n", run[-1].end)
        rest = text[run[-1].end : line_end if line_end >= 0 else len(text)]
        alone = not rest.strip(" \t&,.") or rest.lstrip().startswith(("&", "<"))
        if alone and any(_pure_word(t) for t in run) and all(_department_word(t) for t in run):
            for t in run:
                t.blocked = t.soft = True


def _department_word(tok: Tok) -> bool:
    """A frequent Dutch word; a name only where it is a word too ("Staf", "Beheer")."""
    base = tok.base
    frequent = DUTCH_COMMON.get(base.lower(), RARE) < _DEPARTMENT_RANK
    return frequent and (_pure_word(tok) or is_word(base) or not (is_first(base) or is_last(base)))


def _english_compounds(toks: list[Tok]) -> None:
    """'Spider-Man', 'Check-in': a hyphenated word of English or Dutch words, no first name."""
    for tok in toks:
        parts = tok.base.split("-")
        if not tok.cap or len(parts) < 2 or is_first(parts[0]):
            continue
        if parts[0].lower() in PARTICLES or parts[0].lower() in ARABIC_PARTICLES:
            continue  # "Al-Ahmad", "El-Amrani"
        if all(_english_or_frequent(p) for p in parts):
            tok.blocked = tok.soft = True


def _english_or_frequent(part: str) -> bool:
    low = part.lower()
    return low in ENGLISH_COMMON or DUTCH_COMMON.get(low, RARE) < 5000


_ROLE_WORDS = ("oma", "opa", "moeder", "vader", "tante", "zus", "broer", "neef", "nicht")


def _misspelt(toks: list[Tok]) -> None:
    """'Oam woont ...' (oma): a role word with two letters swapped or one changed, in no name
    list; and an adjective of origin or a language ("Levantijns dialect"). A general
    one-typo rule would clear Surinamese surnames made of Dutch words ("Doelwijt")."""
    for tok in toks:
        low = tok.base.lower()
        if not tok.cap or is_first(tok.base) or is_last(tok.base) or tok.base in PLACES:
            continue
        if low in DUTCH_COMMON or low.endswith("je"):
            continue  # a diminutive is a pet name as often as a typo: "Sjaantje"
        role_typo = any(len(r) == len(low) and one_edit(low, r) for r in _ROLE_WORDS)
        if role_typo or (len(low) >= _ADJECTIVE_MIN and _ORIGIN_ADJECTIVE.search(low)):
            tok.blocked = tok.soft = True


#: Adjectives of origin and languages: "Levantijns", "Kaapverdiaans", "Zuid-Moluks".
_ORIGIN_ADJECTIVE = re.compile(r"(?:ijnse?|iaanse?|aanse?|ees|isch|ische|aals)$")


#: A quote opening with a frequent word, not a call to someone ("'Storm, kom hier'"): a
#: title or a chat group's name ("'Sterke ouders in de wijk'", '"Koffie & Zo"').
_QUOTE_OPEN = re.compile(r"""["“„«']""")


def _quote_openers(text: str, toks: list[Tok]) -> None:
    """A quote that opens with a frequent word is a title or a chat group's name, not a call
    to someone: "'Sterke ouders in de wijk'", '"Koffie & Zo"', '"Inside Out 2"'; a one-word
    quote in no name list before a verb of speech is what was said ('"Maşallah", zeiden
    de tantes')."""
    for k, tok in enumerate(toks):
        if not tok.cap or tok.start == 0 or not _QUOTE_OPEN.fullmatch(text[tok.start - 1]):
            continue
        if tok.base in POPULAR_FIRST_NAMES or tok.base.lower() in ROLES:
            continue
        after = text[tok.end : tok.end + 2]
        if after[:1] in _QUOTE_CLOSE:
            said = _SAID_AFTER.match(text, tok.end + 1)
            if said and not is_first(tok.base):
                tok.blocked = tok.soft = True
            continue
        if any(c in after for c in ",!?"):
            continue  # a call: "'Storm, kom hier!'"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if _frequent_or_english(tok):
            tok.blocked = tok.soft = True
            if nxt and nxt.cap and _frequent_or_english(nxt):
                nxt.blocked = nxt.soft = True  # "Inside Out 2"


#: A quote in another language: two or more words, at most half of them Dutch or English and
#: none a Dutch function word ('"Bon dia, kon ta bai?"', '"Ciid wanaagsan"').
_DOUBLE_QUOTE = re.compile(r"[\"“„«](?P<q>[^\"“”„«»\n]{3,80})[\"”»]")
_DUTCH_FUNCTION_WORDS = _wordset(
    "de het een en of is ik je jij u we wij ze zij hij niet wel wat dat die dit van op in met"
    " voor naar bij kom hoi hallo dag ja nee mijn jouw ons onze hier daar maar ook nog al er"
)


def _foreign_quotes(text: str, toks: list[Tok]) -> None:
    """What is quoted in another language is said, not someone's name: its opening word, when
    it is no listed first name and the quote goes on in lower case ('"Ciid wanaagsan"'), and
    its lower-case words that are frequent words of such a language ('"mi mama ta rabia"').
    Its other lower-case words stay candidates: chats quote names in lower case ('"ta warda
    shurandy"')."""
    for m in _DOUBLE_QUOTE.finditer(text):
        inside = [t for t in toks if m.start("q") <= t.start and t.end <= m.end("q")]
        if len(inside) < 2 or any(t.text.lower() in _DUTCH_FUNCTION_WORDS for t in inside):
            continue
        known = sum(1 for t in inside if _frequent_or_english(t) or t.base.lower() in DUTCH_LEXICON)
        if known * 2 > len(inside):
            continue
        for t in inside:
            if t.text.islower() and t.text in FOREIGN_COMMON and not _vocative(text, t):
                t.foreign = True  # '"no sa, mi mama ta rabia"': a name only with a cue
        first = inside[0]
        said = not is_first(first.base) or first.base.lower() in COMMUNITY_WORDS
        if first.cap and not inside[1].cap and said:
            first.blocked = first.soft = True  # also '"Shukran ya ukhti"', though Shukran is a name


def _vocative(text: str, tok: Tok) -> bool:
    """Called by name at the end of what is said: '"bo ta bini awe, rabia?"'."""
    return text[tok.start - 2 : tok.start] == ", " and text[tok.end : tok.end + 1] in '?!"”'


#: A short quote named as a word or explained: 'de groet "Selam"', '"Choni?" vroeg vader, en
#: de tolk legde uit dat dat "hoe gaat het" betekent'.
_WORD_BEFORE_QUOTE = re.compile(
    r"\b(?:groet|begroeting|groette\s+met|het\s+woord|de\s+uitdrukking|de\s+term|noemen\s+ze"
    r"|noemt\s+(?:ze|hij|zij)|heet\s+dat)\s*:?\s*[\"“„'‘]\Z",
    re.IGNORECASE,
)
_MEANING_AFTER = re.compile(r"[^.!\n]{0,80}?\b(?:betekent|betekende|wil\s+zeggen)\b")
_SHORT_QUOTE = re.compile(r"[\"“„'‘](?P<q>[^\"“”„'‘’\n]{2,30})[\"”'’]")


def _quoted_words(text: str, toks: list[Tok]) -> None:
    """A quote of at most three words named as a word or a greeting before it, or explained
    by 'betekent' after it, is what was said, not a name in it; a first name explained stays
    a name ('"Amira" betekent prinses')."""
    for m in _SHORT_QUOTE.finditer(text):
        inside = [t for t in toks if m.start("q") <= t.start and t.end <= m.end("q")]
        if not inside or len(inside) > 3:
            continue
        named = _WORD_BEFORE_QUOTE.search(text, max(0, m.start() - 30), m.start() + 1)
        explained = _MEANING_AFTER.match(text, m.end()) and not any(
            is_first(t.base) for t in inside
        )
        if named or explained:
            for t in inside:
                t.blocked = t.soft = True


_QUOTE_CLOSE = frozenset("\"”»'’")
_SAID_AFTER = re.compile(r"\s*,?\s*(?:zei|zeggen|zegt|zeiden|riep|riepen|roept|roepen)\b")


def _frequent_or_english(tok: Tok) -> bool:
    """A frequent Dutch or an English word, or a Dutch word that no name list knows."""
    low = tok.base.lower()
    if DUTCH_COMMON.get(low, RARE) < 5000 or low in ENGLISH_COMMON:
        return True
    return low in DUTCH_LEXICON and not (is_first(tok.base) or is_last(tok.base))


#: A room or a floor after a capitalised name: "De Berkel (2e verdieping)".
_FLOOR_AFTER = re.compile(
    r"\s*[(,]\s*(?:\d+e|begane|eerste|tweede|derde|vierde)\s+(?:verdieping|etage)"
)


def _rooms(text: str, toks: list[Tok]) -> None:
    for k, tok in enumerate(toks):
        if not (tok.cap and _FLOOR_AFTER.match(text, tok.end)):
            continue
        j = k
        while True:
            toks[j].blocked = toks[j].soft = True
            if j == 0 or not (toks[j - 1].cap and adjacent(text, toks[j - 1], toks[j])):
                break
            j -= 1


def same_thing_elsewhere(toks: list[Tok], before: set[int]) -> None:
    """A word cleared as a thing once is that thing throughout: 'zijn knuffel "Storm" ...
    praat tegen Storm'. Not a popular first name: a child may share it."""
    cleared = {
        t.base
        for k, t in enumerate(toks)
        if t.blocked and k not in before and t.cap and t.base not in POPULAR_FIRST_NAMES
    }
    # Twins of a thing: a word cleared here, or a listed language, people or place.
    things = cleared | {t.base for t in toks if t.cap and (t.base in NOT_NAMES or t.base in PLACES)}
    long_cleared = [c for c in things if len(c) >= _TWIN_MIN]
    for t in toks:
        if not t.cap or t.blocked:
            continue
        if t.base in cleared or _misspelt_twin(t.base, long_cleared):
            t.blocked = t.soft = True  # a hard block (an allowed phrase) stays hard


_TWIN_MIN = 6


def _misspelt_twin(base: str, cleared: list[str]) -> bool:
    """'Tigrinia' beside 'Tigrinya': a long unlisted word one letter off a thing of the text."""
    if len(base) < _TWIN_MIN or is_first(base) or is_last(base):
        return False
    return any(one_edit(base, c) for c in cleared)


_WEBSITE_AFTER = re.compile(r"\.(?:nl|com|org|eu|be|info|net)\b")
_CLOSINGS = _wordset("groet groeten groetjes")


def block_non_persons(text: str, toks: list[Tok]) -> None:
    """Mark the capitals that the context shows to be no person (see the module doc)."""
    for tok in toks:
        if tok.base.lower() in _CLOSINGS:
            tok.blocked = True  # "Groet, een collega van team West"
    _places_in_lists(text, toks)
    _after_place_heads(text, toks)
    _celebrated(text, toks)
    _glossed(text, toks)
    _languages(text, toks)
    _departments(text, toks)
    _english_compounds(toks)
    _misspelt(toks)
    _quote_openers(text, toks)
    _foreign_quotes(text, toks)
    _quoted_words(text, toks)
    _defined_words(text, toks)
    _rooms(text, toks)
    for tok in toks:
        if tok.cap and _WEBSITE_AFTER.match(text, tok.end):
            tok.blocked = tok.soft = True  # "Helpwanted.nl"
    _old_genitive_and_districts(text, toks)
    _english_titles(text, toks)
    _things_of_a_place(text, toks)


def _things_of_a_place(text: str, toks: list[Tok]) -> None:
    """'De Bossche Bol', 'Het Haagse Bos': an article, a place's adjective and a capital
    name a thing; no surname starts with a place's adjective."""
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if tok.text in ("De", "Het") and adjacent(text, tok, nxt) and of_a_place(nxt.base):
            nxt.blocked = nxt.soft = True
            if k + 2 < len(toks) and toks[k + 2].cap and adjacent(text, nxt, toks[k + 2]):
                toks[k + 2].blocked = toks[k + 2].soft = True


def _english_titles(text: str, toks: list[Tok]) -> None:
    """Three or more capitals in a row, most of them English words that are no first name,
    name a programme or a title: 'Parent Management Training Oregon', 'Family Group
    Conference'. 'Grace Hope Williams' stays a person: Grace and Hope are first names."""
    k = 0
    while k < len(toks):
        j = k
        while j + 1 < len(toks) and toks[j + 1].cap and adjacent(text, toks[j], toks[j + 1]):
            j += 1
        run = toks[k : j + 1]
        if toks[k].cap and len(run) >= 3:
            english = sum(
                1 for t in run if t.base.lower() in ENGLISH_COMMON and not is_first(t.base)
            )
            if english >= 2 and english * 2 > len(run):
                for t in run:
                    t.blocked = t.soft = True
        k = j + 1


_OLD_GENITIVE = re.compile(r"(?:^|[\s(])['’]s[ -]\Z")


def _district_word(part: str) -> bool:
    """'Zuidoost', 'De', 'Haven': a quarter, an article or a Dutch word that is no name."""
    if part in ("De", "Het") or part in QUARTERS or part in NEIGHBOURHOODS:
        return True
    return part.lower() in DUTCH_LEXICON and not (is_first(part) or is_last(part))


def _old_genitive_and_districts(text: str, toks: list[Tok]) -> None:
    """Capitals after the old genitive 's ("'s Heeren Loo", "'s-Gravenzande") and a district
    joined to its town ("Zutphen-De Hoven", "Almere-Haven") name places and organisations."""
    for k, tok in enumerate(toks):
        if not tok.cap:
            continue
        head, _, rest = tok.text.partition("-")
        genitive = bool(_OLD_GENITIVE.search(text, max(0, tok.start - 4), tok.start))
        district = bool(rest) and head in PLACES and not is_first(head)
        if district and not all(_district_word(p) for p in rest.split("-") if p):
            district = False  # "Bergen-Ramdin": a double surname
        if not (genitive or district):
            continue
        tok.blocked = tok.soft = True
        j = k + 1
        while j < len(toks) and toks[j].cap and adjacent(text, toks[j - 1], toks[j]):
            if is_first(toks[j].base):
                break
            toks[j].blocked = toks[j].soft = True
            j += 1
