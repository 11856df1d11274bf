import gzip
import re

import icalendar
import pytest

from meetings.models import RSVP, CalendarFeed
from meetings.selectors import calendar_feed_for

from .conftest import answer_data, meeting_post_data


@pytest.fixture
def organisation(partner_staff):
    return partner_staff.partner_memberships.get().organisation


@pytest.fixture
def meeting(make_meeting, city_a, organisation):
    return make_meeting(cities=[city_a], organiser=organisation)


@pytest.mark.parametrize(
    ("role", "status"),
    [("partner_staff", 200), ("admin", 200), ("staff_a", 403), ("mayor_a", 403)],
)
def test_scheduling_is_for_partner_staff_and_admins(client, roles, role, status):
    client.force_login(roles[role])

    assert client.get("/en/meetings/new/").status_code == status


def test_scheduling_sends_anonymous_visitors_to_sign_in(client, db):
    assert (
        client.get("/en/meetings/new/")["Location"] == "/en/accounts/login/?next=/en/meetings/new/"
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [("partner_staff", 200), ("admin", 200), ("staff_a", 403), ("staff_b", 403), ("mayor_a", 403)],
)
def test_editing_is_for_the_organisers_and_admins(client, roles, meeting, role, status):
    client.force_login(roles[role])

    assert client.get(f"/en/meetings/{meeting.pk}/edit/").status_code == status


def test_staff_of_another_partner_cannot_edit_or_cancel(client, meeting, db):
    from tests.factories import PartnerMembershipFactory

    client.force_login(PartnerMembershipFactory().user)

    assert client.post(f"/en/meetings/{meeting.pk}/edit/", meeting_post_data()).status_code == 403
    assert client.post(f"/en/meetings/{meeting.pk}/cancel/").status_code == 403
    meeting.refresh_from_db()
    assert (meeting.title_en, meeting.status) == ("Dialogue meeting", "scheduled")


def test_the_video_link_is_only_for_invitees_and_organisers(client, roles, meeting):
    public = client.get(f"/en/meetings/{meeting.pk}/").text
    client.force_login(roles["staff_b"])
    outsider = client.get(f"/en/meetings/{meeting.pk}/").text
    client.force_login(roles["staff_a"])
    invitee = client.get(f"/en/meetings/{meeting.pk}/").text
    public_ics = client.get(f"/en/meetings/{meeting.pk}/calendar.ics")

    assert "meet.example.org" not in public
    assert "meet.example.org" not in outsider
    assert "Shown to invited participants." in public
    assert 'href="https://meet.example.org/dialogue"' in invitee
    assert "meet.example.org" in public_ics.content.decode()


def test_public_calendar_file_has_no_link(client, meeting):
    response = client.get(f"/en/meetings/{meeting.pk}/calendar.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"meet.example.org" not in response.content
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["UID"]) == f"{meeting.uid}@mayors-dialogue"


@pytest.mark.parametrize(
    ("role", "status"), [(None, 404), ("staff_b", 404), ("staff_a", 200), ("admin", 200)]
)
def test_drafts_are_hidden_from_everyone_not_involved(client, roles, meeting, role, status):
    meeting.status = "draft"
    meeting.save()
    if role:
        client.force_login(roles[role])

    assert client.get(f"/en/meetings/{meeting.pk}/").status_code == status


def test_invited_city_staff_answer_for_their_city(client, staff_a, meeting, city_a):
    client.force_login(staff_a)

    response = client.post(
        f"/en/meetings/{meeting.pk}/answer/",
        answer_data(city_a, "attending", ["Ana", "Bo"]),
    )

    assert response.status_code == 302
    rsvp = RSVP.objects.get()
    assert (rsvp.city, rsvp.response, rsvp.responded_by) == (city_a, "attending", staff_a)
    assert [person.name for person in rsvp.people.all()] == ["Ana", "Bo"]


@pytest.mark.parametrize("role", ["staff_b", "partner_staff"])
def test_others_cannot_answer_for_an_invited_city(client, roles, meeting, city_a, role):
    client.force_login(roles[role])

    response = client.post(
        f"/en/meetings/{meeting.pk}/answer/", {"city": city_a.pk, "response": "not_attending"}
    )

    assert response.status_code == 403
    assert not RSVP.objects.exists()


def test_staff_of_two_cities_cannot_answer_for_one_not_invited(client, meeting, city_b, staff_a):
    from tests.factories import CityMembershipFactory

    CityMembershipFactory(user=staff_a, city=city_b)
    client.force_login(staff_a)

    client.post(f"/en/meetings/{meeting.pk}/answer/", {"city": city_b.pk, "response": "attending"})

    assert not RSVP.objects.exists()


def test_personal_feed_holds_my_meetings_and_can_be_replaced(
    client, staff_a, meeting, make_meeting
):
    make_meeting(title_en="Not for us")
    client.force_login(staff_a)
    page = client.get("/en/meetings/mine/")
    token = CalendarFeed.objects.get(user=staff_a).token
    client.logout()

    feed = client.get(f"/en/meetings/feed/{token}.ics")
    client.force_login(staff_a)
    client.post("/en/meetings/mine/calendar/reset/")
    client.logout()

    assert f"/en/meetings/feed/{token}.ics" in page.text
    events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Dialogue meeting"]
    assert "meet.example.org/dialogue" in feed.content.decode()
    assert client.get(f"/en/meetings/feed/{token}.ics").status_code == 404


