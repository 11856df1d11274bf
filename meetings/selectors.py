from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format

from cities.models import City, CityMembership, PartnerMembership
from cities.selectors import display_sort_key
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email, User, reader_zone
from mayors_dialogue.translated import shown_text

from .enums import MeetingStatus, RSVPResponse
from .models import RSVP, AgendaItem, CalendarFeed, Meeting


def meetings_for_list(*, user):
    return Meeting.objects.visible_to(user).select_related("series", "organiser", "host_city")


def meetings_for_city(*, city: City, user) -> dict:
    """The section of a city's profile: the latest meetings it is invited to that the reader
    may see."""
    meetings = Meeting.objects.visible_to(user).filter(invited_cities=city).order_by("-start")
    return {"meetings": list(meetings[:6])}


def meetings_citing(*, document, user) -> dict:
    """The section of a document's page: the meetings whose agenda cites it that the reader
    may open, latest first."""
    meetings = (
        Meeting.objects.visible_to(user)
        .filter(pk__in=AgendaItem.objects.filter(documents=document).values("meeting_id"))
        .order_by("-start", "-pk")
    )
    return {"meetings": list(meetings)}


def meeting_for_page(*, pk: int) -> Meeting:
    queryset = Meeting.objects.select_related("series", "organiser", "host_city").prefetch_related(
        "invited_cities",
        "invited_organisations",
        "themes",
        Prefetch("agenda_items", queryset=AgendaItem.objects.prefetch_related("documents")),
        Prefetch("rsvps", queryset=RSVP.objects.select_related("city", "responded_by")),
    )
    return get_object_or_404(queryset, pk=pk)


def viewer_zone(user, meeting: Meeting) -> ZoneInfo:
    """The viewer's setting, else their city's zone, else the meeting's own zone."""
    return reader_zone(user) or ZoneInfo(meeting.timezone)


def invited_cities_sorted(meeting: Meeting) -> list[City]:
    return sorted(meeting.invited_cities.all(), key=lambda city: display_sort_key(city.name))


def rsvp_summary(meeting: Meeting) -> dict[str, int]:
    answers = {rsvp.city_id: rsvp.response for rsvp in meeting.rsvps.all()}
    summary = dict.fromkeys(RSVPResponse.values, 0)
    for response in answers.values():
        summary[response] += 1
    summary["unanswered"] = len(meeting.invited_cities.all()) - len(answers)
    return summary


def user_cities_invited(*, user, meeting: Meeting) -> list[City]:
    """The invited cities this person answers for."""
    if not user.is_authenticated:
        return []
    ids = set(CityMembership.objects.filter(user=user).values_list("city_id", flat=True))
    return [city for city in meeting.invited_cities.all() if city.pk in ids]


def meeting_recipients(meeting: Meeting, *, only_attending_or_unanswered: bool = False):
    """Everyone the meeting's emails go to: the people of the invited cities and
    organisations. For reminders, only cities that answered "attending" or not at all."""
    cities = meeting.invited_cities.all()
    if only_attending_or_unanswered:
        declined = meeting.rsvps.exclude(response=RSVPResponse.ATTENDING).values("city")
        cities = cities.exclude(pk__in=declined)
    city_users = CityMembership.objects.filter(city__in=cities).values("user")
    organisation_users = PartnerMembership.objects.filter(
        organisation__in=meeting.invited_organisations.all()
    ).values("user")
    return User.objects.filter(
        Q(pk__in=city_users) | Q(pk__in=organisation_users), is_active=True
    ).order_by("pk")


def meeting_unreachable(meeting: Meeting) -> list:
    """The invited cities, then organisations, with no active person on the platform: nothing
    the meeting sends reaches them."""
    cities = meeting.invited_cities.exclude(
        pk__in=CityMembership.objects.filter(user__is_active=True).values("city")
    )
    organisations = meeting.invited_organisations.exclude(
        pk__in=PartnerMembership.objects.filter(user__is_active=True).values("organisation")
    )
    return [*cities.order_by(shown_text("name")), *organisations.order_by(shown_text("name"))]


def attendance_rows(meeting: Meeting):
    """One row per invited city, by the name its reader sees: its answer, who gave it and
    when (in the reader's zone), and who attends. For the organiser's CSV; two queries."""
    answers = {
        rsvp.city_id: rsvp for rsvp in meeting.rsvps.select_related("responded_by").order_by()
    }
    for city in meeting.invited_cities.order_by(shown_text("name"), "pk"):
        answer = answers.get(city.pk)
        yield [
            str(city.name),
            answer.get_response_display() if answer else "",
            str(answer.responded_by or "") if answer else "",
            date_format(timezone.localtime(answer.updated_at), "SHORT_DATETIME_FORMAT")
            if answer
            else "",
            answer.attendees if answer else "",
        ]


def meeting_delivery(meeting: Meeting) -> dict[str, int]:
    """How the meeting's emails fared, for its organiser: delivered, waiting and failed."""
    counts = dict(
        Email.objects.filter(pk__in=meeting.notices.values("email"))
        .values_list("status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {status: counts.get(status, 0) for status in EmailStatus.values}


def meetings_due_for_reminder(*, now: datetime):
    return [
        meeting
        for meeting in Meeting.objects.filter(status=MeetingStatus.SCHEDULED, start__gt=now)
        if meeting.reminder_at <= now
    ]


def calendar_feed_for(user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def meetings_for_feed(*, user):
    return (
        Meeting.objects.for_user(user)
        .select_related("organiser", "host_city", "series")
        .order_by("start")
    )


def summit_meetings(*, user):
    return meetings_for_list(user=user).filter(series__is_summit=True).order_by("start")


def briefing_pack(meeting: Meeting, *, user) -> list:
    """The documents on the meeting's agenda that the viewer may see, once each, in order."""
    from evidence.models import EvidenceDocument

    seen, pack = set(), []
    visible = set(
        EvidenceDocument.objects.visible_to(user)
        .filter(agenda_items__meeting=meeting)
        .values_list("pk", flat=True)
    )
    for item in meeting.agenda_items.all():
        for document in item.documents.all():
            if document.pk in visible and document.pk not in seen:
                seen.add(document.pk)
                pack.append(document)
    return pack
