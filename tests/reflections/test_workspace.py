"""Writing a reflection: method first, then its prompts; blocking, not scrubbing."""

import logging

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

from reflections.models import AgreedAction, GuidanceLink, ReflectionSession
from tests.factories import GuidancePageFactory, PrincipleFactory, section
from tests.reflections.factories import ActionFactory, SessionFactory

SECRET_BSN = "111222333"
SECRET_NAME = "Sanne"


def post_data(**extra):
    data = {
        "date": "2026-03-02",
        "phase": "directe-veiligheid",
        "participant_roles": ["gezinsvoogd", "gedragswetenschapper"],
        "what_happened": "Het plan was snel klaar, maar de school wist het niet.",
        "lessons": "Spreek af wie welke betrokkene informeert.",
        "prompt_gevoelens": "Onrustig: de school belde boos.",
        "prompt_evaluatie": "Het plan stond, een betrokkene ontbrak.",
        "actie-TOTAL_FORMS": "3",
        "actie-INITIAL_FORMS": "0",
        "actie-MIN_NUM_FORMS": "0",
        "actie-MAX_NUM_FORMS": "10",
    }
    data.update(extra)
    return data


@pytest.fixture
def logged_in(client, member):
    client.force_login(member)
    return client


def create_url(team, method="gibbs"):
    return reverse("reflections:session_create", args=[team.pk, method])


def test_method_is_chosen_first_then_its_prompts(logged_in, team):
    html = logged_in.get(reverse("reflections:choose_method", args=[team.pk])).content.decode()
    assert create_url(team, "gibbs") in html and create_url(team, "signs_of_safety") in html
    html = logged_in.get(create_url(team, "gibbs")).content.decode()
    assert "6. Actieplan" in html and 'name="prompt_actieplan"' in html
    html = logged_in.get(create_url(team, "signs_of_safety")).content.decode()
    assert 'type="number"' in html and 'name="prompt_schaal"' in html


def test_a_clean_reflection_is_saved_with_links_and_actions(logged_in, team, member, site_tree):

    page = GuidancePageFactory(
        sections=[("section", section("Directe veiligheid", "directe-veiligheid"))],
    )
    principle = PrincipleFactory(code="Z1")
    response = logged_in.post(
        create_url(team),
        post_data(
            sections=[f"{page.pk}:directe-veiligheid"],
            principles=[principle.pk],
            **{"actie-0-description": "Format aanpassen.", "actie-0-owner": member.pk},
        ),
    )
    session = ReflectionSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reflections:session", args=[session.pk])
    assert session.method == "gibbs" and session.created_by == member
    assert session.answers == {
        "gevoelens": "Onrustig: de school belde boos.",
        "evaluatie": "Het plan stond, een betrokkene ontbrak.",
    }
    assert session.what_happened == "Het plan was snel klaar, maar de school wist het niet."
    assert session.participant_roles == ["gezinsvoogd", "gedragswetenschapper"]
    assert list(session.principles.all()) == [principle]
    assert [(lk.page_id, lk.anchor) for lk in GuidanceLink.objects.all()] == [
        (page.pk, "directe-veiligheid")
    ]
    action = AgreedAction.objects.get()
    assert (action.description, action.owner, action.status) == (
        "Format aanpassen.",
        member,
        "open",
    )


