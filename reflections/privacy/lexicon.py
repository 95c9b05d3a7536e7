"""Word lists, loaded once at import: person names from Faker, places, stop lists.

Person names come from the name providers of the maintained ``Faker`` package
(Latin-script locales, plus Cyrillic/Greek ones transliterated with Faker's own
``unidecode``) and from ``data/*.txt``, derived from ``names-dataset`` by
``data/build_names.py``. Municipalities come from ``cms/data/gemeenten.csv``.
"""

from __future__ import annotations

import csv
import importlib
import re
from pathlib import Path

from faker.decode import unidecode

# Locales whose person providers feed the name sets.
_LATIN_LOCALES = (
    "nl_NL",
    "nl_BE",
    "en",
    "en_GB",
    "en_US",
    "en_IE",
    "en_IN",
    "en_PK",
    "en_NG",
    "en_KE",
    "ha_NG",
    "ig_NG",
    "yo_NG",
    "tw_GH",
    "sw",
    "zu_ZA",
    "fr_FR",
    "fr_BE",
    "fr_DZ",
    "fr_CH",
    "de_DE",
    "de_AT",
    "de_CH",
    "es_ES",
    "es_MX",
    "es_CO",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "tr_TR",
    "az_AZ",
    "uz_UZ",
    "id_ID",
    "vi_VN",
    "da_DK",
    "sv_SE",
    "no_NO",
    "fi_FI",
    "et_EE",
    "ga_IE",
)
_TRANSLITERATED_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "el_GR")

#: Lower-case name particles (tussenvoegsels and their foreign counterparts).
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "’t",
        "te",
        "ten",
        "ter",
        "in",
        "op",
        "'s",
        "el",
        "al",
        "ben",
        "bin",
        "abu",
        "da",
        "di",
        "do",
        "dos",
        "du",
        "le",
        "la",
        "von",
        "zu",
        "vande",
        "vander",
        "d'",
        "mac",
        "ould",
        "ait",
        "aït",
    }
)
# Particles that start a multi-word surname without a following capital ("van der").
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’-]+$")

_DATA = Path(__file__).resolve().parents[2] / "cms" / "data"
_HERE = Path(__file__).resolve().parent


def _words(value: object) -> list[str]:
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return []


def _name_parts(raw: str, translit: bool) -> list[str]:
    raw = unidecode(raw) if translit else raw
    parts = []
    for part in re.split(r"[\s]+", raw.strip()):
        if not _LATIN.match(part):
            part = unidecode(part)  # Vietnamese "Bảo" -> "Bao", as it is typed here
        if part.lower() in PARTICLES or len(part) < 2 or not _LATIN.match(part):
            continue
        parts.append(part[0].upper() + part[1:])
    return parts


def _read_ranked(name: str) -> list[str]:
    path = _HERE / "data" / name
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")]


def _read_data(name: str) -> frozenset[str]:
    """A generated list in data/ (see data/build_names.py); empty while not yet built."""
    path = _HERE / "data" / name
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


def _load_person_names() -> tuple[frozenset[str], frozenset[str]]:
    first: set[str] = set()
    last: set[str] = set()
    locales = [(loc, False) for loc in _LATIN_LOCALES]
    locales += [(loc, True) for loc in _TRANSLITERATED_LOCALES]
    for locale, translit in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):  # locale dropped by a future Faker
            continue
        for attr in vars(provider):
            target = (
                first
                if attr.startswith("first_names")
                else (last if attr.startswith("last_names") else None)
            )
            if target is None:
                continue
            for raw in _words(getattr(provider, attr)):
                target.update(_name_parts(raw, translit))
    return frozenset(first), frozenset(last)


