"""Reflection methods and their guided prompts. Prompt keys are stable: answers use them.

A prompt with a ``field`` asks what one of the session's own text fields asks (Gibbs'
"Beschrijving" is "Wat gebeurde er?"): the form asks it once, as that step, and the answer
is stored in that field, not in ``answers``. Migration 0007 moved older answers there.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Prompt:
    key: str
    label: str
    help: str = ""
    scale: bool = False  # a 0–10 scale instead of free text
    field: str = ""  # the ReflectionSession text field that holds this step's answer

    @property
    def title(self) -> str:
        """The label without its number: the form shows "Stap n van m" instead."""
        return re.sub(r"^\d+\.\s*", "", str(self.label))


@dataclass(frozen=True)
class Method:
    code: str
    label: str
    intro: str
    prompts: tuple[Prompt, ...] = field(default_factory=tuple)

    def prompt(self, key):
        return next((p for p in self.prompts if p.key == key), None)

    @property
    def asked_fields(self) -> tuple[str, ...]:
        """The session's text fields that a step of this method asks."""
        return tuple(p.field for p in self.prompts if p.field)

    @property
    def own_prompts(self) -> tuple[Prompt, ...]:
        """The steps whose answers live in ``answers`` (not in a field of the session)."""
        return tuple(p for p in self.prompts if not p.field)


METHODS: tuple[Method, ...] = (
    Method(
        "gibbs",
        _("Reflectiecyclus van Gibbs"),
        _("Zes stappen: van beschrijven naar een plan voor de volgende keer."),
        (
            Prompt(
                "beschrijving",
                _("1. Beschrijving"),
                _("Wat gebeurde er?"),
                field="what_happened",
            ),
            Prompt("gevoelens", _("2. Gevoelens"), _("Wat dacht en voelde u?")),
            Prompt("evaluatie", _("3. Evaluatie"), _("Wat ging goed en wat niet?")),
            Prompt(
                "analyse",
                _("4. Analyse"),
                _("Hoe komt dat? Wat helpt het te begrijpen?"),
                field="analysis",
            ),
            Prompt(
                "conclusie",
                _("5. Conclusie"),
                _("Wat had u nog meer kunnen doen?"),
                field="lessons",
            ),
            Prompt("actieplan", _("6. Actieplan"), _("Wat doet u de volgende keer?")),
        ),
    ),
    Method(
        "kolb",
        _("Leercyclus van Kolb"),
        _("Vier stappen: ervaren, terugkijken, begrijpen en uitproberen."),
        (
            Prompt(
                "ervaring",
                _("1. Concrete ervaring"),
                _("Wat hebben we gedaan?"),
                field="what_happened",
            ),
            Prompt("observatie", _("2. Reflectieve observatie"), _("Wat zagen we gebeuren?")),
            Prompt(
                "begrip",
                _("3. Abstracte begripsvorming"),
                _("Welke verklaring of regel past hierbij?"),
                field="lessons",
            ),
            Prompt("experiment", _("4. Actief experimenteren"), _("Wat proberen we nu anders?")),
        ),
    ),
    Method(
        "alact",
        _("ALACT-model van Korthagen"),
        _("Vijf fasen: handelen, terugblikken, bewust worden, alternatieven, uitproberen."),
        (
            Prompt(
                "handelen",
                _("1. Handelen"),
                _("Wat deed u, wat wilde u bereiken?"),
                field="what_happened",
            ),
            Prompt(
                "terugblikken",
                _("2. Terugblikken"),
                _("Wat wilde, dacht, voelde en deed u? En de ander?"),
            ),
            Prompt(
                "bewustwording",
                _("3. Bewustwording van wezenlijke aspecten"),
                _("Wat is de kern?"),
                field="analysis",
            ),
            Prompt(
                "alternatieven",
                _("4. Alternatieven en keuze"),
                _("Welke andere aanpak is mogelijk?"),
            ),
            Prompt("uitproberen", _("5. Uitproberen"), _("Wat probeert u de volgende keer?")),
        ),
    ),
    Method(
        "incident",
        _("Incidentmethode (intervisie)"),
        _("Een collega brengt een kort voorval in; de groep denkt mee."),
        (
            Prompt(
                "incident",
                _("1. Het voorval"),
                _("Kort en zonder namen: wat moest er beslist worden?"),
                field="what_happened",
            ),
            Prompt("vragen", _("2. Informatieve vragen"), _("Welke feiten vroeg de groep op?")),
            Prompt(
                "eigen_keuze",
                _("3. Wat zouden collega's doen?"),
                _("Welke keuzes noemden collega's?"),
            ),
            Prompt("werkelijke_keuze", _("4. Wat deed de inbrenger?"), _("En waarom?")),
            Prompt("bespreking", _("5. Bespreking"), _("Welke verschillen vielen op?")),
            Prompt("leerpunten", _("6. Leerpunten"), _("Wat nemen we mee?"), field="lessons"),
        ),
    ),
    Method(
        "dilemma",
        _("Dilemmamethode / moreel beraad"),
        _("Samen een moreel dilemma onderzoeken en een afgewogen keuze maken."),
        (
            Prompt(
                "vraag",
                _("1. De morele vraag"),
                _("Formuleer het dilemma als vraag."),
                field="dilemma",
            ),
            Prompt(
                "feiten",
                _("2. Feiten"),
                _("Welke feiten zijn nodig om de vraag te begrijpen?"),
                field="what_happened",
            ),
            Prompt(
                "perspectieven",
                _("3. Betrokkenen en perspectieven"),
                _("Wie zijn betrokken, wat is voor hen belangrijk?"),
            ),
            Prompt("waarden", _("4. Waarden en normen"), _("Welke waarden staan op het spel?")),
            Prompt("opties", _("5. Handelingsopties"), _("Welke mogelijkheden zijn er?")),
            Prompt("afweging", _("6. Afweging en besluit"), _("Wat kiezen we en waarom?")),
            Prompt(
                "uitvoering",
                _("7. Wat is nodig?"),
                _("Wat is nodig om het besluit goed uit te voeren?"),
            ),
        ),
    ),
    Method(
        "aar",
        _("After Action Review"),
        _("Vier vragen direct na een actie."),
        (
            Prompt("bedoeling", _("1. Wat was de bedoeling?"), field="what_expected"),
            Prompt("gebeurd", _("2. Wat gebeurde er echt?"), field="what_happened"),
            Prompt("verschil", _("3. Waarom was er verschil?"), field="analysis"),
            Prompt("volgende_keer", _("4. Wat doen we de volgende keer?"), field="lessons"),
        ),
    ),
    Method(
        "signs_of_safety",
        _("Signs of Safety"),
        _("Drie kolommen en een schaalvraag."),
        (
            Prompt("gaat_goed", _("Wat gaat goed?")),
            Prompt("zorgen", _("Waar maken we ons zorgen over?")),
            Prompt("moet_gebeuren", _("Wat moet er gebeuren?")),
            Prompt(
                "schaal",
                _("Schaalvraag (0 tot 10)"),
                _(
                    "0: zo onveilig dat het kind niet thuis kan blijven. "
                    "10: veilig genoeg om af te sluiten."
                ),
                scale=True,
            ),
        ),
    ),
    Method(
        "vrij",
        _("Vrije vorm"),
        _("Geen vaste stappen."),
        (),  # its one prompt, "Reflectie", asked what "Wat gebeurde er?" asks (migration 0007)
    ),
)

BY_CODE = {m.code: m for m in METHODS}
CHOICES = [(m.code, m.label) for m in METHODS]


def get_method(code: str) -> Method | None:
    return BY_CODE.get(code)
