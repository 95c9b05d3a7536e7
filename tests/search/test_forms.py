"""search/forms.py: the search query parsed by a Django form, lenient for the page and strict
for the API; what comes out is the Params the backends take."""

import pytest
from django.http import QueryDict

from cms.validation import InvalidParameter
from search.forms import MAX_FILTER_VALUES, SearchForm
from search.service import MAX_PAGE, Params

pytestmark = pytest.mark.django_db


def params(query: str, **kwargs) -> Params:
    return SearchForm(QueryDict(query), **kwargs).params()


def test_no_query_is_an_empty_search():
    assert params("") == Params(q="", filters={}, page=1)


def test_a_repeated_filter_keeps_each_value_once_in_order():
    got = params("q=netwerk&theme=b&theme=a&theme=b&level=%20lokaal%20")
    assert got.filters == {"theme": ["b", "a"], "level": ["lokaal"]}


def test_the_page_drops_malformed_values_and_stops_at_the_limit():
    many = "&".join(f"theme=t{n}" for n in range(MAX_FILTER_VALUES + 5))
    got = params(f"{many}&region={'x' * 141}&type=%27%3B+DROP&year=")
    assert got.filters == {"theme": [f"t{n}" for n in range(MAX_FILTER_VALUES)]}


@pytest.mark.parametrize(
    ("page", "expected"),
    [("", 1), ("abc", 1), ("0", 1), ("-3", 1), ("7", 7), (" 2 ", 2), ("99999", MAX_PAGE)],
)
def test_the_page_number_is_lenient(page, expected):
    assert params(f"q=a&page={page}").page == expected


def test_a_repeated_q_or_page_uses_the_last_value():
    got = params("q=eerste&q=tweede&page=3&page=4")
    assert (got.q, got.page) == ("tweede", 4)


@pytest.mark.parametrize(
    ("query", "name", "reason"),
    [
        ("type=bestaat-niet", "type", "kent de waarde 'bestaat-niet' niet"),
        ("type=", "type", "kent de waarde '' niet"),
        ("principle=ZZ9", "principle", "onbekend basisprincipe: 'ZZ9'"),
        ("theme=veiligheid&theme=nee", "theme", "onbekend thema: 'nee'"),
        ("year=1800", "year", "tussen 1900 en 2100"),
        (f"region={'x' * 141}", "region", "onbekend regio"),
    ],
)
def test_strict_names_the_first_unknown_value(query, name, reason):
    params(query)  # the page: no error
    with pytest.raises(InvalidParameter) as exc:
        params(query, strict=True)
    assert exc.value.name == name and reason in exc.value.reason


def test_strict_accepts_known_values():
    got = params("q=netwerk&theme=veiligheid&level=landelijk&year=2024", strict=True)
    assert got.filters == {"level": ["landelijk"], "theme": ["veiligheid"], "year": ["2024"]}


def test_strict_names_the_vocabulary_before_type_and_year():
    with pytest.raises(InvalidParameter) as exc:
        params("type=nee&year=1&region=nergens&level=nee", strict=True)
    assert exc.value.name == "level"
