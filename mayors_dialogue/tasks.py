import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import Reject, SoftTimeLimitExceeded
from django.conf import settings

from .kept_uploads import kept_uploads_remove_abandoned
from .limits import limit_counters_purge
from .models import Email
from .services import (
    DELIVERY_ERRORS,
    email_deliver,
    email_mark_failed,
    email_republish,
    email_requeue_stale,
    email_retry_later,
)

logger = logging.getLogger(__name__)


@shared_task(name="mayors_dialogue.email_send", bind=True, max_retries=4)
def email_send(self, *, email_id: int) -> None:
    email = Email.objects.filter(pk=email_id).first()
    if email is None:
        logger.warning("Email %s is gone; nothing to send", email_id)
        return
    try:
        email_deliver(email=email)
    except (*DELIVERY_ERRORS, SoftTimeLimitExceeded) as exc:
        if self.request.retries >= self.max_retries:
            email_mark_failed(email=email, error=repr(exc))
            logger.error("Email %s failed after %d attempts: %r", email_id, email.attempts, exc)
            return
        countdown = settings.EMAIL_RETRY_BACKOFF_SECONDS * 2**self.request.retries
        try:
            raise self.retry(exc=exc, countdown=countdown) from exc
        except Reject:  # the broker took no retry: the row waits for it instead
            email_retry_later(email_id=email_id, after=timedelta(seconds=countdown))
            logger.warning("Email %s waits for the broker to retry: %r", email_id, exc)


@shared_task(name="mayors_dialogue.email_republish")
def email_republish_task(*, all_waiting: bool = False) -> int:
    return email_republish(all_waiting=all_waiting)


@shared_task(name="mayors_dialogue.email_requeue_stale")
def email_requeue_stale_task() -> int:
    return email_requeue_stale()


@shared_task(name="mayors_dialogue.kept_uploads_remove_abandoned")
def kept_uploads_remove_abandoned_task() -> int:
    return kept_uploads_remove_abandoned()


@shared_task(name="mayors_dialogue.limit_counters_purge")
def limit_counters_purge_task() -> int:
    return limit_counters_purge()
