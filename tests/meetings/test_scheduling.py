import re
from datetime import UTC, datetime, timedelta
from io import StringIO

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cities.models import City, PartnerOrganisation
from meetings.models import Meeting, MeetingNotice
from meetings.services import meeting_reminders_send

from .conftest import meeting_post_data


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    mail.outbox.clear()


def ids(*slugs):
    return [City.objects.get(slug=slug).pk for slug in slugs]


def local_time_of(html: str, city: str) -> str:
    row = re.search(rf"<th scope=\"row\">{city}</th>\s*<td>\s*([^<]+?)\s*<span", html).group(1)
    return row.split(", ")[1][:5]


def schedule(client, django_capture_on_commit_callbacks, **overrides):
    assert client.login(email="partner.odi@example.org", password="dialogue-demo-2021")
    data = meeting_post_data(
        invited_cities=ids("maputo", "accra", "dakar"),
        organiser=PartnerOrganisation.objects.get(slug="odi").pk,
        **overrides,
    )
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/en/meetings/new/", data)


def test_preview_shows_local_times_in_each_invited_city(client, demo):
    assert client.login(email="partner.odi@example.org", password="dialogue-demo-2021")
    data = meeting_post_data(invited_cities=ids("maputo", "accra", "dakar"), preview="1")

    response = client.post("/en/meetings/new/", data)

    assert response.status_code == 200
    assert Meeting.objects.filter(title_en="Labour migration exchange").count() == 0
    assert local_time_of(response.text, "Maputo") == "15:00"
    assert local_time_of(response.text, "Accra") == "13:00"
    assert local_time_of(response.text, "Dakar") == "13:00"


def test_the_grid_fragment_answers_the_live_form(client, demo):
    assert client.login(email="partner.odi@example.org", password="dialogue-demo-2021")
    query = "day=2030-01-14&start_time=14:00&end_time=16:00&timezone=Europe/Berlin"
    query += "".join(f"&invited_cities={pk}" for pk in ids("maputo", "kampala"))

    response = client.get(f"/en/meetings/grid/?{query}")

    assert response.status_code == 200
    assert local_time_of(response.text, "Maputo") == "15:00"
    assert local_time_of(response.text, "Kampala") == "16:00"
    assert response.text.startswith('\n<div id="time-grid"')


def test_scheduling_invites_everyone_in_their_language_with_an_ics(
    client, demo, django_capture_on_commit_callbacks
):
    response = schedule(client, django_capture_on_commit_callbacks)

    meeting = Meeting.objects.get(title_en="Labour migration exchange")
    assert response["Location"] == f"/en/meetings/{meeting.pk}/"
    assert meeting.start == datetime(2030, 1, 14, 13, tzinfo=UTC)
    page = client.get(response["Location"]).text
    assert local_time_of(page, "Maputo") == "15:00"
    assert local_time_of(page, "Dakar") == "13:00"
    (dakar_email,) = [m for m in mail.outbox if m.to == ["staff.dakar@example.org"]]
    assert dakar_email.subject == "Invitation : Labour migration exchange"
    assert "14 janvier 2030, 13:00–15:00, Dakar, heure locale (UTC+0)" in dakar_email.body
    assert (
        "Heure de la réunion : 14 janvier 2030, 14:00–16:00, Berlin, heure locale (UTC+1)"
        in dakar_email.body
    )
    name, content, mimetype = dakar_email.attachments[0]
    assert (name, mimetype) == ("meeting.ics", "text/calendar; method=REQUEST; charset=utf-8")
    calendar = icalendar.Calendar.from_ical(content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2030, 1, 14, 13, tzinfo=UTC)
    assert event["SEQUENCE"] == 0
    assert str(event["LOCATION"]) == "https://meet.example.org/exchange"
    assert calendar.walk("VALARM")
    assert sorted(m.to[0] for m in mail.outbox) == ["staff.dakar@example.org"]


def test_editing_the_title_sends_an_update_with_a_higher_sequence(
    client, demo, django_capture_on_commit_callbacks
):
    schedule(client, django_capture_on_commit_callbacks)
    meeting = Meeting.objects.get(title_en="Labour migration exchange")
    mail.outbox.clear()
    data = meeting_post_data(
        title_en="Labour migration and skills exchange",
        invited_cities=ids("maputo", "accra", "dakar"),
        organiser=meeting.organiser_id,
    )

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/meetings/{meeting.pk}/edit/", data)

    meeting.refresh_from_db()
    assert meeting.sequence == 1
    (update,) = mail.outbox
    assert update.subject == "Mise à jour : Labour migration and skills exchange"
    (event,) = icalendar.Calendar.from_ical(update.attachments[0][1]).walk("VEVENT")
    assert (event["SEQUENCE"], str(event["SUMMARY"])) == (1, "Labour migration and skills exchange")


