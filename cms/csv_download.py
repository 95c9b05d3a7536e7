"""The one CSV writer behind every download (pilots, research, a team's reflections).

Every file is written for Dutch Excel, which is what the professionals open it with: UTF-8
with a byte-order mark (without it Excel reads Windows-1252 and shows "CoÃ¶rdinator") and
`;` between the cells (Excel in a Dutch locale uses the comma as the decimal sign, so it
splits a comma-separated file only on `;`). Python's csv module reads it back with
`delimiter=";"` and `encoding="utf-8-sig"`. No download on the site is promised as
comma-separated open data, so there is one format and no switch (docs/learning.md).

Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return
before one) as a formula: CSV injection. Such a cell gets a leading apostrophe, which the
spreadsheet shows as text. The file opens with a byte-order mark so that Excel reads UTF-8.

Our own few lines rather than defusedcsv: that library also rewrites every | inside such a
cell (to \\|), changing data such as JSON answers, and (in the source we read) leaves a
leading tab or carriage return alone.
"""

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPE = "text/csv; charset=utf-8"
DELIMITER = ";"
BOM = "\ufeff"


def safe_cell(value) -> str:
    """The cell as text, never a formula (None is an empty cell)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(columns: Sequence[str], rows: Iterable[Mapping]) -> str:
    """A header row of `columns`, then one row per mapping (keys: exactly the columns)."""
    buffer = io.StringIO()
    buffer.write(BOM)  # so that spreadsheet programs read UTF-8
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=DELIMITER)
    writer.writerow({column: safe_cell(column) for column in columns})
    for row in rows:
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return buffer.getvalue()


def csv_response(filename: str, columns: Sequence[str], rows: Iterable[Mapping]) -> HttpResponse:
    response = HttpResponse(csv_text(columns, rows), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