def test_findings_block_the_save_and_are_shown_in_place(logged_in, team, caplog):
    caplog.set_level(logging.DEBUG)
    text = f"De moeder van {SECRET_NAME} belde. BSN {SECRET_BSN} stond in de brief."
    response = logged_in.post(
        create_url(team),
        post_data(
            dilemma=text,
            prompt_evaluatie=f"{SECRET_NAME} was er niet.",
            **{"actie-0-description": f"Bel {SECRET_NAME}."},
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet opgeslagen" in html
    # each finding: field, kind, position, the text marked, and a neutral suggestion
    assert "Het dilemma" in html and "BSN" in html and "naam" in html.lower()
    assert f"<mark>{SECRET_BSN}</mark>" in html and f"<mark>{SECRET_NAME}</mark>" in html
    start = text.index(SECRET_BSN)
    assert f"teken {start + 1} tot en met {start + len(SECRET_BSN)}" in html
    assert "[BSN]" in html and "[naam]" in html
    assert 'href="#id_dilemma"' in html and 'href="#id_prompt_evaluatie"' in html
    assert 'href="#id_actie-0-description"' in html
    assert 'aria-invalid="true"' in html
    # nothing written: not the database, the session store, the logs
    assert ReflectionSession.objects.count() == 0
    assert AgreedAction.objects.count() == 0
    for stored in Session.objects.all():
        decoded = str(stored.get_decoded())
        assert SECRET_BSN not in decoded and SECRET_NAME not in decoded
    assert SECRET_BSN not in caplog.text and SECRET_NAME not in caplog.text
    assert "no-store" in response["Cache-Control"]


def test_a_finding_in_one_action_row_saves_nothing_at_all(logged_in, team):
    response = logged_in.post(
        create_url(team), post_data(**{"actie-1-description": f"Mail {SECRET_NAME} de uitslag."})
    )
    assert response.status_code == 200
    assert ReflectionSession.objects.count() == 0


def test_after_fixing_the_text_it_is_saved(logged_in, team):
    logged_in.post(create_url(team), post_data(dilemma=f"BSN {SECRET_BSN}."))
    assert ReflectionSession.objects.count() == 0
    response = logged_in.post(create_url(team), post_data(dilemma="Het [BSN] stond in de brief."))
    assert response.status_code == 302
    assert ReflectionSession.objects.get().dilemma == "Het [BSN] stond in de brief."


def test_editing_with_a_finding_leaves_the_stored_reflection_unchanged(logged_in, session):
    before = session.what_happened
    url = reverse("reflections:session_edit", args=[session.pk])
    response = logged_in.post(url, post_data(what_happened=f"Met {SECRET_NAME} besproken."))
    assert response.status_code == 200
    session.refresh_from_db()
    assert session.what_happened == before


def test_sensitive_post_parameters_hide_the_text_from_error_reports(rf, member, team):
    from django.views.debug import SafeExceptionReporterFilter

    from reflections import views

    request = rf.post(create_url(team), post_data(dilemma=f"BSN {SECRET_BSN}"))
    request.user = member
    response = views.session_create(request, team_id=team.pk, method="aar")
    assert response.status_code == 200
    cleaned = SafeExceptionReporterFilter().get_post_parameters(request)
    assert SECRET_BSN not in str(cleaned)


def test_open_actions_come_back_until_closed(logged_in, team, session):
    action = ActionFactory(session=session, description="Het format aanpassen.")
    html = logged_in.get(create_url(team)).content.decode()
    assert "Het format aanpassen." in html and 'name="close_actions"' in html
    logged_in.post(create_url(team), post_data(close_actions=[action.pk]))
    action.refresh_from_db()
    assert action.status == "klaar" and action.closed is not None
    html = logged_in.get(create_url(team)).content.decode()
    assert "Het format aanpassen." not in html
    team_html = logged_in.get(reverse("reflections:team", args=[team.pk])).content.decode()
    assert "Geen open afspraken" in team_html


def test_the_owner_of_an_action_must_be_a_team_member(logged_in, team, outsider):
    response = logged_in.post(
        create_url(team),
        post_data(**{"actie-0-description": "Iets doen.", "actie-0-owner": outsider.pk}),
    )
    assert response.status_code == 200
    assert ReflectionSession.objects.count() == 0


def test_the_scale_accepts_0_to_10_only(logged_in, team):
    response = logged_in.post(create_url(team, "signs_of_safety"), post_data(prompt_schaal="11"))
    assert response.status_code == 200 and ReflectionSession.objects.count() == 0
    response = logged_in.post(create_url(team, "signs_of_safety"), post_data(prompt_schaal="7"))
    assert response.status_code == 302
    assert ReflectionSession.objects.get().answers == {"schaal": 7}


def test_team_page_lists_sessions_and_members(logged_in, team, member, session):
    html = logged_in.get(reverse("reflections:team", args=[team.pk])).content.decode()
    assert reverse("reflections:session", args=[session.pk]) in html
    assert member.username in html


def test_edit_keeps_prompts_and_saves(logged_in, team):
    session = SessionFactory(team=team, method="gibbs", answers={"gevoelens": "Oud."})
    url = reverse("reflections:session_edit", args=[session.pk])
    assert "Oud." in logged_in.get(url).content.decode()
    response = logged_in.post(url, post_data(prompt_gevoelens="Nieuw."))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.answers["gevoelens"] == "Nieuw."