def test_editing_shows_and_keeps_the_same_wall_clock_across_summer_time(
    client, demo, django_capture_on_commit_callbacks
):
    schedule(
        client,
        django_capture_on_commit_callbacks,
        day="2030-07-10",
        start_time="09:30",
        end_time="11:00",
    )
    meeting = Meeting.objects.get(title_en="Labour migration exchange")
    mail.outbox.clear()

    form = client.get(f"/en/meetings/{meeting.pk}/edit/").context["form"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/meetings/{meeting.pk}/edit/",
            meeting_post_data(
                day="2030-07-10",
                start_time="09:30",
                end_time="11:00",
                invited_cities=ids("maputo", "accra", "dakar"),
                organiser=meeting.organiser_id,
            ),
        )

    assert (str(form.initial["day"]), str(form.initial["start_time"])) == ("2030-07-10", "09:30:00")
    meeting.refresh_from_db()
    assert meeting.start == datetime(2030, 7, 10, 7, 30, tzinfo=UTC)
    assert (meeting.sequence, mail.outbox) == (0, [])


@pytest.mark.parametrize(
    ("day", "at", "message"),
    [
        (
            "2030-03-31",
            "02:30",
            "02:30 does not exist in Europe/Berlin that day: the clocks skip it.",
        ),
        (
            "2030-10-27",
            "02:30",
            "02:30 happens twice in Europe/Berlin that day, when the clocks go back. Choose another time.",
        ),
    ],
)
def test_times_in_a_clock_change_are_field_errors(client, demo, day, at, message):
    assert client.login(email="partner.odi@example.org", password="dialogue-demo-2021")

    response = client.post(
        "/en/meetings/new/", meeting_post_data(day=day, start_time=at, end_time="04:00")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["start_time"] == [message]


def test_cancelling_sends_method_cancel(client, demo, django_capture_on_commit_callbacks):
    schedule(client, django_capture_on_commit_callbacks)
    meeting = Meeting.objects.get(title_en="Labour migration exchange")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/meetings/{meeting.pk}/cancel/")

    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence) == ("cancelled", 1)
    (notice,) = mail.outbox
    calendar = icalendar.Calendar.from_ical(notice.attachments[0][1])
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_send_reminders_twice_sends_one_to_each_attending_or_unanswered_person(
    client, demo, django_capture_on_commit_callbacks
):
    schedule(client, django_capture_on_commit_callbacks)
    meeting = Meeting.objects.get(title_en="Labour migration exchange")
    client.login(email="staff.freetown@example.org", password="dialogue-demo-2021")
    meeting.invited_cities.add(City.objects.get(slug="freetown"), City.objects.get(slug="milan"))
    from meetings.models import RSVP

    RSVP.objects.create(
        meeting=meeting, city=City.objects.get(slug="milan"), response="not_attending"
    )
    mail.outbox.clear()
    day_before = meeting.start - timedelta(hours=23)

    with django_capture_on_commit_callbacks(execute=True):
        assert meeting_reminders_send(now=day_before) == 2
        assert meeting_reminders_send(now=day_before) == 0
        out = StringIO()
        call_command("meeting_reminders_send", stdout=out)

    # the command, at today's time, reminds only of the demo meeting that starts soon
    due_now = Meeting.objects.exclude(pk=meeting.pk).filter(reminder_hours__gt=24).get()
    assert out.getvalue() == "Meeting reminders queued: 4.\n"
    assert MeetingNotice.objects.filter(meeting=due_now, kind="reminder").count() == 4
    reminders = [m for m in mail.outbox if "Labour migration exchange" in m.subject]
    assert sorted(m.to[0] for m in reminders) == [
        "staff.dakar@example.org",
        "staff.freetown@example.org",
    ]
    assert MeetingNotice.objects.filter(meeting=meeting, kind="reminder").count() == 2
    reminder = next(m for m in reminders if m.to == ["staff.freetown@example.org"])
    assert reminder.subject == "Reminder: Labour migration exchange"
    assert "When: 14 January 2030, 13:00–15:00, Freetown time (UTC+0)" in reminder.body
    assert "Video link: https://meet.example.org/exchange" in reminder.body


def test_reminders_wait_for_their_time(client, demo, django_capture_on_commit_callbacks):
    schedule(client, django_capture_on_commit_callbacks)
    meeting = Meeting.objects.get(title_en="Labour migration exchange")

    meeting_reminders_send(now=timezone.now())

    assert MeetingNotice.objects.filter(meeting=meeting, kind="reminder").count() == 0
