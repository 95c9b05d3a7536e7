"""Guidance links and lessons follow the cms section reference (cms.GuidanceSectionRef):
Lesson.guidance_page is renamed to `page` (the column is renamed, every lesson keeps its
section); the other changes are verbose names only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_sections_vocabulary_chooser"),
        ("reflections", "0004_privacy_allowed_term"),
    ]

    operations = [
        migrations.RenameField("lesson", "guidance_page", "page"),
        migrations.AlterField(
            model_name="lesson",
            name="page",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="cms.guidancepage",
                verbose_name="richtlijn",
            ),
        ),
        migrations.AlterField(
            model_name="lesson",
            name="anchor",
            field=models.CharField(blank=True, max_length=80, verbose_name="anker van de sectie"),
        ),
        migrations.AlterField(
            model_name="guidancelink",
            name="page",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="cms.guidancepage",
                verbose_name="richtlijn",
            ),
        ),
        migrations.AlterField(
            model_name="guidancelink",
            name="anchor",
            field=models.CharField(max_length=80, verbose_name="anker van de sectie"),
        ),
    ]
