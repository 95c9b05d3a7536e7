"""Lower-case names, as in chat: ``toen ik lieke belde``, ``merel zei dat``.

A lower-case word counts as a name when it is a listed first name and no Dutch word, a popular
first name, a name before a verb of speech, or the small form of a name already found in the
text where only a name can stand (not the word: ``werkt als kok``).
"""

from __future__ import annotations

import re

from .dutch_lexicon import lexicon_word
from .lexicon import (
    DUTCH_COMMON,
    DUTCH_LEXICON,
    DUTCH_WORDS,
    ENGLISH_COMMON,
    FIRST_NAMES,
    LAST_NAMES,
    NOT_NAMES,
    PARTICLES,
    PLACES,
    POPULAR_FIRST_NAMES,
    REGIONS,
)
from .name_cues import (
    DETERMINERS,
    FUNCTION_WORDS,
    PERSON_VERBS,
    PLACE_WORDS,
    PRONOUNS,
    ROLES,
    SPEECH_VERBS,
    _wordset,
)
from .name_evidence import (
    greeting_before,
    never_a_name,
    popular_lower_name,
    suspended_compound,
)
from .name_tokens import RARE, Reason, Tok, context_before, is_word, next_token, one_edit

#: Words among the most frequent this many in Dutch ("meer", "bas") need more than a verb.
_FREQUENT_RANK = 5000

_CODE_CHARS = set("_=|<>/\\{}[]$#@")  # and "." before a word: "window.name"


def _in_code(text: str, tok: Tok) -> bool:
    """A lower-case word glued to code punctuation or a digit on either side (a name in prose
    stands between spaces and sentence punctuation): 'window.name', '5aad', 'abe1'."""
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if before.isdigit() or after.isdigit():
        return True
    if before in "'\"" and tok.start > 1 and text[tok.start - 2] in _CODE_CHARS | {"("}:
        return True  # a string in code: alert('xss')
    return before in _CODE_CHARS or before == "." or after in _CODE_CHARS


_AFTER_NUMBER = re.compile(r"\d ?\Z")  # on the same line: "na 10 min"


def lower_anchor(text: str, toks: list[Tok], i: int, confirmed: set[str]) -> Reason | None:
    """Chat-style lower-case names: 'toen ik lieke belde', 'merel zei dat'."""
    tok = toks[i]
    word = tok.text
    cap = word[:1].upper() + word[1:]
    if tok.blocked or len(word) < 3 or not word.isalpha() or not word.islower():
        return None
    if _in_code(text, tok) or _AFTER_NUMBER.search(text, max(0, tok.start - 3), tok.start):
        return None  # "window.__xss=1", "{{ 7|add:7 }}", "na 10 min": code or a unit
    if word in FUNCTION_WORDS or word in PARTICLES or word in DETERMINERS:
        return None
    if _abbreviation(text, tok) or _in_english(toks, i):
        return None  # "terug naar fin. adm.", "God bless"
    if never_a_name(word) or suspended_compound(text, tok):
        return None  # "t.a.v. dhr.", "fam. Jansen", "micro-, meso- en macro"
    if cap in NOT_NAMES or cap in REGIONS:
        return None
    same_line = i and "\n" not in text[toks[i - 1].end : tok.start]
    prev = toks[i - 1].text.lower() if same_line else ""  # not "ben je??\ndewi: bij yem"
    quoted = i and any(q in text[toks[i - 1].end : tok.start] for q in "\"'“”‘’:")
    if (prev in DETERMINERS and not quoted) or word in ROLES or word in PRONOUNS:
        return None
    if prev in PLACE_WORDS and cap in PLACES:
        return None
    ctx = _definite_context(text, toks, i)
    if ctx and _name_after_context(word, ctx, next_token(text, toks, i)):
        return ctx  # "moeder amina"
    frequent = _frequent(word)
    listed = _listed_first_name(text, tok, frequent)
    if listed:
        return listed
    if popular_lower_name(word, prev):
        return ("name_lowercase", "")
    nxt = next_token(text, toks, i)
    very_frequent = DUTCH_COMMON.get(word, RARE) < 300
    if cap in FIRST_NAMES and nxt and nxt.text in SPEECH_VERBS and not very_frequent:
        return ("name_verb", nxt.text)
    if cap not in confirmed:
        return None
    if (is_word(cap) or frequent) and not _name_slot(text, toks, i, nxt):
        return None  # "Vader Jeroen Kok ... werkt als kok": the word, not the name
    return ("name_repeated", "")


