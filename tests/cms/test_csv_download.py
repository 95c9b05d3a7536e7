"""The one CSV writer: no cell a spreadsheet would run as a formula, UTF-8 that Excel reads."""

import csv
import io

import pytest

from cms.csv_download import csv_response, csv_text, safe_cell

#: What spreadsheet programs read as the start of a formula (tab and CR: before one).
FORMULA_CELLS = ["=SUM(A1)", "+31 6", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", FORMULA_CELLS)
def test_a_cell_that_starts_a_formula_gets_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    ("value", "cell"), [("Gewoon", "Gewoon"), ("a=b", "a=b"), (None, ""), (12, "12"), ("", "")]
)
def test_other_cells_stay_as_they_are(value, cell):
    assert safe_cell(value) == cell


def read(text: str, delimiter: str = ";") -> list[dict]:
    """As a reader of the downloads would: `;` between cells, UTF-8 with a byte-order mark."""
    raw = io.BytesIO(text.encode("utf-8"))
    return list(csv.DictReader(io.TextIOWrapper(raw, "utf-8-sig", newline=""), delimiter=delimiter))


def test_csv_text_is_for_dutch_excel_bom_semicolons_and_safe_rows():
    text = csv_text(
        ["naam", "formule", "lijst"],
        [{"naam": "Coördinator", "formule": "=1+1", "lijst": "a; b, c"}],
    )
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbfnaam;formule;lijst\r\n")
    assert read(text) == [{"naam": "Coördinator", "formule": "'=1+1", "lijst": "a; b, c"}]
    assert text.split("\r\n")[1] == 'Coördinator;\'=1+1;"a; b, c"'  # a ; in a cell is quoted


def test_a_header_that_starts_a_formula_gets_an_apostrophe_too():
    text = csv_text(["=kop"], [{"=kop": "x"}])
    assert text.removeprefix("\ufeff").startswith("'=kop\r\n")


def test_a_row_with_a_column_that_is_not_in_the_header_is_refused():
    with pytest.raises(ValueError, match="extra"):
        csv_text(["naam"], [{"naam": "x", "extra": "y"}])


def test_csv_response_is_an_attachment_in_utf8():
    response = csv_response("lijst.csv", ["a"], [{"a": "@x"}])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lijst.csv"'
    assert response.content == b"\xef\xbb\xbfa\r\n'@x\r\n"
