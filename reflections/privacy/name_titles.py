"""Titles in quotes: the capitals of a project, training, document or room name are no person.

``het project "Samen Sterk in de Wijk"``, ``training "Taal van ouders"``, ``zoek op
"Zuid-Spreek"``: Dutch capitalises a title's words, and many of them are surnames somewhere
("Sterk", "Zet"). A quote is a title when a word that names a title stands before it, or when
it is written in title case around a linking word ("Ouders aan Zet"). Only the Dutch words in
it are cleared: a real name in a title ("project 'Samen met Shurandy'") is still a name, and
so is a popular first name ("Roos").
"""

from __future__ import annotations

import re

from .dutch_lexicon import dutch_compound
from .lexicon import DUTCH_COMMON, FIRST_NAMES, NOT_NAMES, POPULAR_FIRST_NAMES
from .name_cues import ROLES, TITLES, _wordset
from .name_tokens import Tok, adjacent, name_parts

#: A quote on one line, at most 80 characters: "...", “...”, „...”, «...», '...'.
_QUOTE = re.compile(r"""["“„«]([^"“”„«»\n]{1,80})["”»]|(?<![\w'’])'([^'\n]{1,80})'(?!\w)""")
#: Words before a quote that say it holds a title.
_TITLE_NOUNS = re.compile(
    r"(?:project|projecten|training|cursus|programma|thema|module|campagne|workshop|werkgroep"
    r"|boek|boekje|folder|brochure|film|serie|podcast|app|bestand|document|formulier|notitie"
    r"|rapport|titel|motto|slogan|spel|pilot|proeftuin|methodiek|regeling|actie|avond"
    r"|bijeenkomst|congres|symposium|webinar|kanaal|appgroep|tabblad|knop|menu|map"
    r"|onderwerp|zaal|ruimte|kamer|genaamd|getiteld|heet|heten|noemt|noemen)$"
)
#: Lower-case words that link the words of a title ("Ouders aan Zet"); not the particles of
#: a surname ("de", "van") nor "en" ("Roos en Bloem" may be two children).
_TITLE_LINKS = _wordset("aan met voor in op naar bij uit over tot zonder als is wat hoe")
#: In title case alone, a title word is a frequent Dutch word (surnames that are words are
#: rarer: "Dijk", "Bakker"); after a word naming a title, any Dutch word.
_TITLE_CASE_RANK, _NAMED_RANK = 2000, 20000


def _title_word(tok: Tok, rank: int) -> bool:
    if tok.base in POPULAR_FIRST_NAMES:
        return False
    return all(
        DUTCH_COMMON.get(p.lower(), rank) < rank or dutch_compound(p) for p in name_parts(tok.base)
    )


#: A language in brackets right after a quote, maybe with the meaning in lower case:
#: '"Canım" (Turks, mijn ziel)', '"beta" (Sarnami/Hindi, kind)', "'nduk' (Javaans)"; never an
#: age: '"Ayla" (Turks, 14)' is a girl.
_LANGUAGE_AFTER = re.compile(
    r"\s*\(\s*(?P<language>[A-Z][a-zë-]+)(?:/[A-Z][a-zë-]+)?\s*"
    r"(?P<meaning>(?:,|:|voor\b)\s*['‘\"“]?[a-z][^()\d]*)?\)"
)


def _language_after(text: str, end: int, *, meaning: bool) -> bool:
    """The quote ending at `end` is a word of another language, named in brackets after it
    (and explained there, when `meaning`)."""
    found = _LANGUAGE_AFTER.match(text, end)
    if found is None or found.group("language") not in NOT_NAMES:
        return False
    return not meaning or found.group("meaning") is not None


