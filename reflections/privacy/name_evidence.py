"""Context rules that decide a capitalised or lower-case word for or against a name.

Kept apart from names.py so each rule is small and named: what a word stands next to
(an article, an initial, a greeting, a place), and the shape of words that are no names.
"""

from __future__ import annotations

import re

from .dutch_lexicon import dutch_compound
from .lexicon import (
    DUTCH_COMMON,
    DUTCH_LEXICON,
    DUTCH_WORDS,
    ENGLISH_COMMON,
    NOT_NAMES,
    PARTICLES,
    PLACES,
    POPULAR_FIRST_NAMES,
)
from .name_cues import (
    DETERMINERS,
    GREETINGS,
    NATIONALITY,
    PERSON_VERBS,
    PROFESSIONS,
    ROLES,
    TITLES,
    _wordset,
)
from .name_tokens import (
    NATIONALITY_STRONG,
    RARE,
    Tok,
    adjacent,
    is_first,
    is_last,
    is_word,
    name_parts,
    plain,
)
from .numeric import NOT_POSTCODE_LETTERS

#: Dutch noun endings that a person's name does not have ("Pleegzorg" aside, compounds are
#: caught by dutch_compound): "Begeleiding heeft", "Veiligheid is", "Ouderschap was".
_NOUN_SUFFIX = re.compile(
    r"(?:ing|ingen|heid|heden|schap|teit|isme|tie|ties|sie|nis|erij|atie|ement|ment)$"
)
_INITIAL_GAP = re.compile(r"\.[ \t]{0,2}\Z")  # \Z: "$" would let a newline through
#: "t.n.v." (ten name van) and "t.a.v." (ter attentie van): a name follows, with initials.
_ATTENTION = re.compile(r"\bt\.?\s?[an]\.?\s?v\.?:?\s*(?:[A-Z]\.\s*)*$", re.IGNORECASE)
_PREPOSITION_PLACE = frozenset({"van", "tussen"})
#: A cited author: a year in brackets, "et al." or a verb of writing about ideas, possibly
#: after co-authors ("Beck en Ellis beschrijven", "Young (1990)").
_AUTHOR_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’-]+)?(?:\s*(?:,|en|&|and)\s+[A-Z][\w'’-]+)*"
    r"(?:\s*\((?:19|20)\d{2}[a-z]?\)|\s+et\s+al\b|\s+(?:beschrijft|beschrijven|beschreef"
    r"|beschreven|betoogt|betogen|onderscheidt|onderscheiden|introduceerde|introduceerden"
    r"|ontwikkelde|ontwikkelden|definieert|definiëren|definieerde|publiceerde|publiceerden"
    r"|ze\s+uitwerkte|het\s+uitwerkte|uitwerkte|uitwerkten)\b)"
)


_LONG_TITLES = tuple(t for t in TITLES if len(t) >= 6)
_TITLE_LETTERS = frozenset("".join(sorted(t)) for t in _LONG_TITLES)


def _one_letter_off(word: str, title: str) -> bool:
    """'menner' for 'meneer': one letter changed."""
    return len(word) == len(title) and sum(a != b for a, b in zip(word, title, strict=True)) == 1


#: A postcode right before a word: the word is the place of the address.
_AFTER_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?:[A-Z]{2}|(?P<low>[a-z]{2}))\)?,?\s+$")


def after_postcode(text: str, tok: Tok) -> bool:
    """'1234 AB Zaandam', '(1234 ab), Capelle': the word is the place of an address."""
    postcode = _AFTER_POSTCODE.search(text[max(0, tok.start - 12) : tok.start])
    return postcode is not None and postcode["low"] not in NOT_POSTCODE_LETTERS


def plural_s(tok: Tok) -> bool:
    """'Foto's', 'Auto's': a Dutch plural after a vowel, no possessive."""
    low = tok.base.lower()
    return low[-1:] in "aeiouy" and DUTCH_COMMON.get(low, RARE) < 20000


