"""Query budgets of the pages that the per-app tests do not already cover: each page is
rendered with 3 related rows and again with 30, and must run the same number of queries,
within its stated budget. (Directory, city profile, partner list, meeting list and page,
partnerships, proposal browsing and evidence list are budgeted in their apps' tests.)"""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import PartnerOrganisation
from evidence.models import EvidenceDocument
from meetings.models import RSVP, AgendaItem, CalendarFeed, Meeting, Series
from partnerships.models import Comment, Interest, Proposal, Support
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    PartnerMembershipFactory,
    ThemeFactory,
    UserFactory,
)


def queries(client, path: str) -> int:
    cache.clear()  # each measurement from a cold cache: the worst case
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def assert_fixed(client, path: str, grow, budget: int):
    """Queries at 3 related rows, then at 30: equal, and within the budget."""
    grow(3)
    small = queries(client, path)
    grow(27)
    large = queries(client, path)
    assert small == large, f"{path}: {small} queries with 3 rows, {large} with 30"
    assert large <= budget, f"{path}: {large} queries, budget {budget}"


@pytest.fixture
def city(db):
    return CityFactory(slug="dakar", name_en="Dakar")


@pytest.fixture
def participant(city):
    return CityMembershipFactory(city=city, role="staff").user


def new_document(number, **fields):
    return EvidenceDocument.objects.create(
        title_en=f"Document {number}", doc_type="policy_brief",
        publication_date=date(2020, 1, 1) + timedelta(days=number), languages="en",
        visibility="public", external_url="https://example.org/doc", **fields,
    )  # fmt: skip


def new_meeting(city, number, **fields):
    start = datetime(2031, 1, 1, 9, tzinfo=UTC) + timedelta(days=number)
    meeting = Meeting.objects.create(
        title_en=f"Meeting {number}",
        format="virtual",
        start=start,
        end=start + timedelta(hours=2),
        timezone="Africa/Dakar",
        video_link="https://meet.example.org/x",
        status="scheduled",
        **fields,
    )
    meeting.invited_cities.add(city)
    return meeting


def test_proposal_page(client, city, participant):
    proposal = Proposal.objects.create(
        city=city, title_en="Skills", summary_en="S", kind="peer_learning", status="open"
    )
    proposal.themes.add(ThemeFactory())
    organisation = PartnerOrganisation.objects.create(name_en="ODI", slug="odi")
    client.force_login(participant)

    def grow(count):
        for _ in range(count):
            other = CityFactory()
            user = UserFactory()
            Interest.objects.create(proposal=proposal, city=other, user=user)
            Comment.objects.create(proposal=proposal, user=user, body="Yes")
            proposal.evidence.add(
                EvidenceDocument.objects.create(
                    title_en="Brief", doc_type="policy_brief", publication_date=date(2021, 1, 1),
                    languages="en", external_url="https://example.org/b",
                )
            )  # fmt: skip
        Support.objects.get_or_create(
            proposal=proposal, organisation=organisation, kind="funding", user=participant
        )

    # 25 with whether the reader is a participant, asked once
    assert_fixed(client, f"/en/partnerships/proposals/{proposal.pk}/", grow, budget=25)


def test_document_page(client, city):
    document = EvidenceDocument.objects.create(
        title_en="Brief", doc_type="policy_brief", publication_date=date(2021, 1, 1),
        languages="en", external_url="https://example.org/b",
    )  # fmt: skip

    def grow(count):
        for number in range(count):
            document.themes.add(ThemeFactory())
            document.cities.add(CityFactory())
            meeting = new_meeting(city, number, is_public=True)
            AgendaItem.objects.create(meeting=meeting, title_en="Item").documents.add(document)
            proposal = Proposal.objects.create(
                city=city, title_en="P", summary_en="S", kind="peer_learning", status="agreed"
            )
            proposal.evidence.add(document)

    assert_fixed(client, f"/en/evidence/{document.pk}/", grow, budget=7)


def test_evidence_search(client, city):
    def grow(count):
        for _ in range(count):
            document = EvidenceDocument.objects.create(
                title_en="Coastal migration", summary_en="Coastal cities.",
                doc_type="policy_brief", publication_date=date(2021, 1, 1), languages="en",
                external_url="https://example.org/b",
            )  # fmt: skip
            document.themes.add(ThemeFactory())

    assert_fixed(client, "/en/evidence/?q=coastal", grow, budget=7)


def test_partner_page(client, db):
    organisation = PartnerOrganisation.objects.create(name_en="ODI", slug="odi")

    def grow(count):
        for number in range(count):
            PartnerMembershipFactory(organisation=organisation)
            new_meeting(CityFactory(), number, organiser=organisation, is_public=True)
            new_document(number, publisher=organisation)
            proposal = Proposal.objects.create(
                city=CityFactory(), title_en="P", summary_en="S", kind="peer_learning",
                status="agreed",
            )  # fmt: skip
            Support.objects.create(proposal=proposal, organisation=organisation, kind="funding")

    # the organisation, its publications, its meetings coming up and held and their count,
    # the partnerships it supports and their count
    assert_fixed(client, "/en/partners/odi/", grow, budget=11)


def test_my_meetings_and_the_calendar_feed(client, city, participant):
    feed = CalendarFeed.objects.create(user=participant)
    client.force_login(participant)
    series = Series.objects.create(name_en="Dialogue", slug="dialogue")
    numbers = iter(range(1000))

    def grow(count):
        for _ in range(count):
            meeting = new_meeting(city, next(numbers), series=series)
            RSVP.objects.create(meeting=meeting, city=city, response="attending")
            AgendaItem.objects.create(meeting=meeting, title_en="Item")

    assert_fixed(client, "/en/meetings/mine/", grow, budget=6)
    assert_fixed(client, f"/en/meetings/feed/{feed.token}.ics", grow, budget=5)


def test_summit_page(client, city):
    summit = Series.objects.create(name_en="Summit", slug="summit", is_summit=True)
    numbers = iter(range(1000))

    def grow(count):
        for _ in range(count):
            new_meeting(city, next(numbers), series=summit, is_public=True)

    assert_fixed(client, "/en/meetings/summit/", grow, budget=1)


def test_city_dossier(client, city, participant):
    client.force_login(participant)
    numbers = iter(range(1000))

    def grow(count):
        for _ in range(count):
            number = next(numbers)
            new_meeting(city, number, is_public=True)
            Proposal.objects.create(
                city=city, title_en="P", summary_en="S", kind="peer_learning", status="open"
            )
            partnership = Proposal.objects.create(
                city=CityFactory(), title_en="Q", summary_en="S", kind="peer_learning",
                status="agreed",
            )  # fmt: skip
            partnership.partner_cities.add(city)
            new_document(number).cities.add(city)
            CityMembershipFactory(city=city)

    # the latest few meetings (after its invitations), partnerships and documents, each with
    # its count; the kept suggestions (4) and the kept open proposals that fit it (5)
    assert_fixed(client, "/en/cities/dakar/dossier/", grow, budget=28)
