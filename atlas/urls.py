from django.urls import path

from . import views

app_name = "atlas"

# A theme's pages sit under themes/, so no theme slug ("brief", "atlas") can shadow the
# atlas's own pages.
urlpatterns = [
    path("", views.AtlasView.as_view(), name="index"),
    path("atlas.csv", views.AtlasCsvView.as_view(), name="csv"),
    path("brief/", views.AtlasBriefView.as_view(), name="brief"),
    path("themes/<slug:slug>/", views.ThemeView.as_view(), name="theme"),
    path("themes/<slug:slug>.csv", views.ThemeCsvView.as_view(), name="theme_csv"),
    path("themes/<slug:slug>/brief/", views.ThemeBriefView.as_view(), name="theme_brief"),
]
