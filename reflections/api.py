"""POST /api/privacy/check — the privacy guard as a JSON endpoint.

No authentication and nothing stored, so no CSRF token is needed: django-ninja checks CSRF
only for cookie-based auth, and this endpoint has none. The text is never logged or echoed
in an error. The body is parsed by hand so that bad input gets a 400 with a reason.
"""

import json

from ninja import Router, Schema, Status

from cms.api import ErrorOut
from cms.ratelimit import ClientThrottle

from .privacy import label_for, suggestion_for
from .screening import scan

router = Router(tags=["reflections"])

MAX_TEXT = 100_000


class FindingOut(Schema):
    kind: str
    label: str
    start: int
    end: int
    text: str
    suggestion: str
    reason: str


class CheckOut(Schema):
    findings: list[FindingOut]


REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
                    },
                }
            }
        },
    }
}


@router.post(
    "/privacy/check",
    response={200: CheckOut, 400: ErrorOut, 429: ErrorOut},
    openapi_extra=REQUEST_BODY,
    throttle=ClientThrottle("privacy_check"),
    summary="Controleer een tekst op gegevens die een gezin herkenbaar maken",
)
def privacy_check(request):
    try:
        payload = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return Status(400, {"detail": "De body is geen geldige JSON."})
    if not isinstance(payload, dict) or "text" not in payload:
        return Status(400, {"detail": "Stuur een JSON-object met het veld 'text'."})
    text = payload["text"]
    if not isinstance(text, str):
        return Status(400, {"detail": "Het veld 'text' moet tekst zijn."})
    if not text.strip():
        return Status(
            400, {"detail": "Het veld 'text' is leeg; stuur de tekst die u wilt controleren."}
        )
    if len(text) > MAX_TEXT:
        return Status(400, {"detail": f"De tekst is te lang (maximaal {MAX_TEXT} tekens)."})
    return Status(
        200,
        {
            "findings": [
                {
                    "kind": f.kind,
                    "label": label_for(f.kind),
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "suggestion": suggestion_for(f.kind),
                    "reason": f.reason,
                }
                for f in scan(text)
            ]
        },
    )
