from django.urls import path

from .views import bulk, catalogue, emails, overview

app_name = "secretariat"

# One module per area of the workspace.
urlpatterns = [
    path("", overview.OverviewView.as_view(), name="overview"),
    path("charts/<slug:chart>.csv", overview.OverviewCsvView.as_view(), name="chart_csv"),
    path("emails/", emails.EmailHealthView.as_view(), name="emails"),
    path("emails/<int:pk>/resend/", emails.EmailResendView.as_view(), name="email_resend"),
    path("emails/resend-all/", emails.EmailResendAllView.as_view(), name="email_resend_all"),
    path("series/", catalogue.SeriesListView.as_view(), name="series"),
    path("series/new/", catalogue.SeriesCreateView.as_view(), name="series_create"),
    path("series/<int:pk>/", catalogue.SeriesEditView.as_view(), name="series_edit"),
    path("themes/", catalogue.ThemeListView.as_view(), name="themes"),
    path("themes/new/", catalogue.ThemeCreateView.as_view(), name="theme_create"),
    path("themes/<int:pk>/", catalogue.ThemeEditView.as_view(), name="theme_edit"),
    path("themes/<int:pk>/delete/", catalogue.ThemeDeleteView.as_view(), name="theme_delete"),
    path("invitations/", bulk.BulkInvitationUploadView.as_view(), name="bulk"),
    path("invitations/<int:pk>/", bulk.BulkInvitationDetailView.as_view(), name="bulk_detail"),
    path(
        "invitations/<int:pk>/confirm/",
        bulk.BulkInvitationConfirmView.as_view(),
        name="bulk_confirm",
    ),
]
