import gzip
import re
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView, View
from django_filters.views import FilterView

from cities.models import PartnerOrganisation
from cities.selectors import dialogue_time_zones
from mayors_dialogue.caching import CachedMainMixin, cached
from mayors_dialogue.choosers import chooser_requested, errors_hidden
from mayors_dialogue.formats import words_list
from mayors_dialogue.forms import form_values, formset_rows
from mayors_dialogue.models import reader_zone
from mayors_dialogue.permissions import ObjectPermissionMixin, PermissionMixin
from mayors_dialogue.spreadsheets import csv_writer
from notifications.selectors import people_told

from .calendar import feed_ics, meeting_ics
from .enums import MeetingStatus, NoticeKind
from .filters import MeetingFilter
from .forms import (
    AgendaFormSet,
    AttendeeFormSet,
    GridForm,
    MeetingForm,
    OutcomesForm,
    RSVPForm,
)
from .models import CalendarFeed, Meeting
from .notifications import kind_name
from .selectors import (
    attendance_rows,
    briefing_pack,
    calendar_feed_for,
    interpretation_needs,
    invited_cities_sorted,
    language_name,
    meeting_delivery,
    meeting_for_page,
    meeting_unreachable,
    meetings_for_feed,
    meetings_for_list,
    rsvp_summary,
    summit_meetings,
    user_cities_invited,
    viewer_zone,
)
from .services import calendar_feed_reset, meeting_cancel, meeting_close, meeting_save, rsvp_set
from .zones import local_times, suggested_slots

ACCEPTS_GZIP = re.compile(r"\bgzip\b")


class MeetingListView(CachedMainMixin, FilterView):
    """Public: upcoming (or, with ?when=past, past) meetings the viewer may see."""

    template_name = "meetings/meeting_list.html"
    filterset_class = MeetingFilter
    paginate_by = 20
    cache_domains = ("meetings", "directory")
    cache_timeout = 60  # upcoming meetings become past ones as time goes by

    def get_queryset(self):
        meetings = meetings_for_list(user=self.request.user)
        if self.request.GET.get("when") == "past":
            return meetings.past()
        return meetings.upcoming()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            when=self.request.GET.get("when", "upcoming"),
            zone=reader_zone(self.request.user),
            query_string=query.urlencode(),
            **kwargs,
        )


class MyMeetingsView(LoginRequiredMixin, TemplateView):
    """Signed-in participants: the meetings their city or organisation is invited to, and
    their personal calendar address."""

    template_name = "meetings/my_meetings.html"

    past_shown = 12  # the most recent; the meetings list has them all

    def get_context_data(self, **kwargs):
        meetings = meetings_for_feed(user=self.request.user)
        now = timezone.now()
        return super().get_context_data(
            upcoming=[m for m in meetings if m.end >= now],
            past=[m for m in meetings if m.end < now][::-1][: self.past_shown],
            feed=calendar_feed_for(self.request.user),
            zone=reader_zone(self.request.user),
            **kwargs,
        )


class CalendarFeedResetView(LoginRequiredMixin, View):
    """Signed-in people only, for their own feed."""

    http_method_names = ["post"]

    def post(self, request):
        calendar_feed_reset(user=request.user)
        messages.success(
            request, _("Your calendar address has been replaced. Subscribe again with the new one.")
        )
        return redirect("meetings:mine")


class SummitView(TemplateView):
    """Public: the meetings of the summit series."""

    template_name = "meetings/summit.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            meetings=summit_meetings(user=self.request.user),
            zone=reader_zone(self.request.user),
            **kwargs,
        )


class MeetingObjectMixin(ObjectPermissionMixin):
    view_permission = "meetings.view_meeting"

    def load_object(self):
        return meeting_for_page(pk=self.kwargs["pk"])


