import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.selectors import city_completeness
from invitations.models import Invitation
from meetings.models import RSVP, Meeting
from partnerships.models import Proposal, Transition
from secretariat import selectors
from secretariat.figures import CSV
from tests.factories import CityFactory, CityNeedFactory, ThemeFactory

OVERVIEW = "/en/secretariat/"


def new_meeting(number, *, status="held", cities=()):
    start = datetime(2024, 1, 10, 9, tzinfo=UTC) + timedelta(days=7 * number)
    meeting = Meeting.objects.create(
        title_en=f"Meeting {number}", format="virtual", video_link="https://meet.example.org/x",
        start=start, end=start + timedelta(hours=2), timezone="Africa/Dakar", status=status,
    )  # fmt: skip
    meeting.invited_cities.add(*cities)
    return meeting


def new_proposal(city, *, status="open", themes=()):
    proposal = Proposal.objects.create(
        city=city, title_en=f"Proposal of {city.name_en}", summary_en="S", kind="peer_learning",
        status=status,
    )  # fmt: skip
    proposal.themes.add(*themes)
    return proposal


def transition(proposal, to_status, when):
    row = Transition.objects.create(proposal=proposal, from_status="draft", to_status=to_status)
    Transition.objects.filter(pk=row.pk).update(created_at=when)


def invitation(city, *, created, accepted=None):
    row = Invitation.objects.create(
        email=f"mayor@{city.slug}.example.org", name="Mayor", language="en", role="mayor",
        city=city, invites_city=True, token_hash=f"{city.pk:064d}",
        expires_at=created + timedelta(days=30), accepted_at=accepted,
    )  # fmt: skip
    Invitation.objects.filter(pk=row.pk).update(created_at=created)


# What each selector counts, on a small known dataset --------------------------------------


def test_cities_over_time_counts_invited_and_taking_part_per_year(db):
    founding = CityFactory(participant_since=2021)
    joined = CityFactory(participant_since=2023)
    invitation(joined, created=datetime(2022, 5, 1, tzinfo=UTC))
    waiting = CityFactory(status="invited")
    invitation(waiting, created=datetime(2023, 2, 1, tzinfo=UTC))
    CityFactory(status="invited")  # never sent an invitation: no date

    data = selectors.cities_over_time(today=date(2024, 3, 1))

    assert (data.years, data.invited, data.participating, data.undated) == (
        [2021, 2022, 2023, 2024],
        [1, 2, 3, 3],
        [1, 1, 2, 2],
        1,
    )
    assert founding.pk  # founding cities count as invited from the year they joined


def test_meetings_held_by_quarter_counts_only_held_meetings(db):
    new_meeting(0)  # 10 January 2024
    new_meeting(1)  # 17 January 2024
    new_meeting(14)  # 17 April 2024
    new_meeting(2, status="scheduled")

    rows = [
        (quarter.year, quarter.month, count)
        for quarter, count in selectors.meetings_held_by_quarter()
    ]

    assert rows == [(2024, 1, 2), (2024, 4, 1)]


def test_attendance_rate_is_attending_answers_over_held_meetings_invited_to(db):
    often, seldom = CityFactory(name_en="Often"), CityFactory(name_en="Seldom")
    first, second = new_meeting(0, cities=[often, seldom]), new_meeting(1, cities=[often, seldom])
    upcoming = new_meeting(2, status="scheduled", cities=[often])
    RSVP.objects.create(meeting=first, city=often, response="attending")
    RSVP.objects.create(meeting=upcoming, city=often, response="attending")
    RSVP.objects.create(meeting=second, city=seldom, response="not_attending")

    data = selectors.attendance_by_city()

    assert [(row.name, row.invited, row.attending, row.rate) for row in data.rows] == [
        ("Often", 2, 1, 50.0),
        ("Seldom", 2, 0, 0.0),
    ]
    assert (data.cities, data.invited, data.attending, data.rate) == (2, 4, 1, 25.0)


def test_answers_per_meeting_counts_each_answer_and_the_cities_without_one(db):
    cities = [CityFactory() for _ in range(4)]
    older = new_meeting(0, cities=cities)
    latest = new_meeting(1, cities=cities)
    RSVP.objects.create(meeting=latest, city=cities[0], response="attending")
    RSVP.objects.create(meeting=latest, city=cities[1], response="maybe")
    RSVP.objects.create(meeting=latest, city=cities[2], response="not_attending")
    RSVP.objects.create(meeting=older, city=cities[0], response="attending")

    rows = selectors.answers_per_meeting(limit=12)

    assert [(row.meeting_id, row.invited, row.answers, row.unanswered) for row in rows] == [
        (latest.pk, 4, {"attending": 1, "maybe": 1, "not_attending": 1}, 1),
        (older.pk, 4, {"attending": 1}, 3),
    ]
    assert [row.meeting_id for row in selectors.answers_per_meeting(limit=1)] == [latest.pk]


def test_proposals_by_status_and_theme(db):
    city = CityFactory()
    skills, climate = ThemeFactory(name_en="Skills"), ThemeFactory(name_en="Climate")
    new_proposal(city, status="open", themes=[skills, climate])
    new_proposal(city, status="open", themes=[skills])
    new_proposal(city, status="agreed", themes=[skills])

    by_status = dict(selectors.proposals_by_status())
    by_theme = [(row.name, row.count) for row in selectors.proposals_by_theme()]

    assert by_status == {
        "draft": 0, "open": 2, "in_discussion": 0, "agreed": 1, "active": 0, "completed": 0,
        "withdrawn": 0,
    }  # fmt: skip
    assert by_theme[:2] == [("Skills", 3), ("Climate", 1)]


