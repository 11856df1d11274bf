"""Readiness checks for /health/: can this process reach the database, Redis and the Celery
broker right now?"""

import logging
import threading
import time

import redis
from django.conf import settings
from django.db import connection

from . import celery_app

logger = logging.getLogger(__name__)

OK = "ok"
DOWN = "unavailable"
NOT_USED = "not configured"
TIMEOUT_SECONDS = 2


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return OK


def _redis() -> str:
    if not settings.REDIS_URL:
        return NOT_USED
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=TIMEOUT_SECONDS,
        socket_timeout=TIMEOUT_SECONDS,
    )
    try:
        client.ping()
    finally:
        client.close()
    return OK


def _broker() -> str:
    if celery_app.conf.task_always_eager:
        return NOT_USED
    with celery_app.connection_for_write() as broker:
        broker.ensure_connection(max_retries=1, interval_start=0, timeout=TIMEOUT_SECONDS)
    return OK


CHECKS = {"database": _database, "redis": _redis, "broker": _broker}


def health_report() -> tuple[bool, dict[str, str]]:
    """Each dependency's state, and whether all of them are usable: checked at most once
    every REPORT_SECONDS per process, so a public /health/ cannot be used to open
    connections to the broker and Redis as fast as it is called."""
    key = (settings.REDIS_URL, celery_app.conf.task_always_eager)
    with _last_lock:
        kept = _last.get(key)
        if kept and time.monotonic() - kept[0] < REPORT_SECONDS:
            return kept[1]
    result = _report()
    with _last_lock:
        _last[key] = (time.monotonic(), result)
    return result


REPORT_SECONDS = 5
_last: dict = {}
_last_lock = threading.Lock()


def _report() -> tuple[bool, dict[str, str]]:
    report = {}
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            report[name] = DOWN
    return DOWN not in report.values(), report
