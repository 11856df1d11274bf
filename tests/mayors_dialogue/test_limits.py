"""The counters of mayors_dialogue.limits, one use at a time (the concurrent uses are counted
on PostgreSQL in tests/integration/test_limits.py): a window lasts its whole length from its
first use, then starts again; the counters of windows that have passed are purged."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mayors_dialogue.limits import Limit
from mayors_dialogue.models import LimitCounter
from mayors_dialogue.tasks import limit_counters_purge_task

pytestmark = pytest.mark.django_db

HOURLY = Limit("hourly", count=3, seconds=60 * 60)


def test_count_uses_pass_then_each_is_refused():
    assert [HOURLY.reached("lena@example.org") for _ in range(5)] == [False] * 3 + [True] * 2


def test_a_key_is_counted_whatever_its_case_and_apart_from_other_keys_and_limits():
    for email in ["lena@example.org", "LENA@example.org", "Lena@Example.org"]:
        HOURLY.reached(email)

    assert HOURLY.reached("lena@EXAMPLE.org") is True
    assert HOURLY.reached("ana@example.org") is False
    assert Limit("other", count=3, seconds=60 * 60).reached("lena@example.org") is False


def test_the_window_lasts_its_whole_length_then_starts_again():
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(3):
            HOURLY.reached("lena@example.org")

        clock.move_to(start + timedelta(minutes=10))
        refused_within = HOURLY.reached("lena@example.org")
        clock.move_to(start + timedelta(minutes=59))
        refused_at_the_end = HOURLY.reached("lena@example.org")
        clock.move_to(start + timedelta(minutes=61))
        next_window = [HOURLY.reached("lena@example.org") for _ in range(4)]

    assert (refused_within, refused_at_the_end) == (True, True)
    assert next_window == [False] * 3 + [True]


def test_the_counters_of_windows_that_have_passed_are_purged():
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        HOURLY.reached("lena@example.org")
        clock.move_to(start + timedelta(minutes=30))
        HOURLY.reached("ana@example.org")
        clock.move_to(start + timedelta(minutes=61))

        assert limit_counters_purge_task.delay().get() == 1

    assert [counter.key.split(":")[0] for counter in LimitCounter.objects.all()] == ["hourly"]
    assert LimitCounter.objects.get().window_ends_at == start + timedelta(minutes=90)
