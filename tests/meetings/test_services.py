"""meeting_save and meeting_close take plain values, as a command or a task would pass them."""

from datetime import UTC, datetime

from django.core import mail

from mayors_dialogue.rows import RowInput
from meetings.models import AgendaItem, Meeting
from meetings.services import meeting_close, meeting_save
from tests.factories import CityMembershipFactory, PartnerOrganisationFactory, UserFactory


def test_meeting_save_without_a_form_invites_and_then_updates(
    db, django_capture_on_commit_callbacks
):
    staff = CityMembershipFactory(city__name_en="Dakar", user__language="fr").user
    city = staff.city_memberships.get().city
    organiser = PartnerOrganisationFactory()
    values = {
        "title_en": "Coastal cities", "status": "scheduled", "format": "virtual",
        "video_link": "https://meet.example.org/c", "timezone": "Africa/Dakar",
        "start": datetime(2030, 3, 5, 13, tzinfo=UTC), "end": datetime(2030, 3, 5, 15, tzinfo=UTC),
        "organiser": organiser, "invited_cities": [city],
    }  # fmt: skip

    with django_capture_on_commit_callbacks(execute=True):
        meeting = meeting_save(
            meeting=Meeting(),
            values=values,
            agenda=[RowInput(pk=None, values={"position": 1, "title_en": "Welcome"})],
            user=UserFactory(),
        )
    with django_capture_on_commit_callbacks(execute=True):
        meeting_save(
            meeting=meeting,
            values={**values, "start": datetime(2030, 3, 5, 14, tzinfo=UTC)},
            agenda=[],
            user=UserFactory(),
        )

    assert [message.to for message in mail.outbox] == [[staff.email], [staff.email]]
    assert (Meeting.objects.get().sequence, AgendaItem.objects.get().title_en) == (1, "Welcome")


def test_meeting_close_marks_an_ended_meeting_held(db):
    meeting = Meeting.objects.create(
        title_en="Past", format="virtual", status="scheduled", timezone="UTC",
        start=datetime(2020, 1, 1, 9, tzinfo=UTC), end=datetime(2020, 1, 1, 10, tzinfo=UTC),
    )  # fmt: skip

    meeting_close(meeting=meeting, values={"outcomes_en": "Agreed next steps."})

    meeting.refresh_from_db()
    assert (meeting.status, meeting.outcomes_en) == ("held", "Agreed next steps.")
