"""How often one client or one person may use a form that sends email or writes for others.
Each use is counted in the database (`LimitCounter`) by one conditional UPDATE, so however
many processes count at once, no more than `count` uses pass in a window. Each app defines
its limits beside the views that apply them."""

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import ngettext

from .models import LimitCounter


@dataclass(frozen=True)
class Limit:
    name: str
    count: int  # uses allowed per window
    seconds: int  # the window, from its first use

    def reached(self, key: str) -> bool:
        """Count one use by `key` (a client address, an email address, a user id; any case);
        True when this use is one too many, and then it is not counted."""
        digest = hashlib.sha256(str(key).lower().encode()).hexdigest()[:32]
        counter_key = f"{self.name}:{digest}"
        now = timezone.now()
        window_end = now + timedelta(seconds=self.seconds)
        LimitCounter.objects.bulk_create(
            [LimitCounter(key=counter_key, used=0, window_ends_at=window_end)],
            ignore_conflicts=True,
        )
        # a window that has passed starts again with this use
        expired = Q(window_ends_at__lte=now)
        counted = LimitCounter.objects.filter(
            expired | Q(used__lt=self.count), key=counter_key
        ).update(
            used=Case(When(expired, then=Value(1)), default=F("used") + 1),
            window_ends_at=Case(When(expired, then=Value(window_end)), default=F("window_ends_at")),
        )
        return not counted

    def message(self) -> str:
        if self.seconds > 60 * 60:
            hours = math.ceil(self.seconds / 3600)
            return ngettext(
                "Too many attempts in a short time. Please try again in {hours} hour.",
                "Too many attempts in a short time. Please try again in {hours} hours.",
                hours,
            ).format(hours=hours)
        minutes = math.ceil(self.seconds / 60)
        return ngettext(
            "Too many attempts in a short time. Please try again in {minutes} minute.",
            "Too many attempts in a short time. Please try again in {minutes} minutes.",
            minutes,
        ).format(minutes=minutes)


def limit_counters_purge(*, now: datetime | None = None) -> int:
    """Delete the counters whose window has passed (a later use starts a new one); returns
    how many. Run every hour by the beat."""
    deleted, _by_model = LimitCounter.objects.filter(
        window_ends_at__lte=now or timezone.now()
    ).delete()
    return deleted
