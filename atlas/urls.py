from django.urls import path

from . import views

app_name = "atlas"

urlpatterns = [
    path("", views.AtlasView.as_view(), name="index"),
    path("atlas.csv", views.AtlasCsvView.as_view(), name="csv"),
    path("brief/", views.AtlasBriefView.as_view(), name="brief"),
    path("<slug:slug>/", views.ThemeView.as_view(), name="theme"),
    path("<slug:slug>.csv", views.ThemeCsvView.as_view(), name="theme_csv"),
    path("<slug:slug>/brief/", views.ThemeBriefView.as_view(), name="theme_brief"),
]
