import base64
import hashlib
import json
import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import InterfaceError, OperationalError, close_old_connections, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .enums import EmailStatus
from .models import Email, User

logger = logging.getLogger(__name__)

DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def site_configure() -> None:
    """The Site that allauth names in its emails: its domain follows SITE_URL, which is
    configuration; its name is set only while it is still Django's default, so a name an
    admin chose stays."""
    domain = urlsplit(settings.SITE_URL).netloc
    site, created = Site.objects.get_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": "Mayors Dialogue"}
    )
    if created:
        return
    if site.name == "example.com":
        site.name = "Mayors Dialogue"
    site.domain = domain
    site.save()


def user_update_preferences(
    *, user: User, display_name: str, language: str, timezone_name: str
) -> User:
    """Save what a person sets on their preferences page. No side effects."""
    with transaction.atomic():
        user.display_name = display_name
        user.language = language
        user.timezone = timezone_name
        user.full_clean()
        user.save(update_fields=["display_name", "language", "timezone"])
    return user


def user_set_language(*, user: User, language: str) -> None:
    """Remember the language a signed-in person switched to, for pages and emails alike."""
    if user.language == language:
        return
    user.language = language
    user.full_clean()
    user.save(update_fields=["language"])


def email_queue(*, message: EmailMessage, language: str, secrets=()) -> list[Email]:
    """Store a rendered message in the outbox, one row per recipient, and queue its delivery.

    `secrets` are the links in it that let someone in: the stored bodies show a mark in
    their place ("[hidden link 1]", in the message's language), and the links themselves are
    kept encrypted until delivery, then erased, so neither the admin nor a backup holds a
    usable link. The Celery task is queued only when the surrounding transaction commits,
    so a rollback never sends anything. If the broker is unreachable the row stays queued,
    marked as waiting for the broker, and `email_republish` hands it over within a minute of
    the broker's return.
    """
    html = ""
    if isinstance(message, EmailMultiAlternatives):
        html = next(
            (content for content, mimetype in message.alternatives if mimetype == "text/html"),
            "",
        )
    reply_to = message.reply_to or settings.EMAIL_REPLY_TO
    attachment = _text_attachment(message)
    body_text, body_html, sealed = _seal(message.body, html, secrets, language=language)
    emails = []
    with transaction.atomic():
        for recipient in message.to:
            email = Email(
                recipient=recipient,
                subject=message.subject,
                body_text=body_text,
                body_html=body_html,
                sealed=sealed,
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                reply_to=",".join(reply_to),
                language=language,
                **attachment,
            )
            email.full_clean()
            email.save()
            emails.append(email)
        _enqueue_on_commit([email.pk for email in emails])
    return emails


def _outbox_key() -> MultiFernet:
    """From SECRET_KEY, and SECRET_KEY_FALLBACKS so that a rotated key still opens what was
    queued before the rotation."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet(
        [
            Fernet(
                base64.urlsafe_b64encode(hashlib.sha256(b"outbox-secrets:" + key.encode()).digest())
            )
            for key in keys
        ]
    )


def _seal(body_text: str, body_html: str, secrets, *, language: str) -> tuple[str, str, str]:
    """The bodies with a mark in place of each secret, and the secrets encrypted."""
    secrets = [secret for secret in secrets if secret]
    if not secrets:
        return body_text, body_html, ""
    marks = {}
    with translation.override(language):
        for number, secret in enumerate(secrets, start=1):
            mark = _("[hidden link {number}]").format(number=number)
            marks[mark] = secret
            body_text = body_text.replace(secret, mark)
            body_html = body_html.replace(secret, mark)
    return body_text, body_html, _outbox_key().encrypt(json.dumps(marks).encode()).decode()


def _unsealed(email: Email) -> tuple[str, str]:
    """The bodies as the recipient gets them, with the secrets filled in."""
    body_text, body_html = email.body_text, email.body_html
    if email.sealed:
        for mark, secret in json.loads(_outbox_key().decrypt(email.sealed.encode())).items():
            body_text = body_text.replace(mark, secret)
            body_html = body_html.replace(mark, secret)
    return body_text, body_html


def _text_attachment(message: EmailMessage) -> dict:
    """The message's one text attachment (an .ics invitation), as outbox fields."""
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        return {
            "attachment_name": filename,
            "attachment_type": mimetype,
            "attachment_content": content if isinstance(content, str) else content.decode(),
        }
    return {}


def _enqueue_on_commit(email_ids) -> None:
    """Hand the delivery of these emails to the broker once the transaction commits (so a
    rollback sends nothing). `robust`: whatever goes wrong there must not break the request;
    the rows stay queued and `email_publish` records what could not be handed over."""
    email_ids = list(email_ids)
    if email_ids:
        transaction.on_commit(lambda: email_publish(email_ids=email_ids), robust=True)


