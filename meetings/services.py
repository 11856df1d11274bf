from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from cities.models import City
from cities.services import catalogue_names_set, catalogue_save, catalogue_slug_set
from invitations.enums import OutreachReason
from invitations.services import outreach_request
from mayors_dialogue.emails import render_email
from mayors_dialogue.enums import Language
from mayors_dialogue.formats import datetime_in_zone, datetime_range_in_zone
from mayors_dialogue.models import User, reader_zone
from mayors_dialogue.rows import RowInput, many_to_many_assign, rows_apply, values_assign
from mayors_dialogue.services import email_queue
from notifications.services import notify

from .calendar import meeting_ics
from .enums import MeetingStatus, NoticeKind, RSVPResponse
from .models import (
    RSVP,
    AgendaItem,
    Attendee,
    CalendarFeed,
    Meeting,
    MeetingNotice,
    Series,
    new_feed_token,
)
from .notifications import ANSWER, kind_name
from .selectors import (
    meeting_organisers,
    meeting_recipients,
    meeting_unreachable,
    meetings_due_for_reminder,
)

# What a change must touch to be worth an update notice (and a new SEQUENCE).
MATERIAL_FIELDS = [
    *(f"title_{code}" for code in ("en", "de", "fr", "pt")),
    "start",
    "end",
    "timezone",
    "format",
    "venue",
    "host_city",
    "video_link",
]


def _meeting_message(meeting: Meeting, user: User, kind: str):
    """One email about the meeting, in the recipient's language, with the times in their zone
    (named) and the meeting's own zone where it differs, and the .ics attached."""
    zone = reader_zone(user) or ZoneInfo(meeting.timezone)
    meeting_zone = ZoneInfo(meeting.timezone)
    with translation.override(user.language):
        # the times, the page's address and the calendar file, all in the recipient's language
        starts = datetime_range_in_zone(meeting.start, meeting.end, zone)
        starts_there = (
            datetime_range_in_zone(meeting.start, meeting.end, meeting_zone)
            if zone.key != meeting_zone.key
            else ""
        )
        url = settings.SITE_URL + meeting.get_absolute_url()
        method = "CANCEL" if kind == NoticeKind.CANCELLATION else "REQUEST"
        ics = meeting_ics(meeting, with_link=True, method=method).decode()
    context = {
        "meeting": meeting,
        "kind": kind,
        "recipient": user,
        "starts": starts,
        "starts_there": starts_there,
        "url": url,
    }
    message = render_email("meeting", context, to=user.email, language=user.language, zone=zone)
    if kind != NoticeKind.REMINDER:
        message.attach("meeting.ics", ics, f"text/calendar; method={method}; charset=utf-8")
    return message


def _notify(meeting: Meeting, kind: str, users) -> int:
    """Tell each person once for this kind and version of the meeting (an invitation once
    per person, whatever the version): a notification, and the email with its calendar file
    for those who want it at once (the others get it in their digest, or not by email). The
    unique notice makes a second sweep, a retried task or a parallel worker tell nobody
    twice. Returns how many people were told."""
    version = 0 if kind == NoticeKind.INVITATION else meeting.sequence
    with transaction.atomic():
        new = []
        for user in users:
            notice, created = MeetingNotice.objects.get_or_create(
                meeting=meeting, user=user, kind=kind, version=version
            )
            if created:
                new.append((user, notice))
        email_now = notify(
            users=[user for user, _notice in new], kind=kind_name(kind), target=meeting
        )
        for user, notice in new:
            if user.pk in email_now:
                (notice.email,) = email_queue(
                    message=_meeting_message(meeting, user, kind), language=user.language
                )
                notice.save(update_fields=["email"])
    return len(new)


def meeting_save(*, meeting: Meeting, values: dict, agenda: list[RowInput], user: User) -> Meeting:
    """Create (`meeting` unsaved) or edit a meeting with its agenda rows, in one transaction.
    A new scheduled meeting invites everyone; a change to its title, time or place raises
    its SEQUENCE and sends an update. Emails are queued on commit; the returned meeting's
    `people_told` says how many people were told. Invited cities and organisations that nobody could be
    told at go on the secretariat's list (`meeting_unreachable`)."""
    creating = meeting.pk is None
    with transaction.atomic():
        if creating:
            meeting = Meeting(created_by=user)
        else:
            meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        changed, later = values_assign(meeting, values)
        material = not creating and bool(set(changed) & set(MATERIAL_FIELDS))
        if material:
            meeting.sequence += 1
        meeting.full_clean()
        meeting.save()
        many_to_many_assign(meeting, later)
        rows_apply(AgendaItem, agenda, parent={"meeting": meeting})
        meeting.people_told = 0
        if meeting.status == MeetingStatus.SCHEDULED:
            invited_before = set(
                meeting.notices.filter(kind=NoticeKind.INVITATION).values_list("user", flat=True)
            )
            recipients = list(meeting_recipients(meeting))
            # Newly invited people get the invitation; those invited before, an update.
            meeting.people_told = _notify(meeting, NoticeKind.INVITATION, recipients)
            if material:
                meeting.people_told += _notify(
                    meeting,
                    NoticeKind.UPDATE,
                    [user for user in recipients if user.pk in invited_before],
                )
            meeting_unreachable_report(meeting=meeting, requested_by=user)
    return meeting


def meeting_unreachable_report(*, meeting: Meeting, requested_by: User | None) -> None:
    """Put the invited cities and organisations that nobody could be told at on the
    secretariat's list (once each)."""
    for target in meeting_unreachable(meeting):
        outreach_request(
            reason=OutreachReason.MEETING,
            requested_by=requested_by,
            **{"city" if isinstance(target, City) else "organisation": target},
        )


