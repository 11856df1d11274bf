"""Fault drills. Each one starts the real service it breaks (its own Redis on another port,
its own SMTP server, its own worker or gunicorn) and never touches the machine's shared
PostgreSQL cluster beyond the test database, nor its shared Redis."""

import re
import threading
import time
from datetime import timedelta

import psycopg2
import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.mail import EmailMultiAlternatives
from django.db import connection
from django.utils import timezone

from cities.models import PartnerOrganisation, ProfileChange
from mayors_dialogue import celery_app
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_queue, email_requeue_stale
from tests.factories import PartnerMembershipFactory, UserFactory
from tests.integration.conftest import wait_until
from tests.integration.http import main_form_fields
from tests.smtp import SilentSMTPServer, SMTPServer

pytestmark = pytest.mark.integration

PASSWORD = "drill-password-2026"


@pytest.fixture
def broker(own_redis):
    """This process publishes to the drill's own Redis instead of running tasks eagerly."""
    real_url = celery_app.conf.broker_url
    celery_app.conf.task_always_eager = False
    point_broker_at(own_redis.url)
    yield own_redis
    point_broker_at(real_url)
    celery_app.conf.task_always_eager = True


def point_broker_at(url: str) -> None:
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def queue_emails(count: int, prefix: str = "person") -> list[Email]:
    emails = []
    for number in range(count):
        message = EmailMultiAlternatives(
            f"Drill {number}", "Body", "dialogue@example.org", [f"{prefix}{number}@example.org"]
        )
        emails += email_queue(message=message, language="en")
    return emails


def statuses() -> dict[str, int]:
    return {
        status: Email.objects.filter(status=status).count()
        for status in (EmailStatus.QUEUED, EmailStatus.SENT, EmailStatus.FAILED)
    }


def sign_in(web, user, language="en"):
    """Sign in through the real login form, as a person would."""
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    user.save(update_fields=["password"])
    return web.post_form(
        f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD}
    )


def test_redis_stopped_while_an_admin_invites_a_city(client, broker, start_process):
    """The invitation is saved and the page says the email is queued; once Redis is back,
    the beat sweep hands it to the worker and it is delivered once."""
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    broker.stop()

    response = client.post(
        "/en/invitations/city/",
        {
            "city_name": "Kigali",
            "country": "RW",
            "continent": "africa",
            "timezone": "Africa/Kigali",
            "name": "Contact",
            "email": "contact@kigali.example.org",
            "language": "fr",
            "message": "",
        },
        follow=True,
    )

    assert response.status_code == 200
    assert "The invitation to contact@kigali.example.org is saved and its email is queued." in (
        response.text
    )
    email = Email.objects.get(recipient="contact@kigali.example.org")
    assert email.status == EmailStatus.QUEUED

    broker.start()
    with SMTPServer() as smtp:
        worker = start_process(
            "worker", REDIS_URL=broker.url, EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}"
        )
        worker.wait_for_output("ready.", timeout=60)
        assert email_requeue_stale(now=timezone.now() + timedelta(minutes=11)) == 1
        assert wait_until(lambda: Email.objects.get(pk=email.pk).status == EmailStatus.SENT)
        time.sleep(1)  # room for a second delivery, which must not come
    assert [message["To"] for message in smtp.messages] == ["contact@kigali.example.org"]
    assert smtp.messages[0]["Subject"].startswith("Votre invitation")


def test_smtp_server_refusing(client, broker, start_process):
    """Retries with backoff, then the email is marked failed and admins see it; their resend
    delivers it once."""
    with SMTPServer(refuse=True) as smtp:
        worker = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            EMAIL_RETRY_BACKOFF_SECONDS="1",
        )
        worker.wait_for_output("ready.", timeout=60)
        (email,) = queue_emails(1)

        assert wait_until(
            lambda: Email.objects.get(pk=email.pk).status == EmailStatus.FAILED, timeout=60
        )
        email.refresh_from_db()
        assert email.attempts == 5
        assert smtp.handler.attempts == 5
        assert "554" in email.last_error
        retries = re.findall(r"Retry in (\d+)s", worker.output())
        assert retries == ["1", "2", "4", "8"]

        admin = UserFactory(is_staff=True, is_superuser=True)
        client.force_login(admin)
        listing = client.get("/en/admin/mayors_dialogue/email/?status__exact=failed")
        assert "person0@example.org" in listing.text

        smtp.handler.refuse = False
        client.post(
            "/en/admin/mayors_dialogue/email/",
            {"action": "resend", "_selected_action": [email.pk]},
        )
        assert wait_until(lambda: Email.objects.get(pk=email.pk).status == EmailStatus.SENT)
        time.sleep(1)
    assert [message["To"] for message in smtp.messages] == ["person0@example.org"]


