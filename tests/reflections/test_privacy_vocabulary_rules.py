"""Rules of the vocabulary round of the privacy guard (tuned on the dev halves of v11 and
v12): neighbourhoods, countries, community-language words, workplaces, events, pets, lists
of birth dates and chat speakers, words explained as words of a language. Exact spans, one
case per id; every sentence invented for the test."""

from __future__ import annotations

import pytest

from tests.reflections.span_cases import case, spans

NOT_A_PERSON = [
    case("Melding van een buurtbewoner, Assen-Lariks: er staat een auto.", id="town-district"),
    case("Het gezin woont sinds mei in Kanaleneiland.", id="a-neighbourhood"),
    case("De politie vond hem in Engeland.", id="a-country-by-its-dutch-name"),
    case("Ze kan haar familie in Sudan niet bereiken.", id="a-country-by-its-english-name"),
    case('Moeder begroette me met "Bon dia, kon ta bai?" en lachte.', id="a-greeting-phrase"),
    case("vader: shukran. zeg hem dat baba hem mist", id="a-community-word-in-a-chat"),
    case('Tante sprak de groet "Selam" uit en ging zitten.', id="a-quoted-greeting"),
    case("Vader werkt bij Tata Steel in IJmuiden.", id="an-employer"),
    case("Na de intake bij Yulius volgt een advies.", id="a-care-provider"),
    case("Moeder werkt bij een thuiszorgorganisatie, Tragel.", id="an-organisation-in-apposition"),
    case("Er is een Akwaaba Day voor nieuwe gezinnen.", id="an-event"),
    case("Vader rijdt op de lijn Vlissingen–Antwerpen.", id="a-route-between-places"),
    case("Ze hebben twee katten, Sjeng en Mientje.", id="pets-in-a-list"),
    case("De band met de hond, Pepita, een chihuahua, is goed.", id="a-pet-in-apposition"),
    case("Moeder ging naar het bureau aan de Dr. Schaepmanlaan.", id="a-street-after-a-title"),
    case("Moeder zong solo in de kerk.", id="a-verb-that-is-a-name-after-a-role"),
    case("Hij studeert aan het ROC Midden Nederland.", id="an-roc-named-after-its-region"),
    case("De Kinderopvang Humanitas houdt rekening met het vasten.", id="a-childcare-provider"),
    case(
        "Geboortedata staan in het dossier.\nZitting – 04/11/2025",
        id="an-event-date-under-a-birth-heading",
    ),
    case('"Beta" is Hindi voor jongen, zegt oma.', id="a-word-explained-as-a-language-word"),
    case("De zee, deniz in het Turks, mist ze het meest.", id="a-word-in-another-language"),
    case(
        "Kandil, het Turkse woord voor lamp, valt dit jaar in maart.",
        id="a-word-named-as-a-word-of-a-language",
    ),
    case("ik ben bij een vriend fifa aan het spelen", id="a-lower-case-word-after-some-friend"),
    case("Haar knuffel is een giraf die ze Lange noemt.", id="a-toy-the-child-names"),
    case("Tokkie is de kip van de buren; Tokkie legt elke dag.", id="a-name-the-text-calls-a-hen"),
    case("De Bossche Bol is een traditie.", id="a-thing-of-a-place"),
    case("Stichting MEE Zuidwest-Nederland helpt het gezin.", id="a-part-of-the-country"),
    case("Vader woont in Turkije, verblijfplaats Izmir.", id="a-place-after-verblijfplaats"),
    case(
        'De orthopedagoog sprak over "danger statements" in het plan.',
        id="a-term-of-two-english-words",
    ),
    case("Zitting van 18 februari is uitgesteld.", id="a-date-after-van-is-no-age"),
    case('"Shukran ya ukhti," schreef moeder terug.', id="a-community-word-opening-a-quote"),
    case(
        'In het bericht stond: "no sa, mi mama ta rabia".',
        id="a-frequent-word-of-another-language-in-a-quote",
    ),
    case('"Dzień dobry, dziękuję za pomoc," zei vader.', id="a-polish-word-in-a-quote"),
]

STILL_A_PERSON = [
    case("Haar naam Deniz is Turks voor zee.", ("name", "Deniz"), id="a-name-explained-as-a-name"),
    case("Hij spreekt met Rudsel in het Papiaments.", ("name", "Rudsel"), id="speaks-with-a-name"),
    case("Voor Amir is het woord thuis lastig.", ("name", "Amir"), id="a-name-before-is-het-woord"),
    case(
        '"roodborst is robin in het Engels", zei Robin.',
        ("name", "Robin"),
        id="the-name-in-another-case-than-the-word",
    ),
    case("Ik was bij mijn vriend amina.", ("name", "amina"), id="my-friend-in-lower-case"),
    case("Ze heeft een vriendin die ze Lange noemt.", ("name", "Lange"), id="a-friend-she-names"),
    case("Sanne is een echte aap.", ("name", "Sanne"), id="an-animal-said-of-a-person"),
    case(
        '"bo ta bini awe, rabia?" vroeg de vriendin.',
        ("name", "rabia"),
        id="a-word-of-another-language-called-as-a-name",
    ),
    case("Het gesprek met Kofi van 14 ging goed.", ("name", "Kofi"), id="an-age-after-van"),
    case("Moeder werkt bij haar zus Samira.", ("name", "Samira"), id="a-relative-after-bij"),
    case("Ze hebben een hond, Sanne is er bang voor.", ("name", "Sanne"), id="no-pet-list"),
    case("Wat gaat goed: Dua weet wie ze kan bellen.", ("name", "Dua"), id="a-word-before-weet"),
    case("safi zei dat hij later komt", ("name", "safi"), id="a-community-word-that-speaks"),
    case("Ik heb Melike na het gesprek gebeld.", ("name", "Melike"), id="no-author-before-na"),
    case(
        "Zofia Nowak van IKC Het Palet belde.",
        ("name", "Zofia Nowak"),
        ("school", "IKC Het Palet"),
        id="no-author-before-an-abbreviation",
    ),
    case(
        "Hij verhuist met zijn moeder Adwoa Annor van Rotterdam-Zuid naar Tilburg.",
        ("name", "Adwoa Annor"),
        id="no-author-before-a-place",
    ),
    case(
        "De kleinkinderen Putri en Aji logeren bij oma.",
        ("name", "Putri"),
        ("name", "Aji"),
        id="a-first-name-joined-after-a-name",
    ),
    case("Screenshot:\nali: waarom antwoord je niet", ("name", "ali"), id="a-frequent-speaker"),
    case(
        "Berichten:\nmama: waar ben je??\ndewi: bij oma",
        ("name", "dewi"),
        id="a-speaker-after-a-question-on-the-line-before",
    ),
    case("Volgens hem is het Kevin Jansen.", ("name", "Kevin Jansen"), id="het-after-a-copula"),
    case(
        "Berichten:\nshurman: je bent een snitch",
        ("name", "shurman"),
        id="an-unlisted-speaker-near-a-listed-name",
    ),
    case(
        '"Amira" betekent prinses, zegt moeder.',
        ("name", "Amira"),
        id="an-explained-first-name-stays-a-name",
    ),
    case(
        "Geboortedata:\nZahra Stanikzai – 2019-07-30\nAlle kinderen wonen thuis.",
        ("name", "Zahra Stanikzai"),
        ("date_of_birth", "2019-07-30"),
        id="a-birth-date-listed-after-a-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_PERSON)
def test_words_that_name_no_person(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), STILL_A_PERSON)
def test_persons_are_still_found(text, expected):
    assert spans(text) == expected


def test_a_greeting_phrase_in_lower_case_is_matched_too():
    """Chats write community phrases in lower case: 'kon ta bai' is the phrase, not a name."""
    assert spans("moeder appte: kon ta bai? ik kom morgen") == []