def never_a_name(word: str) -> bool:
    """Role, kinship, title and greeting words name a relation, not a person ("('Oma')",
    "dhr.", "fam.", "Beste allen"), also mistyped; a law's name ends in -wet."""
    low = word.lower()
    if low in ROLES or low in TITLES or low in GREETINGS:
        return True
    # A plural role: "Beste jeugdbeschermers en gezinsvoogden", "collega's", "docenten".
    stems = {low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("en") else ""}
    if any(stem and (stem in ROLES or stem in PROFESSIONS) for stem in stems):
        return True
    # A law ("Leerplichtwet", "Participatiewet") is no person either, nor a title with two
    # letters swapped ("Dag mverouw").
    if len(low) >= 8 and low.endswith("wet"):
        return True
    return "".join(sorted(low)) in _TITLE_LETTERS or any(
        _one_letter_off(low, t) for t in _LONG_TITLES
    )


_AGENT_ENDINGS = ("er", "ers", "aar", "aars", "ster", "sters")


def greeting_before(text: str, toks: list[Tok], i: int) -> str | None:
    """'Beste Sanne,' / 'Hoi Jayden': the word after a greeting is the person addressed; the
    word that opens the line after a closing ('Met vriendelijke groet,' / 'Kelvin') signs."""
    if i and toks[i - 1].text.lower() in GREETINGS and adjacent(text, toks[i - 1], toks[i]):
        word = toks[i].text
        # "Beste melder,": a person by what she does, not by her name; a rarer word of the
        # lexicon may be a Surinamese surname ("hoi zeefuik").
        agent = word in DUTCH_LEXICON and word.endswith(_AGENT_ENDINGS)
        if word.islower() and (word in DUTCH_COMMON or agent) and not is_first(word.capitalize()):
            return None
        return toks[i - 1].text
    line_start = text.rfind("\n", 0, toks[i].start) + 1
    if not i or not line_start or text[line_start : toks[i].start].strip():
        return None  # a signature opens a line after another line
    closing = _CLOSING_LINE.search(text, max(0, line_start - 40), line_start)
    # Only a listed first name signs ("Inkoop & Contractmanagement" does not), in lower case
    # only one that is no word ("wijkteam Centrum").
    base = toks[i].base
    if closing and is_first(base[:1].upper() + base[1:]) and (toks[i].cap or not is_word(base)):
        return closing.group("word")
    return None


#: The line before a signature: "Met vriendelijke groet,", "Groetjes,", "mvg".
_CLOSING_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+|warme\s+|lieve\s+)?"
    r"(?P<word>groet(?:en|jes)?|mvg|gr\.?|liefs|dank|bedankt)[ \t]*,?(?:[ \t]*\n)+[ \t]*$",
    re.IGNORECASE,
)


def initial_before(text: str, toks: list[Tok], i: int) -> bool:
    """'R. Pinas', 'H. Jama': an initial before the word makes it a surname."""
    if not i:
        return False
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if len(prev.text) != 1 or not prev.text.isupper() or not _INITIAL_GAP.match(gap):
        return False
    base = toks[i].base
    listed = is_first(base) or is_last(base)
    if len(base) > 1 and toks[i].sent_start and base.lower() in DUTCH_COMMON and not listed:
        return False  # "bijlage B. Daarna ...": a sentence after a letter
    label = toks[i - 2] if i > 1 else None
    if (
        label
        and label.text.lower() in _LETTER_LABELS
        and _LABEL_GAP.fullmatch(text, label.end, prev.start)
    ):
        return False  # "werkinstructie rev. C. Denk aan ...": the letter belongs to the label
    # An initial stands alone or after another initial; "VRK-06-B. Sanne" ends a plate.
    if prev.start and _HOUSE_NUMBER_BEFORE.search(text[max(0, prev.start - 6) : prev.start]):
        return False  # "Kerkstraat 19 B. Sanne": the letter of a house number
    return prev.start == 0 or text[prev.start - 1] in " \t\n(.“\"'"


