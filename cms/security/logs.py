"""Log formatters that keep personal data and reflection text out of every log line.

Production writes one JSON object per line (python-json-logger); development plain text.
Both take only an allow-list of fields from a record: Django attaches the whole request to
`django.request` and `django.server` records, and a request holds the user, the client's
address, cookies and the query string. Query strings are cut from every path in a message,
because a search query or a form sent with GET can hold a name.
"""

import logging
import re

from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

# A path followed by a query string: '/zoeken/?q=Jansen' keeps '/zoeken/?…'.
_QUERY_STRING = re.compile(r"(/[^\s?#\"'<>]*)\?[^\s\"'<>]*")
FIELDS = ("timestamp", "level", "logger", "message", "request_id", "status_code", "exc_info")


def scrub(text: str) -> str:
    """The text with every query string after a path replaced by '?…'."""
    return _QUERY_STRING.sub(r"\1?…", text)


class JsonFormatter(_JsonFormatter):
    """One JSON object per line with only the fields in FIELDS."""

    def __init__(self, **kwargs):
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", True)
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(["levelname", "name", "message", "request_id"], **kwargs)

    def process_log_record(self, log_data):
        kept = {key: log_data[key] for key in FIELDS if log_data.get(key) is not None}
        for key in ("message", "exc_info"):
            if isinstance(kept.get(key), str):
                kept[key] = scrub(kept[key])
        return kept


class TextFormatter(logging.Formatter):
    """Plain text for development, scrubbed in the same way."""

    def format(self, record):
        record.request_id = getattr(record, "request_id", None) or "-"
        return scrub(super().format(record))
