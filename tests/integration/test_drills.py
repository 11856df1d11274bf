"""Fault drills. Each one starts the real service it breaks (its own Redis on another port,
its own SMTP server, its own worker or gunicorn) and never touches the machine's shared
PostgreSQL cluster beyond the test database, nor its shared Redis."""

import json
import re
import threading
import time
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.mail import EmailMultiAlternatives
from django.db import connection

from cities.models import PartnerOrganisation, ProfileChange
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import broker_breaker_reset, email_publish, email_queue
from mayors_dialogue.tasks import email_send
from tests.broker import publishing_to
from tests.factories import PartnerMembershipFactory, UserFactory
from tests.integration.conftest import wait_until
from tests.integration.http import main_form_fields
from tests.smtp import SilentSMTPServer, SMTPServer

pytestmark = pytest.mark.integration

PASSWORD = "drill-password-2026"


@pytest.fixture
def broker(own_redis):
    """This process publishes to the drill's own Redis instead of running tasks eagerly."""
    with publishing_to(own_redis.url):
        yield own_redis


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


def test_redis_stopped_while_an_admin_invites_a_city(
    start_web, start_process, own_redis, tmp_path, capsys
):
    """gunicorn, a worker and beat on the drill's own Redis, which stops while an admin
    invites a city. The page says the email is queued, the row says it waits for the broker,
    and once Redis is back the invitation reaches the SMTP server within 120 s, once."""
    admin = UserFactory(is_staff=True, is_superuser=True, email="secretariat@example.org")
    with SMTPServer() as smtp:
        services = {"REDIS_URL": own_redis.url, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}"}
        web = start_web(**services)
        worker = start_process("worker", **services)
        start_process("beat", CELERY_BEAT_SCHEDULE_FILE=str(tmp_path / "beat"), **services)
        worker.wait_for_output("ready.", timeout=60)
        assert sign_in(web, admin).status == 302, web.process.output()[-3000:]
        own_redis.stop()

        response = web.post_form(
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
        )
        page = web.get(response.header("Location") or "/")
        email = Email.objects.get(recipient="contact@kigali.example.org")
        waiting = (email.status, email.publish_failures, email.publish_next_at is not None)

        own_redis.start()
        back = time.monotonic()
        assert wait_until(lambda: smtp.messages, timeout=150), worker.output()[-5000:]
        took = time.monotonic() - back
        time.sleep(3)  # room for a second delivery, which must not come
    record_figure("broker_recovery", {"seconds_from_broker_back_to_smtp": round(took, 1)})
    figure = f"\nThe invitation reached the SMTP server {took:.1f} s after Redis was back."
    with capsys.disabled():
        print(figure)  # noqa: T201 -- the drill's figure, for the CI log

    assert response.status == 302, response.text[-3000:]
    assert "The invitation to contact@kigali.example.org is saved and its email is queued." in (
        page.text
    )
    assert waiting == (EmailStatus.QUEUED, 1, True)
    assert took <= 120
    assert [message["To"] for message in smtp.messages] == ["contact@kigali.example.org"]
    assert smtp.messages[0]["Subject"].startswith("Votre invitation")
    email.refresh_from_db()
    assert (email.status, email.attempts, email.publish_next_at) == (EmailStatus.SENT, 1, None)


def record_figure(name: str, figure: dict) -> None:
    """Kept under var/bench/ for CI to print with the run's other figures."""
    folder = Path(settings.BASE_DIR) / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(figure) + "\n")