def test_worker_killed_while_sending_a_batch(broker, start_process):
    """SIGKILL to the worker and its pool while both pool processes wait for the SMTP
    server's answer. After a restart every email arrives exactly once: the two tasks that
    were taken come back (acks_late, reject_on_worker_lost, the visibility timeout) and the
    outbox row makes sending idempotent."""
    batch = 60
    with SMTPServer(hold_after=20) as smtp:
        queue_emails(batch)
        worker = start_process(
            "worker", REDIS_URL=broker.url, EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}"
        )
        assert wait_until(lambda: smtp.handler.holding == 2, timeout=60), worker.output()

        worker.kill()
        smtp.handler.hold_after = None
        assert len(smtp.messages) == 20
        assert statuses()[EmailStatus.SENT] == 20

        time.sleep(2)  # the killed worker's two tasks are past the visibility timeout below
        restarted = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            CELERY_VISIBILITY_TIMEOUT="1",
        )
        restarted.wait_for_output("ready.", timeout=60)
        assert wait_until(lambda: statuses()[EmailStatus.SENT] == batch, timeout=60), (
            statuses(),
            restarted.output()[-3000:],
        )
        time.sleep(3)  # a duplicate would arrive now
    recipients = [message["To"] for message in smtp.messages]
    assert len(recipients) == batch
    assert sorted(recipients) == sorted(f"person{n}@example.org" for n in range(batch))


def test_login_keeps_working_while_redis_is_down(start_web, own_redis):
    """allauth's rate limits live in the database cache, so a sign-in needs no Redis.
    /health/ reports Redis and the broker down with a 503, and recovers with Redis."""
    user = UserFactory(email="fatou@example.org", language="fr")
    web = start_web(REDIS_URL=own_redis.url)
    assert web.get("/health/").status == 200

    own_redis.stop()
    response = sign_in(web, user)
    home = web.get("/fr/me/")
    preferences = web.get("/en/accounts/preferences/")
    # /health/ checks at most every 5 s per worker
    health = wait_until(lambda: (h := web.get("/health/")).status == 503 and h, timeout=15)
    own_redis.start()
    recovered = wait_until(lambda: (h := web.get("/health/")).status == 200 and h, timeout=15)

    assert response.status == 302, web.process.output()[-5000:]
    assert response.header("Location") == "/fr/me/"
    assert home.status == 200
    assert "<h1>Mon dialogue</h1>" in home.text
    assert preferences.status == 200
    assert "fatou@example.org" in preferences.text
    assert health.status == 503
    assert '"redis": "unavailable"' in health.text
    assert '"broker": "unavailable"' in health.text
    assert '"database": "ok"' in health.text
    assert recovered.status == 200


def test_an_smtp_server_that_never_answers_does_not_hang_the_worker(broker, start_process):
    """EMAIL_TIMEOUT ends the attempt; the email stays queued for a retry and the worker
    goes on with its next task."""
    with SilentSMTPServer() as silent:
        worker = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{silent.port}",
            EMAIL_TIMEOUT="2",
            EMAIL_RETRY_BACKOFF_SECONDS="600",
            CELERY_CONCURRENCY="1",
        )
        worker.wait_for_output("ready.", timeout=60)
        first, second = queue_emails(2)

        for email in (first, second):
            assert wait_until(lambda e=email: Email.objects.get(pk=e.pk).attempts == 1, timeout=30)
        assert len(silent.connections) == 2
    first.refresh_from_db()
    assert first.status == EmailStatus.QUEUED
    assert "timed out" in first.last_error
    # the attempt is recorded on the row before the worker logs its retry
    assert wait_until(lambda: worker.output().count("Retry in 600s") == 2, timeout=10)
    assert worker.popen.poll() is None


def test_database_connection_dropped_during_a_request(start_web, transactional_db):
    """The connection dies mid-transaction (after the organisation's row was written, while
    its history entry waits for a lock). The person gets the error page in their language,
    nothing of the edit is saved, and the next request works."""
    membership = PartnerMembershipFactory(
        organisation__name_en="Overseas Development Institute", organisation__slug="odi"
    )
    web = start_web()
    assert sign_in(web, membership.user, language="fr").status == 302, web.process.output()
    path = "/fr/partners/odi/edit/"
    fields = main_form_fields(web.get(path).text)
    fields["name_fr"] = "Institut de développement d'outre-mer"

    blocker, watcher = pg_connect(), pg_connect()
    watcher.autocommit = True  # each look at pg_stat_activity is a fresh snapshot
    blocker.cursor().execute("LOCK TABLE cities_profilechange IN EXCLUSIVE MODE")
    result = {}
    request = threading.Thread(
        target=lambda: result.update(response=web.request_form(path, fields)), daemon=True
    )
    request.start()
    try:
        waiting = wait_until(lambda: backend_waiting_for_lock(watcher), timeout=20)
        assert waiting, "the edit never reached the locked table"
        watcher.cursor().execute("SELECT pg_terminate_backend(%s)", [waiting])
        request.join(timeout=20)
    finally:
        blocker.rollback()
        blocker.close()
        watcher.close()

    response = result["response"]
    assert response.status == 500
    assert '<html lang="fr">' in response.text
    assert "Une erreur s’est produite" in response.text
    organisation = PartnerOrganisation.objects.get(slug="odi")
    assert not organisation.name_fr
    assert not ProfileChange.objects.exists()
    assert web.get(path).status == 200
    saved = web.request_form(path, fields)
    assert saved.status == 302
    organisation.refresh_from_db()
    assert organisation.name_fr == "Institut de développement d'outre-mer"


def pg_connect():
    database = connection.settings_dict
    return psycopg2.connect(
        dbname=database["NAME"],
        user=database["USER"] or "postgres",
        host=database["HOST"] or "127.0.0.1",
        port=database["PORT"] or 5432,
    )


def backend_waiting_for_lock(watcher) -> int | None:
    cursor = watcher.cursor()
    cursor.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
    )
    row = cursor.fetchone()
    return row[0] if row else None
