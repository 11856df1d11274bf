"""Email without a broker (no REDIS_URL: the embedded default of `make run`). Delivery runs on
a thread of the web process, never inside a request, so a slow or silent SMTP server delays
only the email. A delivery that fails is tried again by the same thread after a growing pause
(services.email_delivery_failed) and marked failed after EMAIL_MAX_ATTEMPTS in a row;
every few seconds the thread also takes what another process left (an email it queued but
stopped before sending, or was sending when it died), so nothing waits for beat. Each row is
claimed before it is sent (services.email_deliver), so two processes never send one twice."""

import logging
import os
import queue
import threading
import time
from datetime import timedelta

from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger(__name__)

SWEEP_SECONDS = 5
# A queued email nobody tried for this long was left by a process that stopped.
UNTOUCHED_SECONDS = 60


class LocalOutbox:
    def __init__(self):
        self._queue: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pid: int | None = None

    def submit(self, email_ids) -> None:
        """Deliver these emails soon, after the response."""
        self.start()
        with self._lock:
            for email_id in email_ids:
                if email_id not in self._pending:
                    self._pending.add(email_id)
                    self._queue.put(email_id)

    def start(self, **_signal_kwargs) -> None:
        """Start the thread of this process if it is not running (a forked web worker
        inherits the object, not the thread)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self._pending.clear()
            self._queue = queue.SimpleQueue()
            self._thread = threading.Thread(target=self._run, name="local-outbox", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        swept_at = 0.0
        while True:
            try:
                email_id = self._queue.get(timeout=SWEEP_SECONDS)
            except queue.Empty:
                email_id = None
            try:
                if email_id is not None:
                    with self._lock:
                        self._pending.discard(email_id)
                    email_deliver_here(email_id=email_id)
                if time.monotonic() - swept_at >= SWEEP_SECONDS:
                    swept_at = time.monotonic()
                    self.submit_due()
            except Exception:
                logger.exception("The local outbox could not handle email %s", email_id)
            finally:
                close_old_connections()

    def submit_due(self) -> None:
        from .models import Email  # the settings load this module before the apps
        from .services import email_release_expired_leases

        now = timezone.now()
        email_release_expired_leases(now=now)
        due = Email.objects.due_on_this_host(
            now=now, untouched_since=now - timedelta(seconds=UNTOUCHED_SECONDS)
        )
        ids = list(due.order_by("pk").values_list("pk", flat=True)[:500])
        with self._lock:
            ids = [email_id for email_id in ids if email_id not in self._pending]
            for email_id in ids:
                self._pending.add(email_id)
                self._queue.put(email_id)


def email_deliver_here(*, email_id: int) -> None:
    """Deliver one email on this process; a failure is recorded for a later try."""
    from .models import Email
    from .services import email_deliver, email_delivery_failed

    email = Email.objects.filter(pk=email_id).first()
    if email is None:
        return
    try:
        email_deliver(email=email)
    except Exception as exc:  # an SMTP or network error, or anything else: tried again later
        email_delivery_failed(email_id=email_id, error=exc)


local_outbox = LocalOutbox()
