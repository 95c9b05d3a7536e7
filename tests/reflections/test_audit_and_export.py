import csv
import io

import pytest
from django.urls import reverse

from reflections.models import ReadRecord, ReflectionSession
from tests.cms.test_csv_download import FORMULA_CELLS
from tests.factories import login_with_second_factor
from tests.reflections.factories import ActionFactory, SessionFactory


def read_team_csv(response) -> list[dict]:
    """The team CSV as Dutch Excel reads it: UTF-8 with a BOM, `;` between the cells."""
    text = io.TextIOWrapper(io.BytesIO(response.content), "utf-8-sig", newline="")
    return list(csv.DictReader(text, delimiter=";"))


def test_every_read_is_recorded(client, member, session):
    login_with_second_factor(client, member)
    client.get(reverse("reflections:session", args=[session.pk]))
    client.get(reverse("reflections:session_edit", args=[session.pk]))
    records = list(ReadRecord.objects.order_by("pk").values_list("user", "session", "action"))
    assert records == [(member.pk, session.pk, "bekeken"), (member.pk, session.pk, "bewerken")]


def test_a_refused_read_records_nothing(client, outsider, session):
    login_with_second_factor(client, outsider)
    assert client.get(reverse("reflections:session", args=[session.pk])).status_code == 404
    assert not ReadRecord.objects.exists()


def test_coordinator_sees_the_audit_page(client, member, coordinator, session):
    login_with_second_factor(client, member)
    client.get(reverse("reflections:session", args=[session.pk]))
    login_with_second_factor(client, coordinator)
    html = client.get(reverse("reflections:audit", args=[session.team_id])).content.decode()
    assert "lid" in html and "Bekeken" in html and str(session) in html
    assert session.what_happened not in html  # the audit holds no content


def test_the_audit_survives_the_session_without_its_content(member, session):
    from reflections.audit import record_reads

    record_reads(member, [session])
    session.delete()
    record = ReadRecord.objects.get()
    assert record.session is None and record.session_label


@pytest.fixture
def two_sessions(team, member):
    first = SessionFactory(
        team=team,
        what_happened="Eerste reflectie.",
        analysis="=1+1",
        participant_roles=["gezinsvoogd"],
    )
    ActionFactory(session=first, description="Format aanpassen.", owner=member)
    second = SessionFactory(team=team, method="vrij", what_happened="Vrij verhaal.")
    SessionFactory(what_happened="Van een ander team.")
    return first, second


def test_markdown_export_holds_the_teams_reflections_and_is_recorded(
    client, coordinator, team, two_sessions
):
    login_with_second_factor(client, coordinator)
    response = client.get(reverse("reflections:export_md", args=[team.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/markdown")
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    assert body.startswith(f"# Reflecties van {team.name}")
    assert "Eerste reflectie." in body and "Vrij verhaal." in body and "Gezinsvoogd" in body
    assert "Van een ander team." not in body
    assert ReadRecord.objects.filter(action="export-md").count() == 2


def test_csv_export_is_one_row_per_session_and_safe_for_spreadsheets(
    client, coordinator, team, two_sessions
):
    login_with_second_factor(client, coordinator)
    response = client.get(reverse("reflections:export_csv", args=[team.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = read_team_csv(response)
    assert len(rows) == 2
    first = next(r for r in rows if r["Wat gebeurde er?"] == "Eerste reflectie.")
    assert first["Analyse"] == "'=1+1"  # a spreadsheet shows it as text, never runs it
    assert "Format aanpassen." in first["Afspraken"] and first["Deelnemers"] == "Gezinsvoogd"
    assert ReadRecord.objects.filter(action="export-csv").count() == 2


def test_no_cell_of_the_team_csv_starts_a_formula(client, coordinator, team, two_sessions):
    first, _second = two_sessions
    login_with_second_factor(client, coordinator)
    for value in FORMULA_CELLS:
        # Straight into the database, past any clean-up on save: the writer guards alone.
        ReflectionSession.objects.filter(pk=first.pk).update(what_happened=value, lessons=value)
        response = client.get(reverse("reflections:export_csv", args=[team.pk]))
        rows = read_team_csv(response)
        row = next(r for r in rows if r["Nummer"] == str(first.pk))
        assert (row["Wat gebeurde er?"], row["Lessen"]) == ("'" + value,) * 2
