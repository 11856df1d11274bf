"""The counters of mayors_dialogue.limits under concurrent requests, on PostgreSQL: exactly
`count` uses pass. (SQLite's in-memory test database locks a table against a second writer
at once, so the threads cannot run there; tests/mayors_dialogue/test_limits.py covers the
counting on SQLite one use at a time.)"""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from threading import Barrier

import pytest
from django.db import connection
from django.utils import timezone

from mayors_dialogue.limits import Limit
from mayors_dialogue.models import LimitCounter

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

THREADS = 30


def passes_of_concurrent_uses(limit: Limit, key: str) -> int:
    start = Barrier(THREADS)

    def use(_n) -> bool:
        try:
            start.wait()
            return not limit.reached(key)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return sum(pool.map(use, range(THREADS)))


def test_thirty_concurrent_uses_pass_exactly_the_limit():
    limit = Limit("concurrency", count=10, seconds=60 * 60)

    assert passes_of_concurrent_uses(limit, "198.51.100.7") == 10


def test_thirty_concurrent_uses_after_the_window_passed_pass_exactly_the_limit():
    limit = Limit("concurrency", count=10, seconds=60 * 60)
    for _ in range(10):
        limit.reached("198.51.100.7")
    LimitCounter.objects.update(window_ends_at=timezone.now() - timedelta(seconds=1))

    assert passes_of_concurrent_uses(limit, "198.51.100.7") == 10
