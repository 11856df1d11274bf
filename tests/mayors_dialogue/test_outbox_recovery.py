"""The outbox recovers from a broker outage at once and never holds a row while it talks to
the SMTP server: a refused publish is recorded on the row, beat's minute run hands it over
with backoff per row, and delivery claims a row with a lease (services.email_publish,
email_republish, email_deliver)."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from mayors_dialogue import celery_app
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import (
    broker_breaker_reset,
    email_deliver,
    email_queue,
    email_republish,
    email_requeue_stale,
    email_retry_later,
    publish_backoff,
)
from tests.broker import publishing_to
from tests.smtp import free_port


def queue(*recipients):
    emails = []
    with transaction.atomic():
        for recipient in recipients:
            message = EmailMultiAlternatives("Bienvenue", "Texte", "d@example.org", [recipient])
            emails += email_queue(message=message, language="fr")
    return emails


@pytest.fixture
def broker_down():
    """Tasks are published to a Redis port where nothing listens, as when the broker is
    down; afterwards they run in-process again."""
    with publishing_to(f"redis://127.0.0.1:{free_port()}/0"):
        yield


def test_a_publish_the_broker_refuses_is_recorded_on_the_row_at_once(transactional_db, broker_down):
    started = time.monotonic()
    emails = queue("a@example.org", "b@example.org", "c@example.org")
    took = time.monotonic() - started

    rows = list(Email.objects.order_by("pk"))
    waiting = list(Email.objects.waiting_for_broker().order_by("pk"))
    assert [(row.status, row.publish_failures) for row in rows] == [("queued", 1)] * 3
    assert all(row.publish_next_at <= timezone.now() for row in rows)  # due at the next run
    assert waiting == rows
    assert took < 3, "after the first refusal the other emails do not wait for the broker"
    assert len(emails) == 3


def test_republish_hands_over_what_the_broker_refused_and_it_is_delivered_once(
    transactional_db, broker_down
):
    first, second = queue("a@example.org", "b@example.org")
    broker_breaker_reset()  # a minute later, in the worker: still down, the run fails again
    assert email_republish() == 0
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.publish_failures, first.status) == (2, EmailStatus.QUEUED)
    assert first.publish_next_at > timezone.now() + timedelta(seconds=50)  # backed off
    assert second.publish_failures == 1  # not tried after the first refusal: no backoff

    celery_app.conf.task_always_eager = True  # the broker is back
    assert email_republish() == 1  # the second; the first is not due yet
    assert email_republish(now=timezone.now() + timedelta(minutes=2)) == 1

    assert [message.to[0] for message in mail.outbox] == ["b@example.org", "a@example.org"]
    for email in (first, second):
        email.refresh_from_db()
        assert (email.status, email.attempts, email.publish_next_at) == ("sent", 1, None)
        assert email.publish_failures == 0
    assert email_republish(now=timezone.now() + timedelta(hours=1)) == 0
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(1, 0), (2, 60), (3, 120), (4, 240), (5, 480), (6, 900), (12, 900)],
)
def test_backoff_per_row_doubles_up_to_fifteen_minutes(failures, seconds):
    assert publish_backoff(failures) == timedelta(seconds=seconds)


def test_republish_takes_only_rows_due_and_still_queued(db):
    now = timezone.now()
    _due, later, _sent = (
        Email.objects.create(
            recipient=f"{name}@example.org", subject="S", body_text="T", language="en",
            from_email="d@example.org", status=status, publish_next_at=at, publish_failures=2,
        )
        for name, status, at in [
            ("due", EmailStatus.QUEUED, now - timedelta(seconds=1)),
            ("later", EmailStatus.QUEUED, now + timedelta(minutes=3)),
            ("sent", EmailStatus.SENT, now - timedelta(minutes=3)),
        ]
    )  # fmt: skip

    assert email_republish(now=now) == 1

    assert [message.to for message in mail.outbox] == [["due@example.org"]]
    later.refresh_from_db()
    assert (later.status, later.publish_failures) == (EmailStatus.QUEUED, 2)


def test_a_lease_that_ran_out_makes_the_row_claimable_and_it_is_sent_once(db):
    now = timezone.now()
    dead, alive = (
        Email.objects.create(
            recipient=f"{name}@example.org", subject="S", body_text="T", language="en",
            from_email="d@example.org", status=EmailStatus.SENDING, lease_until=lease,
            attempts=1,
        )
        for name, lease in [
            ("dead", now - timedelta(seconds=1)), ("alive", now + timedelta(seconds=60)),
        ]
    )  # fmt: skip

    assert email_deliver(email=alive) is False  # another worker holds it
    assert email_republish(now=now) == 1

    assert [message.to for message in mail.outbox] == [["dead@example.org"]]
    dead.refresh_from_db()
    alive.refresh_from_db()
    assert (dead.status, dead.attempts, dead.lease_until) == (EmailStatus.SENT, 2, None)
    assert (alive.status, alive.attempts) == (EmailStatus.SENDING, 1)


def test_delivery_claims_with_a_lease_and_a_second_claim_is_refused(
    db, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_LEASE_SECONDS = 120
    with django_capture_on_commit_callbacks(execute=False):
        (email,) = queue("a@example.org")
    seen = {}

    def send_and_look(self, *args, **kwargs):
        row = Email.objects.get(pk=email.pk)
        seen.update(status=row.status, lease_until=row.lease_until, again=email_deliver(email=row))
        return original(self, *args, **kwargs)

    original = EmailMultiAlternatives.send
    EmailMultiAlternatives.send = send_and_look
    try:
        before = timezone.now()
        assert email_deliver(email=email) is True
    finally:
        EmailMultiAlternatives.send = original

    assert seen["status"] == EmailStatus.SENDING
    assert seen["lease_until"] >= before + timedelta(seconds=120)
    assert seen["again"] is False  # the row is claimed: no second sending
    email.refresh_from_db()
    assert (email.status, email.attempts, email.lease_until) == (EmailStatus.SENT, 1, None)
    assert len(mail.outbox) == 1


def test_a_stale_sweep_leaves_rows_waiting_for_the_broker_to_the_minute_run(
    db, django_capture_on_commit_callbacks
):
    old = timezone.now() - timedelta(minutes=30)
    _lost, refused = (
        Email.objects.create(
            recipient=f"{name}@example.org", subject="S", body_text="T", language="en",
            from_email="d@example.org", publish_next_at=at,
        )
        for name, at in [("lost", None), ("refused", timezone.now())]
    )  # fmt: skip
    Email.objects.update(updated_at=old)

    with django_capture_on_commit_callbacks(execute=True):
        assert email_requeue_stale() == 1

    assert [message.to for message in mail.outbox] == [["lost@example.org"]]
    refused.refresh_from_db()
    assert refused.status == EmailStatus.QUEUED


def test_a_try_skipped_while_the_broker_is_known_down_does_not_add_to_the_backoff(
    transactional_db, broker_down
):
    queue("a@example.org")  # refused: this process leaves the broker alone for a moment
    started = time.monotonic()
    (email,) = queue("b@example.org")
    took = time.monotonic() - started

    email.refresh_from_db()
    assert (email.publish_failures, email.status) == (1, EmailStatus.QUEUED)
    assert email.publish_next_at <= timezone.now()
    assert took < 0.5  # no wait for the broker's timeout
    assert email_republish() == 0  # still within the moment: marked again, not counted
    email.refresh_from_db()
    assert (email.publish_failures, email.publish_next_at <= timezone.now()) == (1, True)


def test_republish_works_through_every_due_row_a_batch_at_a_time(db):
    now = timezone.now()
    Email.objects.bulk_create(
        Email(
            recipient=f"p{n}@example.org", subject="S", body_text="T", language="en",
            from_email="d@example.org", publish_next_at=now, publish_failures=1,
        )
        for n in range(7)
    )  # fmt: skip

    assert email_republish(now=now, batch=3) == 7

    assert len(mail.outbox) == 7
    assert not Email.objects.waiting_for_broker().exists()


def waiting_rows(count, *, failures, next_at):
    return Email.objects.bulk_create(
        Email(
            recipient=f"p{n}@example.org", subject="S", body_text="T", language="en",
            from_email="d@example.org", publish_next_at=next_at, publish_failures=failures,
            waiting_since=timezone.now() - timedelta(minutes=20),
        )
        for n in range(count)
    )  # fmt: skip


def test_only_the_email_tried_counts_a_failure_when_the_broker_refuses(
    transactional_db, broker_down
):
    waiting_rows(3, failures=2, next_at=timezone.now())

    assert email_republish() == 0

    rows = list(Email.objects.order_by("pk"))
    assert [row.publish_failures for row in rows] == [3, 2, 2]
    assert all(row.publish_next_at > timezone.now() for row in rows)


def test_a_worker_that_connects_takes_every_email_waiting_backoff_or_not(db):
    waiting_rows(2, failures=5, next_at=timezone.now() + timedelta(minutes=8))

    assert email_republish() == 0  # beat's minute: not due yet
    assert email_republish(all_waiting=True) == 2  # a worker connected: the broker is back

    assert len(mail.outbox) == 2
    assert list(Email.objects.values_list("waiting_since", "publish_failures")) == [(None, 0)] * 2


def test_waiting_since_is_the_first_refusal_and_is_kept_across_later_ones(
    transactional_db, broker_down
):
    (email,) = queue("a@example.org")
    email.refresh_from_db()
    first = email.waiting_since
    broker_breaker_reset()

    email_republish(all_waiting=True)

    email.refresh_from_db()
    assert first is not None
    assert (email.waiting_since, email.publish_failures) == (first, 2)


def test_a_retry_the_broker_refused_waits_for_it_with_the_retry_delay(db):
    (email,) = waiting_rows(1, failures=0, next_at=None)

    email_retry_later(email_id=email.pk, after=timedelta(seconds=120))

    email.refresh_from_db()
    assert email.publish_failures == 1
    assert timezone.now() + timedelta(seconds=100) < email.publish_next_at
    assert email in Email.objects.waiting_for_broker()
