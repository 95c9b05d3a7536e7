"""A team's own reflections as Markdown and CSV (downloads are recorded as reads)."""

import json

from django.utils.translation import gettext as _

from cms.csv_download import csv_text

CSV_COLUMNS = (
    "id", "datum", "methode", "fase", "deelnemers", "basisprincipes", "themas",
    "richtlijnonderdelen", "wat_gebeurde", "wat_verwacht", "dilemma", "analyse", "lessen",
    "antwoorden", "afspraken",
)  # fmt: skip


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
        for name in s.TEXT_FIELDS:
            text = getattr(s, name)
            if text:
                out += [f"### {s._meta.get_field(name).verbose_name}", "", text, ""]
        for prompt, answer in s.answer_items():
            out += [f"### {prompt.label}", "", str(answer), ""]
        actions = list(s.actions.all())
        if actions:
            out += [f"### {_('Afspraken')}", ""]
            for a in actions:
                due = f", {_('uiterlijk')} {a.due:%d-%m-%Y}" if a.due else ""
                owner = f" ({_owner(a)}{due})" if a.owner or a.due else ""
                out.append(f"- [{'x' if a.status == 'klaar' else ' '}] {a.description}{owner}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_csv(sessions) -> str:
    return csv_text(
        CSV_COLUMNS, (dict(zip(CSV_COLUMNS, _csv_row(s), strict=True)) for s in sessions)
    )


def _csv_row(s) -> list:
    return [
        s.pk,
        s.date.isoformat(),
        s.method,
        s.phase,
        ";".join(s.participant_roles),
        ";".join(_principles(s)),
        ";".join(_themes(s)),
        ";".join(_links(s)),
        s.what_happened,
        s.what_expected,
        s.dilemma,
        s.analysis,
        s.lessons,
        json.dumps(s.answers, ensure_ascii=False, sort_keys=True),
        json.dumps(
            [
                {
                    "afspraak": a.description,
                    "wie": _owner(a),
                    "uiterlijk": a.due.isoformat() if a.due else "",
                    "status": a.status,
                }
                for a in s.actions.all()
            ],
            ensure_ascii=False,
        ),
    ]
