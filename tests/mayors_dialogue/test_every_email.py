"""Every kind of email, in each of the four languages, with a hostile title: the subject and
the text are plain text (no entities), every link carries the recipient's language, and a
meeting's email and calendar file give the title in that language and the end time."""

import re
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

from cities.enums import CityRole
from invitations.enums import InvitationRole
from invitations.services import invitation_create, invitation_request_fresh_link
from meetings.models import Meeting
from meetings.services import meeting_reminders_send, meeting_save
from partnerships.models import Proposal
from partnerships.services import comment_add, comment_digests_send, interest_express
from tests.factories import (
    CityMembershipFactory,
    PartnerOrganisationFactory,
    UserFactory,
)

LANGUAGES = ["en", "de", "fr", "pt"]
# Quotes, ampersands, apostrophes, markup, right-to-left text and emoji.
HOSTILE = {
    "en": 'Q&A: "Cities" & l\'été <b>now</b> مدينة 🌍',
    "de": "F&A: „Städte“ & l'été <b>jetzt</b> مدينة 🌍",
    "fr": "Q&R : « Villes » & l’été <b>maintenant</b> مدينة 🌍",
    "pt": "P&R: «Cidades» & l'été <b>agora</b> مدينة 🌍",
}
ENTITIES = re.compile(r"&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);")
START = datetime(2030, 1, 14, 13, tzinfo=UTC)
END = datetime(2030, 1, 14, 15, tzinfo=UTC)
END_TIME = "15:00"


def titles(base: str = "title") -> dict:
    return {f"{base}_{code}": text for code, text in HOSTILE.items()}


def links(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"<>]+", text)


def assert_plain_and_in(message, language, site=settings.SITE_URL):
    prefix = f"{site}/{language}/"
    assert not ENTITIES.search(message.subject), message.subject
    assert not ENTITIES.search(message.body), message.body
    assert "\n" not in message.subject
    assert len(message.subject) <= 255
    found = [link for link in links(message.body) if link.startswith(site)]
    assert found, message.body
    assert [link for link in found if not link.startswith(prefix)] == []


def person(language, **membership):
    return CityMembershipFactory(
        user__language=language, user__timezone="", city__timezone="Africa/Dakar", **membership
    ).user


def schedule(invited_city, **values):
    with translation.override("en"):
        return meeting_save(
            meeting=values.pop("meeting", Meeting()),
            values={
                **titles(),
                "status": "scheduled",
                "format": "virtual",
                "timezone": "Africa/Dakar",
                "video_link": "https://meet.example.org/c",
                "start": START,
                "end": END,
                "organiser": PartnerOrganisationFactory(),
                "invited_cities": [invited_city],
                **values,
            },
            agenda=[],
            user=UserFactory(),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_meeting_invitation_update_cancellation_and_reminder(
    language, django_capture_on_commit_callbacks
):
    reader = person(language)
    city = reader.city_memberships.get().city
    with django_capture_on_commit_callbacks(execute=True):
        meeting = schedule(city)
    with django_capture_on_commit_callbacks(execute=True):
        schedule(city, meeting=meeting, venue="Hall & Co")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_reminders_send(now=START - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        schedule(city, meeting=meeting, status="cancelled")

    assert len(mail.outbox) >= 3
    for message in mail.outbox:
        assert_plain_and_in(message, language)
        assert HOSTILE[language] in message.body
        assert HOSTILE[language] in message.subject or "…" in message.subject
        assert END_TIME in message.body
        if message.attachments:
            calendar = icalendar.Calendar.from_ical(message.attachments[0][1])
            event = next(iter(calendar.walk("VEVENT")))
            assert str(event["summary"]) == HOSTILE[language]
            assert event["dtend"].dt == END
            assert str(event["url"]).startswith(f"{settings.SITE_URL}/{language}/")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_interest_and_comment_digest(language, django_capture_on_commit_callbacks):
    owner = person(language)
    proposal = Proposal.objects.create(
        city=owner.city_memberships.get().city,
        **titles(),
        summary_en="S",
        kind="peer_learning",
        status="open",
    )
    other = CityMembershipFactory().user
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        interest_express(
            proposal=proposal, city=other.city_memberships.get().city, user=other, message=""
        )
        comment_add(proposal=proposal, user=other, body="Let's talk & plan <soon>.")
        comment_digests_send(now=datetime.now(UTC) + timedelta(hours=2))

    kinds = [message for message in mail.outbox if owner.email in message.to]
    assert len(kinds) == 2
    for message in kinds:
        assert_plain_and_in(message, language)
        assert HOSTILE[language] in message.body
    assert "Let's talk & plan <soon>." in kinds[1].body


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_invitation_and_fresh_link_request(language, django_capture_on_commit_callbacks):
    inviter = person("en", role=CityRole.STAFF)
    city = inviter.city_memberships.get().city
    city.name_en = ""
    city.name_fr = HOSTILE["fr"]
    city.save()
    UserFactory(is_staff=True, language=language, email="secretariat@example.org")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            invited_by=inviter,
            email="new.person@example.org",
            name='O\'Brien & "Co"',
            language=language,
            role=InvitationRole.CITY_STAFF,
            city=city,
            message="Bienvenue & welcome <here>.",
        )
        invitation_request_fresh_link(token="no-such-token", email="lost@example.org")

    (invitation,) = [m for m in mail.outbox if m.to == ["new.person@example.org"]]
    assert_plain_and_in(invitation, language)
    assert HOSTILE["fr"] in invitation.subject
    assert "Bienvenue & welcome <here>." in invitation.body
    (request,) = [m for m in mail.outbox if m.to == ["secretariat@example.org"]]
    assert_plain_and_in(request, language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_account_emails_from_allauth(client, language, django_capture_on_commit_callbacks):
    user = UserFactory(language=language, email="reader@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{language}/accounts/password/reset/", {"email": user.email})

    # allauth builds its links from the request's host, the site's own in production.
    (message,) = mail.outbox
    assert_plain_and_in(message, language, site="http://testserver")
    sender = {"en": "Mayors Dialogue", "de": "Bürgermeisterdialog", "fr": "Dialogue des maires",
              "pt": "Diálogo de Autarcas"}[language]  # fmt: skip
    assert message.from_email.startswith(f"{sender} <")
    assert message.subject.startswith(f"[{sender}] ")
    assert "/password/reset/key/" in message.body


def test_a_title_too_long_for_the_subject_is_cut_at_a_word(db, django_capture_on_commit_callbacks):
    reader = person("fr")
    long_title = " ".join(["Villes & « côtes » d’Afrique"] * 20)[:200]
    with django_capture_on_commit_callbacks(execute=True):
        schedule(reader.city_memberships.get().city, title_fr=long_title)

    (message,) = mail.outbox
    assert len(message.subject) <= 255
    assert not ENTITIES.search(message.subject)
    assert long_title in message.body