_HOUSE_NUMBER_BEFORE = re.compile(r"\d\s?$")
#: Words that a letter numbers: "bijlage B", "versie C", "rev. C", "groep A", "fase B".
_LABEL_GAP = re.compile(r"\.?[ \t]{1,2}")
_LETTER_LABELS = _wordset(
    "bijlage bijlagen versie rev revisie fase groep categorie optie punt type klas blok"
    " lokaal vleugel gebouw niveau scenario variant hoofdstuk paragraaf deel plan route"
)


def initial_of_a_name(text: str, toks: list[Tok], i: int) -> bool:
    """'t.n.v. S. van der Linden': a letter before more of a name on the same line."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or "\n" in text[toks[i].end : nxt.start]:
        return False
    if nxt.text in PARTICLES:
        return True
    return plain(nxt) and not never_a_name(nxt.base) and initial_before(text, toks, i + 1)


def initials_start(text: str, toks: list[Tok], left: int) -> int:
    """Move the start of a name back over its initials: 'A.B. de Vries', 'R. Pinas'."""
    while left > 0 and initial_before(text, toks, left):
        left -= 1
    return left


def attention_before(text: str, tok: Tok) -> bool:
    """The word follows 't.n.v.' or 't.a.v.' (possibly after initials)."""
    return bool(_ATTENTION.search(text[max(0, tok.start - 24) : tok.start]))


def cited_author(text: str, tok: Tok) -> bool:
    """'Beck en Ellis beschrijven ...', 'Young (1990)', 'de dramadriehoek van Karpman': an
    author, not a family member."""
    if _THEORY_OF.search(text, max(0, tok.start - 40), tok.start):
        # "de aanpak van Sanne": a popular first name alone is a colleague's or a parent's
        return tok.base not in POPULAR_FIRST_NAMES or bool(_CAPITAL_NEXT.match(text, tok.end))
    if _WORK_OF.search(text, max(0, tok.start - 50), tok.start) and _ABOUT_AFTER.match(
        text, tok.end
    ):
        return True  # "het werk van Gerald Caplan over crisisinterventie"
    return bool(_AUTHOR_AFTER.match(text[tok.end : tok.end + 80]))


_CAPITAL_NEXT = re.compile(r" [A-ZÀ-ÖØ-Þ]")

#: Someone's work "about" a subject is an author's; "het werk van Sanne" alone is hers.
_WORK_OF = re.compile(
    r"(?:werk|boek|boeken|onderzoek|inzichten|ideeën|studie|studies|artikelen|theorieën)\s+van"
    r"\s+(?:(?:[A-Z][\w'’-]*|de|van|der)\s+)*?$"
)
_ABOUT_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|van|de|der))*\s*,?\s+(?:over|naar)\s")


#: A theory, method, article or music "of" someone; not "het werk/boek/schema van Sanne",
#: which are hers.
_THEORY_OF = re.compile(
    r"(?:\w*(?:model|theorie|principes)|driehoek|cyclus|piramide|ladder|fasen|cirkel|matrix|kwadrant|typologie"
    r"|hiërarchie|methode|methodiek|aanpak|gedachtegoed|artikel|publicatie|muziek"
    r"|liedjes|album|website|benadering"
    r")\s+van\s+(?:(?:[A-Z][\w'’-]*|de|van|der)\s+)*?(?:(?:en|&)\s+)?$"
)


def english_word(base: str) -> bool:
    """A frequent English word that Dutch does not use ('Strengths', 'Questionnaire')."""
    low = base.lower()
    return low in ENGLISH_COMMON and low not in DUTCH_COMMON


def english_title(toks: list[Tok], i: int, text: str) -> bool:
    """A capitalised English phrase ('Child Behavior Checklist'): the word and a capitalised
    neighbour are English words, the neighbour no name."""
    if toks[i].base.lower() not in ENGLISH_COMMON:
        return False
    for k in (i - 1, i + 1):
        if not (0 <= k < len(toks) and toks[k].cap):
            continue
        base = toks[k].base
        if not adjacent(text, toks[min(i, k)], toks[max(i, k)]) or is_first(base) or is_last(base):
            continue
        if english_word(base):
            return True
    return False


def article_runs(text: str, toks: list[Tok]) -> set[int]:
    """Indexes of capitalised runs right after an article: a person takes no article, a
    hospital, shop or place named after one does ("Het Reinier de Graaf", "het Albert
    Schweitzer ziekenhuis", "bij de Plus", "door de Sahara"). 'van het Hof' and 'Sanne de
    Vries' keep 'het' and 'de' as particles."""
    out: set[int] = set()
    for i, tok in enumerate(toks[:-1]):
        article = tok.text in ("de", "den") and _article_de(text, toks, i)
        if tok.text.lower() in ("het", "een"):
            article = not (i and toks[i - 1].text.lower() in ("van", "'t"))
        if object_het(toks, i):
            article = False  # "vraag het Sulaika": 'het' is the object, the name follows
        if tok.text in ("De", "Het") and i and toks[i - 1].text == "in":
            # "in De Maas" (a room, a river): nobody is in a person; "in De Vries' auto" is
            nxt = toks[i + 1]
            article = nxt.text == nxt.base and text[nxt.end : nxt.end + 1] not in ("'", "’")
        if not article:
            continue
        k = i + 1
        while k < len(toks) and adjacent(text, toks[k - 1], toks[k]):
            if toks[k].cap:
                out.add(k)
            elif toks[k].text.lower() not in ("de", "van", "der", "den"):
                break
            k += 1
    return out


#: Verbs with 'het' as object before the person asked or told: "vraag het Noor maar".
_TELL_VERBS = _wordset(
    """vraag vraagt vroeg vertel vertelt vertelde zeg zegt zei geef geeft gaf
    leg legt legde uitleggen is was blijkt bleek dat of"""
)


def object_het(toks: list[Tok], i: int) -> bool:
    """toks[i] is 'het' as the object of a verb of asking or telling, or the subject after a
    copula or 'dat' ("volgens hem is het Shurman"), not an article."""
    return toks[i].text == "het" and i > 0 and toks[i - 1].text.lower() in _TELL_VERBS


def _article_de(text: str, toks: list[Tok], i: int) -> bool:
    """Lower-case 'de' after a word that is no name, title or role is an article: Dutch
    writes a surname without first name as 'De Vries', with one as 'Sanne de Vries'."""
    if not i:
        return False
    prev = toks[i - 1]
    low = prev.text.lower()
    if low in ("van", "in", "op", "'t", "ter", "ten", "te") and not prev.sent_start:
        before = toks[i - 2] if i >= 2 else None
        # "Sanne van de Berg", "mevrouw op de Beek": particles of a surname; not across a
        # comma ("in Zuidoost, in de Gaasperdam")
        return not (
            before and (before.cap or never_a_name(before.text)) and adjacent(text, before, prev)
        )
    if never_a_name(low) or (prev.cap and not prev.sent_start):
        return False
    return low in DETERMINERS or not prev.cap or low in _SENTENCE_PREPOSITIONS


_SENTENCE_PREPOSITIONS = _wordset(
    "op in bij naar door met uit aan voor over onder langs via tegen achter naast"
)


def unknown_opening(tok: Tok, nxt: Tok | None) -> bool:
    """A sentence opens with a word Dutch does not know, and a person's verb follows:
    'Giandro heeft ...', 'Djenice is ...'."""
    low = tok.base.lower()
    if not nxt or nxt.text not in PERSON_VERBS or len(low) < 3:
        return False
    if low in DUTCH_COMMON or low in DUTCH_WORDS or tok.base in PLACES:
        return False
    return not (dutch_compound(tok.base) or _NOUN_SUFFIX.search(low) or adjective_like(low))


#: A person from a team: "Guled van het wijkteam", "Hasanain (wijkteam)".
_FROM_TEAM = re.compile(
    r"\s+(?:van\s+(?:het|de)\s+|\(\s*)(?:wijkteam|buurtteam|jeugdteam|gebiedsteam|sociaal\s+team"
    r"|jeugdbescherming|GI|Veilig\s+Thuis|Raad|school)\b"
)


def from_a_team(text: str, tok: Tok) -> bool:
    return bool(_FROM_TEAM.match(text, tok.end))


def adjective_like(word: str) -> bool:
    """A nationality or place adjective ('Marokkaanse', 'Utrechtse', 'Haagse'). A word that
    only ends in -se is one when Dutch knows it or its stem is a place ('Breda-se',
    'Leid(en)-se'); otherwise it may be a name ('Xamse')."""
    low = word.lower()
    if NATIONALITY.search(low):
        return True
    if not low.endswith("se") or len(low) < 5:
        return False
    stem = word[:-2]
    stem = stem[:1].upper() + stem[1:]
    return low in DUTCH_COMMON or any(s in PLACES for s in (stem, stem + "en", stem + "e"))


def nationality_compound(base: str) -> bool:
    """'Marokkaans-Nederlands', 'Turks-Nederlandse': every part names a people or a language."""
    parts = name_parts(base)
    return len(parts) > 1 and all(
        p in NOT_NAMES or NATIONALITY_STRONG.search(p) or adjective_like(p) for p in parts
    )


def unknown_first_word(tok: Tok) -> bool:
    """A sentence-initial word that may be an unlisted first name before a surname
    ('Djenice Tavares'): no Dutch word, compound, noun ending or place."""
    low = tok.base.lower()
    if len(low) < 3 or low in DUTCH_COMMON or low in DUTCH_WORDS or tok.base in PLACES:
        return False
    return not (dutch_compound(tok.base) or _NOUN_SUFFIX.search(low) or never_a_name(low))


def place_between(toks: list[Tok], i: int) -> bool:
    """'van Sneek naar Heerenveen', 'tussen Hoorn en Enkhuizen': a listed place in a
    from-to or between pair is a place, not a surname."""
    tok = toks[i]
    if tok.base not in PLACES:
        return False
    before = toks[i - 1].text.lower() if i else ""
    after = toks[i + 1 : i + 3]
    if before in _PREPOSITION_PLACE and len(after) == 2 and after[0].text in ("naar", "en"):
        return after[1].base in PLACES
    return False


def suspended_compound(text: str, tok: Tok) -> bool:
    """'micro-, meso- en macrosysteem': a word ending in a hyphen is half a compound."""
    after = text[tok.end : tok.end + 2]
    return after[:1] == "-" and (len(after) < 2 or not after[1].isalnum())


def popular_lower_name(word: str, prev: str) -> bool:
    """Chat style: a popular Dutch first name in lower case that Dutch hardly uses as a word
    ('bij de school van sem'); never after an article or possessive ('een mees')."""
    cap = word[:1].upper() + word[1:]
    if prev in DETERMINERS or cap not in POPULAR_FIRST_NAMES or word in DUTCH_WORDS:
        return False
    return DUTCH_COMMON.get(word, RARE) > 15000


def title_case(toks: list[Tok], i: int) -> bool:
    """True when the sentence of toks[i] is written as a heading: every word of four letters
    or more after its first is capitalised, and one of them is a plain Dutch word that is no
    name ("Gezin"), so the capitals say nothing about persons. "Gesprek met Merel Bakker" is
    no heading (only names are capitalised), "De Raad sprak met Roos" neither (lower case)."""
    start = i
    while start > 0 and not toks[start].sent_start:
        start -= 1
    end = i + 1
    while end < len(toks) and not toks[end].sent_start:
        end += 1
    long_words = [t for t in toks[start + 1 : end] if len(t.base) >= 4]
    if not long_words or not all(t.cap for t in long_words):
        return False
    return any(
        t.base.lower() in DUTCH_COMMON
        and not is_word(t.base)
        and not (is_first(t.base) or is_last(t.base))
        for t in long_words
    )


def in_titled_phrase(text: str, toks: list[Tok], i: int) -> bool:
    """Next to a capitalised Dutch word: a title or method ("Intensieve Ambulante ...")."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and toks[k].cap and adjacent(text, toks[min(i, k)], toks[max(i, k)]):
            base = toks[k].base
            known = is_first(base) or is_last(base)
            if not known and (
                base.lower() in DUTCH_COMMON or dutch_compound(base) or english_word(base)
            ):
                return True
    return False
