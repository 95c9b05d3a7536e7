"""Factories for the learning room."""

import datetime as dt

import factory

from cms.models import Principle, Theme
from learning.models import (
    PilotPage,
    PilotRegistryPage,
    ResearchAuthor,
    ResearchIndexPage,
    ResearchSummaryPage,
)
from tests.factories import SiteTreePageFactory


def learning_site():
    """Registry and research index as `setup_site` makes them (made here when missing)."""
    from cms.setup import ensure_site_tree
    from learning.setup import ensure_learning_site

    return ensure_learning_site(ensure_site_tree())


class PilotPageFactory(SiteTreePageFactory):
    """A pilot under the registry unless ``parent=`` says otherwise."""

    class Meta:
        model = PilotPage

    @classmethod
    def default_parent(cls):
        return PilotRegistryPage.objects.first() or learning_site()[0]

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


class ResearchSummaryPageFactory(SiteTreePageFactory):
    """A research summary under the research index unless ``parent=`` says otherwise."""

    class Meta:
        model = ResearchSummaryPage

    @classmethod
    def default_parent(cls):
        return ResearchIndexPage.objects.first() or learning_site()[1]

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


def tagged(page, principles=(), themes=(), level=""):
    """Give a page principles (by code), themes (by slug) and a level, then publish it."""
    page.principles.set(Principle.objects.filter(code__in=principles))
    page.themes.set(Theme.objects.filter(slug__in=themes))
    page.level = level
    return publish(page)
