"""Every email wholly in its recipient's language: links with their language prefix, the
calendar file's summary, the start and the end with the zone named, the sender's name."""

import re
from datetime import UTC, datetime

import icalendar
import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

from meetings.models import Meeting
from meetings.services import meeting_save
from partnerships.models import Proposal
from partnerships.services import interest_express
from tests.factories import CityMembershipFactory, PartnerOrganisationFactory, UserFactory

SENDER = {"en": "Mayors Dialogue", "de": "Bürgermeisterdialog", "fr": "Dialogue des maires",
          "pt": "Diálogo de Autarcas"}  # fmt: skip
WHEN = {
    "en": "When: 14 January 2030, 13:00–15:00, Dakar time (UTC+0)",
    "de": "Wann: 14. Januar 2030, 13:00–15:00, Ortszeit Dakar (UTC+0)",
    "fr": "Quand : 14 janvier 2030, 13:00–15:00, Dakar, heure locale (UTC+0)",
    "pt": "Quando: 14 de janeiro de 2030, 13:00–15:00, Dakar, hora local (UTC+0)",
}


def links(text: str) -> list[str]:
    return re.findall(rf"{re.escape(settings.SITE_URL)}/\S*", text)


@pytest.mark.parametrize("language", ["en", "de", "fr", "pt"])
def test_a_meeting_invitation(db, language, django_capture_on_commit_callbacks):
    person = CityMembershipFactory(
        city__timezone="Africa/Dakar", user__language=language, user__timezone=""
    ).user
    # the organiser works in English
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        meeting_save(
            meeting=Meeting(),
            values={
                "title_en": "Coastal cities",
                "title_fr": "Villes côtières",
                "title_de": "Küstenstädte",
                "title_pt": "Cidades costeiras",
                "status": "scheduled",
                "format": "virtual",
                "timezone": "Africa/Dakar",
                "video_link": "https://meet.example.org/c",
                "start": datetime(2030, 1, 14, 13, tzinfo=UTC),
                "end": datetime(2030, 1, 14, 15, tzinfo=UTC),
                "organiser": PartnerOrganisationFactory(),
                "invited_cities": [person.city_memberships.get().city],
            },
            agenda=[],
            user=UserFactory(),
        )

    (message,) = mail.outbox
    ics = icalendar.Calendar.from_ical(message.attachments[0][1])
    event = next(iter(ics.walk("VEVENT")))
    summary = {"en": "Coastal cities", "de": "Küstenstädte", "fr": "Villes côtières",
               "pt": "Cidades costeiras"}[language]  # fmt: skip
    assert WHEN[language] in message.body
    assert links(message.body)
    prefix = f"{settings.SITE_URL}/{language}/"
    assert [link for link in links(message.body) if not link.startswith(prefix)] == []
    assert str(event["summary"]) == summary
    assert str(event["url"]).startswith(f"{settings.SITE_URL}/{language}/")
    assert message.from_email.startswith(f"{SENDER[language]} <")


@pytest.mark.parametrize("language", ["de", "pt"])
def test_an_interest_email_links_in_the_recipients_language(
    db, language, django_capture_on_commit_callbacks
):
    owner = CityMembershipFactory(user__language=language).user
    proposal = Proposal.objects.create(
        city=owner.city_memberships.get().city, title_en="Skills", summary_en="S",
        kind="peer_learning", status="open",
    )  # fmt: skip
    other = CityMembershipFactory().user

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        interest_express(
            proposal=proposal, city=other.city_memberships.get().city, user=other, message=""
        )

    (message,) = mail.outbox
    assert f"{settings.SITE_URL}/{language}/partnerships/proposals/{proposal.pk}/" in message.body