# After the broker refuses a task, this process does not try it again for this long: the
# emails queued meanwhile are marked as waiting for it at once, so a request that writes many
# emails does not wait for the broker's timeout once per email.
BROKER_RETRY_AFTER_SECONDS = 10
_broker_refused_at: float | None = None


def broker_breaker_reset() -> None:
    global _broker_refused_at
    _broker_refused_at = None


def _broker_known_down() -> bool:
    return (
        _broker_refused_at is not None
        and time.monotonic() - _broker_refused_at < BROKER_RETRY_AFTER_SECONDS
    )


def email_publish(*, email_ids: list[int]) -> int:
    """Publish a delivery task for each email. When the broker refuses one, that email and
    the rest are marked as waiting for the broker at once (no further tries now: each would
    wait for the same timeout), and `email_republish` tries them again from beat. Returns how
    many were handed over."""
    global _broker_refused_at
    from .tasks import email_send  # tasks import this module

    if settings.EMAIL_DELIVERY_THREAD:  # no broker: the web process's own thread sends them
        from .local_outbox import local_outbox  # it imports this module

        local_outbox.submit(email_ids)
        return len(email_ids)
    eager = email_send.app.conf.task_always_eager
    for position, email_id in enumerate(email_ids):
        tried = eager or not _broker_known_down()
        if not tried:
            error = f"the broker refused a task less than {BROKER_RETRY_AFTER_SECONDS} s ago"
        else:
            try:
                email_send.delay(email_id=email_id)
                continue
            except Exception as exc:  # kombu's OperationalError, a socket error, a timeout…
                _broker_refused_at = time.monotonic()
                error = repr(exc)
        # Only the email it was tried with counts a failure towards its backoff.
        _publish_failed(email_ids[position : position + 1], tried=tried)
        _publish_failed(email_ids[position + 1 :], tried=False)
        waiting = len(email_ids) - position
        logger.warning("The broker took no delivery task (%s): %d emails wait", error, waiting)
        return position
    return len(email_ids)


def publish_backoff(failures: int) -> timedelta:
    """How long an email waits after its `failures`-th failed try to reach the broker: the
    first failure is tried again at the next minute's run, then 1, 2, 4… minutes, at most
    EMAIL_PUBLISH_BACKOFF_MAX_SECONDS."""
    if failures <= 1:
        return timedelta(0)
    seconds = 60 * 2 ** (failures - 2)
    return timedelta(seconds=min(seconds, settings.EMAIL_PUBLISH_BACKOFF_MAX_SECONDS))


def _publish_failed(email_ids: list[int], *, tried: bool) -> None:
    """Mark the emails as waiting for the broker. A try that was not made (the broker had
    refused another task a moment ago) does not count towards an email's backoff."""
    now = timezone.now()
    rows = Email.objects.filter(pk__in=email_ids, status=EmailStatus.QUEUED)
    by_failures: dict[int, list[int]] = {}
    for pk, failures in rows.values_list("pk", "publish_failures"):
        by_failures.setdefault(failures + 1 if tried else max(failures, 1), []).append(pk)
    for failures, ids in by_failures.items():
        Email.objects.filter(pk__in=ids, status=EmailStatus.QUEUED).update(
            publish_failures=failures,
            publish_next_at=now + publish_backoff(failures),
            waiting_since=Coalesce("waiting_since", Value(now)),
            updated_at=now,
        )


def email_retry_later(*, email_id: int, after: timedelta) -> None:
    """A delivery that failed and whose retry the broker refused: the email waits for the
    broker, due again after the retry's own delay."""
    now = timezone.now()
    Email.objects.filter(pk=email_id, status=EmailStatus.QUEUED).update(
        publish_failures=F("publish_failures") + 1,
        publish_next_at=now + after,
        waiting_since=Coalesce("waiting_since", Value(now)),
        updated_at=now,
    )


