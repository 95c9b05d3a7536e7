"""Exact spans for the context rules of the privacy guard (pure Python, no database).

Each case gives the complete list of findings as ``(start, end, kind)``, so a rule that finds
too little, too much or a partial span fails. All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from reflections.privacy import find_identifiers
from reflections.privacy.lexicon import FIRST_NAMES


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.kind) for f in find_identifiers(text)]


NAMES = [
    pytest.param(
        "Betaald aan A. Koster voor de huur.", [(12, 21, "name")], id="initial-joins-the-surname"
    ),
    pytest.param(
        "De auto is een VRK-06-B. Sanne de Vries rijdt erin.",
        [(15, 23, "licence_plate"), (25, 39, "name")],
        id="last-letter-of-a-plate-is-no-initial",
    ),
    pytest.param(
        "Overboeken t.n.v. A.B. Koster graag.", [(18, 29, "name")], id="two-initials-without-space"
    ),
    pytest.param(
        "Overboeken t.n.v. J. Bloem graag.",
        [(18, 26, "name")],
        id="tnv-makes-a-word-name-a-name",
    ),
    pytest.param(
        "Graag t.a.v. dhr. Koster, afdeling jeugd.",
        [(18, 24, "name")],
        id="lowercase-title-abbreviation-is-no-name",
    ),
    pytest.param(
        "Beste Roos, dank voor je bericht.", [(6, 10, "name")], id="greeting-marks-the-addressee"
    ),
    pytest.param(
        "Hoop is de roepnaam van haar dochter.", [(0, 4, "name")], id="predicate-roepnaam"
    ),
    pytest.param("Vos is haar oom van moederskant.", [(0, 3, "name")], id="predicate-role"),
    pytest.param(
        "Lente en Storm zijn de tweeling van de buren.",
        [(0, 5, "name"), (9, 14, "name")],
        id="predicate-role-after-coordinated-word-names",
    ),
    pytest.param(
        "Jurensly heeft vandaag zelf gebeld.",
        [(0, 8, "name")],
        id="unknown-opener-before-a-persons-verb",
    ),
    pytest.param(
        "Shuraya Tavares belde om negen uur. Shuraya is zwanger.",
        [(0, 15, "name"), (36, 43, "name")],
        id="unknown-first-name-before-a-listed-surname",
    ),
    pytest.param(
        "Małgorzata werd gisteren gebeld.",
        [(0, 10, "name")],
        id="listed-polish-name-opens-a-sentence",
    ),
    pytest.param(
        "Çağla werd gisteren gebeld.",
        [(0, 5, "name")],
        id="listed-turkish-name-opens-a-sentence",
    ),
    pytest.param(
        "Xuan werd gisteren gebeld.", [(0, 4, "name")], id="listed-vietnamese-name-opens-a-sentence"
    ),
    pytest.param(
        "De kinderen logeren bij buurman Henk Meerzorg in de flat.",
        [(32, 45, "name")],
        id="surname-ending-in-zorg-after-a-first-name",
    ),
    pytest.param(
        "ok ik zeg het tegen mats vanavond",
        [(20, 24, "name")],
        id="popular-first-name-in-lower-case",
    ),
]

NOT_NAMES = [
    pytest.param(
        "Onderwerp: overleg — Beste allen, morgen om tien uur.", id="greeting-itself-is-no-name"
    ),
    pytest.param("Ze noemt haar grootmoeder ('Oma') als ze boos is.", id="role-word-is-no-name"),
    pytest.param("Zowel ana- als katabole processen kwamen aan bod.", id="suspended-compound"),
    pytest.param("Ze werkt in Het Willem Barentsz in Leiden.", id="capital-article-before-a-run"),
    pytest.param("Ze lag in het Gerrit Dou ziekenhuis.", id="capitals-before-lowercase-ziekenhuis"),
    pytest.param("Het gezin verhuisde van Arkel naar Brakel.", id="from-place-to-place"),
    pytest.param("Opa woont in Praia Maria, ver weg.", id="word-after-place-after-in"),
    pytest.param("Beck en Ellis beschrijven denkfouten bij angst.", id="authors-before-a-verb"),
    pytest.param("Young (1990) beschrijft vroege schema's.", id="author-with-year-in-brackets"),
    pytest.param("We namen de Child Behavior Checklist af.", id="english-title-in-capitals"),
    pytest.param("Boodschappen doet ze bij de Plus op de hoek.", id="article-de-before-a-shop"),
    pytest.param("Ze kocht een tas op de Albert Cuyp.", id="article-de-after-preposition"),
    pytest.param("Hij woont in Almelo, de oudste in Hengelo.", id="apposition-after-a-place"),
]

OTHER_KINDS = [
    pytest.param(
        "Post graag naar Achterom 5, 7411 KL Deventer.",
        [(16, 26, "address"), (28, 35, "postcode")],
        id="street-without-suffix-before-a-postcode",
    ),
    pytest.param(
        "Hij zit op de Sint-Jozefschool in Putten.",
        [(14, 30, "school")],
        id="school-compound-with-sint",
    ),
    pytest.param(
        "De jongste gaat naar de Regenboogschool.",
        [(24, 39, "school")],
        id="school-compound-mid-sentence",
    ),
    pytest.param("Taalschool is een goed idee voor moeder.", [], id="kind-of-school-is-no-school"),
    pytest.param("Ze gaat naar de basisschool in de wijk.", [], id="generic-basisschool"),
    pytest.param(
        "Cliëntnummer jeugdteam: 7781204 staat op de brief.",
        [(24, 31, "case_number")],
        id="case-number-after-keeper-and-colon",
    ),
    pytest.param(
        "Baby Noor, geb. 02-01-2025, slaapt slecht.",
        [(5, 9, "name"), (16, 26, "date_of_birth")],
        id="birth-cue-geb-is-no-sentence-end",
    ),
    pytest.param(
        "Sinds 14-07-2012 woont de dochter bij oma.",
        [(6, 16, "date_of_birth")],
        id="old-date-next-to-a-child",
    ),
    pytest.param("Op 14-02-2019 is het dossier gesloten.", [], id="old-date-without-a-person"),
    pytest.param(
        "Rekeningen NL63 TRIO 0212 3456 78 en DE89 3704 0044 0532 0130 00 zijn bekend.",
        [(11, 33, "iban"), (37, 64, "iban")],
        id="second-iban-right-after-the-first",
    ),
]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Małgorzata", id="polish-with-l-stroke"),
        pytest.param("Çağla", id="turkish-g-breve"),
        pytest.param("Şükrü", id="turkish-s-cedilla"),
        pytest.param("Bao", id="chinese-from-names-dataset"),
        pytest.param("Zhiwei", id="chinese-given-name"),
        pytest.param("Dung", id="vietnamese-from-faker-without-diacritics"),
    ],
)
def test_lexicon_has_names_of_the_communities(name):
    assert name in FIRST_NAMES


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_name_context(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "expected"), OTHER_KINDS)
def test_other_kinds(text, expected):
    assert spans(text) == expected
