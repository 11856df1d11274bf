import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, F, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from cities.models import City, CityMembership, PartnerMembership
from cities.selectors import display_sort_key
from mayors_dialogue.enums import EmailStatus, Language
from mayors_dialogue.models import Email, User, reader_zone
from mayors_dialogue.translated import shown_text, translated_names

from .enums import MeetingStatus, RSVPResponse
from .models import RSVP, AgendaItem, CalendarFeed, Meeting


def meetings_for_list(*, user):
    return Meeting.objects.visible_to(user).select_related("series", "organiser", "host_city")


PROFILE_SHOWN = 3


def _upcoming_and_past(meetings) -> dict:
    """The next few and the latest few of `meetings`, and how many there are: four queries."""
    now = timezone.now()
    upcoming = list(meetings.upcoming(now=now)[:PROFILE_SHOWN])
    past = list(meetings.past(now=now)[:PROFILE_SHOWN])
    count = meetings.count()
    return {
        "upcoming": upcoming,
        "past": past,
        "count": count,
        "more": count - len(upcoming) - len(past),
    }


def meetings_for_city(*, city: City, user) -> dict:
    """The section of a city's profile: the meetings it is invited to that the reader may
    see, the next and the latest few."""
    # the city's meetings first (an index read), then which of them the reader may see:
    # joined the other way, a signed-in reader's visibility rules were checked on every
    # meeting in date order until three of the city's were found
    invited = Meeting.invited_cities.through.objects.filter(city=city)
    meetings = Meeting.objects.visible_to(user).filter(
        # no meeting has id 0: the same queries with or without meetings
        pk__in=list(invited.values_list("meeting_id", flat=True)) or [0]
    )
    return {"city_meetings": _upcoming_and_past(meetings.exclude(status=MeetingStatus.DRAFT))}


def meetings_organised_by(*, organisation, user) -> dict:
    """The section of a partner's profile: the meetings it organises that the reader may
    see."""
    meetings = Meeting.objects.visible_to(user).filter(organiser=organisation)
    return {"organised_meetings": _upcoming_and_past(meetings.exclude(status=MeetingStatus.DRAFT))}


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
        Prefetch(
            "rsvps",
            queryset=RSVP.objects.select_related("city", "responded_by").prefetch_related("people"),
        ),
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


def meeting_organisers(meeting: Meeting):
    """Who is told of the answers: the organising organisation's people, else whoever
    scheduled the meeting."""
    if meeting.organiser_id:
        people = PartnerMembership.objects.filter(organisation_id=meeting.organiser_id)
        return User.objects.filter(pk__in=people.values("user"), is_active=True).order_by("pk")
    return User.objects.filter(pk=meeting.created_by_id, is_active=True)


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


def language_name(code: str, *, in_sentence: bool = False) -> str:
    """A dialogue language's name in the active language ("Französisch", "Anglais"); inside
    a sentence in lower case where the language writes it so ("held in anglais")."""
    name = str(get_language_info(code)["name_translated"])
    return name.lower() if in_sentence and get_language() not in ("en", "de") else name


@dataclass(frozen=True)
class InterpretationNeeds:
    """Who needs interpretation, among the people of the cities that attend or may attend:
    those who cannot follow the meeting's spoken language. `into` counts them per language
    they can follow (a person who follows French and Portuguese counts in both); `other`
    per language they named; `unstated` are those who gave no language."""

    spoken: str
    people: int
    needing: int
    into: list[tuple[str, int]]
    other: list[tuple[str, int]]
    unstated: int


def interpretation_needs(meeting: Meeting) -> InterpretationNeeds:
    """From the meeting's prefetched answers and people (no query)."""
    coming = (RSVPResponse.ATTENDING, RSVPResponse.MAYBE)
    people = [
        person
        for rsvp in meeting.rsvps.all()
        if rsvp.response in coming
        for person in rsvp.people.all()
    ]
    stated = [p for p in people if p.languages or p.other_languages]
    needing = [p for p in stated if not p.follows(meeting.language)]
    into = Counter(code for person in needing for code in person.languages)
    other = Counter()
    for person in needing:
        for name in re.split(r"[,;/]", person.other_languages):
            if name.strip():
                other[name.strip().capitalize()] += 1
    return InterpretationNeeds(
        spoken=language_name(meeting.language, in_sentence=True),
        people=len(people),
        needing=len(needing),
        into=[
            (language_name(code), into[code])
            for code in Language.values
            if code != meeting.language and into[code]
        ],
        other=sorted(other.items(), key=lambda item: (-item[1], item[0])),
        unstated=len(people) - len(stated),
    )


