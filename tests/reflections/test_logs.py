"""Logs hold no reflection text and no personal data, and every line has the request id."""

import io
import json
import logging
import uuid

import pytest
from django.urls import reverse
from django_guid.log_filters import CorrelationId

from cms.security.logs import JsonFormatter, TextFormatter, scrub
from reflections.models import ReflectionSession
from tests.reflections.test_workspace import post_data

NAME = "Priscilla Verhoeven"
BSN = "123456782"  # passes the 11-proef, so the privacy guard must refuse it
FRAGMENTS = [NAME, "Priscilla", "Verhoeven", BSN, "stiefvader"]


@pytest.fixture
def json_lines():
    """Log records as production writes them: JSON through the configured filter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(CorrelationId(correlation_id_field="request_id"))
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


def test_a_refused_reflection_leaves_none_of_its_text_in_any_log_record(
    client, team, member, caplog, json_lines
):
    caplog.set_level(logging.DEBUG)  # every logger, every level
    client.force_login(member)
    text = f"{NAME} (BSN {BSN}) vertelde dat haar stiefvader boos werd."
    url = reverse("reflections:session_create", args=[team.pk, "aar"])
    response = client.post(f"{url}?naam={NAME.replace(' ', '+')}", post_data(what_happened=text))
    assert response.status_code == 200 and not ReflectionSession.objects.exists()
    assert BSN in response.content.decode(), "the guard shows the writer what it refused"
    client.get(f"/zoeken/team/?q={NAME.replace(' ', '+')}")
    client.get(f"/reflecties/bestaat-niet/?q={NAME.replace(' ', '+')}")  # a 404 is logged

    assert caplog.records, "Django logs at least the 404"
    for record in caplog.records:
        for fragment in FRAGMENTS:
            assert fragment not in record.getMessage() + repr(record.args), record.name
        assert member.username not in record.getMessage(), record.name
    for line in json_lines():
        assert not any(fragment in json.dumps(line) for fragment in FRAGMENTS), line
        assert member.username not in json.dumps(line) and "127.0.0.1" not in json.dumps(line)


def test_every_json_log_line_of_a_request_has_its_request_id(client, site_tree, json_lines):
    response = client.get("/bestaat-niet/?q=Jansen")
    lines = [line for line in json_lines() if line["logger"] == "django.request"]
    assert lines, "Django logs the 404"
    assert {line["request_id"] for line in lines} == {response["X-Request-ID"]}
    assert set(lines[0]) <= {"timestamp", "level", "logger", "message", "request_id", "status_code"}
    assert "Jansen" not in json.dumps(lines)


def test_a_sane_incoming_request_id_is_kept_and_anything_else_replaced(client, site_tree):
    incoming = uuid.uuid4().hex
    assert client.get("/bestaat-niet/", HTTP_X_REQUEST_ID=incoming)["X-Request-ID"] == incoming
    replaced = client.get("/bestaat-niet/", HTTP_X_REQUEST_ID="<script>Jansen</script>")
    assert uuid.UUID(replaced["X-Request-ID"]) and "Jansen" not in replaced["X-Request-ID"]


@pytest.mark.parametrize("formatter", [JsonFormatter(), TextFormatter("%(message)s")])
def test_query_strings_are_cut_from_every_logged_path(formatter):
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /zoeken/team/?q=Priscilla+Verhoeven&page=2 HTTP/1.1", "200", "512"),
        None,
    )
    output = formatter.format(record)
    assert "Priscilla" not in output and "page=2" not in output
    assert "/zoeken/team/?…" in output


def test_scrub_leaves_ordinary_questions_alone():
    assert scrub("Is dit een vraag? Ja.") == "Is dit een vraag? Ja."
    assert scrub("Not Found: /reflecties/?tekst=geheim") == "Not Found: /reflecties/?…"