def email_republish(
    *, now: datetime | None = None, batch: int = 500, all_waiting: bool = False
) -> int:
    """Runs every minute from beat: hand to the broker the emails due for another try
    (`email_publish` recorded that it failed), and queue again the emails whose worker died
    while sending them (their lease ran out). When a worker (re)connects to the broker it
    runs with `all_waiting`: the broker is back, so every email waiting for it goes, backoff
    or not.
    Rows another run is publishing are skipped, so two beats publish nothing twice; the
    delivery itself is exactly once per row either way (`email_deliver`). Works through
    `batch` rows at a time for at most REPUBLISH_SECONDS, and stops when the broker refuses
    one. Returns how many emails were handed over."""
    now = now or timezone.now()
    email_release_expired_leases(now=now, publish=True)
    handed_over = 0
    deadline = time.monotonic() + REPUBLISH_SECONDS
    while time.monotonic() < deadline:
        with transaction.atomic():
            waiting = (
                Email.objects.waiting_for_broker()
                if all_waiting
                else Email.objects.due_for_publish(now=now)
            )
            ids = list(
                waiting.select_for_update(skip_locked=True)
                .order_by("publish_next_at", "pk")
                .values_list("pk", flat=True)[:batch]
            )
            Email.objects.filter(pk__in=ids).update(publish_next_at=None, updated_at=now)
        published = email_publish(email_ids=ids) if ids else 0
        handed_over += published
        if published < batch:  # all done, or the broker refused one
            break
    if handed_over:
        logger.info("Handed %d emails that were waiting for the broker to it", handed_over)
    return handed_over


REPUBLISH_SECONDS = 30


def email_release_expired_leases(*, now: datetime, publish: bool = False) -> int:
    """Queue again the emails whose worker (or web process, without a broker) died while
    sending them: their lease ran out. With `publish`, they are due for the broker at once."""
    released = Email.objects.lease_expired(now=now).update(
        status=EmailStatus.QUEUED,
        lease_until=None,
        publish_next_at=now if publish else None,
        retry_at=None if publish else now,
        last_error="The worker sending it stopped before it finished; queued again.",
        updated_at=now,
    )
    if released:
        logger.warning("Queued again %d emails whose worker stopped while sending", released)
    return released


def email_delivery_failed(*, email_id: int, error: Exception) -> None:
    """Without a broker: a delivery failed. It is tried again after EMAIL_RETRY_BACKOFF_SECONDS,
    doubled after each failure in a row, until EMAIL_MAX_ATTEMPTS fail in a row: then it is
    marked failed, for an admin to resend."""
    now = timezone.now()
    queued = Email.objects.filter(pk=email_id, status=EmailStatus.QUEUED)
    failures = queued.values_list("failures_in_a_row", flat=True).first()
    if failures is None:
        return
    failures += 1
    if failures >= settings.EMAIL_MAX_ATTEMPTS:
        queued.update(
            status=EmailStatus.FAILED,
            failures_in_a_row=failures,
            retry_at=None,
            last_error=repr(error)[:2000],
            updated_at=now,
        )
        logger.error("Email %s failed %d times in a row: %r", email_id, failures, error)
        return
    after = timedelta(seconds=settings.EMAIL_RETRY_BACKOFF_SECONDS * 2 ** (failures - 1))
    queued.update(failures_in_a_row=failures, retry_at=now + after, updated_at=now)
    logger.warning("Email %s not delivered (%r); tried again in %s", email_id, error, after)


def email_deliver(*, email: Email) -> bool:
    """Send one queued email, exactly once. The row is claimed first (a conditional update to
    "sending" with a lease of EMAIL_LEASE_SECONDS); the SMTP conversation then holds no lock
    and no transaction, and the outcome is recorded on the row afterwards. Returns False when
    the row is not claimable (already sent, failed, or being sent by another worker), so a
    task that runs twice sends nothing twice. A delivery error is recorded (attempts, last
    error), the row is queued again, and the error raised so the task can retry; an email
    whose hidden link cannot be read (queued under another SECRET_KEY) is marked failed."""
    now = timezone.now()
    lease = now + timedelta(seconds=settings.EMAIL_LEASE_SECONDS)
    claimable = Q(status=EmailStatus.QUEUED) | Q(status=EmailStatus.SENDING, lease_until__lt=now)
    claimed = Email.objects.filter(claimable, pk=email.pk).update(
        status=EmailStatus.SENDING,
        lease_until=lease,
        attempts=F("attempts") + 1,
        publish_next_at=None,
        publish_failures=0,
        waiting_since=None,
        retry_at=None,
        updated_at=now,
    )
    if not claimed:
        return False
    ours = Email.objects.filter(pk=email.pk, status=EmailStatus.SENDING, lease_until=lease)
    email = Email.objects.get(pk=email.pk)
    try:
        message = email_message(email)
    except InvalidToken:
        # queued under a secret key this process does not have: the link is lost
        ours.update(
            status=EmailStatus.FAILED,
            lease_until=None,
            last_error="Its hidden link cannot be read with this SECRET_KEY; send a fresh one.",
            updated_at=timezone.now(),
        )
        return False
    try:
        message.send()
    except BaseException as exc:  # a delivery error, or the task's time limit
        ours.update(
            status=EmailStatus.QUEUED,
            lease_until=None,
            last_error=repr(exc)[:2000],
            updated_at=timezone.now(),
        )
        raise
    _record_sent(ours, email.pk)
    return True


