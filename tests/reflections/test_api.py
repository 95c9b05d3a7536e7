import json

import pytest


def post(client, body, content_type="application/json"):
    return client.post("/api/privacy/check", body, content_type=content_type)


def test_privacy_check_returns_findings_with_suggestions(client, db):
    text = "De moeder van Sanne gaf BSN 111222333."
    response = post(client, json.dumps({"text": text}))
    assert response.status_code == 200
    findings = response.json()["findings"]
    kinds = {f["kind"]: f for f in findings}
    assert {"name", "bsn"} <= set(kinds)
    bsn = kinds["bsn"]
    assert text[bsn["start"] : bsn["end"]] == bsn["text"] == "111222333"
    assert bsn["suggestion"] == "[BSN]"


def test_clean_text_has_no_findings(client, db):
    response = post(client, json.dumps({"text": "Het plan was op tijd klaar."}))
    assert response.json() == {"findings": []}


@pytest.mark.parametrize(
    "body",
    [
        "niet json",
        json.dumps([1, 2]),
        json.dumps({"tekst": "x"}),
        json.dumps({"text": 5}),
        json.dumps({"text": "a" * 100_001}),
    ],
)
def test_bad_input_gets_400_with_a_reason(client, db, body):
    response = post(client, body)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_the_endpoint_is_in_the_openapi_schema(client, db):
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/privacy/check"]["post"]
    assert "text" in json.dumps(operation["requestBody"])
