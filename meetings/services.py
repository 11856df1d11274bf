from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from cities.models import City
from invitations.enums import OutreachReason
from invitations.services import outreach_request
from mayors_dialogue.emails import render_email
from mayors_dialogue.formats import datetime_range_in_zone
from mayors_dialogue.models import User, reader_zone
from mayors_dialogue.rows import RowInput, many_to_many_assign, rows_apply, values_assign
from mayors_dialogue.services import email_queue

from .calendar import meeting_ics
from .enums import MeetingStatus, NoticeKind, RSVPResponse
from .models import RSVP, AgendaItem, CalendarFeed, Meeting, MeetingNotice, new_feed_token
from .selectors import meeting_recipients, meeting_unreachable, meetings_due_for_reminder

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
    """Queue one email per person for this kind and version of the meeting (an invitation
    once per person, whatever the version). The notice row and the outbox row are written
    together, and the unique notice makes a second sweep, a retried task or a parallel worker
    send nothing twice. Returns how many were queued."""
    version = 0 if kind == NoticeKind.INVITATION else meeting.sequence
    queued = 0
    for user in users:
        with transaction.atomic():
            notice, created = MeetingNotice.objects.get_or_create(
                meeting=meeting, user=user, kind=kind, version=version
            )
            if not created:
                continue
            (notice.email,) = email_queue(
                message=_meeting_message(meeting, user, kind), language=user.language
            )
            notice.save(update_fields=["email"])
            queued += 1
    return queued


def meeting_save(*, meeting: Meeting, values: dict, agenda: list[RowInput], user: User) -> Meeting:
    """Create (`meeting` unsaved) or edit a meeting with its agenda rows, in one transaction.
    A new scheduled meeting invites everyone; a change to its title, time or place raises
    its SEQUENCE and sends an update. Emails are queued on commit; the returned meeting's
    `emails_queued` says how many. Invited cities and organisations that nobody could be
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
        meeting.emails_queued = 0
        if meeting.status == MeetingStatus.SCHEDULED:
            invited_before = set(
                meeting.notices.filter(kind=NoticeKind.INVITATION).values_list("user", flat=True)
            )
            recipients = list(meeting_recipients(meeting))
            # Newly invited people get the invitation; those invited before, an update.
            meeting.emails_queued = _notify(meeting, NoticeKind.INVITATION, recipients)
            if material:
                meeting.emails_queued += _notify(
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


def rsvp_set(*, meeting: Meeting, city: City, user: User, response: str, attendees: str) -> RSVP:
    """A city's answer, given by its staff or mayor; a later answer replaces the earlier."""
    with transaction.atomic():
        rsvp, _created = RSVP.objects.select_for_update().get_or_create(
            meeting=meeting,
            city=city,
            defaults={"response": response, "attendees": attendees, "responded_by": user},
        )
        rsvp.response = response
        rsvp.attendees = attendees if response != RSVPResponse.NOT_ATTENDING else ""
        rsvp.responded_by = user
        rsvp.full_clean()
        rsvp.save()
    return rsvp


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
