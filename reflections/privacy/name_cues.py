"""Context words and name shapes that the person-name detector weighs as evidence."""

from __future__ import annotations

import re


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TITLES = _wordset(
    "meneer mevrouw mevr mw mnr dhr heer juf juffrouw meester mr dr drs ir ing familie fam gezin"
    " mijnheer"
)
TITLE_ABBREVIATIONS = _wordset("mw mevr mnr dhr mr dr drs ir ing fam")
ROLES = _wordset(
    """moeder vader zoon zoontje dochter dochtertje broer broertje zus zusje oma opa tante
    oom neef neefje nicht nichtje pleegmoeder pleegvader pleegzoon pleegdochter
    pleegkind stiefvader stiefmoeder stiefzoon stiefdochter halfbroer halfzus
    grootmoeder grootvader jeugdige kind kindje jongen meisje baby peuter kleuter puber inbrenger
    verzorger verzorgster contactpersoon
    tiener cliënt client leerling collega gezinsvoogd jeugdbeschermer mentor leerkracht
    docent buurvrouw buurman vriend vriendin vriendje vriendinnetje partner ex-partner
    ex vriendinnen vrienden stiefbroer stiefzus tweelingbroer tweelingzus moeders vaders
    mama papa voogd tolk huisarts wijkagent advocaat jongere zoontje tweeling kleinzoon
    kleindochter pleegzus pleegbroer mam pap ma pa mams paps mamma pappa vrouw man echtgenoot
    echtgenote
    schoonmoeder schoonvader zwager schoonzus kleinkind buurjongen buurmeisje klasgenoot
    klasgenote pleegouder stiefouder vriendje zoons dochters neven nichten jongste oudste
    middelste jongvolwassene jongvolwassenen"""
)
#: Verbs after which the word before is probably a person (any sentence position).
PERSON_VERBS = _wordset(
    """zei zegt vertelde vertelt gaf geeft vroeg vraagt huilde huilt lachte lacht woont
    woonde speelt speelde wil wilde wou kwam komt ging gaat liep loopt was is heeft had
    reageerde reageert voelde voelt vindt vond schreeuwde sliep slaapt at eet zat zit
    stond staat belde belt mailde appte weigerde weigert durfde durft kon kan mocht mag
    moest moet werd wordt bleef blijft ontkende ontkent erkende erkent leek lijkt
    neemt nam begrijpt begreep helpt hielp wacht wachtte merkte merkt sluit sloot stelde stelt
    zag ziet kreeg krijgt weet wist denkt dacht mist miste"""
)
#: The stronger subset: speech and action verbs that a word such as "Hoop" or "Storm"
#: rarely takes, so they also decide for names that are Dutch words.
SPEECH_VERBS = _wordset(
    """zei zegt vertelde vertelt vroeg vraagt huilde huilt lachte lacht woont woonde
    speelt speelde schreeuwde sliep slaapt belde belt mailde appte weigerde weigert durfde
    durft ontkende ontkent erkende erkent antwoordde antwoordt riep roept fluisterde
    knikte zweeg gilde tekende tekent vertelden zeiden appt appte sms'te"""
)
#: Verbs of action that also follow a name which is a Dutch word ("Bas zat", "Vos kwam").
ACTION_VERBS = SPEECH_VERBS | _wordset(
    """kwam komt ging gaat liep loopt rende rent wil wilde wou vond vindt voelde voelt zat
    zit stond staat sliep slaapt at eet speelde speelt heeft had kan kon mag mocht moet
    moest zegt"""
)
#: Copulas and auxiliaries: they follow mass nouns ("Hoop is", "Storm werd") and, after a
#: colon, heading words ("Doel: Rust heeft voorrang") as well: no evidence of a person.
AUXILIARIES = _wordset(
    "is was wordt werd lijkt leek blijft bleef heeft had kan kon mag mocht moet moest"
)
#: Verbs that words such as Hoop, Storm or Roos do not take: only a person does this.
PERSON_ONLY_VERBS = SPEECH_VERBS | _wordset(
    "wil wilde wou vindt vond voelt voelde zat zit speelt speelde sliep slaapt at eet weet wist"
    " denkt dacht"
)
#: Capitalised words at the start of a sentence that are never names before a verb.
PRONOUNS = _wordset(
    """niemand iedereen iemand ieder elk men wie alles allen beiden velen sommigen anderen
    mensen hulpverleners ouders kinderen jongeren iets niets dat dit die deze zij hij ze
    wij we jullie u ik het er daar hier toen nu ook toch dan"""
)
FUNCTION_WORDS = _wordset(
    """het een ik je jij u wij we zij ze hij hun hen mijn jouw zijn haar onze ons dit dat
    die deze wat wie waar en of maar want dus als toen omdat met bij voor na naar door
    over uit aan om tot tegen zonder tijdens sinds dan ook nog niet wel er hier daar nu
    zo geen elk elke alle veel tav tnv"""
)
#: A lower-case word right after one of these is a noun, not a name ("een merel").
DETERMINERS = _wordset(
    "de het een die deze dit mijn je jouw zijn haar ons onze hun elke iedere dezelfde"
    " hetzelfde welke geen zo'n uw jullie mn m'n m’n zn z'n z’n d'r d’r"
)
ABBREVIATIONS = _wordset("mw dhr mevr o.a bijv i.v.m e.d ca nr mr dr drs ir ing t.a.v t.n.v vs")
#: Greetings of a letter or message: never a name, and the word after is the addressee.
GREETINGS = _wordset("beste lieve hoi hallo hey hee hai geachte dag")
ORG_HEADS = _wordset(
    """Stichting Jeugdbescherming Jeugdzorg Wijkteam Buurtteam Rechtbank Gerechtshof
    Politie Gemeente Ministerie Inspectie Instituut Academie Hogeschool Universiteit
    Ziekenhuis GGZ GGD Groep Vereniging Federatie Bureau Kliniek Poli Opvoedpoli Centrum
    Expertisecentrum Netwerk Platform Collectief Coöperatie Zorggroep Jeugdhulp
    Kinderopvang Kinderziekenhuis Fonds Huis Kliniek Praktijk Supermarkt Team"""
)
PLACE_WORDS = _wordset(
    """in uit naar te rond rondom regio gemeente provincie wijk dorp stad omgeving buurt
    richting vanuit nabij woonplaats plaats via verblijfplaats geboorteplaats vestigingsplaats
    standplaats woonachtig"""
)
#: Tussenvoegsels that introduce a surname whatever follows ("Storm van Dijk", "de Vries").
SURNAME_INFIXES = frozenset({"van", "de", "den", "der", "ter", "ten", "el", "al", "ben"})
#: Particles that start a surname whatever word follows ("El Khatib", "Ait Taleb").
ARABIC_PARTICLES = _wordset("el al ben bin ibn abu abd ait aït ould ou")

_MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?"
    r"|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
AGE_AFTER = re.compile(
    r"^(?:\s*\(\s*\d{1,2}(?:[,.]\d)?\s*(?:jaar|jr\.?|j\.?|jaar oud|maanden|mnd\.?|weken)?\s*\)"
    r"|\s*\(\s*(?:geb\.|geboren\s)"  # "Hamse (geb. 18-05-2018)"
    r"|,\s*\d{1,2}\s*(?:jaar|maanden)\b|,\s*\d{1,2}\s*[,)]|\s+\d{1,2}\s*(?:jaar|jr\.?)\b"
    r"|\s+(?:is|was|wordt|werd)\s+\d{1,2}\s*(?:jaar|maanden)\b"
    r"|(?:\s*\(\s*['‘’\"“][^'’\"”()]{1,20}['’\"”]\s*\))?\s*,?\s+van\s+\d{1,2}(?:\s*jaar)?\b"
    r"(?![-/.:]\d|\s*(?:" + _MONTHS + r")|\s*uur\b))"  # not "Zitting van 18 februari"
)
#: A bare number as the age of a listed first name: "Adam is 8 en woont ...", "Amir is 14."
AGE_BARE = re.compile(r"^\s+(?:is|was|wordt|werd)\s+\d{1,2}(?=\s*(?:[,.;]|\s+en\b|$))")
#: A role said of the word: "Zon en Hoop zijn de tweeling", "Bloem is de roepnaam van",
#: "Vos is haar oom".
PREDICATE_ROLE = re.compile(
    r"^(?:\s+en\s+[A-Z][a-zë]+)?\s+(?:(?:is|was|zijn|waren|wordt|werd)\s+"
    r"(?:de|het|een|haar|zijn|hun|mijn|onze)\s+(?P<role>[a-zë-]+)\b"
    # in a subordinate clause the verb comes last: "zegt dat Mo een neef is"
    r"|(?:de|een|haar|zijn|hun|mijn|onze)\s+(?P<role_sub>[a-zë-]+)\s+(?:is|was|wordt|werd)\b)"
)
#: Nouns that, said of a capitalised word, make it a person's name.
NAME_NOUNS = frozenset({"roepnaam", "bijnaam", "voornaam", "achternaam", "koosnaam"})
#: A nickname in quotes and brackets: "Romeo ('Meo')".
NICKNAME_AFTER = re.compile(r"^\s*\(\s*['‘’\"“][^'’\"”()]{1,20}['’\"”]\s*\)")
#: An apposition with a role word: "Vos, de buurman," / "Amal, haar dochter".
APPOSITION = re.compile(r"^,\s+(?:de|het|haar|zijn|hun|onze|mijn|een)\s+(?P<role>[a-zë-]+)\b")
#: Words a genitive or possessive of a cited author precedes: "Satir's communicatiestijlen".
THEORY_WORDS = re.compile(
    r"(?:model|theorie|cyclus|stijl|stijlen|piramide|ladder|fasen|fases|cirkel|benadering|visie"
    r"|concept|begrip|werk|boek|onderzoek|principe|acceptatie|matrix|kwadrant|schema|methode"
    r"|aanpak|gedachte|ideeën|inzichten|definitie|typologie|indeling)\w*$"
)
#: Adjectives of nationality and language ("Vietnamees", "Kaapverdische"): no name.
#: Endings of nationality and place adjectives; a bare "-se" is decided by adjective_like.
NATIONALITY = re.compile(r"(?:ees|eese|ese|isch|ische|aans|aanse|iaans|iaanse|ers)$")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")

