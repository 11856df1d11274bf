"""iCalendar (RFC 5545) for meetings: one file per meeting and the personal feeds."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from mayors_dialogue.translated import text_in

from .enums import MeetingStatus

PRODID = "-//Mayors Dialogue on Human Mobility//Meetings//EN"


def _calendar(method: str | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def _event(meeting, *, with_link: bool) -> Event:
    event = Event()
    event.add("uid", f"{meeting.uid}@mayors-dialogue")
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", meeting.start.astimezone(UTC))
    event.add("dtend", meeting.end.astimezone(UTC))
    event.add("summary", text_in(meeting, "title")[0])
    url = settings.SITE_URL + meeting.get_absolute_url()
    event.add("url", url)
    description = [text_in(meeting, "description")[0]] if meeting.description else []
    if with_link and meeting.is_online and meeting.video_link:
        description.append(meeting.video_link)
    description.append(url)
    event.add("description", "\n\n".join(description))
    location = []
    if meeting.is_on_site:
        location += [
            part for part in [meeting.venue, getattr(meeting.host_city, "name", "")] if part
        ]
    if with_link and meeting.is_online and meeting.video_link:
        location.append(meeting.video_link)
    if location:
        event.add("location", ", ".join(location))
    if meeting.organiser_id:
        organiser = vCalAddress("mailto:" + settings.DEFAULT_FROM_EMAIL.split("<")[-1].rstrip(">"))
        organiser.params["cn"] = vText(meeting.organiser.name)
        event.add("organizer", organiser)
    cancelled = meeting.status == MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if not cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", text_in(meeting, "title")[0])
        alarm.add("trigger", timedelta(minutes=-30))
        event.add_component(alarm)
    return event


def meeting_ics(meeting, *, with_link: bool, method: str | None = None) -> bytes:
    """One meeting; METHOD:CANCEL once it is cancelled. The join link only for invitees."""
    if method is None and meeting.status == MeetingStatus.CANCELLED:
        method = "CANCEL"
    calendar = _calendar(method)
    calendar.add_component(_event(meeting, with_link=with_link))
    return calendar.to_ical()


def feed_ics(meetings, *, name: str) -> bytes:
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(_event(meeting, with_link=True))
    return calendar.to_ical()
