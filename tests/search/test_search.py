import pytest

from search.service import Params, search


def titles(q, **filters):
    return [h.title for h in search(Params(q=q, filters=filters)).hits]


def test_stemming_and_accents(corpus):
    assert titles("OTS beëindigen")[0] == "Leidraad ondertoezichtstelling — Een OTS beëindigen"
    assert "Leidraad ondertoezichtstelling — Een OTS beëindigen" in titles("beeindiging")


@pytest.mark.parametrize(
    ("word", "same", "other"),
    [
        ("gezin", "gezinnen", "zin"),
        ("geweld", "geweld", "wel"),
        ("gemeente", "gemeenten", "menen"),
        ("gegevens", "gegevens", "geven"),
    ],
)
def test_a_leading_ge_is_kept_so_core_words_stay_apart(word, same, other):
    from search.analysis import stem

    assert stem(word) == stem(same)
    assert stem(word) != stem(other)


def test_abbreviation_finds_the_full_term_and_back(corpus):
    assert "Leidraad ondertoezichtstelling — Een OTS beëindigen" in titles(
        "ondertoezichtstelling beeindigen"
    )
    # "VT" is not in the example text, "Veilig Thuis" is.
    assert "Advies vragen bij Veilig Thuis" in titles("VT advies")
    assert "Advies vragen bij Veilig Thuis" in titles("AMHK advies")


def test_compound_query_finds_its_parts(corpus):
    assert titles("netwerkoverleggen")[0] == "Werken met het netwerk — Overleg met het netwerk"
    assert "Leidraad ondertoezichtstelling — Een OTS beëindigen" in titles("veiligheidsplannen")


def test_typo_is_corrected_and_suggested(corpus):
    results = search(Params(q="jeugdbeschremer"))
    assert results.count >= 1
    assert results.suggestion == "jeugdbeschermer"


def test_no_suggestion_for_correct_words(corpus):
    assert search(Params(q="jeugdbeschermer")).suggestion == ""


def test_distractor_not_found_for_field_words(corpus):
    assert "Verkeersveiligheid rond scholen" not in titles("veiligheidsplan ouders")


def test_section_hits_land_on_the_anchor(corpus):
    hit = search(Params(q="OTS beëindigen")).hits[0]
    assert hit.url.endswith("#ots-beeindigen")
    assert "<mark>" in hit.snippet


def test_editing_a_glossary_term_changes_results(corpus, glossary):
    assert titles("zorgmelding") == []
    term = glossary["vt"]
    term.variants = term.variants + ", zorgmelding"
    term.save()
    assert "Advies vragen bij Veilig Thuis" in titles("zorgmelding")


def test_multiword_synonym_raad(corpus):
    from .conftest import inspiration

    inspiration("Samen met de RvdK", summary="Onderzoek door de RvdK naar een gezin.")
    assert "Samen met de RvdK" in titles("Raad voor de Kinderbescherming onderzoek")


def test_facets_count_and_filter(corpus):
    results = search(Params(q="veiligheid"))
    assert results.facets["type"]
    filtered = search(Params(q="veiligheid", filters={"level": ["lokaal"]}))
    assert filtered.count <= results.count
    assert all(h.type for h in filtered.hits)
    assert set(filtered.facets["level"]) == {"lokaal"}


def test_filter_without_query_lists_documents(corpus):
    results = search(Params(q="", filters={"region": ["utrecht"]}))
    assert [h.title for h in results.hits] == ["Werken met het netwerk — Overleg met het netwerk"]


def test_unknown_facet_value_gives_no_results_not_an_error(corpus):
    assert search(Params(q="netwerk", filters={"theme": ["bestaat-niet"]})).count == 0


def test_paging(corpus):
    from .conftest import inspiration

    for n in range(12):
        inspiration(f"Voorbeeld pleegzorg {n}", summary="Pleegzorg in de praktijk.")
    first = search(Params(q="pleegzorg", page=1))
    second = search(Params(q="pleegzorg", page=2))
    assert first.count == second.count == 12
    assert len(first.hits) == 10 and len(second.hits) == 2
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}
    beyond = search(Params(q="pleegzorg", page=99))
    assert beyond.count == 12 and beyond.hits == []


@pytest.mark.parametrize("q", ["OTS", "ots", "Ots"])
def test_abbreviations_in_any_case(corpus, q):
    assert "Leidraad ondertoezichtstelling — Een OTS beëindigen" in titles(q)
