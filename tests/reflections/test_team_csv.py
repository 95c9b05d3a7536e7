"""The team CSV opens right in Dutch Excel: BOM, `;`, readable labels, a column per prompt."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from cms.models import Principle
from cms.site_url import absolute_url
from reflections.exports import to_csv
from reflections.models import GuidanceLink, ReflectionSession
from tests.factories import (
    GuidancePageFactory,
    PrincipleFactory,
    ThemeFactory,
    login_with_second_factor,
    section,
)
from tests.reflections.factories import ActionFactory, SessionFactory
from tests.reflections.test_audit_and_export import read_team_csv

pytestmark = pytest.mark.django_db

# Gibbs' steps with a column of their own: the others are the columns of the fields they ask.
GIBBS = ["2. Gevoelens", "3. Evaluatie", "6. Actieplan"]


@pytest.fixture
def mixed(team, member):
    """Reflections of three methods, added out of method order."""
    aar = SessionFactory(
        team=team,
        method="aar",
        phase="stabiele-veiligheid",
        participant_roles=["gezinsvoogd", "vt-medewerker"],
        what_expected="Een plan binnen een dag.",
        analysis="Coördinator was ziek.",
        date=dt.date(2026, 3, 4),
    )
    aar.principles.add(PrincipleFactory(code="G1"))
    aar.themes.add(ThemeFactory(name="Huiselijk geweld", slug="huiselijk-geweld"))
    ActionFactory(session=aar, description="Plan delen.", owner=member, due=dt.date(2026, 4, 1))
    sos = SessionFactory(team=team, method="signs_of_safety", answers={"schaal": 7})
    gibbs = SessionFactory(
        team=team, method="gibbs", what_happened="Huisbezoek.", answers={"gevoelens": "Onzeker."}
    )
    return aar, sos, gibbs


def _export(client, coordinator, team):
    login_with_second_factor(client, coordinator)
    return client.get(reverse("reflections:export_csv", args=[team.pk]))


def test_the_file_starts_with_a_bom_and_uses_semicolons(client, coordinator, team, mixed):
    response = _export(client, coordinator, team)
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbfNummer;Datum;Methode;Fase;")
    assert "Coördinator was ziek.".encode() in response.content  # UTF-8, not cp1252


def test_labels_not_slugs(client, coordinator, team, mixed):
    aar, _sos, _gibbs = mixed
    row = next(
        r for r in read_team_csv(_export(client, coordinator, team)) if r["Nummer"] == str(aar.pk)
    )
    assert row["Methode"] == "After Action Review"
    assert row["Fase"] == "Stabiele veiligheid"
    assert row["Deelnemers"] == "Gezinsvoogd; Medewerker Veilig Thuis"
    assert row["Basisprincipes"] == str(Principle.objects.get(code="G1"))  # "G1 Het hele …"
    assert row["Basisprincipes"].startswith("G1 ") and len(row["Basisprincipes"]) > 3
    assert row["Thema’s"] == "Huiselijk geweld"
    assert row["Datum"] == "04-03-2026"
    assert (
        row["Afspraken"].startswith("Plan delen. (")
        and "uiterlijk 01-04-2026, Open)" in row["Afspraken"]
    )
    assert not any(cell.startswith(("{", "[")) for cell in row.values())  # no raw JSON


def test_one_column_per_prompt_union_of_the_methods_in_method_order(
    client, coordinator, team, mixed
):
    aar, sos, gibbs = mixed
    response = _export(client, coordinator, team)
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    prompts = [h for h in header if ": " in h]
    # Methods as METHODS lists them (gibbs, aar, signs of safety), each prompt once.
    assert prompts[:3] == [f"Reflectiecyclus van Gibbs: {p}" for p in GIBBS]
    # The After Action Review's four steps are all fields of the session: no columns of their own.
    assert [p.split(": ", 1)[0] for p in prompts] == (
        ["Reflectiecyclus van Gibbs"] * 3 + ["Signs of Safety"] * 4
    )
    assert "antwoorden" not in header and header[-1] == "Afspraken"
    rows = {r["Nummer"]: r for r in read_team_csv(response)}
    assert rows[str(aar.pk)]["Analyse"] == "Coördinator was ziek."
    assert rows[str(aar.pk)]["Reflectiecyclus van Gibbs: 2. Gevoelens"] == ""
    assert rows[str(gibbs.pk)]["Wat gebeurde er?"] == "Huisbezoek."
    assert rows[str(gibbs.pk)]["Reflectiecyclus van Gibbs: 2. Gevoelens"] == "Onzeker."
    assert rows[str(sos.pk)]["Signs of Safety: Schaalvraag (0 tot 10)"] == "7"


def test_answers_to_no_known_prompt_are_kept_and_odd_data_is_no_500(
    client, coordinator, team, mixed
):
    aar, sos, _gibbs = mixed
    # Past the form and the model's save: data as an old version might have left it.
    ReflectionSession.objects.filter(pk=aar.pk).update(
        answers={"bedoeling": "Plan.", "oud": "Een oude stap."}, method="bestaat-niet"
    )
    ReflectionSession.objects.filter(pk=sos.pk).update(answers=["geen", "object"])
    response = _export(client, coordinator, team)
    assert response.status_code == 200
    rows = {r["Nummer"]: r for r in read_team_csv(response)}
    assert rows[str(aar.pk)]["Methode"] == "bestaat-niet"
    assert rows[str(aar.pk)]["Andere antwoorden"] == "bedoeling: Plan.\noud: Een oude stap."
    assert rows[str(sos.pk)]["Signs of Safety: Wat gaat goed?"] == ""


def test_a_team_without_reflections_gets_just_the_header(team):
    text = to_csv([])
    assert text.startswith("\ufeffNummer;Datum;") and text.endswith("Afspraken\r\n")


def test_a_guidance_section_is_named_with_its_full_address(site_tree, team):
    page = GuidancePageFactory(
        title="Werken aan veiligheid",
        sections=[("section", section("Directe veiligheid", "directe-veiligheid"))],
    )
    s = SessionFactory(team=team)
    GuidanceLink.objects.create(session=s, page=page, anchor="directe-veiligheid")
    (row,) = read_team_csv_text(to_csv([s]))
    assert row["Richtlijnonderdelen"] == (
        f"Werken aan veiligheid – Directe veiligheid ({absolute_url(page.url)}#directe-veiligheid)"
    )
    assert row["Richtlijnonderdelen"].split("(")[1].startswith("http")


def read_team_csv_text(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
