"""Invitations on the real services: PostgreSQL row locks, Redis, a Celery worker and an
SMTP server on loopback."""

import re
import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from invitations.models import Invitation
from invitations.services import InvitationUnavailable, invitation_accept, invitation_reminders_send
from mayors_dialogue import celery_app
from mayors_dialogue.models import Email, User
from tests.factories import CityFactory, UserFactory
from tests.integration.conftest import wait_until
from tests.smtp import SMTPServer

pytestmark = pytest.mark.integration

LINK = re.compile(r"/(pt|de|en|fr)/invitations/accept/([A-Za-z0-9_\-]+)/")
PASSWORD = "a-long-new-password-9"


@pytest.fixture
def real_broker():
    celery_app.conf.task_always_eager = False
    yield
    celery_app.conf.task_always_eager = True


def plain_text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def run_in_threads(function, count=2):
    """Run `function` in `count` threads started together; return results or exceptions."""
    barrier = threading.Barrier(count)
    results = []

    def target():
        barrier.wait()
        try:
            results.append(function())
        except Exception as error:
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_luanda_invitation_reaches_a_real_smtp_server_in_portuguese_and_is_accepted_once(
    client, start_process, real_broker
):
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    with SMTPServer() as smtp:
        worker = start_process("worker", EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}")
        worker.wait_for_output("ready.", timeout=60)
        client.force_login(admin)

        response = client.post(
            "/en/invitations/city/",
            {
                "city_name": "Luanda",
                "country": "AO",
                "continent": "africa",
                "timezone": "Africa/Luanda",
                "name": "Ana Sebastião",
                "email": "ana@luanda.example.org",
                "language": "pt",
                "message": "",
            },
        )

        assert response.status_code == 302
        (message,) = wait_until(lambda: smtp.messages, timeout=30)
    # (a long encoded subject is folded onto its own line: mail readers drop that space)
    assert message["Subject"].strip() == "O seu convite para o Diálogo de Autarcas (Luanda)"
    assert message["Content-Language"] == "pt"
    assert message.get_body(preferencelist=("html",)) is not None
    language, token = LINK.search(plain_text(message)).groups()
    assert language == "pt"
    client.logout()

    form = client.get(f"/pt/invitations/accept/{token}/")
    accepted = client.post(
        f"/pt/invitations/accept/{token}/",
        {"display_name": "Ana Sebastião", "password1": PASSWORD, "password2": PASSWORD},
    )
    client.logout()
    again = client.get(f"/pt/invitations/accept/{token}/")

    assert form.status_code == 200
    assert accepted["Location"] == "/pt/cities/luanda/edit/"
    assert again.status_code == 410
    assert "Este convite já foi aceite." in again.text
    assert User.objects.filter(email="ana@luanda.example.org").count() == 1


@pytest.fixture
def pending_invitation(transactional_db):
    from invitations.services import invitation_create

    invitation = invitation_create(
        invited_by=None,
        email="twice@example.org",
        name="Twice",
        language="fr",
        role="city_staff",
        city=CityFactory(),
    )
    # delivered at once (tasks run in this process here): the link is in the sent message
    token = LINK.search(mail.outbox[-1].body).group(2)
    return invitation, token


def test_two_parallel_accepts_of_one_token_give_one_account(pending_invitation):
    _invitation, token = pending_invitation

    results = run_in_threads(
        lambda: invitation_accept(token=token, display_name="Twice", password=PASSWORD)
    )

    accounts = [result for result in results if isinstance(result, tuple)]
    refusals = [result for result in results if isinstance(result, InvitationUnavailable)]
    assert (len(accounts), len(refusals)) == (1, 1)
    assert refusals[0].reason == "used"
    assert User.objects.filter(email="twice@example.org").count() == 1


def test_two_parallel_reminder_sweeps_send_exactly_one_reminder(pending_invitation):
    invitation, _token = pending_invitation
    Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now() - timedelta(days=8))
    emails_before = Email.objects.count()

    results = run_in_threads(invitation_reminders_send, count=3)

    assert sorted(results) == [0, 0, 1]
    assert Email.objects.count() == emails_before + 1


def test_two_parallel_meeting_reminder_sweeps_send_one_reminder_per_person(transactional_db):
    from datetime import UTC, datetime

    from meetings.models import Meeting, MeetingNotice
    from meetings.services import meeting_reminders_send
    from tests.factories import CityMembershipFactory

    city = CityFactory()
    members = [CityMembershipFactory(city=city).user for _ in range(3)]
    meeting = Meeting.objects.create(
        title_en="Sweep",
        format="virtual",
        video_link="https://meet.example.org/sweep",
        start=datetime(2031, 1, 14, 13, tzinfo=UTC),
        end=datetime(2031, 1, 14, 15, tzinfo=UTC),
        timezone="Europe/Berlin",
    )
    meeting.invited_cities.add(city)
    day_before = meeting.start - timedelta(hours=12)

    results = run_in_threads(lambda: meeting_reminders_send(now=day_before), count=3)

    assert sum(results) == 3
    assert sorted(
        MeetingNotice.objects.filter(kind="reminder").values_list("user", flat=True)
    ) == sorted(user.pk for user in members)
    assert Email.objects.filter(subject="Reminder: Sweep").count() == 3


def test_two_parallel_digest_sweeps_send_one_digest(transactional_db):
    """Two beat processes at the same minute of someone's morning: one digest, with all that
    was waiting, and a ledger row for the day."""
    from datetime import UTC, datetime

    from meetings.models import Meeting
    from notifications.models import DigestSent, Notification
    from notifications.services import (
        notification_digests_send,
        notification_preferences_set,
        notify,
    )
    from tests.factories import CityMembershipFactory

    city = CityFactory(name_en="Dakar", timezone="Africa/Dakar")
    person = CityMembershipFactory(city=city, user__language="fr").user
    meeting = Meeting.objects.create(
        title_en="Digest", title_fr="Récapitulatif", format="virtual",
        video_link="https://meet.example.org/d", timezone="Africa/Dakar",
        start=datetime(2031, 1, 14, 13, tzinfo=UTC), end=datetime(2031, 1, 14, 15, tzinfo=UTC),
    )  # fmt: skip
    meeting.invited_cities.add(city)
    notification_preferences_set(user=person, deliveries={"meetings": "daily"})
    for kind in ("meeting_invitation", "meeting_update"):
        notify(users=[person], kind=kind, target=meeting)
    morning = datetime(2030, 12, 3, 7, 15, tzinfo=UTC)  # 07:15 in Dakar

    results = run_in_threads(lambda: notification_digests_send(now=morning), count=3)

    assert sorted(results) == [0, 0, 1]
    (digest,) = Email.objects.filter(recipient=person.email)
    assert digest.language == "fr"
    assert "Votre ville ou organisation est invitée à « Récapitulatif »." in digest.body_text
    assert DigestSent.objects.filter(user=person).count() == 1
    assert not Notification.objects.filter(user=person, digested_at=None).exists()
