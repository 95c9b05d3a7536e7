"""Detectors for street addresses and school names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .findings import Finding
from .lexicon import (
    ALLOWED_TERMS,
    DUTCH_COMMON,
    FIRST_NAMES,
    NEIGHBOURHOODS,
    ORGANISATIONS,
    PLACES,
)
from .name_cues import _wordset

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:van|de|der|den|het|'t|te|ter|ten|la|le|du)"
# Prepositions may stand inside a street name after a capitalised word ("Achter op de Dijk")
# but not after a person: "Samira op Kanaalweg 88" is a name and an address.
_STREET_PARTICLE = rf"(?:{_PARTICLE}|op|aan|in)"
_SUFFIX = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|hoven|park"
    r"|dreef|pad|(?<![aeiou])ring|markt|baan|wal|burgwal|erf|veld|plantsoen|boulevard|dam"
    r"|kwartier|burg|berg|zoom|haven|wetering|vaart|kamp|akker|weide|hoek|donk|horst"
    r"|brink|rade|stede|gaarde|tuin|lei|dal|allee|promenade|passage|kaai|poort|werf|eiland"
    r"|zijde|oever|polder|hout|bos|wijk|stoep|bolwerk)"
)
#: A word that ends like a street or is a street word: "Kamperfoeliepad", "Gracht".
STREET_END = re.compile(rf"{_SUFFIX}$", re.IGNORECASE)
_NUMBER = (
    r"\d{1,4}(?!\d)(?:\s?[a-zA-Z](?![\w@])|(?:\s?[-/]\s?)\d{1,4}[a-zA-Z]?"
    r"|\s?(?:-\s?)?(?:hs|bis|zw|bg|I{1,3}|i{1,3})(?!\w))?(?![\w,.]\d)"
)
_STREET_A = rf"(?:{_CAP}\s+(?:{_PARTICLE}\s+)*){{0,3}}[A-ZÀ-ÖØ-Þ][\w'’-]*?{_SUFFIX}"
# A street word of its own after an adjective or name: "Oude Gracht", "Lange Haven".
_STREET_WORD = (
    r"(?:Straat|Laan|Gracht|Kade|Singel|Dijk|Weg|Plein|Markt|Haven|Wal|Steeg|Dreef|Park"
    r"|Burgwal|Vaart|Wetering|Dam)"
)
_STREET_C = rf"(?:{_CAP}\s+){{1,2}}{_STREET_WORD}"
_STREET_B = (
    rf"(?:Laan|Plein|Weg|Kade|Dreef|Hof|Park|Singel|Dijk|Ring|Markt|Wal)"
    rf"(?:\s+{_STREET_PARTICLE})+\s+{_CAP}(?:\s+{_CAP})?"
)
_ADDRESS = re.compile(rf"(?<![\w-])(?:{_STREET_A}|{_STREET_B}|{_STREET_C})\s+{_NUMBER}")
# Chat style, all lower case, after "op de", "aan de", "woon nu", "adres is", "huis":
# "op de rozengracht 12", "mn adres is europaweg 212b", "bij hamza thuis? kruisweg 201".
_LOWER_ADDRESS = re.compile(
    rf"\b(?:op|aan|woon|woont|wonen|adres(?:\s+is)?:?|huis|thuis\??)(?:\s+nu)?\s+(?:de\s+|het\s+)?"
    rf"(?P<a>(?:[a-zà-ÿ]{{3,}}\s+)?[a-zà-ÿ]{{2,}}{_SUFFIX}\s+{_NUMBER})"
)
# After a number: a house number ends the address; an age or a count ("12 jaar") does not.
_NOT_A_HOUSE_NUMBER = re.compile(
    r"^\s*(?:jaar|jr|maanden|maand|weken|keer|uur|minuten|kinderen|km|meter|euro|%)\b"
)
_HOUSE_NUMBER_END = re.compile(
    r"^(?:\s*$|\s*\n|\s*[,.;:!?)'\"’”]|\s+(?:in|te|maar|bij|en|met|tot|wonen|woont)\b)"
)
_ADDRESS_CONTEXT = re.compile(
    rf"\b(?:woont|wonen|woonde|woonachtig|wonend|woonadres|adres|verhuisd|verhuist)"
    rf"(?:\s+(?:is|:))?(?:\s+naar)?(?:\s+(?:aan|op))?(?:\s+(?:de|het))?:?\s+"
    rf"(?P<a>{_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{0,3}}\s+{_NUMBER})"
)
# A street without a known suffix is still a street when a postcode follows its number:
# "Dubbelink 18, 1104 AJ", "Hoogstraat 3 1234AB".
_ADDRESS_BEFORE_POSTCODE = re.compile(
    rf"(?<![\w-])(?P<a>{_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{0,2}}\s+{_NUMBER}),?\s+"
    r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b"
)
_ISSUER_PREFIX = re.compile(r"[A-Z]{2,6}-")
_NOT_STREETS = frozenset(
    {"leerweg", "leerpad", "onderweg", "halverwege", "werkveld", "speelveld", "overweg"}
)

_SCHOOL_PREFIX = (
    r"(?:OBS|CBS|RKBS|PCBS|KBS|PCB|RK|SBO|SO|VSO|IKC|KC|BSO|KDV|ISK|[Bb]asisschool"
    r"|(?:[Ii]ntegraal\s+)?[Kk]indcentrum|[Mm]ontessorischool|[Dd]altonschool|[Jj]enaplanschool"
    r"|[Vv]rije\s+[Ss]chool|(?:[Oo]penbare|[Cc]hristelijke|[Kk]atholieke|[Pp]rotestants-christelijke"
    r"|[Ii]slamitische|[Ss]peciale)\s+[Bb]asisschool|[Ss]cholengemeenschap|[Pp]raktijkschool"
    r"|[Kk]inderopvang|[Pp]euterspeelzaal|[Kk]inderdagverblijf|[Ll]yceum|[Gg]ymnasium"
    r"|[Mm]iddelbare\s+school|[Ss]chool\s+voor\s+[a-z]+\s+onderwijs"
    r"|ROC|[Pp]raktijkcollege|[Vv]akcollege|[Vv]akschool)"
)
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_SCHOOL_NAME = (
    rf"(?:(?:De|Het|de|het|'t|Den|St\.?|Sint|Op\s+de)\s+)?{_WORD}"
    rf"(?:\s+(?:(?:de|van|der|den|het|'t)\s+)?{_WORD}){{0,2}}"
)
# A school's site: "ROC Zuidrand locatie Noord".
_LOCATION = rf"(?:\s+locatie\s+{_WORD})?"
_SCHOOL_A = rf"\b{_SCHOOL_PREFIX}\s+{_SCHOOL_NAME}{_LOCATION}"
# "mbo" names a school only with a site or a name that is no ordinary word ("mbo Zorg" is a
# course): "mbo Groene Wei locatie Ommen", "Zandrand mbo Hoorn".
_SCHOOL_MBO = (
    rf"\b(?:mbo|MBO)\s+{_SCHOOL_NAME}\s+locatie\s+{_WORD}"
    rf"|(?<![\w-])(?!(?:Het|De|Een|Op|In|Naar)\s){_WORD}\s+(?:mbo|MBO)\s+{_WORD}"
)

_SCHOOL_B = rf"\bschool\s+(?:De|Het|'t|de|het)\s+{_CAP}"
_SCHOOL_C = (
    rf"(?<![\w-])(?!(?:Het|De|Een)\s)(?:{_WORD}\s+){{1,2}}"
    rf"(?:College|Lyceum|Gymnasium|Scholengemeenschap|Montessorischool|Daltonschool|Mavo"
    rf"|Basisschool|Vakcollege|Atheneum|Kindcentrum)\b(?:\s+(?:De|Het|'t)\s+{_WORD})?"
)
# A school level before a name with an article: "vmbo De Werkplaats Noord", "havo Het Baken".
_SCHOOL_LEVEL = rf"\b(?i:vmbo|mavo|havo|vwo|mbo)\s+(?:De|Het|'t)\s+{_WORD}(?:\s+{_WORD})?"
_SCHOOL = re.compile(rf"{_SCHOOL_MBO}|{_SCHOOL_A}|{_SCHOOL_B}|{_SCHOOL_C}|{_SCHOOL_LEVEL}")
# The school's name in brackets after the word school: "School (De Brugwachter) meldt".
_SCHOOL_IN_BRACKETS = re.compile(
    rf"\b[Ss]chool\s*\(\s*(?P<s>(?:De|Het|'t)\s+{_WORD}(?:\s+{_WORD})?)\s*\)"
)
# A school named without a school word, after "zit op": "zit op De Vlinderboom"; after a
# school's staff or class: "mentor van De Kring", "groep 6 van Het Anker", "gr 8 Het Baken";
# after the word school ("school: De Kameleon", "de school, De Zeppelin") or a move between
# schools ("ingeschreven op De Duinpieper", "de overstap van De Sterrenwachter").
_SCHOOL_AFTER_SITTING = re.compile(
    rf"(?:\b(?:zit|zat|zitten|zaten)(?:\s+(?:nu|nog|al|sinds\s+kort|inmiddels|ook))?\s+op"
    rf"|\b(?i:mentor|juf|meester|leerkracht|docent|intern\s+begeleider|directeur|directrice"
    rf"|groep\s+\d|klas\s+\d[a-z]?)\s+(?:van|op)"
    rf"|\b(?i:groep|gr\.?)\s*\d,?|\b[Ss]chool(?:/opvang)?\s*[:,]|\bOnderwijs\s*:"
    rf"|\b(?i:ingeschreven)\s+op:?"
    rf"|\boverstap\s+(?:van|naar))"
    rf"\s+(?P<s>(?:De|Het|'t)\s+{_WORD}(?:\s+{_WORD})?)(?!\s+{_WORD})"
)
# A school named by a compound: "Dr. Schaepmanschool", "Regenboogschool", "Sint-Jozefschool".
_SCHOOL_COMPOUND = re.compile(
    r"(?<![\w-])(?:(?:Dr|Mr|Prof|Ds|St)\.?\s+|Sint[\s-]|Koningin\s|Prins\s"
    r"|(?P<first>[A-Z][a-zà-ÿ]{2,})\s(?:(?:[A-Z]\.){1,3}\s?|(?:de|van|van der|ter)\s)?)?"
    r"(?P<w>[A-ZÀ-Þ][\w'’-]*?[\w'’](?:-)?(?P<kind>school|mavo|college|lyceum))\b"
)
# Compounds that name a kind of school, not one school.
_GENERIC_SCHOOL = _wordset(
    """basis hoge middelbare lagere vak rij zwem dans muziek taal zomer huiswerk kunst voetbal
    avond dag kost praktijk montessori dalton jenaplan vrije brede speciale zondags koran
    bijbel sport mbo hbo vmbo havo vwo kleuter peuter nacht"""
)
_TRAILING = re.compile(r"[\s.,'’-]+$")
_NOT_SCHOOL_AFTER = re.compile(r"^(?:van|voor)\b")


_LEADING = re.compile(
    r"^(?:(?:Op|In|Aan|Bij|Naar|Via|Uit|Het|De|Een|Tot|Langs|Vanaf|Richting|Adres|Woont)\s+"
    r"(?:(?:de|het|der|den)\s+)?)+"
)


def find_addresses(text: str) -> tuple[Finding, ...]:
    """Street addresses; cached, since the name detector asks for the same text."""
    return _addresses(text)


@lru_cache(maxsize=4)
def _addresses(text: str) -> tuple[Finding, ...]:
    return tuple(_find_addresses(text))


def _find_addresses(text: str) -> Iterator[Finding]:
    for m in _ADDRESS.finditer(text):
        lead = _LEADING.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        words = text[start : m.end()].split()
        street = next((w for w in words if STREET_END.search(w)), words[0])
        if street.lower() in _NOT_STREETS or len(words) < 2:
            continue
        if street in PLACES and street not in NEIGHBOURHOODS and not STREET_END.fullmatch(street):
            continue  # "de Raad Amsterdam 2024 597436": a town, then a number
        if _ISSUER_PREFIX.match(street):
            continue  # "VT-A'dam 25-1792": an issuer's code, no street
        if _NOT_A_HOUSE_NUMBER.match(text[m.end() :]):
            continue  # "Anja Dijk 8 jaar": an age
        yield Finding("address", start, m.end(), text[start : m.end()])
    for m in _LOWER_ADDRESS.finditer(text):
        parts = m.group("a").split()
        street = next((w for w in parts if STREET_END.search(w)), parts[0])
        if street in _NOT_STREETS or not _HOUSE_NUMBER_END.match(text[m.end() :]):
            continue
        yield Finding("address", m.start("a"), m.end("a"), m.group("a"))
    for m in _ADDRESS_CONTEXT.finditer(text):
        yield Finding("address", m.start("a"), m.end("a"), m.group("a"))
    for m in _ADDRESS_BEFORE_POSTCODE.finditer(text):
        lead = _LEADING.match(m.group("a"))
        start = m.start("a") + (lead.end() if lead else 0)
        if len(text[start : m.end("a")].split()) >= 2:
            yield Finding("address", start, m.end("a"), text[start : m.end("a")])


def find_schools(text: str) -> Iterator[Finding]:
    for m in _SCHOOL.finditer(text):
        found = _TRAILING.sub("", m.group())
        if found.split()[-1] in ("College",) and _NOT_SCHOOL_AFTER.match(text[m.end() :].lstrip()):
            continue
        if _provider_of_many_locations(found):
            continue  # "ROC Midden Nederland", "Kinderopvang Humanitas": no one school
        yield Finding("school", m.start(), m.start() + len(found), found)
    for m in _SCHOOL_IN_BRACKETS.finditer(text):
        yield Finding("school", m.start("s"), m.end("s"), m.group("s"))
    for m in _SCHOOL_AFTER_SITTING.finditer(text):
        yield Finding("school", m.start("s"), m.end("s"), m.group("s"))
    for m in _SCHOOL_COMPOUND.finditer(text):
        word = m.group("w").lower()
        prefix = word[: -len(m.group("kind"))].rstrip("-")
        if word in DUTCH_COMMON or prefix in _GENERIC_SCHOOL or len(prefix) < 3:
            continue
        opening = not m.group("first") and _sentence_opening(text, m.start())
        if opening and prefix in DUTCH_COMMON:
            continue  # "Taalschool is ...": a kind of school opening a sentence
        start = m.start()
        if m.group("first") and m.group("first") not in FIRST_NAMES:
            start = m.start("w")  # "Op Regenboogschool": only a first name names the school
        yield Finding("school", start, m.end(), text[start : m.end()])


_CHAINS = re.compile(r"(?:ROC|[Kk]inderopvang)\s+(?P<rest>.+)")


def _provider_of_many_locations(found: str) -> bool:
    """An ROC or a childcare organisation named after its region or a known organisation."""
    m = _CHAINS.fullmatch(found)
    if not m:
        return False
    rest = m.group("rest")
    if re.search(r"(?i:college|lyceum|school|campus)$", rest):
        return False  # "ROC Da Vinci College": a school of its own
    return rest in PLACES or rest.replace(" ", "-") in PLACES or rest in _KNOWN_ORGANISATIONS


_KNOWN_ORGANISATIONS = frozenset(ORGANISATIONS) | frozenset(ALLOWED_TERMS)


def _sentence_opening(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"