def _load_regions() -> frozenset[str]:
    """Municipalities, youth/safety regions and provinces (cms/data/gemeenten.csv), the
    places of places_extra.txt and the countries of the world."""
    regions: set[str] = set()
    with open(_DATA / "gemeenten.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for col in ("gemeentenaam", "jeugdregio_naam", "veiligheidsregio_naam", "provincie"):
                if row.get(col):
                    regions.add(row[col].strip())
    regions.update(_read_list("places_extra.txt"))
    regions.update(n for n in NEIGHBOURHOODS if not _one_word_name(n))
    # Countries ('uit Afghanistan en Irak'), but not those that are also given names.
    countries = importlib.import_module("faker.providers.address.nl_NL").Provider.countries
    regions.update(c for c in countries if c not in _COUNTRY_NAMES)
    return frozenset(regions)


_COUNTRY_NAMES = frozenset({"India", "Kenia", "Mali", "Man", "Jersey", "Georgia"})


def _one_word_name(place: str) -> bool:
    return " " not in place and "-" not in place and (place in FIRST_NAMES or place in LAST_NAMES)


def _load_places(regions: frozenset[str]) -> frozenset[str]:
    """Regions plus Faker's Dutch towns and villages, provinces and countries, and the
    world's cities and countries (data/)."""
    address = importlib.import_module("faker.providers.address.nl_NL").Provider
    belgian = importlib.import_module("faker.providers.address.nl_BE").Provider
    return (
        regions
        | frozenset(address.cities)
        | frozenset(address.provinces)
        | frozenset(address.countries)
        | frozenset(getattr(belgian, "cities", ()))
        | frozenset(getattr(belgian, "provinces", ()))
        | _read_data("world_cities.txt")
        | _read_data("world_countries.txt")
        | NEIGHBOURHOODS
    )


def _read_list(name: str) -> list[str]:
    lines = (_HERE / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


FAKER_FIRST_NAMES, FAKER_LAST_NAMES = _load_person_names()


#: First names and surname parts: Faker's lists plus names-dataset's most frequent names in
#: the countries that families in the Netherlands come from (data/first_names.txt ...).
FIRST_NAMES = FAKER_FIRST_NAMES | _read_data("first_names.txt")
LAST_NAMES = FAKER_LAST_NAMES | _read_data("last_names.txt")
#: Lower-case forms of names that are also Dutch words (hunspell-nl): merel, vos, lief.
NAME_WORDS = _read_data("name_words.txt")
#: The most frequent first names in NL and BE (Merel, Jan, Iris): names before words.
POPULAR_FIRST_NAMES = _read_data("popular_nl.txt")
#: Districts, neighbourhoods and villages that are no municipality (neighbourhoods.txt).
NEIGHBOURHOODS = frozenset(_read_list("neighbourhoods.txt"))
#: Municipalities, regions, provinces and neighbourhoods: never read as a person name without
#: context (a neighbourhood that is also a listed name only in PLACES).
REGIONS = _load_regions()
#: REGIONS plus towns, villages and countries: a place when a place word precedes it.
PLACES = _load_places(REGIONS)

#: Lower-case Dutch words: Faker's Dutch lorem list plus a curated list of words that
#: collide with first names (Roos, Hoop, Mark ...); a capitalised one at the start of a
#: sentence is read as a word, not a name.
_LOREM_NL = importlib.import_module("faker.providers.lorem.nl_NL").Provider.word_list
DUTCH_WORDS = frozenset(w.lower() for w in [*_LOREM_NL, *_read_list("dutch_words.txt")])
#: Capitalised words that are never person names here: organisations, methods, jargon,
#: languages, nationalities, holidays, products.
NOT_NAMES = frozenset(_read_list("not_names.txt"))
#: Multi-word organisation and method names, matched as phrases.
ORGANISATIONS: tuple[str, ...] = tuple(_read_list("organisations.txt"))
#: Shipped allow-list: theorists, eponymous organisations and hospitals, shops, methods.
#: Editors extend it in the admin (reflections.allowlist), passed as ``allowed=``.
ALLOWED_TERMS: tuple[str, ...] = tuple(_read_list("allowed_terms.txt"))


def _as_written_lower_and_capitalised(terms: list[str]) -> list[str]:
    """'Kon ta bai' also as 'kon ta bai' (a chat) and 'Inshallah' as 'inshallah'."""
    return list(dict.fromkeys(v for t in terms for v in (t, t.lower(), t[:1].upper() + t[1:])))


_COMMUNITY_TERMS = _read_list("community_words.txt")


def _community_word_forms(word: str) -> list[str]:
    """Every case of a word; of one that is also a listed name ("Safi", "Shukran") only the
    lower case, as a chat writes it: with a capital it may be a family's name."""
    if word[:1].upper() + word[1:] in FIRST_NAMES or word in LAST_NAMES:
        return [word.lower()]
    return _as_written_lower_and_capitalised([word])


#: Words of the community languages ("Inshallah", "babcia"): a name there only with a cue
#: (names.py).
COMMUNITY_WORDS = frozenset(
    form for t in _COMMUNITY_TERMS if " " not in t for form in _community_word_forms(t)
)
#: Their phrases ("Bon dia", "kon ta bai"), masked like the allowed terms.
COMMUNITY_PHRASES: tuple[str, ...] = tuple(
    _as_written_lower_and_capitalised([t for t in _COMMUNITY_TERMS if " " in t])
)
#: The 30,000 most frequent Dutch words (wordfreq, data/), lower case -> frequency rank.
DUTCH_COMMON: dict[str, int] = {w: n for n, w in enumerate(_read_ranked("dutch_common.txt"))}
#: More Dutch word forms (wordfreq's large list as far as hunspell-nl spells them, four letters
#: or more, data/): inflections and compounds the 30,000 do not reach ("calamiteiten").
DUTCH_LEXICON = _read_data("dutch_lexicon.txt")
#: The 20,000 most frequent English words of four letters or more (wordfreq, data/): jargon
#: and instrument titles ("Strengths and Difficulties Questionnaire").
ENGLISH_COMMON = frozenset(_read_ranked("english_common.txt"))
#: Frequent words of Spanish, Portuguese, Turkish, Polish, Indonesian, Malay, French and
#: Romanian that are no first name there (wordfreq, data/): "rabia" in a Papiamentu quote.
FOREIGN_COMMON = _read_data("foreign_common.txt")


def _phrase_index() -> dict[str, tuple[str, ...]]:
    """Organisation, allowed, community-language and multi-word place names keyed by their
    first word."""
    index: dict[str, list[str]] = {}
    multi_places = (p for p in PLACES if " " in p or "-" in p)
    for phrase in (*ORGANISATIONS, *ALLOWED_TERMS, *COMMUNITY_PHRASES, *multi_places):
        first = re.match(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", phrase)
        if first:
            index.setdefault(first.group(), []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


#: Phrases that mask person names, keyed by first word, longest first.
PHRASES = _phrase_index()