def _record_sent(ours, email_id: int, *, tries: int = 3) -> None:
    """The SMTP server has the message: record it, trying again over a fresh connection if
    the database drops this one, since a row left "sending" would be sent again when its
    lease runs out."""
    for attempt in range(1, tries + 1):
        try:
            recorded = ours.update(
                status=EmailStatus.SENT,
                lease_until=None,
                sent_at=timezone.now(),
                last_error="",
                sealed="",  # the recipient has the link; nobody else keeps it
                failures_in_a_row=0,
                updated_at=timezone.now(),
            )
        except (OperationalError, InterfaceError):
            if attempt == tries:
                raise
            close_old_connections()
            time.sleep(attempt)
            continue
        if not recorded:
            logger.error("Email %s was sent after its lease ran out", email_id)
        return


def email_message(email: Email) -> EmailMultiAlternatives:
    """The message as its recipient gets it, with its hidden links filled in."""
    body_text, body_html = _unsealed(email)
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=body_text,
        from_email=email.from_email,
        to=[email.recipient],
        reply_to=email.reply_to_list,
        headers={"Content-Language": email.language},
    )
    if body_html:
        message.attach_alternative(body_html, "text/html")
    if email.attachment_name:
        message.attach(email.attachment_name, email.attachment_content, email.attachment_type)
    return message


def email_mark_failed(*, email: Email, error: str) -> None:
    """Give up on an email after its last retry; admins see it and can resend it."""
    Email.objects.filter(pk=email.pk, status=EmailStatus.QUEUED).update(
        status=EmailStatus.FAILED, last_error=error[:2000], updated_at=timezone.now()
    )


def email_resend(*, email: Email) -> None:
    """Queue a failed email again (the admin's resend action)."""
    with transaction.atomic():
        updated = Email.objects.filter(pk=email.pk, status=EmailStatus.FAILED).update(
            status=EmailStatus.QUEUED, failures_in_a_row=0, updated_at=timezone.now()
        )
        if updated:
            _enqueue_on_commit([email.pk])


def email_link_lost(email: Email) -> bool:
    """Whether the hidden links of an email cannot be read with this SECRET_KEY (it was
    queued under another one): sent again it would fail again, so the person needs a fresh
    link instead (a new invitation, a new password reset)."""
    return _sealed_unreadable(email.sealed, _outbox_key())


def _sealed_unreadable(sealed: str, key: MultiFernet) -> bool:
    if not sealed:
        return False
    try:
        key.decrypt(sealed.encode())
    except InvalidToken:
        return True
    return False


@dataclass(frozen=True)
class EmailsResent:
    queued: int  # failed emails queued again
    link_lost: int  # failed emails left failed: their hidden link cannot be read


def email_resend_all(*, ids=None) -> EmailsResent:
    """Queue again every failed email (or those of `ids` that failed), except those whose
    hidden link is lost (`email_link_lost`), which stay failed. Only failed rows move to
    queued, so pressing twice queues nothing twice; delivery is queued when the transaction
    commits. Returns how many were queued and how many were left for a fresh link."""
    key = _outbox_key()
    with transaction.atomic():
        failed = Email.objects.select_for_update().filter(status=EmailStatus.FAILED)
        if ids is not None:
            failed = failed.filter(pk__in=list(ids))
        rows = list(failed.order_by("pk").values_list("pk", "sealed"))
        queued = [pk for pk, sealed in rows if not _sealed_unreadable(sealed, key)]
        now = timezone.now()
        for start in range(0, len(queued), 500):
            Email.objects.filter(pk__in=queued[start : start + 500]).update(
                status=EmailStatus.QUEUED, failures_in_a_row=0, updated_at=now
            )
        _enqueue_on_commit(queued)
    if queued:
        logger.info("Queued %d failed emails again", len(queued))
    return EmailsResent(queued=len(queued), link_lost=len(rows) - len(queued))


def email_requeue_stale(*, now: datetime | None = None) -> int:
    """The safety net, from beat every 5 minutes: queue again the emails handed to the broker
    EMAIL_STALE_AFTER_MINUTES ago or more whose task never ran (lost with a broker that
    restarted, say). Those the broker refused are `email_republish`'s, every minute."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.EMAIL_STALE_AFTER_MINUTES)
    with transaction.atomic():
        ids = list(
            Email.objects.stale(older_than=cutoff)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        Email.objects.filter(pk__in=ids).update(updated_at=now)
        _enqueue_on_commit(ids)
    if ids:
        logger.info("Requeued %d stale emails", len(ids))
    return len(ids)