def _definite_context(text: str, toks: list[Tok], i: int) -> Reason | None:
    """A title or role before, unless it is some friend, not one named ("bij een vriend
    fifa spelen")."""
    ctx = context_before(text, toks, i)
    if ctx and ctx[0] == "name_role" and i >= 2 and toks[i - 2].text.lower() in _INDEFINITE:
        return None
    return ctx


_INDEFINITE = frozenset({"een", "geen", "elke", "iedere", "welke", "zo'n", "andere"})
_ABBREVIATION_BEFORE = re.compile(r"\b[a-z]{2,5}\.[ \t]\Z")


def _abbreviation(text: str, tok: Tok) -> bool:
    """A short word with its dot after another abbreviation: "fin. adm."."""
    return text[tok.end : tok.end + 1] == "." and bool(
        _ABBREVIATION_BEFORE.search(text, max(0, tok.start - 8), tok.start)
    )


def _in_english(toks: list[Tok], i: int) -> bool:
    """An English word after three English words that are no frequent Dutch ones (of the six
    before): an English message ("he will not come today. God bless"); or before one."""
    if toks[i].text not in ENGLISH_COMMON:
        return False
    before = [t.text.lower() for t in toks[max(0, i - 6) : i]]
    english = [w for w in before if _english_only(w)]
    if len(english) >= 3:
        return True
    # a term of two English words: "danger statements", "safety plan"
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return nxt.islower() and _english_only(nxt) and toks[i + 1].start - toks[i].end == 1


def _english_only(word: str) -> bool:
    return word in ENGLISH_COMMON and DUTCH_COMMON.get(word, RARE) >= 3000


def _listed_first_name(text: str, tok: Tok, frequent: bool) -> Reason | None:
    """A listed first name where a name stands: writing a chat line ("[07:56] wouter: ik
    wil"), or one that is no Dutch word; not a frequent word with a letter dropped ("nit")."""
    word = tok.text
    cap = word[:1].upper() + word[1:]
    if cap not in FIRST_NAMES:
        return None
    if _speaker_slot(text, tok) and DUTCH_COMMON.get(word, RARE) >= _SPEAKER_RANK:
        return ("name_speaker", "")  # "ali: waarom antwoord je niet", "ton: ik kom"
    if frequent:
        return None
    if typo_of_frequent_word(word) and cap not in POPULAR_FIRST_NAMES:
        return None  # "moedr zag dat nit"
    return None if is_word(cap) else ("name_lowercase", "")


#: A listed first name writes a chat line unless it is one of the most frequent Dutch words.
_SPEAKER_RANK = 300


def _name_after_context(word: str, ctx: Reason, nxt: Tok | None) -> bool:
    """A listed name after a title or relative: 'moeder amina'; also one that is a rare
    word after a relative, before a verb: 'mijn moeder fleur kan' (not 'Moeder zong solo',
    where the word is the verb)."""
    cap = word[:1].upper() + word[1:]
    if cap not in FIRST_NAMES and cap not in LAST_NAMES:
        return False
    if not is_word(cap):
        return True
    before_verb = nxt is not None and nxt.text in PERSON_VERBS
    return ctx[0] == "name_role" and cap in FIRST_NAMES and not _frequent(word) and before_verb


def _frequent(word: str) -> bool:
    return DUTCH_COMMON.get(word, RARE) < _FREQUENT_RANK


#: A chat line's speaker, maybe after the message's time: "vader: ", "[09:23] Jurelly: ".
_SPEAKER = re.compile(r"(?:^|\n)\s*(?:\[[^\]\n]{3,25}\]\s*)?[A-Za-zÀ-ÿ _]{2,30}\s*:\s*$")
#: Where a chat line's speaker stands: at the start of a line, maybe after the time.
_LABEL_SLOT = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{3,25}\][ \t]*)?\Z")
_LABEL_AFTER = re.compile(r"(?:_\w+)?[ \t]*:")


def unlisted_lower_anchor(text: str, toks: list[Tok], i: int) -> Reason | None:
    """A lower-case word no list knows, in a slot only a name fills: after a greeting
    ('hoi faadumo hier') or opening a chat line before a person's verb ('vader: sjaki is
    weer weg'). Dutch and English words, codes and typos stay words."""
    tok = toks[i]
    word = tok.text
    greeting = greeting_before(text, toks, i)
    if greeting and (toks[i - 1].blocked or (i >= 2 and toks[i - 2].text.lower() in DETERMINERS)):
        greeting = None  # "een dag 'moe'": an article makes the greeting a noun
    speaker = _speaker_slot(text, tok)
    verb = ""
    if not (greeting or speaker):
        nxt = next_token(text, toks, i)
        if not (nxt and nxt.text in PERSON_VERBS):
            return None
        verb = nxt.text
        role = context_before(text, toks, i)
        if not (_SPEAKER.search(text[max(0, tok.start - 40) : tok.start]) or role):
            return None  # "vader: sjaki is weer weg", "zijn moeder shurayla belt"
    if tok.blocked or len(word) < 3 or not word.isalpha() or not re.search("[aeiouy]", word):
        return None
    if word in DUTCH_COMMON or word in DUTCH_WORDS or word in ENGLISH_COMMON or is_word(word):
        return None
    if len(word) >= 10 and lexicon_word(word):
        return None  # "Beste intaketeam,"; a short one may be a name ("hoi zeefuik")
    if _in_code(text, tok) or typo_of_frequent_word(word) or never_a_name(word):
        return None
    if greeting and word.endswith("ers"):
        return None  # "Beste budgethouders,": people by what they do, in the plural
    if speaker:
        if word in DUTCH_LEXICON or _near_frequent_word(word):
            return None  # "teamlid:", "onderwrp:": a label or a misspelt one
        return ("name_speaker", "")
    return ("name_greeting", greeting) if greeting else ("name_verb", verb)


def _near_frequent_word(word: str) -> bool:
    """One letter changed, added or dropped, or two swapped, from a frequent Dutch word."""
    return any(one_edit(word, w) for w in _FREQUENT_BY_START.get(word[:2], ()))


_FREQUENT_BY_START: dict[str, list[str]] = {}
for _word, _rank in DUTCH_COMMON.items():  # words, not names: "shurman" is no "sherman"
    _cap = _word.capitalize()
    if _rank < 20000 and len(_word) >= 5 and _cap not in FIRST_NAMES and _cap not in LAST_NAMES:
        _FREQUENT_BY_START.setdefault(_word[:2], []).append(_word)


def _speaker_slot(text: str, tok: Tok) -> bool:
    """'[07:58] ruthmila: goedemorgen': the writer of a chat line, before its colon."""
    if not _LABEL_AFTER.match(text, tok.end):
        return False
    return bool(_LABEL_SLOT.search(text, max(0, tok.start - 30), tok.start))


#: Before a lower-case name in chat: "zeg het tegen ruud", "met lief naar school".
_NAME_PREPOSITIONS = _wordset("met tegen bij aan naar door zonder en of")


def _name_slot(text: str, toks: list[Tok], i: int, nxt: Tok | None) -> bool:
    """Where a lower-case word that is also a Dutch word can only be the name seen before:
    opening a sentence or quote, before a person's verb, or after a preposition."""
    if nxt and nxt.text in PERSON_VERBS:
        return True
    if toks[i].sent_start or not i:
        return True
    between = text[toks[i - 1].end : toks[i].start]
    if any(q in between for q in "\"'“”‘’:(•-"):
        return True
    return toks[i - 1].text.lower() in _NAME_PREPOSITIONS


#: 'nit', 'moi', 'gan', 'nie': one of the 400 most frequent Dutch words with a vowel or n
#: dropped, or its final t, as typed in a hurry or as spoken; not a name for that alone.
_TYPOS = frozenset(
    w[:k] + w[k + 1 :]
    for w, rank in DUTCH_COMMON.items()
    if rank < 400
    for k in range(len(w))
    if w[k] in "aeioun" or (w[k] == "t" and k == len(w) - 1)
)


def typo_of_frequent_word(word: str) -> bool:
    return word in _TYPOS and DUTCH_COMMON.get(word, RARE) >= 400
