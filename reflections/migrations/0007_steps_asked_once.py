"""A step that asks what a field of the session asks is stored in that field (asked once on the
form, see reflections/methods.py): move older answers of those steps there. Nothing is lost:
when the field already holds another text, the step's answer is added after it."""

from django.db import migrations

# method -> {prompt key: session field}, as in reflections/methods.py on this migration's day
# (vrij's one prompt "Reflectie" was dropped: it asked what "Wat gebeurde er?" asks).
ASKED_ONCE = {
    "gibbs": {"beschrijving": "what_happened", "analyse": "analysis", "conclusie": "lessons"},
    "kolb": {"ervaring": "what_happened", "begrip": "lessons"},
    "alact": {"handelen": "what_happened", "bewustwording": "analysis"},
    "incident": {"incident": "what_happened", "leerpunten": "lessons"},
    "dilemma": {"vraag": "dilemma", "feiten": "what_happened"},
    "aar": {
        "bedoeling": "what_expected",
        "gebeurd": "what_happened",
        "verschil": "analysis",
        "volgende_keer": "lessons",
    },
    "vrij": {"reflectie": "what_happened"},
}


def merge(current: str, answer: str) -> str:
    if not current.strip():
        return answer
    if current.strip() == answer.strip():
        return current
    return f"{current}\n\n{answer}"


def move_answers(apps, schema_editor):
    Session = apps.get_model("reflections", "ReflectionSession")
    for session in Session.objects.filter(method__in=ASKED_ONCE).iterator():
        if not isinstance(session.answers, dict):
            continue
        changed = []
        for key, field in ASKED_ONCE[session.method].items():
            if key not in session.answers:
                continue
            answer = session.answers.pop(key)
            if answer not in (None, ""):
                setattr(session, field, merge(getattr(session, field), str(answer)))
                changed.append(field)
            changed.append("answers")
        if changed:
            # The historical model has no privacy guard; these texts passed it when saved.
            session.save(update_fields=sorted(set(changed)))


class Migration(migrations.Migration):
    dependencies = [("reflections", "0006_text_lengths")]

    # Backwards nothing is undone: every answer stays readable in its field.
    operations = [migrations.RunPython(move_answers, migrations.RunPython.noop)]