def test_two_workers_and_two_beats_deliver_a_batch_of_200_exactly_once(
    broker, start_process, tmp_path
):
    """The 200 emails are written while Redis is down, then each is handed to the broker
    three times over (twice by this process, once by the workers' or the beats' run): the
    claim on the row lets exactly one delivery through."""
    batch = 200
    broker.stop()
    emails = queue_emails(batch, prefix="batch")
    assert Email.objects.waiting_for_broker().count() == batch
    broker.start()
    broker_breaker_reset()
    ids = [email.pk for email in emails]
    assert email_publish(email_ids=ids) == batch
    assert email_publish(email_ids=ids) == batch

    with SMTPServer() as smtp:
        services = {"REDIS_URL": broker.url, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}"}
        beats = [
            start_process("beat", CELERY_BEAT_SCHEDULE_FILE=str(tmp_path / f"beat{n}"), **services)
            for n in (1, 2)
        ]
        workers = [start_process("worker", CELERY_HOSTNAME=f"w{n}@%h", **services) for n in (1, 2)]
        assert wait_until(lambda: statuses()[EmailStatus.SENT] == batch, timeout=120), (
            statuses(),
            workers[0].output()[-3000:],
        )
        # each beat asks for the emails waiting for the broker (at the next minute)
        for beat in beats:
            beat.wait_for_output("Sending due task email-republish", timeout=75)
        time.sleep(3)  # a duplicate would arrive now
    recipients = sorted(message["To"] for message in smtp.messages)
    assert recipients == sorted(f"batch{n}@example.org" for n in range(batch))
    assert sum(Email.objects.values_list("attempts", flat=True)) == batch
    # each worker asked on connecting, and each ran its share of the deliveries
    republished = re.compile(r"Task mayors_dialogue\.email_republish\[[^]]+\] succeeded")
    sent = re.compile(r"Task mayors_dialogue\.email_send\[[^]]+\] succeeded")
    for worker in workers:
        assert republished.search(worker.output()), worker.output()[-3000:]
        assert sent.search(worker.output())


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


def test_a_retry_the_broker_refuses_waits_on_the_row_until_the_broker_is_back(
    broker, start_process
):
    """Redis stops while the worker waits for the SMTP server's answer, which is then "451
    try again later": the retry cannot be published, so the row waits for the broker, with
    the reason. Celery 5.7 then stops that worker ("Unrecoverable error" while restoring the
    task it had taken, a kombu bug), as a supervisor would see it; the worker it starts
    again sends the email once Redis is back."""
    with SMTPServer(hold_after=0) as smtp:
        services = {"REDIS_URL": broker.url, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}"}
        worker = start_process("worker", EMAIL_RETRY_BACKOFF_SECONDS="1", **services)
        worker.wait_for_output("ready.", timeout=60)
        (email,) = queue_emails(1)
        assert wait_until(lambda: smtp.handler.holding == 1, timeout=30), worker.output()
        broker.stop()
        smtp.handler.hold_after = None  # the held message gets "451 try again later"

        assert wait_until(
            lambda: Email.objects.waiting_for_broker().filter(pk=email.pk).exists(), timeout=30
        ), worker.output()[-3000:]
        waiting = Email.objects.get(pk=email.pk)
        said = worker.output()
        worker.stop()
        broker.start()
        restarted = start_process("worker", **services)
        assert wait_until(lambda: smtp.messages, timeout=60), restarted.output()[-3000:]
        time.sleep(2)  # a duplicate would arrive now
    assert (waiting.status, waiting.publish_failures) == (EmailStatus.QUEUED, 1)
    assert "451" in waiting.last_error
    assert "waits for the broker to retry" in said
    assert [message["To"] for message in smtp.messages] == ["person0@example.org"]
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.SENT, 2)


def test_worker_killed_while_sending_a_batch(broker, start_process):
    """SIGKILL to the worker and its pool while both pool processes wait for the SMTP
    server's answer. The two emails they claimed stay "being sent" until their lease runs
    out (3 s here, 120 s by default); after a restart every email arrives exactly once: the
    two tasks that were taken come back (acks_late, reject_on_worker_lost, the visibility
    timeout) and the restarted worker queues the two rows again on connecting: the claim on
    each row lets one delivery through."""
    batch = 60
    with SMTPServer(hold_after=20) as smtp:
        queue_emails(batch)
        worker = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            EMAIL_LEASE_SECONDS="3",
        )
        assert wait_until(lambda: smtp.handler.holding == 2, timeout=60), worker.output()

        worker.kill()
        smtp.handler.hold_after = None
        assert len(smtp.messages) == 20
        assert statuses()[EmailStatus.SENT] == 20
        assert Email.objects.filter(status=EmailStatus.SENDING).count() == 2

        time.sleep(3)  # past the leases, and past the visibility timeout below
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