# Shapes of surnames that the lists miss, by community: Surinamese-Hindustani
# (Sewtahal, Jadnanansing, Ramcharan), Javanese-Surinamese (Kasanmoentalib, Sarmoredjo),
# Eritrean and Ethiopian (Habtemariam, Gebremichael, Tesfaselassie), Afghan (Ahmadzai,
# Ahmadzada), Turkish (-oğlu, letters ğ ı ş). Dutch words do not end like this.
NAME_SHAPE = re.compile(
    r"(?:persad|prasad|[a-rt-z]sing|singh|charan|tahal|baks|bhansing|koemar|kumar|poersad"
    r"|mohamed|redjo|dikromo|wirjo|medjo|sentono|semito|moentalib|pawiro|dirdjo"
    r"|mariam|michael|yesus|iyesus|selassie|giorgis|haimanot|tsion|berhan|egziabher"
    r"|zai|zada|zadeh|khel|oğlu|oglu)$"
    r"|^(?:Gebre|Ghebre|Habte|Tesfa|Tekle|Kidane|Wolde|Welde|Haile|Zere|Kasan|Kromo|Sarmo)"
    r"[a-z]{3,}"
    r"|[ğışİ]"
)


#: Lower-case words for a place or organisation that takes a name: "buurthuis De Schakel".
VENUES = _wordset(
    """buurthuis wijkcentrum jongerencentrum buurtcentrum kerk moskee stichting vereniging
    winkel restaurant café zwembad opvang inloophuis woongroep gezinshuis
    kinderboerderij sporthal speeltuin bibliotheek zorgboerderij dagbesteding crisisopvang
    instelling organisatie kliniek kinderdagverblijf peuterspeelzaal wijkteam buurtteam
    theater museum camping hotel hostel station treinstation busstation metrostation
    zaal vergaderzaal ruimte vergaderruimte gespreksruimte spreekkamer lokaal klooster abdij
    kapel tempel mandir gurdwara synagoge gebedshuis"""
)
#: "De Hoop is een organisatie voor ...": said to be an organisation, so no person.
#: Also the units of a care home, one or listed: "De Merel, De Roos en De Vos zijn de drie
#: leefgroepen", "Het Anker is een woongroep".
ORG_PREDICATE = re.compile(
    r"^(?:\s*,\s*(?:De|Het)\s+[A-Z][\w-]*)*(?:\s+(?:en|of)\s+(?:De|Het)\s+[A-Z][\w-]*)?"
    r"\s+(?:(?:is|was)\s+een|(?:zijn|waren)(?:\s+(?:de|onze|twee|drie|vier|vijf|zes))*)"
    r"\s+(?:[a-zë-]+\s+){0,2}(?:organisatie|stichting|instelling"
    r"|zorgaanbieder|aanbieder|methode|programma|school|winkel|bedrijf|vereniging|project|app"
    r"|website|keten|supermarkt|merk|centrum|praktijk|kerk|moskee|club|instantie"
    r"|(?:leef|woon|behandel)?groep|afdeling|unit|paviljoen|woning|woonvorm|locatie|huis)"
    r"(?:en|s)?\b"
)

#: Professions said of a person in brackets: "Jade (gedragswetenschapper) adviseert".
PROFESSIONS = _wordset(
    """gedragswetenschapper orthopedagoog pedagoog psycholoog jeugdarts kinderarts psychiater
    therapeut verpleegkundige jeugdverpleegkundige raadsonderzoeker wijkcoach casemanager
    jurist begeleider hulpverlener coördinator teamleider ib'er ib-er intern-begeleider
    maatschappelijk-werker schoolmaatschappelijk-werker logopedist fysiotherapeut juf meester
    trajectbegeleider jongerenwerker ambulant-begeleider onderzoeker"""
)
#: A role, profession or name noun in brackets after a word: "Lief (gedragswetenschapper)",
#: "Memo (roepnaam van Onur)".
BRACKET_ROLE = re.compile(
    r"^\s*\(\s*(?:(?:de|het|haar|zijn|hun|een|mijn|onze|ons|uw|jullie)\s+)?(?P<role>[a-zë'-]+)\b"
    r"(?:\s+van\b|\s*[),])"
)
#: Compounds on these name an organisation too: "vrouwenvereniging", "moskeestichting".
VENUE_ENDINGS: tuple[str, ...] = ("vereniging", "stichting", "centrum", "moskee", "kerk", "club")
VENUE_ENDINGS += ("fonds", "zaal", "ruimte")
