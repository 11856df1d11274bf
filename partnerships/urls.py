from django.urls import path

from . import views

app_name = "partnerships"

urlpatterns = [
    path("", views.PartnershipsView.as_view(), name="index"),
    path("proposals/", views.ProposalListView.as_view(), name="proposals"),
    path("proposals/new/", views.ProposalCreateView.as_view(), name="create"),
    path("proposals/<int:pk>/", views.ProposalDetailView.as_view(), name="detail"),
    path("proposals/<int:pk>/edit/", views.ProposalUpdateView.as_view(), name="edit"),
    path("proposals/<int:pk>/status/", views.ProposalTransitionView.as_view(), name="transition"),
    path("proposals/<int:pk>/confirm/", views.ProposalConfirmView.as_view(), name="confirm"),
    path("proposals/<int:pk>/interest/", views.InterestView.as_view(), name="interest"),
    path("proposals/<int:pk>/comments/", views.CommentView.as_view(), name="comment"),
    path("proposals/<int:pk>/support/", views.SupportView.as_view(), name="support"),
    path(
        "proposals/<int:pk>/support/welcome/",
        views.SupportWelcomeView.as_view(),
        name="support_welcome",
    ),
]
