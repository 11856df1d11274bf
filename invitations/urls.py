from django.urls import path

from . import views

# Added to the cities' and partners' URLs by the root URLconf.
city_invite_patterns = [
    path("<slug:slug>/invite/", views.InviteCityColleagueView.as_view(), name="invite"),
]
partner_invite_patterns = [
    path("<slug:slug>/invite/", views.InvitePartnerColleagueView.as_view(), name="invite"),
]

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
        path("outreach/<int:pk>/done/", views.OutreachDoneView.as_view(), name="outreach_done"),
        path("accept/<str:token>/", views.AcceptInvitationView.as_view(), name="accept"),
        path("fresh-link/", views.FreshLinkView.as_view(), name="fresh_link"),
    ],
    "invitations",
)