def test_personal_feed_is_sent_compressed_to_calendar_apps_that_accept_it(client, staff_a, meeting):
    token = calendar_feed_for(staff_a).token

    plain = client.get(f"/en/meetings/feed/{token}.ics")
    packed = client.get(f"/en/meetings/feed/{token}.ics", HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert "Accept-Encoding" in plain["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content)
    assert b"SUMMARY:Dialogue meeting" in plain.content


def test_my_meetings_needs_sign_in(client, db):
    assert client.get("/en/meetings/mine/").status_code == 302


@pytest.mark.parametrize("size", [3, 20])
def test_meeting_list_runs_a_fixed_number_of_queries(
    client, make_meeting, organisation, django_assert_num_queries, size
):
    from meetings.models import Series

    series = Series.objects.create(name_en="Dialogue meetings", slug="dm")
    for _ in range(size):
        make_meeting(organiser=organisation, series=series)

    # count, page, and the filter form's series, cities and organisers
    with django_assert_num_queries(5):
        response = client.get("/en/meetings/")

    assert response.text.count('<li class="card">') == size


@pytest.mark.parametrize("size", [3, 15])
def test_meeting_page_runs_a_fixed_number_of_queries(
    client, make_meeting, staff_a, django_assert_num_queries, size
):
    from tests.factories import CityFactory

    meeting = make_meeting(
        cities=[*CityFactory.create_batch(size), staff_a.city_memberships.get().city]
    )
    client.force_login(staff_a)

    # with the meeting's own row for the permission check before the full page object, the
    # viewer's cities read once for their answers (one city: no list of cities to choose),
    # and whether the viewer is a participant (to see who attends)
    with django_assert_num_queries(13):
        response = client.get(f"/en/meetings/{meeting.pk}/")

    assert len(re.findall(r'<th scope="row">', response.text)) == size + 1


@pytest.mark.parametrize("size", [3, 15])
def test_the_organisers_meeting_page_runs_a_fixed_number_of_queries(
    client, make_meeting, partner_staff, django_assert_num_queries, size
):
    """With the counts of the meeting's emails and the places nobody could be told at."""
    from tests.factories import CityFactory, CityMembershipFactory

    organisation = partner_staff.partner_memberships.get().organisation
    reached = [CityMembershipFactory().city for _ in range(size)]
    meeting = make_meeting(
        cities=[*CityFactory.create_batch(size), *reached], organiser=organisation
    )
    client.force_login(partner_staff)

    from meetings.models import RSVP, Attendee

    for city in reached:  # answers with people, for the interpretation needed
        rsvp = RSVP.objects.create(meeting=meeting, city=city, response="attending")
        Attendee.objects.create(rsvp=rsvp, name="X", languages=["fr"])

    # the page as its invitees see it, the organiser's rights, the emails' count, how many
    # have the invitation in their notifications, the answers with their people, and the
    # invited cities and organisations nobody could be told at, and whether the viewer is a
    # participant (to see who attends): the same at both sizes
    with django_assert_num_queries(23):
        response = client.get(f"/en/meetings/{meeting.pk}/")

    assert response.context["can_change"]
    assert len(response.context["unreachable"]) == size


def test_past_and_filters(client, make_meeting, city_a, organisation):
    from datetime import UTC, datetime

    make_meeting(
        title_en="Old one",
        start=datetime(2020, 6, 1, 12, tzinfo=UTC),
        end=datetime(2020, 6, 1, 14, tzinfo=UTC),
    )
    make_meeting(title_en="In Alphaville", cities=[city_a], format="hybrid", venue="Hall")

    upcoming = client.get("/en/meetings/").text
    past = client.get("/en/meetings/?when=past").text
    filtered = client.get(f"/en/meetings/?city={city_a.pk}").text

    assert "Old one" not in upcoming
    assert "Old one" in past
    assert "In Alphaville" in filtered
    assert filtered.count('<li class="card">') == 1


def test_summit_page_lists_the_summit_series(client, make_meeting):
    from meetings.models import Series

    summit = Series.objects.create(name_en="Summit 2021", slug="summit-2021", is_summit=True)
    make_meeting(title_en="Mayors summit", series=summit)
    make_meeting(title_en="Ordinary meeting")

    html = client.get("/en/meetings/summit/").text

    assert "Mayors summit" in html
    assert "Ordinary meeting" not in html


def test_the_answer_form_comes_back_with_the_citys_answer_and_who_gave_it(
    client, staff_a, mayor_a, meeting, city_a
):
    staff_a.display_name = "Fatou Diop"
    staff_a.save()
    client.force_login(staff_a)
    client.post(
        f"/en/meetings/{meeting.pk}/answer/",
        answer_data(
            city_a,
            "attending",
            [
                {"name": "Fatou Diop", "role": "Adviser", "languages": ["fr"]},
                {"name": "Awa Ndiaye", "languages": ["fr", "en"], "other_languages": "Wolof"},
            ],
        ),
    )

    client.force_login(mayor_a)  # a colleague of the same city sees it and may change it
    page = client.get(f"/en/meetings/{meeting.pk}/")

    form = page.context["rsvp_form"]
    assert (form["city"].value(), form["response"].value()) == (city_a.pk, "attending")
    people = page.context["attendee_forms"]
    assert [
        (
            row["name"].value(),
            row["role"].value(),
            row["languages"].value(),
            row["other_languages"].value(),
        )
        for row in people
    ] == [
        ("Fatou Diop", "Adviser", ["fr"], ""),
        ("Awa Ndiaye", "", ["en", "fr"], "Wolof"),
        (None, None, None, None),  # two empty rows to add people
        (None, None, None, None),
    ]
    assert 'value="Awa Ndiaye"' in page.text
    assert 'value="attending" required checked' in page.text or (
        re.search(r'value="attending"[^>]*checked', page.text)
    )
    assert re.search(r"Attending</strong>, given by Fatou Diop on \d", page.text)
