import base64
import hashlib
import json
import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
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
    so a rollback never sends anything. If the broker is unreachable the row stays queued
    and `email_requeue_stale` picks it up later.
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
            _enqueue_on_commit(email.pk)
            emails.append(email)
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


def _enqueue_on_commit(email_id: int) -> None:
    # robust: a broker that is down must not break the request; the row stays queued.
    transaction.on_commit(lambda: _enqueue_delivery(email_id), robust=True)


def _enqueue_delivery(email_id: int) -> None:
    from .tasks import email_send  # tasks import this module

    email_send.delay(email_id=email_id)


def email_deliver(*, email: Email) -> bool:
    """Send one queued email. Returns False when it is no longer queued (already sent or
    failed), so running the task twice sends nothing twice. A delivery error is recorded on
    the row (attempts, last error) and then raised, so the task can retry it; an email whose
    hidden link cannot be read (queued under another SECRET_KEY) is marked failed."""
    error = None
    with transaction.atomic():
        email = Email.objects.select_for_update().get(pk=email.pk)
        if email.status != EmailStatus.QUEUED:
            return False
        email.attempts += 1
        try:
            message = email_message(email)
        except InvalidToken:
            # queued under a secret key this process does not have: the link is lost
            email.status = EmailStatus.FAILED
            email.last_error = (
                "Its hidden link cannot be read with this SECRET_KEY; send a fresh one."
            )
            email.save(update_fields=["attempts", "status", "last_error", "updated_at"])
            return False
        try:
            message.send()
        except DELIVERY_ERRORS as exc:
            error = exc
            email.last_error = repr(exc)[:2000]
        else:
            email.status = EmailStatus.SENT
            email.sent_at = timezone.now()
            email.last_error = ""
            email.sealed = ""  # the recipient has the link; nobody else keeps it
        email.save(
            update_fields=["attempts", "status", "sent_at", "last_error", "sealed", "updated_at"]
        )
    if error is not None:
        raise error
    return True


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
            status=EmailStatus.QUEUED, updated_at=timezone.now()
        )
        if updated:
            _enqueue_on_commit(email.pk)


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
                status=EmailStatus.QUEUED, updated_at=now
            )
        for email_id in queued:
            _enqueue_on_commit(email_id)
    if queued:
        logger.info("Queued %d failed emails again", len(queued))
    return EmailsResent(queued=len(queued), link_lost=len(rows) - len(queued))


def email_requeue_stale(*, now: datetime | None = None) -> int:
    """Queue again the emails still waiting after EMAIL_STALE_AFTER_MINUTES, for example
    because the broker was down when they were written. Runs from Celery beat."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.EMAIL_STALE_AFTER_MINUTES)
    with transaction.atomic():
        ids = list(Email.objects.stale(older_than=cutoff).values_list("pk", flat=True))
        Email.objects.filter(pk__in=ids).update(updated_at=now)
        for email_id in ids:
            _enqueue_on_commit(email_id)
    if ids:
        logger.info("Requeued %d stale emails", len(ids))
    return len(ids)
