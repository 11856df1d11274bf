from django.urls import path

from . import views

# The root URLconf includes these under the "cities" and "partners" namespaces, together with
# the invitation pages of the invitations app.
city_patterns = [
    path("", views.CityListView.as_view(), name="list"),
    path("export.csv", views.CityExportView.as_view(), name="export"),
    path("<slug:slug>/", views.CityDetailView.as_view(), name="detail"),
    path("<slug:slug>/edit/", views.CityUpdateView.as_view(), name="edit"),
    path("<slug:slug>/dossier/", views.CityDossierView.as_view(), name="dossier"),
]

partner_patterns = [
    path("", views.PartnerListView.as_view(), name="list"),
    path("<slug:slug>/", views.PartnerDetailView.as_view(), name="detail"),
    path("<slug:slug>/edit/", views.PartnerUpdateView.as_view(), name="edit"),
]