#: A verb that quotes a term of address or a word: 'noemt haar kleinkinderen "nduk"', 'zegt
#: thuis vaak "beta"'.
_QUOTING_VERB = re.compile(
    r"\b(?:noem[tde]?|noemen|noemde|noemden|zeg[tg]?|zei|zeggen|roep[t]?|riep|gebruik[t]?"
    r"|gebruikte)\b[^.!?\n\"“”„«»]{0,40}"
    # earlier quotes of the same list: 'noemt zijn moeder "mama" en zijn opa "dziadek"'
    r"(?:[\"“„«'][^\"“”„«»'\n]{1,20}[\"”»']\s*(?:,|en|of)?[^.!?\n\"“”„«»]{0,25})*$"
)


def _quoted_term(text: str, start: int, end: int, inside: list[Tok]) -> bool:
    """A short quote in lower case after a verb that quotes a word, or followed by its
    language: a word of the family's language, not a name ("Memo" in capitals may be a
    nickname, so only lower case)."""
    if any(t.cap or not t.text.islower() for t in inside):
        return False
    if _language_after(text, end, meaning=False):
        return True
    return bool(_QUOTING_VERB.search(text, max(0, start - 60), start))


def block_quoted_titles(text: str, toks: list[Tok]) -> None:
    """Mark the Dutch words of a quoted title, and quoted words glossed with their language,
    as no name."""
    for m in _QUOTE.finditer(text):
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        inside = [t for t in toks if start <= t.start and t.end <= end]
        if inside and len(inside) <= 4 and _language_after(text, m.end(), meaning=True):
            for t in inside:
                t.blocked = True
            continue
        if inside and len(inside) <= 2 and _quoted_term(text, m.start(), m.end(), inside):
            for t in inside:
                t.blocked = True
            continue
        caps = [t for t in inside if t.cap]
        if not caps:
            continue
        before = text[max(0, m.start() - 30) : m.start()].rstrip(" :").split()
        named = bool(before) and (
            bool(_TITLE_NOUNS.search(before[-1].lower()))
            or " ".join(before[-2:]).lower() in ("zoek op", "zoeken op", "klik op")
        )
        rank = _NAMED_RANK if named else _TITLE_CASE_RANK
        linked = len(caps) >= 2 and any(t.text in _TITLE_LINKS for t in inside)
        if named or (linked and all(_title_word(t, rank) for t in caps)):
            for t in caps:
                if _title_word(t, rank):
                    t.blocked = True


#: Words whose capitals after them name a thing, an animal, a saint or a public figure, not a
#: family: "de serie Floortje Naar Het Einde", "de hond Bobby", "de profeet Mohammed", "VV
#: Rood-Wit", "Minister Karremans". After an animal, 'heet' or 'genaamd' may stand between
#: ("het konijn heet Snuffie").
_THINGS = _wordset(
    """project pilot training cursus programma serie film boek game spel app podcast festival
    musical lied liedje album tv-programma televisieprogramma"""
)
_ANIMALS = _wordset(
    """hond hondje kat katje poes poesje konijn konijntje cavia hamster paard pony vogel
    parkiet huisdier pup puppy knuffel knuffeltje knuffelbeer knuffelbeest beer beertje
    teddybeer pop popje kater kitten goudvis schildpad rat ratje muis muisje kip kippen geit
    kanarie duif hagedis slang honden katten konijnen cavia's hamsters giraf giraffe olifant
    leeuw tijger aap aapje eend eendje kikker uil pinguïn dinosaurus eenhoorn zebra koe schaap
    lammetje varken ezel egel knuffeldier knuffelkonijn knuffelhond draak haan kuiken"""
)
#: 'noemt hem alvast Hazelnoot', 'de kat heet nu Pluis': a name given after an animal earlier
#: in the same sentence (at most this many words before the naming verb; a first name only
#: close by, as in "een hond en noemt hem Max", not "een hond en de jongste heet Sara").
_GIVEN_NAME = _wordset("heet heette heten genaamd noemt noemde noemen noemden")
_GIVEN_GAP = _wordset("hem haar het ze hen alvast gewoon nu voortaan zelf")
_ANIMAL_REACH = 8
_ANIMAL_REACH_FIRST_NAME = 3
_PUBLIC = _wordset(
    """profeet heilige apostel minister staatssecretaris premier koning koningin prins prinses
    kamerlid"""
)
_CLUBS = frozenset(["VV", "SV", "FC", "AFC", "RKSV", "CSV", "SC", "HC", "HV", "MHC", "Sint"])
_NAMING = _wordset("heet heette heten genaamd")
_PET_GAP = re.compile(r"\s*[,:]?\s*[\"“„'‘(]\s*")
#: Heads that name a thing or an office when capitalised too; not "Koning" or "Prins", which
#: are surnames too. In lower case, rooms are venues (block_venue_names).
_CAPITAL_HEADS = _wordset(
    """minister staatssecretaris premier kamerlid profeet zaal vergaderzaal ruimte
    vergaderruimte lokaal"""
)
#: Two capitalised words this frequent side by side are a title or a proper name of a thing
#: ("Goede Tijden", "De Nieuwe Route"): a family's first name and surname are rarer words.
_PAIR_RANK = 2000


