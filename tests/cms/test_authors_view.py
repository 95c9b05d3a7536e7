"""The authors' view of a guidance page (issue 14, item 5): per section the counts under the
suppression rule, lessons, feedback with its state, linked pilots and research, the review
date; never a reflection's text; only for whoever may edit the page."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from cms.setup import ensure_group
from learning.models import PilotGuidanceLink, ResearchGuidanceLink
from reflections.feedback_models import Feedback
from reflections.models import GuidanceLink
from tests.factories import GuidancePageFactory, UserFactory, login_with_second_factor, section
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish
from tests.reflections.factories import LessonFactory, SessionFactory, TeamFactory

SECRET = "Reflectietekst die alleen het team mag lezen."


@pytest.fixture
def guide(site_tree):
    return GuidancePageFactory(
        title="Werken aan veiligheid",
        version_label="1.0",
        review_by=datetime.date(2027, 3, 1),
        sections=[
            ("section", section("Directe veiligheid", "directe-veiligheid")),
            ("section", section("Samen plannen", "samen-plannen")),
        ],
    )


@pytest.fixture
def editor_client(client, db):
    editor = UserFactory(username="auteur")
    editor.groups.add(*Group.objects.filter(name="Editors"))
    login_with_second_factor(client, editor)
    return client


def authors_url(page):
    return reverse("cms_guidance_authors", args=[page.pk])


def link_sessions(page, anchor, n, teams):
    for i in range(n):
        session = SessionFactory(
            team=teams[i % len(teams)], date=datetime.date.today(), what_happened=SECRET
        )
        GuidanceLink.objects.create(session=session, page=page, anchor=anchor)


def test_counts_are_suppressed_below_the_threshold_and_rounded_above_it(editor_client, guide):
    teams = [TeamFactory() for _ in range(4)]
    link_sessions(guide, "directe-veiligheid", 13, teams)
    link_sessions(guide, "samen-plannen", 9, teams)
    html = editor_client.get(authors_url(guide)).content.decode()
    assert "Ongeveer 15 reflecties van 4 teams" in html
    assert html.count("Minder dan 10 reflecties") == 1  # samen-plannen only


def test_no_reflection_text_ever(editor_client, guide):
    teams = [TeamFactory() for _ in range(3)]
    link_sessions(guide, "directe-veiligheid", 10, teams)
    html = editor_client.get(authors_url(guide)).content.decode()
    assert "Ongeveer 10 reflecties van 3 teams" in html
    assert SECRET not in html


def test_approved_lessons_feedback_states_and_the_review_date(editor_client, guide):
    LessonFactory(
        text="Betrek het netwerk vanaf dag één.",
        status="goedgekeurd",
        page=guide,
        anchor="directe-veiligheid",
    )
    LessonFactory(text="Een voorgestelde les.", page=guide, anchor="directe-veiligheid")
    Feedback.objects.create(page=guide, anchor="samen-plannen", text="Plannen kost te veel tijd.")
    Feedback.objects.create(
        page=guide,
        anchor="samen-plannen",
        text="Noem ook de huisarts.",
        state=Feedback.State.NOT_USED,
        reason="Staat al in sectie 3.",
    )
    html = editor_client.get(authors_url(guide)).content.decode()
    assert "Betrek het netwerk vanaf dag één." in html
    assert "Een voorgestelde les." not in html
    assert "Plannen kost te veel tijd." in html and "Ontvangen" in html
    assert "Niet verwerkt" in html and "Staat al in sectie 3." in html
    assert "1 maart 2027" in html and "(te laat)" not in html


def test_a_past_review_date_is_marked_late(editor_client, guide):
    guide.review_by = datetime.date(2020, 1, 1)
    guide.save()
    assert "(te laat)" in editor_client.get(authors_url(guide)).content.decode()


def test_linked_pilots_and_research_of_the_page_and_a_section(editor_client, guide):
    pilot = PilotPageFactory(title="Pilot Eén gezin één plan")
    publish(pilot)
    study = ResearchSummaryPageFactory(title="Studie naar veiligheidsplannen", live=False)
    PilotGuidanceLink.objects.create(source=pilot, page=guide, anchor="samen-plannen")
    ResearchGuidanceLink.objects.create(source=study, page=guide, anchor="")
    html = editor_client.get(authors_url(guide)).content.decode()
    assert "Pilot Eén gezin één plan" in html
    assert "Studie naar veiligheidsplannen" in html and "niet gepubliceerd" in html
    assert "De hele richtlijn" in html


def test_someone_who_may_not_edit_the_page_gets_403(client, guide):
    reader = UserFactory(username="lezer-admin")
    reader.groups.add(ensure_group("Alleen admin"))  # admin access, no page permissions
    login_with_second_factor(client, reader)
    assert client.get(authors_url(guide)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, guide):
    response = client.get(authors_url(guide))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_edit_page_links_to_the_view(editor_client, guide):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content
    assert authors_url(guide).encode() in html


def test_the_report_lists_the_editors_guidance_with_a_link_to_its_view(editor_client, guide):
    html = editor_client.get(reverse("cms_guidance_signals")).content.decode()
    assert "Werken aan veiligheid" in html and authors_url(guide) in html


def test_the_report_lists_nothing_for_someone_who_may_not_edit_it(client, guide):
    reader = UserFactory(username="lezer-rapport")
    reader.groups.add(ensure_group("Alleen admin"))
    login_with_second_factor(client, reader)
    html = client.get(reverse("cms_guidance_signals")).content.decode()
    assert authors_url(guide) not in html
