"""A team's own reflections as Markdown and CSV (downloads are recorded as reads)."""

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from cms.csv_download import csv_text
from cms.site_url import absolute_url

from .methods import METHODS, Method, Prompt, get_method
from .models import ReflectionSession


def _principles(s):
    return [p.code for p in s.principles.all()]


def _themes(s):
    return [t.slug for t in s.themes.all()]


def _links(s):
    return [lk.url for lk in s.guidance_links.all()]


def _owner(a):
    return (a.owner.get_full_name() or a.owner.username) if a.owner else ""


def to_markdown(team, sessions) -> str:
    out = [f"# {_('Reflecties van')} {team.name}", ""]
    for s in sessions:
        out += [f"## {s.date:%d-%m-%Y} · {s.get_method_display()}", ""]
        out.append(f"- {_('Fase')}: {s.get_phase_display()}")
        if s.participant_roles:
            out.append(f"- {_('Deelnemers')}: {', '.join(s.participant_role_labels())}")
        if s.principles.all():
            out.append(f"- {_('Basisprincipes')}: {', '.join(_principles(s))}")
        if s.themes.all():
            out.append(f"- {_('Thema’s')}: {', '.join(_themes(s))}")
        out.append("")
        # As on the detail page: the steps, then the texts no step asks.
        for prompt, answer in s.answer_items():
            out += [f"### {prompt.label}", "", str(answer), ""]
        for label, text in s.other_texts():
            out += [f"### {label}", "", text, ""]
        actions = list(s.actions.all())
        if actions:
            out += [f"### {_('Afspraken')}", ""]
            for a in actions:
                due = f", {_('uiterlijk')} {a.due:%d-%m-%Y}" if a.due else ""
                owner = f" ({_owner(a)}{due})" if a.owner or a.due else ""
                out.append(f"- [{'x' if a.status == 'klaar' else ' '}] {a.description}{owner}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- CSV, for Dutch Excel (cms/csv_download.py: BOM, `;`, no formulas) -------------------


def _csv_columns() -> list[tuple[str, str]]:
    """(key, header) of the fixed columns, headers as a reader sees them."""
    field = ReflectionSession._meta.get_field
    return [
        ("id", _("Nummer")),
        ("date", _("Datum")),
        ("method", _("Methode")),
        ("phase", _("Fase")),
        ("roles", _("Deelnemers")),
        ("principles", _("Basisprincipes")),
        ("themes", _("Thema’s")),
        ("links", _("Richtlijnonderdelen")),
        *((name, capfirst(field(name).verbose_name)) for name in ReflectionSession.TEXT_FIELDS),
    ]


def _prompt_columns(sessions) -> list[tuple[Method, Prompt]]:
    """The prompts of every method in the export: methods in the order of `METHODS`, the
    prompts of each in its own order. A team may have used several methods. A step asked by
    a field of the session has no column: its answer is in that field's column."""
    used = {s.method for s in sessions}
    return [(m, p) for m in METHODS if m.code in used for p in m.own_prompts]


def _prompt_header(method: Method, prompt: Prompt) -> str:
    return f"{method.label}: {prompt.label}"


def _answers(s) -> dict:
    return s.answers if isinstance(s.answers, dict) else {}


def _other_answers(s) -> str:
    """Answers to no prompt of the session's method (an old or unknown method): kept, as
    `key: answer` lines, so the export loses nothing."""
    method = get_method(s.method)
    known = {p.key for p in method.own_prompts} if method else set()
    return "\n".join(
        f"{key}: {value}"
        for key, value in sorted(_answers(s).items())
        if key not in known and value not in (None, "")
    )


def _action_line(a) -> str:
    details = [d for d in (_owner(a), f"{_('uiterlijk')} {a.due:%d-%m-%Y}" if a.due else "") if d]
    details.append(str(a.get_status_display()))
    return f"{a.description} ({', '.join(details)})"


def to_csv(sessions) -> str:
    """One row per reflection, one column per prompt of the methods used, readable labels."""
    sessions = list(sessions)
    fixed = _csv_columns()
    prompts = _prompt_columns(sessions)
    others = any(_other_answers(s) for s in sessions)
    headers = [str(h) for _k, h in fixed] + [_prompt_header(m, p) for m, p in prompts]
    headers += [str(_("Andere antwoorden"))] * others + [str(_("Afspraken"))]
    rows = []
    for s in sessions:
        values = [_csv_value(s, key) for key, _h in fixed]
        answers = _answers(s)
        values += [answers.get(p.key) if m.code == s.method else "" for m, p in prompts]
        values += [_other_answers(s)] * others
        values.append("\n".join(_action_line(a) for a in s.actions.all()))
        rows.append(dict(zip(headers, values, strict=True)))
    return csv_text(headers, rows)


def _csv_value(s, key: str):
    if key == "id":
        return s.pk
    if key == "date":
        return f"{s.date:%d-%m-%Y}"
    if key == "method":
        return s.get_method_display()
    if key == "phase":
        return s.get_phase_display()
    if key == "roles":
        return "; ".join(s.participant_role_labels())
    if key == "principles":
        return "; ".join(str(p) for p in s.principles.all())
    if key == "themes":
        return "; ".join(t.name for t in s.themes.all())
    if key == "links":
        return "\n".join(f"{lk.label} ({absolute_url(lk.url)})" for lk in s.guidance_links.all())
    return getattr(s, key)