class MeetingDetailView(MeetingObjectMixin, CachedMainMixin, DetailView):
    """Public meetings for everyone; the video link only for invitees and organisers; the
    answer form for the invited cities' staff and mayors."""

    template_name = "meetings/meeting_detail.html"
    context_object_name = "meeting"
    cache_domains = ("meetings", "directory", "library")
    cache_timeout = 60

    def load_permission_object(self):
        return get_object_or_404(Meeting, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        meeting = self.object
        user = self.request.user
        zone = viewer_zone(user, meeting)
        cities = invited_cities_sorted(meeting)
        answering_for = user_cities_invited(user=user, meeting=meeting)
        answers = {rsvp.city_id: rsvp for rsvp in meeting.rsvps.all()}
        can_change = user.has_perm("meetings.change_meeting", meeting)
        return super().get_context_data(
            zone=zone,
            meeting_zone=ZoneInfo(meeting.timezone),
            local_times=local_times(meeting.start, meeting.end, cities),
            answers=answers,
            summary=rsvp_summary(meeting),
            briefing_pack=briefing_pack(meeting, user=user),
            can_see_link=user.has_perm("meetings.view_join_link", meeting),
            can_see_attendees=user.has_perm("meetings.view_attendees", meeting),
            can_change=can_change,
            # For the organiser: who the meeting's emails reached, and who nobody could tell.
            delivery=meeting_delivery(meeting) if can_change else None,
            invited_told=people_told(meeting, kind=kind_name(NoticeKind.INVITATION))
            if can_change
            else 0,
            unreachable=meeting_unreachable(meeting) if can_change else [],
            rsvp_form=RSVPForm(cities=answering_for, initial=rsvp_initial(answering_for, answers))
            if answering_for
            else None,
            attendee_forms=AttendeeFormSet(
                prefix="people", initial=attendees_initial(answering_for, answers)
            )
            if answering_for
            else None,
            interpretation=interpretation_needs(meeting) if can_change else None,
            spoken_language=language_name(meeting.language),
            own_answers=[(city, answers.get(city.pk)) for city in answering_for],
            **kwargs,
        )


class MeetingFormView(TemplateView):
    """Shared by scheduling and editing: the form, the agenda, and the time-zone grid with
    its "Preview" button (and live updates with JavaScript)."""

    template_name = "meetings/meeting_form.html"

    def organisations(self):
        """Partner staff schedule for their own organisation; admins choose any."""
        user = self.request.user
        return None if user.is_staff else PartnerOrganisation.objects.filter(memberships__user=user)

    def build(self, meeting):
        data = self.request.POST if self.request.method == "POST" else None
        working = {"working_language": self.request.user.language}
        form = MeetingForm(data, instance=meeting, organisations=self.organisations(), **working)
        form.fields["timezone"].widget.preferred = dialogue_time_zones()
        agenda = AgendaFormSet(data, instance=meeting, prefix="agenda", form_kwargs=working)
        return form, agenda

    def render_form(self, form, agenda, meeting):
        if form.is_bound:
            grid = GridForm(self.request.POST)
            slot = grid.slot()
            cities = list(grid.cleaned_data["invited_cities"]) if slot else []
            zone_name = grid.cleaned_data["timezone"] if slot else None
        elif meeting.pk:
            slot = (meeting.start, meeting.end - meeting.start)
            cities = list(meeting.invited_cities.all())
            zone_name = meeting.timezone
        else:
            slot, cities, zone_name = None, [], None
        return self.render_to_response(
            self.get_context_data(
                form=form,
                agenda=agenda,
                meeting=meeting,
                **grid_context(slot, cities, zone_name),
            )
        )

    def get(self, request, *args, **kwargs):
        meeting = self.get_meeting()
        form, agenda = self.build(meeting)
        return self.render_form(form, agenda, meeting)

    def post(self, request, *args, **kwargs):
        meeting = self.get_meeting()
        form, agenda = self.build(meeting)
        if chooser_requested(request):
            errors_hidden(form, agenda)
            return self.render_form(form, agenda, meeting)
        valid = form.is_valid() and agenda.is_valid()
        if "preview" in request.POST or not valid:
            return self.render_form(form, agenda, meeting)
        meeting = meeting_save(
            meeting=meeting,
            values=form_values(form),
            agenda=formset_rows(agenda),
            user=request.user,
        )
        saved_message(request, meeting)
        return redirect(meeting)


def rsvp_initial(cities, answers) -> dict:
    """The answer form opens on the first city's current answer, to see and correct it."""
    if not cities:
        return {}
    current = answers.get(cities[0].pk)
    initial = {"city": cities[0].pk}
    if current:
        initial["response"] = current.response
    return initial


def attendees_initial(cities, answers) -> list[dict]:
    """The people attending for the first city, as the form's rows."""
    current = answers.get(cities[0].pk) if cities else None
    if current is None:
        return []
    return [
        {
            "name": person.name,
            "role": person.role,
            "languages": person.languages,
            "other_languages": person.other_languages,
        }
        for person in current.people.all()
    ]


def saved_message(request, meeting) -> None:
    """Say how many people were told, and who nobody could be told at: never "sent" when
    nobody was reached."""
    if meeting.people_told:
        messages.success(
            request,
            ngettext(
                "The meeting has been saved; %(count)s person is told, by email or in their "
                "notifications, as they chose.",
                "The meeting has been saved; %(count)s people are told, by email or in their "
                "notifications, as they chose.",
                meeting.people_told,
            )
            % {"count": meeting.people_told},
        )
    else:
        messages.success(request, _("The meeting has been saved. Nobody needed to be told."))
    unreachable = meeting_unreachable(meeting) if meeting.status == MeetingStatus.SCHEDULED else []
    if unreachable:
        messages.warning(
            request,
            _(
                "Nobody at {names} has an account on the platform yet, so they were not told. "
                "The secretariat has been asked to reach them."
            ).format(names=words_list(str(target.name) for target in unreachable)),
        )


def grid_context(slot, cities, zone_name) -> dict:
    if not slot or not zone_name:
        return {"grid": None, "suggestions": []}
    start, duration = slot
    zone = ZoneInfo(zone_name)
    local_day = start.astimezone(zone).date()
    return {
        "grid": local_times(start, start + duration, cities),
        "suggestions": [
            s.astimezone(zone) for s in suggested_slots(local_day, zone, duration, cities)
        ],
        "grid_zone": zone,
        "grid_start": start,
    }


class MeetingCreateView(PermissionMixin, MeetingFormView):
    """Partner staff (for their organisation) and admins."""

    permission_required = "meetings.add_meeting"

    def get_meeting(self):
        return Meeting(timezone="Europe/Berlin")


class MeetingUpdateView(MeetingObjectMixin, MeetingFormView):
    """The organising partner's staff and admins; everyone else who may see it gets 403."""

    permission_required = "meetings.change_meeting"

    def get_meeting(self):
        return get_object_or_404(Meeting, pk=self.kwargs["pk"])


class MeetingGridView(PermissionMixin, View):
    """The grid fragment that the scheduling form fetches as people type (same audience)."""

    permission_required = "meetings.add_meeting"

    def get(self, request):
        form = GridForm(request.GET)
        slot = form.slot()
        cities = list(form.cleaned_data.get("invited_cities", [])) if slot else []
        context = grid_context(slot, cities, form.cleaned_data.get("timezone") if slot else None)
        return render(request, "meetings/includes/time_grid.html", context)


class MeetingCancelView(MeetingObjectMixin, View):
    """The organising partner's staff and admins, by POST."""

    permission_required = "meetings.change_meeting"
    http_method_names = ["post"]

    def post(self, request, pk):
        meeting = meeting_cancel(meeting=self.get_permission_object())
        messages.success(request, _("The meeting has been cancelled. Everyone invited is told."))
        return redirect(meeting)


class MeetingOutcomesView(MeetingObjectMixin, TemplateView):
    """The organising partner's staff and admins: outcomes and minutes."""

    permission_required = "meetings.change_meeting"
    template_name = "meetings/meeting_outcomes.html"

    def get(self, request, *args, **kwargs):
        form = OutcomesForm(
            instance=self.get_permission_object(), working_language=request.user.language
        )
        return self.render_to_response(
            self.get_context_data(form=form, meeting=self.get_permission_object())
        )

    def post(self, request, *args, **kwargs):
        form = OutcomesForm(
            request.POST,
            instance=get_object_or_404(Meeting, pk=kwargs["pk"]),
            working_language=request.user.language,
        )
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, meeting=self.get_permission_object())
            )
        meeting = meeting_close(meeting=form.instance, values=form_values(form))
        messages.success(request, _("The outcomes have been saved."))
        return redirect(meeting)


