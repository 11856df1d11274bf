from django.urls import path

from . import views

app_name = "meetings"

urlpatterns = [
    path("", views.MeetingListView.as_view(), name="index"),
    path("mine/", views.MyMeetingsView.as_view(), name="mine"),
    path("mine/calendar/reset/", views.CalendarFeedResetView.as_view(), name="feed_reset"),
    path("summit/", views.SummitView.as_view(), name="summit"),
    path("new/", views.MeetingCreateView.as_view(), name="create"),
    path("grid/", views.MeetingGridView.as_view(), name="grid"),
    path("feed/<str:token>.ics", views.calendar_feed, name="feed"),
    path("<int:pk>/", views.MeetingDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.MeetingUpdateView.as_view(), name="edit"),
    path("<int:pk>/cancel/", views.MeetingCancelView.as_view(), name="cancel"),
    path("<int:pk>/outcomes/", views.MeetingOutcomesView.as_view(), name="outcomes"),
    path("<int:pk>/answer/", views.RSVPView.as_view(), name="rsvp"),
    path("<int:pk>/calendar.ics", views.MeetingCalendarView.as_view(), name="calendar"),
    path(
        "<int:pk>/attendance.csv",
        views.MeetingAttendanceExportView.as_view(),
        name="attendance_export",
    ),
]
