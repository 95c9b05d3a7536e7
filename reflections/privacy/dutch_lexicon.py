"""Is a capitalised word a Dutch word? Frequency lists, the lexicon and compounds.

An unknown capitalised word mid-sentence is read as a proper noun unless Dutch knows it; a
Dutch compound is productive ("Jeugdbeschermingstafel"), so the lists alone do not reach it.
"""

from __future__ import annotations

from .lexicon import DUTCH_COMMON, DUTCH_LEXICON
from .name_tokens import RARE

#: Endings of Dutch nouns and adjectives: "Weging" is a word, however short its parts.
_WORD_ENDINGS = ("ing", "en", "er", "ers", "je", "ig", "el", "se", "st", "te")


def dutch_compound(base: str) -> bool:
    """A Dutch word that is not among the frequent ones: two frequent words joined
    ("Schuldhulp", "Suikerfeest"); or, from eleven letters on, a word of the lexicon
    ("Calamiteiten") or two or three lexicon words of four letters or more, with a linking s
    ("Jeugdbeschermingstafel"). Shorter words may be surnames made of Dutch words that the
    lists miss ("Doelwijt", "Zeefuik"), so the lexicon does not decide them."""
    low = base.lower()
    if low in DUTCH_LEXICON and low.endswith(_DERIVED_ENDINGS):
        return True  # "Ambtelijk", "Achterlating": a derived word, whatever its length
    if len(low) >= _LONG_WORD and (low in DUTCH_LEXICON or _lexicon_compound(low, parts=3)):
        return True
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if len(head) < 4 and len(tail) < 4 and not low.endswith(_WORD_ENDINGS):
            continue  # "Rasmin", "Jasmin": two short words make a name as often as a word
        if DUTCH_COMMON.get(head, RARE) < 20000 and (
            DUTCH_COMMON.get(tail, RARE) < 20000
            or (tail[0] == "s" and DUTCH_COMMON.get(tail[1:], RARE) < 20000)
        ):
            return True
    return False


_LONG_WORD = 11
#: Endings of derived adjectives and nouns that surnames hardly have (not -heid: Braafheid).
_DERIVED_ENDINGS = ("lijk", "lijke", "ig", "ige", "isch", "ische", "ing", "ingen", "teit", "teiten")


def lexicon_word(low: str) -> bool:
    """A lower-case word of the lexicon or a compound of its words ("intaketeam"): written in
    lower case, a word of any length is a word first."""
    return low in DUTCH_LEXICON or _lexicon_compound(low, parts=3)


def _lexicon_word(part: str) -> bool:
    return len(part) >= 4 and (part in DUTCH_LEXICON or part in DUTCH_COMMON)


def _lexicon_compound(low: str, parts: int) -> bool:
    """low splits into at most `parts` lexicon words of four letters or more; a linking s
    may follow a head ("jeugdbeschermings|tafel"). Short parts are left out: "Ramp|ersad"."""
    for i in range(4, len(low) - 3):
        head, tail = low[:i], low[i:]
        if not (_lexicon_word(head) or (head[-1] == "s" and _lexicon_word(head[:-1]))):
            continue
        if _lexicon_word(tail) or (parts > 2 and _lexicon_compound(tail, parts - 1)):
            return True
    return False