def attendance_rows(meeting: Meeting):
    """One row per person attending (one for an invited city with nobody named), the cities
    by the name their reader sees: the city's answer, who gave it and when (in the reader's
    zone), the person, their role and languages, and whether they need interpretation. For
    the organiser's CSV; three queries."""
    answers = {
        rsvp.city_id: rsvp
        for rsvp in meeting.rsvps.select_related("responded_by").prefetch_related("people")
    }
    for city in meeting.invited_cities.order_by(shown_text("name"), "pk"):
        answer = answers.get(city.pk)
        city_columns = [
            str(city.name),
            answer.get_response_display() if answer else "",
            str(answer.responded_by or "") if answer else "",
            date_format(timezone.localtime(answer.updated_at), "SHORT_DATETIME_FORMAT")
            if answer
            else "",
        ]
        people = list(answer.people.all()) if answer else []
        if not people:
            yield [*city_columns, "", "", "", "", ""]
        for person in people:
            stated = person.languages or person.other_languages
            yield [
                *city_columns,
                person.name,
                person.role,
                ", ".join(person.language_labels()),
                person.other_languages,
                (_("yes") if not person.follows(meeting.language) else _("no")) if stated else "",
            ]


def meeting_delivery(meeting: Meeting) -> dict[str, int]:
    """How the meeting's emails fared, for its organiser: delivered, waiting and failed."""
    counts = dict(
        Email.objects.filter(pk__in=meeting.notices.values("email"))
        .values_list("status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    delivery = {status: counts.get(status, 0) for status in EmailStatus.values}
    delivery[EmailStatus.QUEUED] += delivery.pop(EmailStatus.SENDING)  # still waiting
    return delivery


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


def meetings_for_cities_home(*, cities, now) -> dict[int, list[tuple[Meeting, RSVP | None]]]:
    """For each city, its upcoming scheduled meetings (soonest first) with its answer or None:
    the personal home's "awaiting your answer" and "coming up". Two queries for any number
    of cities."""
    ids = [city.pk for city in cities]
    invited = Meeting.invited_cities.through
    rows = (
        invited.objects.filter(
            city_id__in=ids, meeting__status=MeetingStatus.SCHEDULED, meeting__end__gte=now
        )
        .select_related("meeting")
        .order_by("meeting__start", "meeting__pk")
    )
    rows = list(rows)
    answers = {
        (rsvp.meeting_id, rsvp.city_id): rsvp
        for rsvp in RSVP.objects.filter(
            city_id__in=ids, meeting_id__in={row.meeting_id for row in rows}
        )
    }
    result = {pk: [] for pk in ids}
    for row in rows:
        result[row.city_id].append((row.meeting, answers.get((row.meeting_id, row.city_id))))
    return result


def meetings_organised_home(*, organisations, now, limit: int = 6) -> list[Meeting]:
    """The organisations' upcoming meetings, with their invited cities and answers loaded for
    the answer counts, the cities that have not answered and the interpretation needs. Five
    queries, whatever the number of meetings."""
    return list(
        Meeting.objects.filter(
            organiser__in=organisations, end__gte=now, status=MeetingStatus.SCHEDULED
        )
        .prefetch_related(
            "invited_cities",
            Prefetch("rsvps", queryset=RSVP.objects.prefetch_related("people")),
        )
        .order_by("start", "pk")[:limit]
    )


def unanswered_cities(meeting: Meeting) -> list[City]:
    """From a meeting with its invited cities and answers prefetched."""
    answered = {rsvp.city_id for rsvp in meeting.rsvps.all()}
    return sorted(
        (city for city in meeting.invited_cities.all() if city.pk not in answered),
        key=lambda city: display_sort_key(str(city.name)),
    )


def meetings_missing_answers(*, now, days: int = 14):
    """Scheduled meetings starting in the next `days` that some invited city has not
    answered, with `invited` and `answered` counts: for the secretariat."""
    return (
        Meeting.objects.filter(
            status=MeetingStatus.SCHEDULED, start__gte=now, start__lte=now + timedelta(days=days)
        )
        .annotate(
            invited=Count("invited_cities", distinct=True),
            answered=Count("rsvps", distinct=True),
        )
        .filter(answered__lt=F("invited"))
        .order_by("start", "pk")
    )


def meetings_next(*, user, limit: int = 4) -> list[Meeting]:
    """The next scheduled meetings the reader may see, for the home page: one query, read
    along the index of start times."""
    return list(
        Meeting.objects.visible_to(user)
        .filter(status=MeetingStatus.SCHEDULED, start__gte=timezone.now())
        .only(
            "pk",
            "start",
            "format",
            "status",
            "original_language",
            "title",
            *translated_names("title"),
        )
        .order_by("start", "pk")[:limit]
    )