def _frequent_capital(tok: Tok) -> bool:
    low = tok.base.lower()
    return (
        tok.cap
        and DUTCH_COMMON.get(low, _PAIR_RANK) < _PAIR_RANK
        and tok.base not in POPULAR_FIRST_NAMES
        and low not in TITLES
        and low not in ROLES
    )


def _names_a_thing(tok: Tok) -> bool:
    low = tok.text.lower()
    if tok.text in _CLUBS or (tok.cap and low in _CAPITAL_HEADS):
        return True  # "Minister Karremans", "Sint Maarten", "Zaal Rijn"
    return not tok.cap and low in _THINGS | _ANIMALS | _PUBLIC


def _joined_capital(text: str, toks: list[Tok], j: int) -> bool:
    return toks[j].cap and adjacent(text, toks[j - 1], toks[j])


def block_named_things(text: str, toks: list[Tok]) -> None:
    """Mark the capitals after a word for a thing, an animal, a saint or a public figure,
    'Sint-' compounds, and pairs of frequent capitalised words, as no name."""
    for k, tok in enumerate(toks):
        if _names_a_thing(tok):
            j = k + 1
            if tok.text.lower() in _ANIMALS and j < len(toks) and _pet_named(text, toks, k):
                continue
            if tok.cap and j < len(toks) and _joined_capital(text, toks, j):
                tok.blocked = True  # "Zaal Rijn": "Zaal" is a surname too
            while j < len(toks) and j - k <= 6 and _joined_capital(text, toks, j):
                toks[j].blocked = True
                j += 1
        if tok.text in _GIVEN_NAME:
            j = k + 1
            while j < len(toks) and toks[j].text in _GIVEN_GAP:
                j += 1
            given = j < len(toks) and toks[j].cap and not toks[j].sent_start
            if given:
                first = toks[j].base in FIRST_NAMES
                reach = _ANIMAL_REACH_FIRST_NAME if first else _ANIMAL_REACH
                if _animal_before(toks, k, reach):
                    toks[j].blocked = True  # 'wil een hamster en noemt hem alvast Hazelnoot'
        if tok.base.startswith("Sint-"):
            tok.blocked = True  # "Sint-Nicolaas", "Sint-Jozef"
        pair = k and adjacent(text, toks[k - 1], tok)
        if pair and _frequent_capital(tok) and _frequent_capital(toks[k - 1]):
            tok.blocked = toks[k - 1].blocked = True
    _pets_named_by_the_text(text, toks)


