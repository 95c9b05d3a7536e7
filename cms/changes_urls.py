"""URLs of issue 14, items 2 and 6 (recent changes, feeds, following), under /wijzigingen/."""

from django.urls import path

from cms import changes_views as views
from cms.changes_feeds import ChangesFeed, PageChangesFeed, ThemeChangesFeed

app_name = "changes"
urlpatterns = [
    path("wijzigingen/", views.recent_changes, name="list"),
    path("wijzigingen/feed.atom", ChangesFeed(), name="feed"),
    path("wijzigingen/richtlijn/<int:page_id>/feed.atom", PageChangesFeed(), name="page_feed"),
    path("wijzigingen/thema/<slug:slug>/feed.atom", ThemeChangesFeed(), name="theme_feed"),
    path("volgen/richtlijn/<int:page_id>/", views.follow_page, name="follow_page"),
    path("volgen/thema/<slug:slug>/", views.follow_theme, name="follow_theme"),
    path("volgen/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
