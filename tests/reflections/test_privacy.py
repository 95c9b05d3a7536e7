"""Tests for the reflection privacy guard (pure Python, no database)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reflections.privacy import (
    KINDS,
    LABELS,
    SUGGESTIONS,
    Finding,
    find_identifiers,
    label_for,
    suggestion_for,
)
from reflections.privacy.checksums import is_bsn, is_iban
from tests.reflections.span_cases import case, spans

ROOT = Path(__file__).resolve().parents[2]


# --- API ---------------------------------------------------------------------------------


def test_finding_api_and_labels():
    f = Finding("name", 0, 5, "Sanne")
    assert f.suggestion == "[naam]" and f.label == "naam"
    assert suggestion_for("bsn") == "[BSN]" and label_for("bsn") == "BSN"
    assert suggestion_for("address") == "[adres]"
    assert suggestion_for("phone") == "[telefoonnummer]"
    assert suggestion_for("school") == "[school]"
    assert suggestion_for("date_of_birth") == "[geboortedatum]"
    assert set(KINDS) == set(LABELS) == set(SUGGESTIONS)
    with pytest.raises(AttributeError):
        f.kind = "bsn"  # frozen


def test_offsets_sorted_and_non_overlapping():
    text = (
        "Sanne de Vries (8 jaar) woont op de Kerkstraat 12, 3511 AB Utrecht. Bel 06-12345678 "
        "of mail sanne@example.nl. BSN 123456782, dossier 2022-11873, geboren 12-03-2015."
    )
    found = find_identifiers(text)
    assert [(f.kind, f.text) for f in found] == [
        ("name", "Sanne de Vries"), ("address", "Kerkstraat 12"), ("postcode", "3511 AB"),
        ("phone", "06-12345678"), ("email", "sanne@example.nl"), ("bsn", "123456782"),
        ("case_number", "2022-11873"), ("date_of_birth", "12-03-2015"),
    ]  # fmt: skip
    assert all(text[f.start : f.end] == f.text for f in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert find_identifiers("") == []


# --- per detector: one case per test id, the complete list of exact spans -----------------


def test_bsn_eleven_test():
    assert is_bsn("123456782") and not is_bsn("123456789") and not is_bsn("000000000")


def test_iban_mod97():
    assert is_iban("NL91 ABNA 0417 1643 00") and is_iban("NL44RABO0123456789")
    assert not is_iban("NL91 ABNA 0417 1643 01") and not is_iban("NL02RABO0123456789")


def _in_sentence(template: str, kind: str, values: tuple[str, ...], prefix: str):
    return [case(template.format(v), (kind, v), id=f"{prefix}-{v}") for v in values]


DETECTOR_CASES = [
    # bsn
    case("BSN 123456782.", ("bsn", "123456782"), id="bsn-plain"),
    case("bsn: 1234.56.782", ("bsn", "1234.56.782"), id="bsn-dotted"),
    case("nummer 123 456 782 doorgegeven", ("bsn", "123 456 782"), id="bsn-spaced"),
    case("Het nummer 123456789 haalt de elfproef niet.", id="bsn-failing-eleven-test"),
    case("We hadden 3 gesprekken in 2024.", id="bsn-small-numbers"),
    # date_of_birth (CONVENTIONS.md: only with a birth cue or next to a person with age)
    case("geboren 12-03-2015", ("date_of_birth", "12-03-2015"), id="dob-geboren"),
    case("Zij is op 12 maart 2015 geboren.", ("date_of_birth", "12 maart 2015"), id="dob-words"),
    case("Hij is geboren op 3 mei en woont bij oma.", ("date_of_birth", "3 mei"), id="dob-no-year"),
    case("geboortedatum 2015-06-23", ("date_of_birth", "2015-06-23"), id="dob-iso"),
    case("Datum 3/4/2016 genoteerd.", id="date-without-birth-cue"),
    case("Datum 12-03-2015 en COVID-19.", id="date-and-covid-without-birth-cue"),
    case("Datum 3/4/2016 bij de zoon genoteerd.", ("date_of_birth", "3/4/2016"),
         id="dob-old-date-next-to-person"),
    case("In 2015 verhuisde het gezin.", id="dob-year-only"),
    case("In maart 2015 kwam de melding.", id="dob-month-year"),
    case("Op 12 maart.", id="dob-day-month-without-cue"),
    # postcode
    case("Adres: 3511 AB Utrecht", ("postcode", "3511 AB"), id="postcode-spaced"),
    case("postcode 1234AB", ("postcode", "1234AB"), id="postcode-joined"),
    case("In 2024 en 2025.", id="postcode-years"),
    case("Sinds 2023 VT en GI samenwerken.", id="postcode-year-and-abbreviations"),
    case("Code 1234 SS", id="postcode-forbidden-letters"),
    # address
    *_in_sentence("Het gezin woont aan de {} sinds vorig jaar.", "address", (
        "Kerkstraat 12", "Laan van Meerdervoort 112a", "Burgemeester de Withstraat 4",
        "Oudegracht 231", "Hoofdweg 120-3",
    ), "address"),
    case("Stap 3 van het veiligheidsplan en fase 2 van Kolb.", id="address-steps-and-phases"),
    case("We liepen over de Kerkstraat naar het wijkteam.", id="address-street-without-number"),
    # phone
    *_in_sentence("Bel moeder op {} vandaag.", "phone", (
        "06-12345678", "0612345678", "+31 6 1234 5678", "+31612345678", "030-1234567",
        "(030) 123 45 67", "0031 6 12345678", "+32 470 12 34 56",
    ), "phone"),
    case("Er waren 12345678 redenen; score 7 op 10.", id="phone-eight-digits-without-prefix"),
    # email
    case("Mail naar j.devries82@gmail.com graag.", ("email", "j.devries82@gmail.com"),
         id="email"),
    case("Stuur het @team een bericht.", id="email-mention-is-no-address"),
    # iban
    case("Rekening NL91 ABNA 0417 1643 00 van oma.", ("iban", "NL91 ABNA 0417 1643 00"),
         id="iban-spaced"),
    case("IBAN NL44RABO0123456789.", ("iban", "NL44RABO0123456789"), id="iban-joined"),
    case("Rekening NL91 ABNA 0417 1643 01 klopt niet.", id="iban-failing-mod97"),
    # case_number
    case("Zie dossier 2022-11873 voor de details.", ("case_number", "2022-11873"),
         id="case-dossier-year-number"),
    case("dossiernummer 12345 is aangevuld", ("case_number", "12345"), id="case-dossiernummer"),
    case("De melding VT-2025-0456 is doorgezet.", ("case_number", "VT-2025-0456"), id="case-vt"),
    case("kenmerk GI-2024-123", ("case_number", "GI-2024-123"), id="case-gi-kenmerk"),
    case("zaaknummer C/16/543210 bij de rechtbank", ("case_number", "C/16/543210"),
         id="case-court"),
    case("Zaaknummer RvdK 2024/0012345 is bekend.", ("case_number", "2024/0012345"),
         id="case-rvdk"),
    case("dossiernummer VT 88123 staat in het systeem", ("case_number", "88123"),
         id="case-issuer-between-cue-and-number"),
    case("Het dossier van 2022 is gesloten.", id="case-year-is-no-number"),
    case("In het dossier staan 3 notities.", id="case-count-is-no-number"),
    case("In de casus gaat 10000 euro om.", id="case-amount-is-no-number"),
    case("Dat liep van 2023-2024.", id="case-year-range-is-no-number"),
    # licence_plate
    *_in_sentence("De auto met kenteken {} stond voor de deur.", "licence_plate", (
        "12-ABC-3", "AB-123-C", "XX-99-99", "99-XX-99",
    ), "plate"),
    # school
    *_in_sentence("Het kind zit op {} in groep 5.", "school", (
        "OBS Het Kompas", "Kindcentrum De Vlinder", "basisschool De Regenboog",
        "CBS De Wegwijzer", "IKC De Horizon", "Erasmus College",
    ), "school"),
    case("Het College van B&W besloot. Hij gaat naar school.", id="school-generic-words"),
]  # fmt: skip

NAME_CASES = [
    case("In het gesprek vertelde Sanne de Vries over haar zorgen.", ("name", "Sanne de Vries"),
         id="name-full-with-particle"),
    case("Ik sprak meneer De Groot.", ("name", "De Groot"), id="name-after-meneer"),
    case("Ik sprak mevrouw Yılmaz over school.", ("name", "Yılmaz"), id="name-after-mevrouw"),
    case("Vader, Mohammed El Amrani, was boos.", ("name", "Mohammed El Amrani"),
         id="name-between-commas"),
    case("Sanne (8 jaar) tekende haar huis.", ("name", "Sanne"), id="name-with-age"),
    case("Toen kwam Jan-Willem binnen.", ("name", "Jan-Willem"), id="name-hyphenated"),
    case("Ook Fatima was er.", ("name", "Fatima"), id="name-after-ook"),
    case("Daan wil niet naar huis.", ("name", "Daan"), id="name-sentence-start"),
    case("Roos (5 jaar) tekende een zon.", ("name", "Roos"), id="name-word-name-with-age"),
    case("Moeder Amina en tante Gülsen kwamen.", ("name", "Amina"), ("name", "Gülsen"),
         id="name-after-kinship-words"),
    case("Het gesprek met De Vries en Van der Laan.", ("name", "De Vries"),
         ("name", "Van der Laan"), id="name-two-surnames"),
    case("Meneer van der Berg kwam niet.", ("name", "van der Berg"),
         id="name-keeps-infix-after-title"),
    case("We zagen Sanne op de Regenboogschool.", ("name", "Sanne"),
         ("school", "Regenboogschool"), id="name-stops-before-a-school"),
    case("Sanne op den Berg belde.", ("name", "Sanne op den Berg"), id="name-with-op-den"),
    # not names
    case("Lotus is een lesmethode die we niet gebruiken.", id="not-name-method"),
    case("Het jade beeldje viel me op.", id="not-name-jade"),
    case("Roos en hoop: dat waren de woorden van moeder.", id="not-name-roos-en-hoop"),
    case("Hoop doet leven, zei vader.", id="not-name-hoop"),
    case("Mark je zorgen duidelijk in het verslag.", id="not-name-mark-verb"),
    case("In de gemeente Ede is het team klein, in Epe groter.", id="not-name-places"),
    case("Ede heeft sinds 2023 een eigen team.", id="not-name-place-at-start"),
    case("In regio Zeeland werken 13 gemeenten samen.", id="not-name-region"),
    case("Veilig Thuis Utrecht, de William Schrikker Stichting en Samen Veilig Midden-Nederland.",
         id="not-name-organisations"),
    case("De Raad voor de Kinderbescherming en Jeugdbescherming Rotterdam Rijnmond overlegden.",
         id="not-name-raad-and-gi"),
    case("Het wijkteam Utrecht, het CJG, de GI en de RvdK bij het MDA++ en ZVH-overleg.",
         id="not-name-abbreviations"),
    case("De OTS, de VT-melding, het veiligheidsplan en de gezinsvoogd of jeugdbeschermer.",
         id="not-name-jargon"),
    case("We reflecteerden met Signs of Safety, Gibbs, Kolb, ALACT en de After Action Review.",
         id="not-name-methods-and-theorists"),
    case("Tijdens het moreel beraad spraken de moeder, vader, pleegouders, oma en de jeugdige.",
         id="not-name-roles"),
    case("Het kind had 3 gesprekken in 2024, 10 procent minder, score 7.", id="not-name-numbers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DETECTOR_CASES)
def test_detector(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_names(text, expected):
    assert spans(text) == expected


# --- evaluation set -------------------------------------------------------------------------


def _bench_module():
    path = ROOT / "bench" / "privacy_eval.py"
    spec = importlib.util.spec_from_file_location("privacy_eval_bench", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_evaluation_set_meets_targets():
    bench = _bench_module()
    rows = bench.load()
    assert len(rows) >= 100
    clean = [r for r in rows if not r["spans"]]
    assert len(clean) >= len(rows) * 0.4
    result = bench.evaluate(rows, find_identifiers)
    for kind, target in bench.TARGETS.items():
        recall = result["per_kind"][kind]["recall"]
        assert recall is not None and recall >= target, (kind, recall, result["misses"])
    assert result["false_alarm_rate"] <= bench.MAX_FALSE_ALARMS, result["false_positives"]


def test_evaluation_file_is_current():
    spec = importlib.util.spec_from_file_location(
        "privacy_build_eval", ROOT / "tests" / "fixtures" / "privacy_eval" / "build_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.records() == _bench_module().load()
    for row in module.records():
        for span in row["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(row["text"])