def test_an_smtp_server_that_never_answers_holds_no_lock_and_blocks_nothing_else(
    client, broker, start_process
):
    """One worker waits EMAIL_TIMEOUT (20 s) for a mail server that never answers. Meanwhile
    the row it claimed holds no database lock, another worker delivers other emails, and an
    admin's resend of an unrelated email is delivered. Then the attempt ends: the email is
    queued again for a retry, with the reason, and that worker is still alive. The stuck
    worker listens on a queue of its own, so both workers are ready before anything is
    sent."""
    with SilentSMTPServer() as silent, SMTPServer() as smtp:
        stuck_worker = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{silent.port}",
            EMAIL_TIMEOUT="20",
            EMAIL_RETRY_BACKOFF_SECONDS="600",
            CELERY_CONCURRENCY="1",
            CELERY_HOSTNAME="stuck@%h",
            CELERY_QUEUES="stuck",
        )
        other_worker = start_process(
            "worker",
            REDIS_URL=broker.url,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            CELERY_CONCURRENCY="1",
            CELERY_HOSTNAME="other@%h",
        )
        stuck_worker.wait_for_output("ready.", timeout=60)
        other_worker.wait_for_output("ready.", timeout=60)
        stuck = Email.objects.create(  # its task goes to the stuck worker's queue
            recipient="stuck@example.org", subject="Bienvenue", body_text="Texte",
            from_email="dialogue@example.org", language="fr",
        )  # fmt: skip
        email_send.apply_async(kwargs={"email_id": stuck.pk}, queue="stuck")
        assert wait_until(lambda: silent.connections, timeout=30), stuck_worker.output()
        claimed = time.monotonic()

        probe = pg_connect()
        try:
            cursor = probe.cursor()
            cursor.execute("SET lock_timeout = '1s'")
            cursor.execute(
                "SELECT status FROM mayors_dialogue_email WHERE id = %s FOR UPDATE NOWAIT",
                [stuck.pk],
            )
            probed = cursor.fetchone()[0]
        finally:
            probe.rollback()
            probe.close()
        queue_emails(5, prefix="other")
        unrelated = Email.objects.create(
            recipient="resent@example.org", subject="Bienvenue", body_text="Texte",
            from_email="dialogue@example.org", language="fr", status=EmailStatus.FAILED,
            attempts=5, last_error="SMTPServerDisconnected('Connection unexpectedly closed')",
        )  # fmt: skip
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
        resend = client.post(f"/en/secretariat/emails/{unrelated.pk}/resend/")

        assert wait_until(lambda: len(smtp.messages) == 6, timeout=30), other_worker.output()
        others_done = time.monotonic() - claimed
        stuck_meanwhile = Email.objects.get(pk=stuck.pk).status
        assert wait_until(
            lambda: Email.objects.get(pk=stuck.pk).status == EmailStatus.QUEUED, timeout=40
        )
    assert probed == EmailStatus.SENDING  # claimed, and not locked: NOWAIT got the row
    assert resend.status_code == 302
    assert stuck_meanwhile == EmailStatus.SENDING
    assert others_done < 20, others_done
    assert sorted(message["To"] for message in smtp.messages) == [
        *(f"other{n}@example.org" for n in range(5)),
        "resent@example.org",
    ]
    stuck.refresh_from_db()
    assert (stuck.attempts, stuck.lease_until) == (1, None)
    assert "timed out" in stuck.last_error
    assert wait_until(lambda: "Retry in 600s" in stuck_worker.output(), timeout=10)
    assert stuck_worker.popen.poll() is None


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
