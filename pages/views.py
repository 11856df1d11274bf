"""Pages that show what several apps own: the home page and a person's preferences."""

from datetime import UTC

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from cities.selectors import dialogue_time_zones, home_directory_html
from evidence.selectors import documents_newest
from invitations.selectors import invitations_sent_by
from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.forms import PreferencesForm
from mayors_dialogue.models import Email, reader_zone
from mayors_dialogue.services import email_resend, user_update_preferences
from meetings.selectors import meetings_next
from notifications.forms import EMAIL_HELP, NotificationPreferencesForm
from notifications.services import notification_preferences_set
from pages.home import city_groups, organisation_group, secretariat_group, unread_entries
from partnerships.selectors import open_proposals_by_theme, partnerships_latest_agreed


class HomeView(CachedMainMixin, TemplateView):
    """Public: what the dialogue is and what is happening in it: the next meetings, the map,
    the latest partnerships, open proposals by theme, the newest evidence, its cities and
    its partners; each what the reader may see. Kept a minute at most, since meetings move
    from coming up to held."""

    template_name = "pages/home.html"
    cache_domains = ("directory", "meetings", "proposals", "library")
    cache_timeout = 60

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            directory=home_directory_html(),
            next_meetings=meetings_next(user=user),
            zone=reader_zone(user),
            shown_zone=reader_zone(user) or UTC,
            partnerships=partnerships_latest_agreed(),
            themes_open=open_proposals_by_theme(),
            documents=documents_newest(user=user),
            **kwargs,
        )


class PreferencesView(LoginRequiredMixin, FormView):
    """Signed-in people only, and only their own preferences: name, language, zone, and how
    they are told of each kind of notification."""

    template_name = "pages/preferences.html"
    form_class = PreferencesForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["timezone"].widget.preferred = dialogue_time_zones()
        return form

    def email_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return NotificationPreferencesForm(data, user=self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("email_form", self.email_form())
        return super().get_context_data(email_help=EMAIL_HELP, **kwargs)

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        email_form = self.email_form()
        if not (form.is_valid() and email_form.is_valid()):
            return self.render_to_response(self.get_context_data(form=form, email_form=email_form))
        user = user_update_preferences(
            user=request.user,
            display_name=form.cleaned_data["display_name"],
            language=form.cleaned_data["language"],
            timezone_name=form.cleaned_data["timezone"],
        )
        notification_preferences_set(user=user, deliveries=email_form.deliveries())
        translation.activate(user.language)
        messages.success(request, _("Your preferences have been saved."))
        response = redirect("preferences")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME, user.language, secure=settings.LANGUAGE_COOKIE_SECURE
        )
        return response


class PersonalHomeView(LoginRequiredMixin, TemplateView):
    """Signed-in people only, about themselves: what needs them, for each city and
    organisation they work for, and the secretariat's work for admins. Never cached: a
    change of membership shows at once."""

    template_name = "pages/me.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        now = timezone.now()
        return super().get_context_data(
            unread=unread_entries(user),
            city_groups=city_groups(user, now=now),
            organisation_group=organisation_group(user, now=now),
            secretariat=secretariat_group(now=now) if user.is_staff else None,
            invitations_sent=invitations_sent_by(user),
            zone=reader_zone(user),
            **kwargs,
        )


class EmailResendView(LoginRequiredMixin, View):
    """Admins only (others: 403), by POST: queue a failed email again from the home page."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not request.user.is_staff:
            raise PermissionDenied
        email = get_object_or_404(Email, pk=pk)
        if email.status != EmailStatus.FAILED:
            messages.info(request, _("This email is no longer waiting to be sent again."))
        else:
            email_resend(email=email)
            messages.success(
                request,
                _("The email to {recipient} is queued again.").format(recipient=email.recipient),
            )
        return redirect("me")
