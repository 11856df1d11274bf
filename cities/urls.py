from django.urls import path

from . import views

city_patterns = (
    [
        path("", views.CityListView.as_view(), name="list"),
        path("export.csv", views.CityExportView.as_view(), name="export"),
        path("<slug:slug>/", views.CityDetailView.as_view(), name="detail"),
        path("<slug:slug>/edit/", views.CityUpdateView.as_view(), name="edit"),
        path("<slug:slug>/dossier/", views.CityDossierView.as_view(), name="dossier"),
        path("<slug:slug>/invite/", views.InviteCityColleagueView.as_view(), name="invite"),
    ],
    "cities",
)

partner_patterns = (
    [
        path("", views.PartnerListView.as_view(), name="list"),
        path("<slug:slug>/", views.PartnerDetailView.as_view(), name="detail"),
        path("<slug:slug>/edit/", views.PartnerUpdateView.as_view(), name="edit"),
        path("<slug:slug>/invite/", views.InvitePartnerColleagueView.as_view(), name="invite"),
    ],
    "partners",
)

invitation_patterns = (
    [
        path("", views.InvitationDashboardView.as_view(), name="dashboard"),
        path("city/", views.InviteCityView.as_view(), name="invite_city"),
        path(
            "<int:pk>/resend/",
            views.InvitationActionView.as_view(),
            {"action": "resend"},
            name="resend",
        ),
        path(
            "<int:pk>/revoke/",
            views.InvitationActionView.as_view(),
            {"action": "revoke"},
            name="revoke",
        ),
        path("accept/<str:token>/", views.AcceptInvitationView.as_view(), name="accept"),
        path("fresh-link/", views.FreshLinkView.as_view(), name="fresh_link"),
    ],
    "invitations",
)
