from django.urls import path

import cms.converters  # noqa: F401 — registers the <id:…> path converter

from . import account_changes
from .views import actions, feedback, lessons, sessions, team_members, teams

app_name = "reflections"
urlpatterns = [
    path("reflecties/", teams.my_teams, name="home"),
    path("reflecties/lessen/", lessons.lessons_public, name="lessons"),
    path("reflecties/team/nieuw/", teams.team_create, name="team_create"),
    path("reflecties/team/<id:team_id>/", teams.team_detail, name="team"),
    path(
        "reflecties/team/<id:team_id>/nieuw/", sessions.session_choose_method, name="choose_method"
    ),
    path(
        "reflecties/team/<id:team_id>/nieuw/<slug:method>/",
        sessions.session_create,
        name="session_create",
    ),
    path("reflecties/team/<id:team_id>/leden/", team_members.members, name="members"),
    path(
        "reflecties/team/<id:team_id>/leden/<id:membership_id>/verwijderen/",
        team_members.remove_member,
        name="remove_member",
    ),
    path(
        "reflecties/team/<id:team_id>/uitnodigingen/<id:invitation_id>/intrekken/",
        team_members.revoke_invitation,
        name="revoke_invitation",
    ),
    path("reflecties/team/<id:team_id>/verlaten/", teams.leave_team, name="leave"),
    path("reflecties/team/<id:team_id>/inzage/", teams.audit, name="audit"),
    path(
        "reflecties/team/<id:team_id>/accountbeheer/",
        account_changes.account_changes,
        name="account_changes",
    ),
    path("reflecties/team/<id:team_id>/lessen/", lessons.lesson_review, name="lesson_review"),
    path("reflecties/team/<id:team_id>/export.md", teams.export, {"fmt": "md"}, name="export_md"),
    path(
        "reflecties/team/<id:team_id>/export.csv", teams.export, {"fmt": "csv"}, name="export_csv"
    ),
    path("reflecties/<id:pk>/", sessions.session_detail, name="session"),
    path("reflecties/<id:pk>/bewerken/", sessions.session_edit, name="session_edit"),
    path("reflecties/<id:pk>/les/", lessons.lesson_propose, name="lesson_propose"),
    path("reflecties/afspraak/<id:pk>/afgerond/", actions.close_action, name="close_action"),
    path("reflecties/uitnodiging/<str:token>/", team_members.accept_invitation, name="accept"),
    # issue 14 item 4: feedback per guidance section
    path("feedback/<id:page_id>/<slug:anchor>/", feedback.give, name="feedback_give"),
    path("mijn-feedback/", feedback.mine, name="my_feedback"),
]