#: 'Henny Penny is de kip', 'Bobbie is onze oude hond': the animal after the name (not 'een
#: echte aap', said of a person).
_IS_THE_ANIMAL = re.compile(
    r"\s+(?:is|was)\s+(?:de|het|onze|hun|haar|zijn|mijn)\s+(?P<w1>\w+)(?![\w-])(?:\s+(?P<w2>\w+)(?![\w-]))?"
)
#: 'een giraf die ze Lange noemt': the name before the naming verb, the animal before 'die'.
_CALLED_BEFORE = re.compile(r"\bdie\s+(?:ze|zij|hij|we|wij|ik|de\s+kinderen)\s+\Z")
_CALLED_AFTER = re.compile(r"\s+(?:noemt|noemen|noemde|noemden)\b")
_IS_OR_CALLED = _wordset("is was noemt noemen noemde noemden")


def _pets_named_by_the_text(text: str, toks: list[Tok]) -> None:
    """A capital the text itself calls an animal or a cuddly toy is its name, wherever it
    stands: 'die gekke Henny Penny ... Henny Penny is de kip', 'een giraf die ze Lange noemt'."""
    pets: set[str] = set()
    for k, tok in enumerate(toks):
        if not tok.cap or k + 1 == len(toks):
            continue
        if toks[k + 1].text not in _IS_OR_CALLED:
            continue  # quick for almost every capital
        m = _IS_THE_ANIMAL.match(text, tok.end)
        if m and (m.group("w1").lower() in _ANIMALS or (m.group("w2") or "").lower() in _ANIMALS):
            pets.add(tok.base)
            j = k
            while j and adjacent(text, toks[j - 1], toks[j]) and toks[j - 1].cap:
                j -= 1  # "Henny Penny"
                pets.add(toks[j].base)
            continue
        if _CALLED_AFTER.match(text, tok.end):
            before = _CALLED_BEFORE.search(text, max(0, tok.start - 25), tok.start)
            if before and _animal_before(toks, k - 2, 4):
                pets.add(tok.base)
    for tok in toks:
        if tok.base in pets:
            tok.blocked = True


def _pet_named(text: str, toks: list[Tok], k: int) -> bool:
    """The name after an animal: 'een hondje heette "Lief"', 'een konijn, "Hazel",', 'twee
    katten, Sjeng en Mientje.'"""
    j = k + 1
    if toks[j].text in _NAMING:
        j += 1
    if j >= len(toks):
        return False
    gap = text[toks[j - 1].end : toks[j].start]
    if toks[j - 1].text in _NAMING and _PET_GAP.fullmatch(gap) and toks[j].cap:
        toks[j].blocked = True
        return True
    if _PET_GAP.fullmatch(text[toks[k].end : toks[j].start]) and toks[j].cap:
        toks[j].blocked = True
        return True
    return _pet_list(text, toks, k)


_LIST_GAP = re.compile(r"\s*[,:]\s*")
_ITEM_END = re.compile(r"\s*(?:[,.;)]|$)")


def _pet_list(text: str, toks: list[Tok], k: int) -> bool:
    """Names in apposition to an animal: 'de hond, Pepita, een chihuahua', 'twee katten,
    Sjeng en Mientje.' Each a single capital, the list closed by a comma or a full stop (not
    'een hond, Sanne is er bang voor')."""
    j = k + 1
    if j >= len(toks) or not _LIST_GAP.fullmatch(text[toks[k].end : toks[j].start]):
        return False
    items = []
    while j < len(toks) and toks[j].cap and not toks[j].sent_start:
        items.append(toks[j])
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        between = text[toks[j].end : nxt.start] if nxt else ""
        if nxt and nxt.text == "en" and j + 2 < len(toks) and toks[j + 2].cap:
            j += 2
        elif nxt and between.strip() == "," and nxt.cap and len(items) < 4:
            j += 1
        else:
            break
    if not items or not _ITEM_END.match(text, items[-1].end):
        return False
    for item in items:
        item.blocked = True
    return True


def _animal_before(toks: list[Tok], k: int, reach: int) -> bool:
    """An animal among the `reach` words before toks[k], in the same sentence."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[j].text.lower() in _ANIMALS:
            return True
        if toks[j].sent_start:
            return False
    return False