class RSVPView(MeetingObjectMixin, View):
    """The staff and mayors of invited cities, for their own city, by POST."""

    permission_required = "meetings.rsvp_meeting"
    http_method_names = ["post"]

    def post(self, request, pk):
        meeting = self.get_permission_object()
        form = RSVPForm(
            request.POST, cities=user_cities_invited(user=request.user, meeting=meeting)
        )
        people = AttendeeFormSet(request.POST, prefix="people")
        if not (form.is_valid() and people.is_valid()):
            errors = [str(e) for errors in form.errors.values() for e in errors]
            errors += [str(e) for row in people.errors for field in row.values() for e in field]
            errors += [str(e) for e in people.non_form_errors()]
            messages.error(
                request,
                _("Your answer was not saved: {errors}").format(errors=" ".join(errors)),
            )
            return redirect(meeting)
        rsvp_set(
            meeting=meeting,
            city=form.cleaned_data["city"],
            user=request.user,
            response=form.cleaned_data["response"],
            attendees=people.attendees(),
        )
        messages.success(request, _("Your answer has been saved."))
        return redirect(meeting)


class MeetingAttendanceExportView(MeetingObjectMixin, View):
    """The organising partner's staff and admins: every invited city's answer, as CSV."""

    permission_required = "meetings.change_meeting"

    def get(self, request, pk):
        meeting = self.get_permission_object()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="meeting-{meeting.pk}-attendance.csv"'
        )
        writer = csv_writer(response)
        writer.writerow(
            [
                _("City"),
                _("Answer"),
                _("Answered by"),
                _("Answered at"),
                _("Who attends"),
                _("Role"),
                _("Languages they can follow"),
                _("Other languages"),
                _("Needs interpretation"),
            ]
        )
        writer.writerows(attendance_rows(meeting))
        return response


class MeetingCalendarView(MeetingObjectMixin, View):
    """Whoever may see the meeting; the join link only for invitees and organisers."""

    def get(self, request, pk):
        meeting = self.get_permission_object()
        ics = meeting_ics(
            meeting, with_link=request.user.has_perm("meetings.view_join_link", meeting)
        )
        response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
        return response


@require_GET
def calendar_feed(request, token):
    """Public by secret address: the meetings of the feed owner's city or organisation."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    # Kept compressed (a year's feed shrinks about tenfold): sent as it is to the calendar
    # apps that accept gzip, which all the common ones do, and unpacked for the others.
    packed = cached(
        "meetings",
        ("feed.gz", feed.user.pk, get_language()),
        lambda: gzip.compress(
            feed_ics(meetings_for_feed(user=feed.user), name=_("Mayors Dialogue meetings")),
            mtime=0,
        ),
    )
    if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        response = HttpResponse(packed, content_type="text/calendar; charset=utf-8")
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(
            gzip.decompress(packed), content_type="text/calendar; charset=utf-8"
        )
    patch_vary_headers(response, ["Accept-Encoding"])
    return response
