import pytest

BAD_QUERIES = [
    '"', '"OTS', 'OTS"', '""', '"unbalanced quote', "*", "ots*", "NEAR(ots beeindigen)",
    "ots AND", "OR", "NOT ots", "-ots", "^ots", "title:ots", "analysed:ots", "(ots",
    "ots)", "((()))", "x" * 10_000, "ots\x00beeindigen", "\x00", "\x07\x1b[31m",
    "'; DROP TABLE search_searchdocument; --", "1' OR '1'='1", "ots' UNION SELECT 1 --",
    "<script>alert(1)</script>", "%", "_", "\\", "ots & netwerk | !veilig <-> x:*", "🙂 ots",
]  # fmt: skip


def test_api_contract(client, corpus):
    data = client.get("/api/search", {"q": "OTS beëindigen"}).json()
    assert set(data) >= {"count", "results", "facets", "suggestion"}
    first = data["results"][0]
    assert set(first) == {"title", "url", "type", "snippet", "date"}
    assert first["url"].endswith("#ots-beeindigen")
    assert first["type"] == "richtlijn"
    assert "<mark>" in first["snippet"]
    assert set(data["facets"]) >= {"type", "level", "principle", "theme", "region"}
    assert data["facets"]["type"]["richtlijn"] >= 1


def test_api_filters_and_suggestion(client, corpus):
    data = client.get("/api/search", {"q": "netwerk", "level": "lokaal"}).json()
    assert data["count"] >= 1
    assert all(r["type"] == "richtlijn" for r in data["results"])
    assert (
        client.get("/api/search", {"q": "jeugdbeschremer"}).json()["suggestion"]
        == "jeugdbeschermer"
    )


def test_api_in_openapi_schema(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/search" in paths and "/api/search/autocomplete" in paths


def test_autocomplete_titles_and_terms(client, corpus):
    data = client.get("/api/search/autocomplete", {"q": "veil"}).json()
    assert data[0]["title"] == "Veilig Thuis (VT)"
    assert all({"title", "url", "type"} == set(d) for d in data)
    assert client.get("/api/search/autocomplete", {"q": "x"}).json() == []


def _expected_count(q: str) -> int:
    """Operators and quotes are no syntax: a query finds what its plain words find."""
    if "netwerk" in q:
        return 7  # ots or netwerk or veilig
    if q == "ots\x00beeindigen":
        return 1  # the NUL is dropped: one word that only the OTS-ending section matches
    return 3 if "ots" in q.lower() else 0  # the three OTS hits, or nothing at all


@pytest.mark.parametrize("q", BAD_QUERIES)
def test_bad_queries_get_a_normal_answer(client, corpus, q):
    api = client.get("/api/search", {"q": q})
    assert api.status_code == 200
    assert api.json()["count"] == _expected_count(q)
    page = client.get("/zoeken/", {"q": q})
    assert page.status_code == 200
    assert b"<script>alert" not in page.content


@pytest.mark.parametrize("page", ["-1", "0", "abc", "99999", "1.5", "", "1e9", "\x00"])
def test_bad_page_numbers(client, corpus, page):
    # The API says what is wrong (one error shape for the JSON API); the page is lenient.
    api = client.get("/api/search", {"q": "netwerk", "page": page})
    assert api.status_code == 400 and "page" in api.json()["detail"]
    assert client.get("/zoeken/", {"q": "netwerk", "page": page}).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"type": "bestaat-niet"},
        {"level": "'; DROP"},
        {"principle": "ZZ9"},
        {"region": "x" * 500},
        {"year": "abc"},
        {"theme": ["a", "b", "veiligheid"]},
        {"onbekend": "1"},
    ],
)
def test_unknown_facet_values_are_named_by_the_api_and_ignored_by_the_page(client, corpus, params):
    response = client.get("/api/search", {"q": "netwerk", **params})
    if "onbekend" in params:  # not a filter at all: ignored
        assert response.status_code == 200
    else:
        name = next(iter(params))
        assert response.status_code == 400 and f"'{name}'" in response.json()["detail"]
    assert client.get("/zoeken/", {"q": "netwerk", **params}).status_code == 200


def test_known_facet_values_filter(client, corpus):
    response = client.get(
        "/api/search", {"q": "netwerk", "theme": "veiligheid", "level": "landelijk"}
    )
    assert response.status_code == 200


def test_search_page_without_javascript(client, corpus):
    response = client.get("/zoeken/", {"q": "OTS beëindigen"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/kennisbank/leidraad-ondertoezichtstelling/#ots-beeindigen"' in html
    assert "<mark>" in html
    assert 'type="checkbox"' in html and 'name="type" value="richtlijn"' in html
    assert '<label class="utrecht-form-label" for="zoek-q">' in html


def test_search_page_shows_suggestion(client, corpus):
    html = client.get("/zoeken/", {"q": "jeugdbeschremer"}).content.decode()
    assert "Bedoelde u" in html and "jeugdbeschermer" in html


def test_search_page_filter_checkbox_stays_checked(client, corpus):
    html = client.get("/zoeken/", {"q": "netwerk", "level": "lokaal"}).content.decode()
    assert 'name="level" value="lokaal" checked' in html


def test_search_page_folds_the_filters_and_says_how_many_are_chosen(client, corpus):
    # Folded, the filters take one line above the results on a phone.
    html = client.get("/zoeken/", {"q": "netwerk", "level": "lokaal", "type": "richtlijn"})
    html = html.content.decode()
    folded = html[html.index('<details class="search-facets">') : html.index("</details>")]
    assert 'name="level" value="lokaal" checked' in folded
    assert "(2 gekozen)" in folded[: folded.index("</summary>")]
    assert html.index("</details>") < html.index('class="search-results"')


def test_search_page_paging_links(client, corpus):
    from .conftest import inspiration

    for n in range(11):
        inspiration(f"Pleegzorg voorbeeld {n}", summary="Pleegzorg.")
    html = client.get("/zoeken/", {"q": "pleegzorg"}).content.decode()
    assert "Pagina 1 van 2" in html and 'rel="next"' in html
    html = client.get("/zoeken/", {"q": "pleegzorg", "page": "2"}).content.decode()
    assert 'rel="prev"' in html and 'start="11"' in html


def test_empty_search_page(client, db):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    assert b"resultaten-titel" not in response.content


def test_search_page_numbers_hits_from_the_pages_real_start(client, corpus, monkeypatch):
    from search import service

    from .conftest import inspiration

    monkeypatch.setattr(service, "PER_PAGE", 3)
    for n in range(7):
        inspiration(f"Pleegzorg voorbeeld {n}", summary="Pleegzorg.")
    html = client.get("/zoeken/", {"q": "pleegzorg", "page": "2", "x": ["a", "b"]})
    html = html.content.decode()
    assert 'start="4"' in html and html.count('class="search-result"') == 3
    assert "Pagina 2 van 3" in html
    assert 'href="?q=pleegzorg&amp;page=1&amp;x=a&amp;x=b"' in html  # repeated keys kept
    assert 'href="?q=pleegzorg&amp;page=3&amp;x=a&amp;x=b"' in html


def test_search_suggestion_link_is_encoded_and_starts_at_page_one(client, corpus):
    html = client.get("/zoeken/", {"q": "jeugdbeschremer", "page": "2", "x": "a&b"})
    assert 'href="?q=jeugdbeschermer&amp;x=a%26b">' in html.content.decode()
