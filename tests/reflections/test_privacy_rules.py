"""Exact spans for each rule of the privacy guard (pure Python, no database).

Every case states the complete list of findings (tests/reflections/span_cases.py).
"""

from __future__ import annotations

import pytest

from reflections.privacy import find_identifiers
from tests.reflections.span_cases import case, span_of, spans

NAME_CASES = [
    case("Leerplatform Kind en Gezin", id="title-case-heading-is-no-name"),
    case("<script>window.__xss=1</script>", id="lowercase-word-of-code-is-no-name"),
    case("{{ 7|add:7 }}", id="lowercase-template-filter-is-no-name"),
    case("<img onerror=\"alert('xss')\">", id="lowercase-string-in-code-is-no-name"),
    case("ze appte: 'lieke komt niet'", ("name", "lieke"), id="lowercase-name-in-quote-of-prose"),
    case("ik belde lieke.", ("name", "lieke"), id="lowercase-name-before-full-stop"),
    case("Pilots En Proeftuinen Voor Kind En Gezin", id="title-case-every-word"),
    case("Gesprek met Merel Bakker.", ("name", "Merel Bakker"), id="capitalised-names-only"),
    case("De Raad sprak met Roos over school.", ("name", "Roos"), id="prose-is-no-heading"),
    case("toen ik lieke belde zei ze niks", ("name", "lieke"), id="lowercase-first-name"),
    case(
        "mam zei: 'daan mag niet buiten spelen'",
        ("name", "daan"),
        id="lowercase-name-in-quote",
    ),
    case("Er zat een merel in de tuin.", id="word-name-after-article-is-a-word"),
    case("Merel zei dat ze bang was.", ("name", "Merel"), id="word-name-before-speech-verb"),
    case("Hoop doet leven.", id="mass-noun-at-sentence-start"),
    case("Storm is voorspeld voor morgen.", id="word-before-copula"),
    case("Vos, de buurman, belde de politie.", ("name", "Vos"), id="word-name-apposition-role"),
    case("Roos en haar broer wonen bij oma.", ("name", "Roos"), id="word-name-with-relative"),
    case("Storm van Dijk zat op de bank.", ("name", "Storm van Dijk"), id="word-name-surname"),
    case("Sewtahal zei dat het goed ging.", ("name", "Sewtahal"), id="unknown-surname-speech"),
    case("We spraken met mevrouw Habtemariam.", ("name", "Habtemariam"), id="title-surname"),
    case("Het gesprek met Kasanmoentalib liep uit.", ("name", "Kasanmoentalib"), id="shape"),
    case("We belden Priya Rampersad gisteren.", ("name", "Priya Rampersad"), id="listed-names"),
    case("Ik sprak met Ayaan Warsame over de zorgen.", ("name", "Ayaan Warsame"), id="somali"),
    case("Zijn vrouw Hibaaq belde.", ("name", "Hibaaq"), id="role-word-vrouw"),
    case(
        "Romeo ('Meo') van 14 slaapt slecht.",
        ("name", "Romeo"),
        ("name", "Meo"),
        id="nickname-in-brackets",
    ),
    case("Sterre, 7, wil niet naar school.", ("name", "Sterre"), id="age-between-commas"),
    case(
        "Mees en Merel van Wijk delen de zorg.",
        ("name", "Mees"),
        ("name", "Merel van Wijk"),
        id="coordinated",
    ),
    case("Sanne's moeder belde.", ("name", "Sanne"), id="possessive-stays-outside"),
    case("Moeder Amina Idrissi kwam.", ("name", "Amina Idrissi"), id="role-word-stays-outside"),
    case("Niemand zei iets.", id="pronoun-before-verb"),
    case("Volgens Bowlby is hechting belangrijk.", id="theorist-allowed"),
    case("Satir's communicatiestijlen kwamen ter sprake.", id="theorist-genitive"),
    case("Volgens Snyders model is hoop een proces.", id="theorist-genitive-s"),
    case(
        "We spraken mevrouw Rogers over haar zoon.",
        ("name", "Rogers"),
        id="allowed-surname-after-title",
    ),
    case("Ze werd opgenomen in het Prinses Máxima Centrum.", id="hospital-named-after-person"),
    case("Moeder doet boodschappen bij de Albert Heijn.", id="supermarket"),
    case("Het SOS-team van het Emma was betrokken.", id="no-name-after-article-het"),
    case("Ze verhuisden naar Gaziantep.", id="world-city-after-place-word"),
    case("Hij woont in Amsterdam Nieuw-West.", id="city-quarter"),
    case("De vader spreekt Papiamento en een beetje Tigrinya.", id="languages"),
    case("De tolk Vietnamees kwam te laat.", id="nationality-after-role"),
    case("Schuldhulp loopt via de gemeente.", id="dutch-compound"),
    case("De methode Intensieve Ambulante Gezinsbehandeling werkt.", id="titled-method"),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_names_by_evidence(text, expected):
    assert spans(text) == expected


def test_editor_allowed_term_clears_a_name():
    text = "Volgens Zwaanswijk is dat normaal."
    assert spans(text) == [span_of(text, "Zwaanswijk", "name")]
    assert spans(text, allowed=("Zwaanswijk",)) == []


def test_editor_allowed_term_never_clears_a_number():
    text = "Zwaanswijk heeft BSN 123456782."
    assert spans(text, allowed=("Zwaanswijk",)) == [span_of(text, "123456782", "bsn")]


DATE_CASES = [
    case("Zij is geboren op 12 maart 2015.", ("date_of_birth", "12 maart 2015"), id="geboren"),
    case("(geb. 14-03-2012)", ("date_of_birth", "14-03-2012"), id="geb-abbreviation"),
    case("geboortedatum 2015-06-23", ("date_of_birth", "2015-06-23"), id="iso-after-cue"),
    case(
        "Daan (12-03-2015) slaapt slecht.",
        ("name", "Daan"),
        ("date_of_birth", "12-03-2015"),
        id="date-in-brackets-after-name",
    ),
    case(
        "Hij is geboren op 3 mei en woont bij oma.",
        ("date_of_birth", "3 mei"),
        id="day-month-after-cue",
    ),
    case(
        "Sinds 14-07-2010 woont het kind bij oma.",
        ("date_of_birth", "14-07-2010"),
        id="far-past-date",
    ),
    case("De zitting was op 4-11-2026.", id="hearing-date"),
    case("De OTS loopt tot 1 mei 2027.", id="deadline-date"),
    case("Het MDA++-overleg is op 3-2-2026.", id="meeting-date"),
    case("Op 12-05-2019 kwam de eerste melding binnen.", id="far-past-event-date"),
    case("Volgens art. 7.3.10 Jeugdwet kan dat.", id="law-article-with-dots"),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_dates_by_meaning(text, expected):
    assert spans(text) == expected


NUMBER_CASES = [
    case("BSN 123 456 782.", ("bsn", "123 456 782"), id="bsn-3-3-3"),
    case("bsn 1234 56 782", ("bsn", "1234 56 782"), id="bsn-4-2-3"),
    case("bsn: 123.456.782", ("bsn", "123.456.782"), id="bsn-dots"),
    case("BSN 559-963-439.", ("bsn", "559-963-439"), id="bsn-dashes-not-a-case-number"),
    case("Het BSN 123456789 staat in de brief.", ("bsn", "123456789"), id="bsn-typo-after-cue"),
    case("burgerservicenummer: 12345678", ("bsn", "12345678"), id="bsn-eight-digits-after-cue"),
    case("BSN van moeder: 12345678 staat er.", ("bsn", "12345678"), id="bsn-cue-with-words"),
    case("Het nummer 123456789 haalt de elfproef niet.", id="failing-number-without-cue"),
    case(
        "IBAN NL 91 ABNA 0417 1643 00 van oma.",
        ("iban", "NL 91 ABNA 0417 1643 00"),
        id="iban-space-after-country",
    ),
    case("rekening nl91abna0417164300.", ("iban", "nl91abna0417164300"), id="iban-lower-case"),
    case(
        "Rekening NL70  TRIO 0123 4567 89.",
        ("iban", "NL70  TRIO 0123 4567 89"),
        id="iban-double-space",
    ),
    case("Rekening NL91 ABNA 0417 1643 01 klopt niet.", id="iban-bad-checksum"),
    case("Bel de helpdesk op 088-1234567.", id="helpline-088"),
    case("Bel de Kindertelefoon op 0800-0432.", id="helpline-0800"),
    case("Bel moeder op 06-12345678.", ("phone", "06-12345678"), id="mobile"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES)
def test_numbers_by_issuer(text, expected):
    assert spans(text) == expected


CASE_NUMBER_CASES = [
    case(
        "Melding VT-ZHZ-2025-04417 is onderzocht.",
        ("case_number", "VT-ZHZ-2025-04417"),
        id="veilig-thuis-region",
    ),
    case("Ook VTU 2024/5567 is bekend.", ("case_number", "VTU 2024/5567"), id="veilig-thuis-space"),
    case(
        "De GI noteerde WSS-JR-2025-0147.", ("case_number", "WSS-JR-2025-0147"), id="gi-with-unit"
    ),
    case(
        "RvdK Haarlem 2025.318842 is afgerond.", ("case_number", "2025.318842"), id="raad-location"
    ),
    case(
        "Zaak C/13/712345 / JE RK 25-1234 liep.",
        ("case_number", "C/13/712345 / JE RK 25-1234"),
        id="court-with-je-rk",
    ),
    case("JE RK 24-1234 is de zaak.", ("case_number", "JE RK 24-1234"), id="je-rk-alone"),
    case(
        "Het OM noemde parketnummer 13/245871-25.",
        ("case_number", "13/245871-25"),
        id="parketnummer",
    ),
    case("Haar klantnummer 44-1872 staat erbij.", ("case_number", "44-1872"), id="klantnummer"),
    case("De code CL-20931 staat erbij.", ("case_number", "CL-20931"), id="client-code"),
    case("Het subsidienummer is 2024-12345.", id="subsidy-number"),
    case("De subsidie SUB-2025-0412 is toegekend.", id="subsidy-code"),
    case("Het Jeugdfonds Sport kreeg aanvraag 25-3345.", id="fund-application"),
]


@pytest.mark.parametrize(("text", "expected"), CASE_NUMBER_CASES)
def test_case_numbers_by_shape_and_cue(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [
        pytest.param(
            "Sewtahal zei het.", "name_verb", "lijkt een naam: staat voor 'zei'", id="verb"
        ),
        pytest.param(
            "We spraken mevrouw Yılmaz.",
            "name_title",
            "lijkt een naam: staat na 'mevrouw'",
            id="title",
        ),
        pytest.param(
            "Het BSN 123456789 staat er.",
            "bsn_cue",
            "staat na 'BSN': ook een verkeerd getypt nummer wijst naar een kind",
            id="bsn-cue",
        ),
        pytest.param(
            "geboren 12-03-2015",
            "date_birth_cue",
            "lijkt een geboortedatum: staat bij 'geboren' of 'geboortedatum'",
            id="birth-cue",
        ),
        pytest.param(
            "Beste Fatoumata, dank voor uw bericht.",
            "name_greeting",
            "lijkt een naam: staat na de groet 'Beste'",
            id="greeting",
        ),
        pytest.param(
            "Ik sprak R. Pinas op de gang.",
            "name_initial",
            "lijkt een naam: staat na de voorletter 'R.'",
            id="initial",
        ),
        pytest.param(
            "zijn moeder shurayla belt mij niet meer",
            "name_verb",
            "lijkt een naam: staat voor 'belt'",
            id="lower-case-before-a-verb",
        ),
        pytest.param(
            "[07:58] shaniqua: goedemorgen",
            "name_speaker",
            "lijkt een naam: schrijver van een chatbericht",
            id="chat-speaker",
        ),
    ],
)
def test_each_finding_explains_why(text, code, reason):
    (finding,) = find_identifiers(text)
    assert (finding.code, finding.reason) == (code, reason)
    assert finding.suggestion.startswith("[") and finding.suggestion.endswith("]")


def test_every_reason_code_reads_as_a_sentence():
    """Each reason code the detectors return has a Dutch text, so a form never shows a code
    such as 'name_greeting' or an unfilled '%(word)s'."""
    import re
    from pathlib import Path

    from reflections.privacy.findings import KINDS, REASONS

    source = Path(find_identifiers.__code__.co_filename).parent
    codes = {
        code
        for path in source.glob("*.py")
        for code in re.findall(
            r"""\(\s*["']((?:name|date|bsn|case)_[a-z_]+)["']\s*,""", path.read_text()
        )
    }
    codes -= set(KINDS)  # Finding(kind, ...) looks the same
    assert codes and codes <= set(REASONS), codes - set(REASONS)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(
            "Kenmerk van de Raad: RvdK Arnhem 25/429825.",
            "lijkt een dossiernummer: staat na 'RvdK Arnhem'",
            id="raad-number-names-its-issuer",
        ),
        pytest.param(
            "De Raad, locatie Zwolle 25.812850, onderzoekt.",
            "lijkt een dossiernummer: staat na 'Raad, locatie Zwolle'",
            id="raad-location-number-names-its-issuer",
        ),
    ],
)
def test_reason_fills_in_the_cue_word(text, reason):
    """The form says which word made it a case number, never an unfilled '%(word)s'."""
    (finding,) = find_identifiers(text)
    assert finding.reason == reason
