from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from cities.urls import city_patterns, partner_patterns
from invitations.urls import city_invite_patterns, invitation_patterns, partner_invite_patterns
from pages import views as pages_views

from . import views

# The admin's login goes through allauth, so it is rate-limited like every other login.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Mayors Dialogue"
admin.site.site_title = "Mayors Dialogue"

urlpatterns = [
    path("i18n/setlang/", views.language_switch, name="set_language"),
    path("healthz", views.health, name="health"),
    path("health/", views.readiness, name="readiness"),
    path("ping", views.ping, name="ping"),
    path("media/<path:path>", views.public_media, name="public_media"),
]
urlpatterns += i18n_patterns(
    path("", pages_views.HomeView.as_view(), name="home"),
    path("me/", pages_views.PersonalHomeView.as_view(), name="me"),
    path("me/notifications/", include("notifications.urls")),
    path("me/emails/<int:pk>/resend/", pages_views.EmailResendView.as_view(), name="email_resend"),
    path("accounts/preferences/", pages_views.PreferencesView.as_view(), name="preferences"),
    path("accounts/", include("allauth.urls")),
    path("cities/", include((city_patterns + city_invite_patterns, "cities"))),
    path("partners/", include((partner_patterns + partner_invite_patterns, "partners"))),
    path("invitations/", include(invitation_patterns)),
    path("meetings/", include("meetings.urls")),
    path("partnerships/", include("partnerships.urls")),
    path("evidence/", include("evidence.urls")),
    path("atlas/", include("atlas.urls")),
    path("secretariat/", include("secretariat.urls")),
    path("admin/", admin.site.urls),
)
