"""Form-side use of the privacy guard: findings per field, shown in place, never stored.

The detector itself is reflections.privacy.find_identifiers; this module only applies it to
fields and turns findings into something a form can show. Texts are never logged here.
"""

from dataclasses import dataclass

from django.views.decorators.debug import sensitive_variables

from .privacy import find_identifiers, label_for, suggestion_for

CONTEXT = 30  # characters shown either side of a finding


class PrivacyError(ValueError):
    """Raised when something tries to save text the guard flags. Carries no text."""

    def __init__(self, fields):
        self.fields = sorted(set(fields))
        super().__init__(f"privacy guard refused fields: {', '.join(self.fields)}")


@dataclass(frozen=True)
class ShownFinding:
    field: str  # form field name
    field_label: str
    kind: str
    kind_label: str
    start: int
    end: int
    text: str
    before: str
    after: str
    suggestion: str
    reason: str  # why it was flagged, e.g. "lijkt een naam: staat voor 'zei'"

    @property
    def position(self):
        # 1-based, inclusive: what a person counts
        return (self.start + 1, self.end)


@sensitive_variables()
def scan(text: str):
    """The guard as every Django-side caller uses it: with the editors' allow-list."""
    from .allowlist import allowed_terms  # models module; imported late, not at app loading

    return find_identifiers(text or "", allowed=allowed_terms())


@sensitive_variables()
def findings_for(field: str, field_label: str, text: str) -> list[ShownFinding]:
    shown = []
    for f in scan(text):
        before = text[max(0, f.start - CONTEXT) : f.start]
        after = text[f.end : f.end + CONTEXT]
        shown.append(
            ShownFinding(
                field=field,
                field_label=str(field_label),
                kind=f.kind,
                kind_label=label_for(f.kind),
                start=f.start,
                end=f.end,
                text=f.text,
                before=("…" if f.start > CONTEXT else "") + before,
                after=after + ("…" if f.end + CONTEXT < len(text) else ""),
                suggestion=getattr(f, "suggestion", None) or suggestion_for(f.kind),
                reason=f.reason,
            )
        )
    return shown


@sensitive_variables()
def assert_clean(texts) -> None:
    """Refuse (raise PrivacyError naming fields only) if any (field, text) has a finding."""
    bad = [name for name, text in texts if text and scan(text)]
    if bad:
        raise PrivacyError(bad)
