from django.urls import path

import cms.converters  # noqa: F401 — registers the <id:…> path converter

from . import account_changes, views

app_name = "reflections"
urlpatterns = [
    path("reflecties/", views.my_teams, name="home"),
    path("reflecties/lessen/", views.lessons_public, name="lessons"),
    path("reflecties/team/nieuw/", views.team_create, name="team_create"),
    path("reflecties/team/<id:team_id>/", views.team_detail, name="team"),
    path("reflecties/team/<id:team_id>/nieuw/", views.session_choose_method, name="choose_method"),
    path(
        "reflecties/team/<id:team_id>/nieuw/<slug:method>/",
        views.session_create,
        name="session_create",
    ),
    path("reflecties/team/<id:team_id>/leden/", views.members, name="members"),
    path("reflecties/team/<id:team_id>/verlaten/", views.leave_team, name="leave"),
    path("reflecties/team/<id:team_id>/inzage/", views.audit, name="audit"),
    path(
        "reflecties/team/<id:team_id>/accountbeheer/",
        account_changes.account_changes,
        name="account_changes",
    ),
    path("reflecties/team/<id:team_id>/lessen/", views.lesson_review, name="lesson_review"),
    path("reflecties/team/<id:team_id>/export.md", views.export, {"fmt": "md"}, name="export_md"),
    path(
        "reflecties/team/<id:team_id>/export.csv", views.export, {"fmt": "csv"}, name="export_csv"
    ),
    path("reflecties/<id:pk>/", views.session_detail, name="session"),
    path("reflecties/<id:pk>/bewerken/", views.session_edit, name="session_edit"),
    path("reflecties/<id:pk>/les/", views.lesson_propose, name="lesson_propose"),
    path("reflecties/uitnodiging/<str:token>/", views.accept_invitation, name="accept"),
]
