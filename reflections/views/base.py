"""What every private view shares: the `private` decorator and form rows with NL Design System
classes and ARIA links."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters


def private(view):
    """Login required, never cached, POST bodies hidden from error reports."""
    return login_required(never_cache(sensitive_post_parameters()(view)))


WIDGET_CLASSES = {
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "select": "utrecht-select utrecht-select--html-select",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "radio": "utrecht-radio-button utrecht-radio-button--html-input",
}


def _decorate(bound):
    """NL Design System classes and the ARIA links from a field to its help and error."""
    widget = bound.field.widget
    kind = getattr(widget, "input_type", None) or (
        "textarea" if widget.__class__.__name__ == "Textarea" else "select"
    )
    widget.attrs["class"] = WIDGET_CLASSES.get(kind, "utrecht-textbox utrecht-textbox--html-input")
    if kind in ("checkbox", "radio"):
        return  # described on the fieldset
    described = []
    if bound.help_text:
        described.append(f"{bound.auto_id}-hulp")
    if bound.errors:
        described.append(f"{bound.auto_id}-fout")
        widget.attrs["aria-invalid"] = "true"
    if described:
        widget.attrs["aria-describedby"] = " ".join(described)


def _filled(bound) -> bool:
    value = bound.value()
    return value not in (None, "", [], ())


def field_rows(form, names):
    """One row per field for includes/field.html and includes/step.html. ``open``: a step
    (a <details>) starts open when it must be answered, has an answer or has an error."""
    by_field = form.findings_by_field() if hasattr(form, "findings_by_field") else {}
    rows = []
    for name in names:
        bound = form[name]
        _decorate(bound)
        filled = _filled(bound)
        rows.append(
            {
                "field": bound,
                "findings": by_field.get(form.add_prefix(name), []),
                "filled": filled,
                "open": filled or bool(bound.errors) or bound.field.required,
            }
        )
    return rows


def confirm_page(
    request, *, title, intro, consequences, action_url, fields, button, cancel_url, refusal=None
):
    """ "Weet u het zeker?" before a destructive POST: what will happen, a POST button that
    sends ``confirm=1`` with ``fields``, and a way back. With a ``refusal`` there is no button,
    only the reason. The endpoint acts only on a POST that carries ``confirm=1``."""
    return render(
        request,
        "reflections/confirm.html",
        {
            "title": title,
            "intro": intro,
            "consequences": consequences,
            "action_url": action_url,
            "fields": fields,
            "button": button,
            "cancel_url": cancel_url,
            "refusal": refusal,
        },
    )


def confirmed(request) -> bool:
    """True only for the POST of a confirmation page."""
    return request.method == "POST" and request.POST.get("confirm") == "1"
