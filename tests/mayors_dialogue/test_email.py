from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_queue, email_requeue_stale, email_resend
from mayors_dialogue.tasks import email_send
from tests.smtp import SMTPServer


def message(to="fatou@example.org", subject="Bienvenue"):
    msg = EmailMultiAlternatives(subject, "Texte", "dialogue@example.org", [to])
    msg.attach_alternative("<p>Texte</p>", "text/html")
    return msg


@pytest.fixture
def smtp_settings(settings):
    def use(server):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False

    return use


def test_email_is_queued_only_when_the_transaction_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        (email,) = email_queue(message=message(), language="fr")

    assert email.status == EmailStatus.QUEUED
    assert mail.outbox == []
    assert len(callbacks) == 1

    callbacks[0]()

    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert email.attempts == 1
    assert [(m.subject, m.to, m.reply_to) for m in mail.outbox] == [
        ("Bienvenue", ["fatou@example.org"], ["secretariat@mayors-dialogue.example.org"])
    ]
    assert mail.outbox[0].alternatives[0].content == "<p>Texte</p>"


def test_rolled_back_email_is_neither_stored_nor_sent(db, django_capture_on_commit_callbacks):
    def change_that_fails():
        with transaction.atomic():
            email_queue(message=message(), language="fr")
            raise RuntimeError("the surrounding change failed")

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError):
        change_that_fails()

    assert (Email.objects.count(), callbacks, mail.outbox) == (0, [], [])


def test_running_the_task_twice_sends_once(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        (email,) = email_queue(message=message(), language="fr")

    email_send.delay(email_id=email.pk)

    assert len(mail.outbox) == 1


def test_task_for_a_deleted_email_does_nothing(db):
    email_send.delay(email_id=987654)

    assert mail.outbox == []


def test_one_row_per_recipient(db, django_capture_on_commit_callbacks):
    msg = message()
    msg.to = ["a@example.org", "b@example.org"]

    with django_capture_on_commit_callbacks(execute=True):
        emails = email_queue(message=msg, language="en")

    assert sorted(email.recipient for email in emails) == ["a@example.org", "b@example.org"]
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]


def test_real_smtp_server_receives_the_message(
    db, smtp_settings, django_capture_on_commit_callbacks
):
    with SMTPServer() as server:
        smtp_settings(server)
        with django_capture_on_commit_callbacks(execute=True):
            (email,) = email_queue(message=message(subject="Réunion"), language="fr")

    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert [(m["Subject"], m["To"], m["Content-Language"]) for m in server.messages] == [
        ("Réunion", "fatou@example.org", "fr")
    ]


def test_refusing_smtp_server_is_retried_then_marked_failed_and_resend_delivers_once(
    db, smtp_settings, django_capture_on_commit_callbacks
):
    with SMTPServer(refuse=True) as refusing:
        smtp_settings(refusing)
        with django_capture_on_commit_callbacks(execute=True):
            (email,) = email_queue(message=message(), language="fr")

    email.refresh_from_db()
    assert (email.status, email.attempts, refusing.handler.attempts) == (EmailStatus.FAILED, 5, 5)
    assert "554" in email.last_error

    with SMTPServer() as accepting:
        smtp_settings(accepting)
        with django_capture_on_commit_callbacks(execute=True):
            email_resend(email=email)
            email_resend(email=email)

    email.refresh_from_db()
    assert (email.status, email.attempts, len(accepting.messages)) == (EmailStatus.SENT, 6, 1)


def test_stale_queued_emails_are_requeued_and_fresh_ones_left(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        stale, fresh = (
            email_queue(message=message(to=to), language="fr")[0]
            for to in ["old@example.org", "new@example.org"]
        )
    Email.objects.filter(pk=stale.pk).update(updated_at=timezone.now() - timedelta(minutes=11))

    with django_capture_on_commit_callbacks(execute=True):
        count = email_requeue_stale()

    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert (count, stale.status, fresh.status) == (1, EmailStatus.SENT, EmailStatus.QUEUED)
    assert [m.to for m in mail.outbox] == [["old@example.org"]]


def test_requeue_command_runs_the_beat_task_by_hand(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        (email,) = email_queue(message=message(), language="fr")
    Email.objects.filter(pk=email.pk).update(updated_at=timezone.now() - timedelta(hours=1))
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("email_requeue_stale", stdout=out)

    email.refresh_from_db()
    assert (out.getvalue(), email.status) == ("Emails queued again: 1.\n", EmailStatus.SENT)


def test_beat_schedule_names_a_registered_task(settings):
    from mayors_dialogue.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks
