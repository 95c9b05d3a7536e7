"""Factories for the shared vocabulary and the knowledge pages; rooms add their own."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from cms.blocks import SectionBlock
from cms.models import (
    GlossaryTerm,
    GuidancePage,
    InspirationPage,
    KnowledgeIndexPage,
    Pillar,
    Principle,
    Theme,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("geheim-wachtwoord-123")


class PillarFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pillar
        django_get_or_create = ("code",)

    code = "T"
    name = "Testpijler"
    slug = "testpijler"


class PrincipleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Principle
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n}")
    pillar = factory.SubFactory(PillarFactory)
    title = factory.Sequence(lambda n: f"Testprincipe {n}")
    explanation = "Uitleg van een testprincipe."


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testthema {n}")
    slug = factory.Sequence(lambda n: f"testthema-{n}")


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("slug",)

    term = factory.Sequence(lambda n: f"Begrip {n}")
    slug = factory.LazyAttribute(lambda t: t.term.lower().replace(" ", "-"))
    explanation = "Een uitleg in gewone taal."


def section(title="Directe veiligheid", anchor="directe-veiligheid", body="Tekst.", **extra):
    """A section's raw value, for StreamField data written out by hand."""
    return {"title": title, "anchor": anchor, "body": body, "principles": [], "themes": [], **extra}


class SectionBlockFactory(wagtail_factories.StructBlockFactory):
    """A guidance section; ``sections__0__section__title="..."`` sets one in a page factory."""

    class Meta:
        model = SectionBlock

    title = "Directe veiligheid"
    anchor = factory.LazyAttribute(lambda o: slugify(o.title))
    body = "Tekst."


class SiteTreePageFactory(wagtail_factories.PageFactory):
    """A page factory that, without ``parent=``, creates under the page where it belongs in
    the site tree that ``setup_site`` makes (creating that tree when a test has none yet)."""

    class Meta:
        abstract = True

    @classmethod
    def default_parent(cls):  # pragma: no cover - each subclass names its own
        raise NotImplementedError

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.get("parent") is None:
            kwargs["parent"] = cls.default_parent()
        return super()._create(model_class, *args, **kwargs)


def publish(page, **fields):
    """Publish a new revision of a guidance page with ``fields`` changed, as an editor would;
    returns the page as stored."""
    page = page.get_latest_revision_as_object() if page.latest_revision_id else page
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def knowledge_base() -> KnowledgeIndexPage:
    from cms.setup import ensure_site_tree

    return (
        KnowledgeIndexPage.objects.first()
        or ensure_site_tree()
        and KnowledgeIndexPage.objects.get()
    )


class GuidancePageFactory(SiteTreePageFactory):
    class Meta:
        model = GuidancePage

    title = factory.Sequence(lambda n: f"Richtlijn {n}")
    kind = GuidancePage.Kind.GUIDE
    summary = "Korte samenvatting."
    sections = wagtail_factories.StreamFieldFactory(
        {"section": factory.SubFactory(SectionBlockFactory)}
    )
    sections__0 = "section"  # one section with the factory's defaults

    @classmethod
    def default_parent(cls):
        return knowledge_base()


class InspirationPageFactory(SiteTreePageFactory):
    class Meta:
        model = InspirationPage

    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    summary = "Een voorbeeld uit de praktijk."
    situation = "De situatie."
    approach = "De aanpak."

    @classmethod
    def default_parent(cls):
        return knowledge_base()


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app with a random key (django-otp's own default)."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(UserFactory)
    name = "Test-app"
    confirmed = True


def current_code(device) -> str:
    """The code the person's app shows now, computed from the device key as the app does."""
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def login_with_second_factor(client, user):
    """Log in as someone who passed both steps (password and a verified device)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDeviceFactory(user=user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
