"""Lists of related things show only what the reader may open: the meetings and partnerships
that cite a document on its page, the evidence a partnership cites on its page."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from evidence.models import EvidenceDocument
from meetings.models import AgendaItem, Meeting
from partnerships.models import Proposal
from tests.factories import CityFactory, CityMembershipFactory


def meeting_citing(document, title, **fields):
    start = datetime(2031, 1, 1, 9, tzinfo=UTC)
    meeting = Meeting.objects.create(
        title_en=title, format="virtual", start=start, end=start + timedelta(hours=1),
        timezone="UTC", video_link="https://meet.example.org/x", **fields,
    )  # fmt: skip
    AgendaItem.objects.create(meeting=meeting, title_en="Item").documents.add(document)
    return meeting


def proposal_citing(document, city, title, status):
    proposal = Proposal.objects.create(
        city=city, title_en=title, summary_en="S", kind="peer_learning", status=status
    )
    proposal.evidence.add(document)
    return proposal


class TestADocumentPageListsOnlyWhatTheReaderMayOpen:
    @pytest.fixture
    def world(self, db):
        document = EvidenceDocument.objects.create(
            title_en="Brief", doc_type="policy_brief", publication_date=date(2021, 1, 1),
            languages="en", external_url="https://example.org/b", visibility="public",
        )  # fmt: skip
        dakar, lisbon = CityFactory(slug="dakar"), CityFactory(slug="lisbon")
        meeting_citing(document, "Open meeting CANARY-M1", status="scheduled")
        meeting_citing(document, "Private meeting CANARY-M2", status="scheduled", is_public=False)
        meeting_citing(document, "Draft meeting CANARY-M3", status="draft")
        proposal_citing(document, dakar, "Agreed CANARY-P1", "agreed")
        proposal_citing(document, dakar, "Open CANARY-P2", "open")
        proposal_citing(document, dakar, "Dakar draft CANARY-P3", "draft")
        return document, dakar, lisbon

    def test_a_visitor_sees_public_meetings_and_agreed_partnerships_only(self, client, world):
        document, _dakar, _lisbon = world

        html = client.get(f"/en/evidence/{document.pk}/").content.decode()

        assert sorted(set(canaries(html))) == ["CANARY-M1", "CANARY-P1"]

    def test_another_citys_participant_does_not_see_its_draft(self, client, world):
        document, _dakar, lisbon = world
        client.force_login(CityMembershipFactory(city=lisbon).user)

        html = client.get(f"/en/evidence/{document.pk}/").content.decode()

        assert sorted(set(canaries(html))) == ["CANARY-M1", "CANARY-P1", "CANARY-P2"]

    def test_the_proposing_city_sees_its_own_draft(self, client, world):
        document, dakar, _lisbon = world
        client.force_login(CityMembershipFactory(city=dakar).user)

        html = client.get(f"/en/evidence/{document.pk}/").content.decode()

        assert sorted(set(canaries(html))) == ["CANARY-M1", "CANARY-P1", "CANARY-P2", "CANARY-P3"]


def canaries(html: str) -> list[str]:
    return re.findall(r"CANARY-[MP]\d", html)


class TestAPartnershipPageListsOnlyTheEvidenceItsReaderMayOpen:
    def test_a_visitor_does_not_see_a_participants_only_document(self, client, city_a):
        public = EvidenceDocument.objects.create(
            title_en="Public CANARY-D1", doc_type="policy_brief", publication_date=date(2021, 1, 1),
            languages="en", external_url="https://example.org/1", visibility="public",
        )  # fmt: skip
        internal = EvidenceDocument.objects.create(
            title_en="Internal CANARY-D2", doc_type="policy_brief", publication_date=date(2021, 1, 1),
            languages="en", external_url="https://example.org/2", visibility="participants",
        )  # fmt: skip
        partnership = proposal_citing(public, city_a, "Agreed", "agreed")
        partnership.evidence.add(internal)

        html = client.get(f"/en/partnerships/proposals/{partnership.pk}/").content.decode()

        assert sorted(set(re.findall(r"CANARY-D\d", html))) == ["CANARY-D1"]
