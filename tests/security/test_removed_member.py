"""Someone removed from their city (or organisation) is no longer a participant, from their
next request on, though they stay signed in (issue 34, finding 11a): participants-only
documents, attendees' names and proposals under discussion are closed to them again."""

from datetime import UTC, date, datetime

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from cities.models import CityMembership, PartnerMembership
from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from meetings.models import RSVP, Attendee, Meeting
from partnerships.models import Proposal
from tests.factories import CityFactory
from tests.integration.http import main_form_fields

ATTENDEE = "Ngozi Okafor"


@pytest.fixture
def world(city_b):
    document = EvidenceDocument(
        title_en="Internal note",
        doc_type="policy_brief",
        publication_date=date(2020, 9, 1),
        languages="en",
        visibility="participants",
        file_type="pdf",
    )
    document.file.save("x.pdf", ContentFile(text_pdf("Internal note", "Words.")), save=False)
    document.save()
    meeting = Meeting.objects.create(
        title_en="Open meeting",
        format="virtual",
        start=datetime(2030, 1, 14, 13, tzinfo=UTC),
        end=datetime(2030, 1, 14, 15, tzinfo=UTC),
        timezone="Europe/Berlin",
        video_link="https://meet.example.org/open",
        status="scheduled",
        is_public=True,
    )
    meeting.invited_cities.add(city_b)
    rsvp = RSVP.objects.create(meeting=meeting, city=city_b, response="attending")
    Attendee.objects.create(rsvp=rsvp, name=ATTENDEE, languages=["en"])
    proposal = Proposal.objects.create(
        city=CityFactory(), title_en="Skills", summary_en="S", kind="peer_learning", status="open"
    )
    return {"document": document, "meeting": meeting, "proposal": proposal}


def what_they_see(client, world) -> dict:
    document, meeting = world["document"], world["meeting"]
    download = client.get(f"/en/evidence/{document.pk}/download/")
    if download.status_code == 200:
        b"".join(download.streaming_content)  # read to the end, which closes the file
    return {
        "download": download.status_code,
        "document": client.get(f"/en/evidence/{document.pk}/").status_code,
        "library": "Internal note" in client.get("/en/evidence/").text,
        "attendees": ATTENDEE in client.get(f"/en/meetings/{meeting.pk}/").text,
        "proposal": client.get(f"/en/partnerships/proposals/{world['proposal'].pk}/").status_code,
    }


PARTICIPANT = {
    "download": 200,
    "document": 200,
    "library": True,
    "attendees": True,
    "proposal": 200,
}
OUTSIDER = {"download": 404, "document": 404, "library": False, "attendees": False, "proposal": 404}


@pytest.fixture
def remove_in_the_admin(admin_user, django_capture_on_commit_callbacks):
    """What the secretariat does: the city's (or organisation's) page in the Django admin, its
    first member's row marked for deletion, saved (and committed: the cached pages' versions
    are replaced)."""

    def remove(path: str, prefix: str = "memberships") -> None:
        admin = Client()
        admin.force_login(admin_user)
        fields = main_form_fields(admin.get(path).text)
        fields[f"{prefix}-0-DELETE"] = "on"
        with django_capture_on_commit_callbacks(execute=True):
            response = admin.post(path, fields)
        assert response.status_code == 302, response.text[:2000]

    return remove


def test_a_person_removed_from_their_city_is_no_longer_a_participant(
    client, remove_in_the_admin, staff_a, city_a, world
):
    client.force_login(staff_a)
    assert what_they_see(client, world) == PARTICIPANT

    remove_in_the_admin(f"/en/admin/cities/city/{city_a.pk}/change/")

    assert not CityMembership.objects.filter(user=staff_a).exists()
    assert what_they_see(client, world) == OUTSIDER


def test_a_person_removed_from_their_organisation_is_no_longer_a_participant(
    client, remove_in_the_admin, partner_staff, world
):
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)
    assert what_they_see(client, world) == PARTICIPANT

    remove_in_the_admin(f"/en/admin/cities/partnerorganisation/{organisation.pk}/change/")

    assert not PartnerMembership.objects.filter(user=partner_staff).exists()
    assert what_they_see(client, world) == OUTSIDER


def test_someone_still_in_another_city_remains_a_participant(
    client, remove_in_the_admin, staff_a, city_a, city_b, world
):
    CityMembership.objects.create(user=staff_a, city=city_b)
    client.force_login(staff_a)

    remove_in_the_admin(f"/en/admin/cities/city/{city_a.pk}/change/")

    assert what_they_see(client, world) == PARTICIPANT
