"""The generic leak test: objects that some readers may not open (private and draft meetings,
draft and participants-only proposals, participants-only documents) are linked to the ones
every page of the permission matrix shows, with recognisable titles. Every page is then
requested as every role, and no title that role may not open may appear in any response
(HTML, calendar files, CSV, downloads)."""

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from evidence.models import EvidenceDocument
from meetings.models import AgendaItem, CalendarFeed, Meeting
from partnerships.models import Proposal
from tests.factories import PartnerOrganisationFactory
from tests.test_permission_matrix import MATRIX, ROLES, close_file
from tests.test_permission_matrix import world as world  # the fixture, shared


@pytest.fixture
def canaries(world, city_a, city_b):
    """title: (permission, object) for each object some roles may not open."""
    document = EvidenceDocument.objects.get(title_en="Matrix document")
    other = PartnerOrganisationFactory(name_en="Another foundation")

    def meeting(title, **fields):
        start = datetime(2031, 2, 1, 9, tzinfo=UTC)
        made = Meeting.objects.create(
            title_en=title, format="virtual", video_link="https://meet.example.org/c",
            start=start, end=start.replace(hour=10), timezone="UTC", organiser=other, **fields,
        )  # fmt: skip
        AgendaItem.objects.create(meeting=made, title_en="Item").documents.add(document)
        return made

    private = meeting("CANARY-MEETING-PRIVATE-B", is_public=False)
    private.invited_cities.add(city_b)
    private_a = meeting("CANARY-MEETING-PRIVATE-A", is_public=False)
    private_a.invited_cities.add(city_a)
    draft = meeting("CANARY-DRAFT-MEETING", status="draft")
    draft.invited_cities.add(city_a)

    def proposal(title, city, status):
        made = Proposal.objects.create(
            city=city, title_en=title, summary_en="S", kind="peer_learning", status=status
        )
        made.evidence.add(document)
        made.preferred_cities.add(city_a)
        return made

    hidden_document = EvidenceDocument.objects.create(
        title_en="CANARY-PARTICIPANTS-DOCUMENT", doc_type="policy_brief",
        publication_date=date(2022, 1, 1), languages="en", visibility="participants",
        external_url="https://example.org/p",
    )  # fmt: skip
    hidden_document.cities.add(city_a)
    return {
        "CANARY-MEETING-PRIVATE-B": ("meetings.view_meeting", private),
        "CANARY-MEETING-PRIVATE-A": ("meetings.view_meeting", private_a),
        "CANARY-DRAFT-MEETING": ("meetings.view_meeting", draft),
        "CANARY-DRAFT-PROPOSAL": (
            "partnerships.view_proposal", proposal("CANARY-DRAFT-PROPOSAL", city_b, "draft"),
        ),
        "CANARY-OPEN-PROPOSAL": (
            "partnerships.view_proposal", proposal("CANARY-OPEN-PROPOSAL", city_b, "open"),
        ),
        "CANARY-PARTICIPANTS-DOCUMENT": ("evidence.view_document", hidden_document),
    }  # fmt: skip


def hidden_from(reader, canaries) -> list[str]:
    return [title for title, (perm, obj) in canaries.items() if not reader.has_perm(perm, obj)]


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
        close_file(response)
    else:
        content = response.content
    return content.decode(errors="replace")


def test_no_page_shows_what_its_reader_may_not_open(client, roles, world, canaries):
    users = {"anon": None, "partner": roles["partner_staff"], **roles}
    feed_owner = CalendarFeed.objects.get(token=world["meetings:feed"]["token"]).user
    leaks, pages = [], 0
    for role in ROLES:
        user = users[role] or AnonymousUser()
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        for name in MATRIX:
            with translation.override("en"):
                url = reverse(name, kwargs=world.get(name, {}))
            cache.clear()
            response = client.get(url)
            pages += response.status_code == 200
            body = body_of(response)
            # a calendar feed's secret address shows its owner's meetings, whoever asks
            reader = feed_owner if name == "meetings:feed" else user
            leaks += [
                (role, url, title) for title in hidden_from(reader, canaries) if title in body
            ]

    assert leaks == []
    assert pages > 150  # the pages were really shown, not refused
