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

ROOT = Path(__file__).resolve().parents[2]


def kinds_in(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in find_identifiers(text):
        out.setdefault(f.kind, []).append(f.text)
    return out


def assert_finds(text: str, kind: str, expected: str) -> None:
    """Exactly this span (by its text) is found as ``kind``: no partial spans."""
    found = kinds_in(text).get(kind, [])
    assert expected in found, (kind, expected, found)


def assert_clean(text: str) -> None:
    assert find_identifiers(text) == [], [(f.kind, f.text) for f in find_identifiers(text)]


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
    assert found
    for f in found:
        assert text[f.start : f.end] == f.text
    assert [f.start for f in found] == sorted(f.start for f in found)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    assert find_identifiers("") == []


# --- per detector --------------------------------------------------------------------------


def test_bsn_eleven_test():
    assert is_bsn("123456782") and not is_bsn("123456789") and not is_bsn("000000000")
    for text, bsn in (
        ("BSN 123456782.", "123456782"),
        ("bsn: 1234.56.782", "1234.56.782"),
        ("nummer 123 456 782 doorgegeven", "123 456 782"),
    ):
        assert_finds(text, "bsn", bsn)
    assert "bsn" not in kinds_in("Het nummer 123456789 haalt de elfproef niet.")
    assert "bsn" not in kinds_in("We hadden 3 gesprekken in 2024.")


def test_date_of_birth():
    for text, date in (
        ("geboren 12-03-2015", "12-03-2015"),
        ("Zij is op 12 maart 2015 geboren.", "12 maart 2015"),
        ("Datum 3/4/2016 bij de zoon genoteerd.", "3/4/2016"),
        ("Hij is geboren op 3 mei en woont bij oma.", "3 mei"),
        ("geboortedatum 2015-06-23", "2015-06-23"),
    ):
        assert_finds(text, "date_of_birth", date)
    for text in ("In 2015 verhuisde het gezin.", "In maart 2015 kwam de melding.", "Op 12 maart."):
        assert "date_of_birth" not in kinds_in(text)


def test_postcode():
    assert_finds("Adres: 3511 AB Utrecht", "postcode", "3511 AB")
    assert_finds("postcode 1234AB", "postcode", "1234AB")
    for text in ("In 2024 en 2025.", "Sinds 2023 VT en GI samenwerken.", "Code 1234 SS"):
        assert "postcode" not in kinds_in(text)


def test_address():
    for street in (
        "Kerkstraat 12",
        "Laan van Meerdervoort 112a",
        "Burgemeester de Withstraat 4",
        "Oudegracht 231",
        "Hoofdweg 120-3",
    ):
        assert_finds(f"Het gezin woont aan de {street} sinds vorig jaar.", "address", street)
    assert "address" not in kinds_in("Stap 3 van het veiligheidsplan en fase 2 van Kolb.")
    assert "address" not in kinds_in("We liepen over de Kerkstraat naar het wijkteam.")


def test_phone():
    for number in (
        "06-12345678",
        "0612345678",
        "+31 6 1234 5678",
        "+31612345678",
        "030-1234567",
        "(030) 123 45 67",
        "0031 6 12345678",
        "+32 470 12 34 56",
    ):
        assert_finds(f"Bel moeder op {number} vandaag.", "phone", number)
    assert "phone" not in kinds_in("Er waren 12345678 redenen; score 7 op 10.")


def test_email():
    assert_finds("Mail naar j.devries82@gmail.com graag.", "email", "j.devries82@gmail.com")
    assert "email" not in kinds_in("Stuur het @team een bericht.")


def test_iban_mod97():
    assert is_iban("NL91 ABNA 0417 1643 00") and is_iban("NL44RABO0123456789")
    assert not is_iban("NL91 ABNA 0417 1643 01") and not is_iban("NL02RABO0123456789")
    assert_finds("Rekening NL91 ABNA 0417 1643 00 van oma.", "iban", "NL91 ABNA 0417 1643 00")
    assert_finds("IBAN NL44RABO0123456789.", "iban", "NL44RABO0123456789")
    assert "iban" not in kinds_in("Rekening NL91 ABNA 0417 1643 01 klopt niet.")


def test_case_number():
    for text, ident in (
        ("Zie dossier 2022-11873 voor de details.", "2022-11873"),
        ("dossiernummer 12345 is aangevuld", "12345"),
        ("De melding VT-2025-0456 is doorgezet.", "VT-2025-0456"),
        ("kenmerk GI-2024-123", "GI-2024-123"),
        ("zaaknummer C/16/543210 bij de rechtbank", "C/16/543210"),
        ("Zaaknummer RvdK 2024/0012345 is bekend.", "2024/0012345"),
        ("dossiernummer VT 88123 staat in het systeem", "88123"),
    ):
        assert_finds(text, "case_number", ident)
    assert "case_number" not in kinds_in("Het dossier van 2022 is gesloten.")
    assert "case_number" not in kinds_in("In het dossier staan 3 notities.")
    assert "case_number" not in kinds_in("In de casus gaat 10000 euro om.")
    assert "case_number" not in kinds_in("Dat liep van 2023-2024.")


def test_licence_plate():
    for plate in ("12-ABC-3", "AB-123-C", "XX-99-99", "99-XX-99"):
        assert_finds(f"De auto met kenteken {plate} stond voor de deur.", "licence_plate", plate)
    assert "licence_plate" not in kinds_in("Datum 12-03-2015 en COVID-19.")


def test_school():
    for school in (
        "OBS Het Kompas",
        "Kindcentrum De Vlinder",
        "basisschool De Regenboog",
        "CBS De Wegwijzer",
        "IKC De Horizon",
        "Erasmus College",
    ):
        assert_finds(f"Het kind zit op {school} in groep 5.", "school", school)
    assert "school" not in kinds_in("Het College van B&W besloot. Hij gaat naar school.")


def test_names():
    for text, name in (
        ("In het gesprek vertelde Sanne de Vries over haar zorgen.", "Sanne de Vries"),
        ("Ik sprak meneer De Groot.", "De Groot"),
        ("Ik sprak mevrouw Yılmaz over school.", "Yılmaz"),
        ("Vader, Mohammed El Amrani, was boos.", "Mohammed El Amrani"),
        ("Sanne (8 jaar) tekende haar huis.", "Sanne"),
        ("Toen kwam Jan-Willem binnen.", "Jan-Willem"),
        ("Ook Fatima was er.", "Fatima"),
        ("Daan wil niet naar huis.", "Daan"),
        ("Roos (5 jaar) tekende een zon.", "Roos"),
        ("Moeder Amina en tante Gülsen kwamen.", "Gülsen"),
        ("Het gesprek met De Vries en Van der Laan.", "Van der Laan"),
    ):
        assert_finds(text, "name", name)


def test_name_words_and_places_not_flagged():
    for text in (
        "Lotus is een lesmethode die we niet gebruiken.",
        "Het jade beeldje viel me op.",
        "Roos en hoop: dat waren de woorden van moeder.",
        "Hoop doet leven, zei vader.",
        "Mark je zorgen duidelijk in het verslag.",
        "In de gemeente Ede is het team klein, in Epe groter.",
        "Ede heeft sinds 2023 een eigen team.",
        "In regio Zeeland werken 13 gemeenten samen.",
    ):
        assert_clean(text)


def test_organisations_jargon_methods_roles_numbers_not_flagged():
    for text in (
        "Veilig Thuis Utrecht, de William Schrikker Stichting en Samen Veilig Midden-Nederland.",
        "De Raad voor de Kinderbescherming en Jeugdbescherming Rotterdam Rijnmond overlegden.",
        "Het wijkteam Utrecht, het CJG, de GI en de RvdK bij het MDA++ en ZVH-overleg.",
        "De OTS, de VT-melding, het veiligheidsplan en de gezinsvoogd of jeugdbeschermer.",
        "We reflecteerden met Signs of Safety, Gibbs, Kolb, ALACT en de After Action Review.",
        "Tijdens het moreel beraad spraken de moeder, vader, pleegouders, oma en de jeugdige.",
        "Het kind had 3 gesprekken in 2024, 10 procent minder, score 7.",
    ):
        assert_clean(text)


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


def test_name_span_keeps_infix_after_title_and_stops_before_a_school():
    assert kinds_in("Meneer van der Berg kwam niet.")["name"] == ["van der Berg"]
    assert kinds_in("We zagen Sanne op de Regenboogschool.")["name"] == ["Sanne"]
    assert kinds_in("Sanne op den Berg belde.")["name"] == ["Sanne op den Berg"]