def test_time_to_agreement_runs_from_first_opened_to_first_agreed(db):
    city = CityFactory()
    quick, slow = new_proposal(city, status="agreed"), new_proposal(city, status="active")
    new_proposal(city, status="open")  # never agreed: not counted
    start = datetime(2024, 1, 1, tzinfo=UTC)
    transition(quick, "open", start)
    transition(quick, "agreed", start + timedelta(days=4))
    transition(slow, "open", start)
    transition(slow, "open", start + timedelta(days=20))  # opened again later
    transition(slow, "agreed", start + timedelta(days=40))

    data = selectors.time_to_agreement(with_names=True)

    assert [(row.proposal_id, row.days, row.title) for row in data.agreements] == [
        (quick.pk, 4.0, quick.title_en),
        (slow.pk, 40.0, slow.title_en),
    ]
    assert data.median_days == 22.0


def test_time_to_agreement_is_empty_and_said_so_when_nothing_is_agreed(client, admin_user):
    client.force_login(admin_user)

    response = client.get(OVERVIEW)

    assert selectors.time_to_agreement().agreements == []
    assert "No proposal has been agreed yet, so there is no time to show." in response.text


def test_profile_completeness_uses_the_profile_panels_items(db):
    complete = CityFactory(description_en="A port city", population=10)
    CityNeedFactory(city=complete)
    CityFactory()  # coordinates only (the factory sets them)
    CityFactory(status="invited", description_en="Not public yet")

    data = selectors.profile_completeness()

    labels = [str(label) for label, _done in city_completeness(complete).items]
    assert [str(label) for label, _having in data.items] == labels
    assert {str(label): having for label, having in data.items} == {
        "Short description": 1, "Migration context": 0, "At least one need": 1,
        "At least one potential": 0, "At least one good practice": 0, "Population": 1,
        "Website": 0, "Public contact address": 0, "Location on the map": 2, "Logo or photo": 0,
    }  # fmt: skip
    assert (data.cities, data.scores[1], data.scores[4]) == (2, 1, 1)


# The page and its CSVs ------------------------------------------------------------------------


def grow(count, *, theme, start):
    """`count` more cities, each with a held meeting (answered), a proposal agreed with its
    transitions, a need and an invitation."""
    for _ in range(count):
        city = CityFactory(participant_since=2022, description_en="D")
        CityNeedFactory(city=city, theme=theme)
        meeting = new_meeting(Meeting.objects.count(), cities=[city])
        RSVP.objects.create(meeting=meeting, city=city, response="attending")
        proposal = new_proposal(city, status="agreed", themes=[theme])
        transition(proposal, "open", start)
        transition(proposal, "agreed", start + timedelta(days=10))
        invitation(city, created=start)


def overview_queries(client) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(OVERVIEW)
    assert response.status_code == 200
    return len(captured)


def test_overview_runs_the_same_queries_at_any_size(client, admin_user):
    theme, start = ThemeFactory(), datetime(2023, 1, 1, tzinfo=UTC)
    client.force_login(admin_user)
    grow(3, theme=theme, start=start)
    small = overview_queries(client)
    grow(12, theme=theme, start=start)
    large = overview_queries(client)

    assert (small, large) == (large, 15)


def test_overview_draws_every_chart_as_an_accessible_svg(client, admin_user):
    grow(2, theme=ThemeFactory(), start=datetime(2023, 1, 1, tzinfo=UTC))
    client.force_login(admin_user)

    html = client.get(OVERVIEW).text

    svgs = re.findall(r'<svg class="chart-svg[^>]*>', html)
    labelled = re.findall(r'role="img"\s+aria-labelledby="([^"]+)"', html)
    titles = re.findall(r'<title id="([^"]+)">([^<]+)</title>', html)
    assert len(svgs) == len(labelled) == len(titles) == 9
    assert labelled == [title_id for title_id, _text in titles]
    assert all(text.strip() for _id, text in titles)
    assert html.count('class="data-table"') == 9
    assert html.count("/en/secretariat/charts/") == 9


def test_chart_csv_has_a_header_row_a_dated_name_and_safe_text(client, admin_user):
    city = CityFactory(name_en="=HYPERLINK(1)")
    RSVP.objects.create(meeting=new_meeting(0, cities=[city]), city=city, response="attending")
    client.force_login(admin_user)

    response = client.get("/en/secretariat/charts/attendance.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="mayors-dialogue-attendance-{timezone.localdate().isoformat()}.csv"'
    )
    assert rows == [
        ["City", "Held meetings invited to", "Answered “attending”", "Attendance rate"],
        ["'=HYPERLINK(1)", "1", "1", "100.0"],
    ]


@pytest.mark.parametrize("chart", sorted(CSV))
def test_every_chart_csv_answers_in_the_readers_language(client, admin_user, chart):
    grow(2, theme=ThemeFactory(), start=datetime(2023, 1, 1, tzinfo=UTC))
    client.force_login(admin_user)

    english = list(csv.reader(io.StringIO(client.get(f"/en/secretariat/charts/{chart}.csv").text)))
    french = client.get(f"/fr/secretariat/charts/{chart}.csv")

    rows = list(csv.reader(io.StringIO(french.content.decode())))
    assert french.status_code == 200
    assert len(rows) == len(english) >= 2
    assert len(rows[0]) == len(english[0])
    assert all(len(row) == len(rows[0]) for row in rows)


def test_unknown_chart_is_not_found(client, admin_user):
    client.force_login(admin_user)

    assert client.get("/en/secretariat/charts/unknown.csv").status_code == 404
