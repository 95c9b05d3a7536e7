"""Factories for the learning room."""

import datetime as dt

import factory
import wagtail_factories

from learning.models import PilotPage, ResearchAuthor, ResearchSummaryPage


class PilotPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PilotPage

    title = factory.Sequence(lambda n: f"Pilot {n}")
    kind = PilotPage.Kind.PILOT
    summary = "Een korte samenvatting van de pilot."
    problem = "Gezinnen krijgen te veel hulpverleners."
    aim = "Eén vast gezicht voor elk gezin."
    lead_organisation = "Gemeente Voorbeeld"
    contact_email = "pilot@example.org"
    status = PilotPage.Status.RUNNING
    planned_start = dt.date(2024, 1, 1)
    actual_start = dt.date(2024, 2, 1)


class ResearchSummaryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResearchSummaryPage

    title = factory.Sequence(lambda n: f"Studie {n}")
    plain_title = factory.Sequence(lambda n: f"Wat we leerden {n}")
    summary = "Demo-samenvatting van een studie."
    authors = factory.LazyFunction(
        lambda: [ResearchAuthor(name="Jansen, A."), ResearchAuthor(name="de Vries, B.")]
    )
    organisation = "Onderzoeksbureau Voorbeeld"
    publication_date = dt.date(2025, 3, 1)
    doi = factory.Sequence(lambda n: f"10.5555/tsk-test-{n:03d}")
    study_design = "Kwalitatief"
    key_findings = "Professionals voelen zich gesteund."


def publish(page, user=None):
    """Save a revision and publish it, as the Publish button does."""
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    page.refresh_from_db()
    return page