def meeting_cancel(*, meeting: Meeting) -> Meeting:
    """Cancel: a new SEQUENCE and a cancellation (METHOD:CANCEL) to everyone invited."""
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.HELD):
            return meeting
        meeting.status = MeetingStatus.CANCELLED
        meeting.sequence += 1
        meeting.save(update_fields=["status", "sequence", "updated_at"])
        _notify(meeting, NoticeKind.CANCELLATION, meeting_recipients(meeting))
    return meeting


def meeting_close(*, meeting: Meeting, values: dict) -> Meeting:
    """Record outcomes and minutes; a meeting that has ended is marked held."""
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        values_assign(meeting, values)
        if meeting.status == MeetingStatus.SCHEDULED and meeting.end <= timezone.now():
            meeting.status = MeetingStatus.HELD
        meeting.full_clean()
        meeting.save()
    return meeting


@dataclass(frozen=True)
class AttendeeInput:
    name: str
    role: str = ""
    languages: tuple[str, ...] = ()
    other_languages: str = ""


def rsvp_set(
    *, meeting: Meeting, city: City, user: User, response: str, attendees: list[AttendeeInput]
) -> RSVP:
    """A city's answer, given by its staff or mayor, with the people who attend; a later
    answer replaces the earlier, its list of people too (a city that does not attend has
    none). The organisers are told: a new or changed answer is one notification each,
    brought up to date until they read it or a digest carries it."""
    with transaction.atomic():
        rsvp, created = RSVP.objects.select_for_update().get_or_create(
            meeting=meeting,
            city=city,
            defaults={"response": response, "responded_by": user},
        )
        before = (rsvp.response, _attendance(rsvp)) if not created else None
        rsvp.response = response
        rsvp.responded_by = user
        rsvp.full_clean()
        rsvp.save()
        rsvp.people.all().delete()
        if response != RSVPResponse.NOT_ATTENDING:
            for position, person in enumerate(attendees):
                attendee = Attendee(
                    rsvp=rsvp,
                    position=position,
                    name=person.name,
                    role=person.role,
                    languages=[code for code in Language.values if code in person.languages],
                    other_languages=person.other_languages,
                )
                attendee.full_clean()
                attendee.save()
        if before != (rsvp.response, _attendance(rsvp)):
            organisers = meeting_organisers(meeting).exclude(pk=user.pk)
            email_now = notify(
                users=organisers,
                kind=ANSWER,
                target=meeting,
                city=city,
                detail=response,
                coalesce=True,
            )
            for organiser in organisers:
                if organiser.pk in email_now:
                    _answer_email(organiser, rsvp)
    return rsvp


def _attendance(rsvp: RSVP) -> list[tuple]:
    return [(a.name, a.role, tuple(a.languages), a.other_languages) for a in rsvp.people.all()]


def _answer_email(user: User, rsvp: RSVP) -> None:
    zone = reader_zone(user) or ZoneInfo(rsvp.meeting.timezone)
    with translation.override(user.language):
        url = settings.SITE_URL + rsvp.meeting.get_absolute_url() + "#answers"
        when = datetime_in_zone(rsvp.updated_at, zone)
    message = render_email(
        "answer",
        {"rsvp": rsvp, "meeting": rsvp.meeting, "recipient": user, "url": url, "when": when},
        to=user.email,
        language=user.language,
        zone=zone,
    )
    email_queue(message=message, language=user.language)


def meeting_reminders_send(*, now=None) -> int:
    """The reminder sweep (beat, and `meeting_reminders_send`): for each scheduled meeting whose
    reminder time has come, one reminder per person attending or not yet answered, per
    meeting version. Returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    for meeting in meetings_due_for_reminder(now=now):
        users = meeting_recipients(meeting, only_attending_or_unanswered=True)
        queued += _notify(meeting, NoticeKind.REMINDER, users)
    return queued


def calendar_feed_reset(*, user: User) -> CalendarFeed:
    """A new secret address for the personal feed; the old one stops working."""
    with transaction.atomic():
        feed, _created = CalendarFeed.objects.get_or_create(user=user)
        feed.token = new_feed_token()
        feed.save(update_fields=["token"])
    return feed


SERIES_SLUG_TAKEN = _(
    "Another series already has this slug. Choose another one, or leave it empty to make one "
    "from the English name."
)
SERIES_NAME_TAKEN = _("There is already a series called {name}.")


def series_create(*, names: dict[str, str], slug: str = "", is_summit: bool = False) -> Series:
    """A new meeting series (names by language code, English required). Without a slug, one
    is made from the English name.

    Several series may be summit series at once: the summit page shows the meetings of every
    one of them (the summit held and the one being prepared), so marking one leaves the
    others as they are. The cached meeting pages are retired (the "meetings" domain, by
    signal)."""
    with transaction.atomic():
        series = Series(is_summit=is_summit)
        catalogue_names_set(series, names)
        catalogue_slug_set(series, slug, taken=SERIES_SLUG_TAKEN)
        catalogue_save(series, name_taken=SERIES_NAME_TAKEN, slug_taken=SERIES_SLUG_TAKEN)
    return series


def series_update(
    *, series: Series, names: dict[str, str], slug: str = "", is_summit: bool
) -> Series:
    """Rename a series, change its slug (none given: made from the English name) or whether
    its meetings make up the summit page (other summit series stay summit series). Its
    meetings show the new name; the cached meeting pages are retired (signal)."""
    with transaction.atomic():
        series = Series.objects.select_for_update().get(pk=series.pk)
        catalogue_names_set(series, names)
        series.is_summit = is_summit
        catalogue_slug_set(series, slug, taken=SERIES_SLUG_TAKEN)
        catalogue_save(series, name_taken=SERIES_NAME_TAKEN, slug_taken=SERIES_SLUG_TAKEN)
    return series
