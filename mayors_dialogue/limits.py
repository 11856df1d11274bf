"""How often one client or one person may use a form that sends email or writes for others,
counted in the "limits" cache, apart from the pages (a page cache that fills up never
evicts a counter). Each app defines its limits beside the views that apply them."""

import hashlib
import math
from dataclasses import dataclass

from django.core.cache import caches
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Limit:
    name: str
    count: int  # uses allowed per window
    seconds: int  # the window

    def reached(self, key: str) -> bool:
        """Count one use by `key` (a client address, an email address, a user id); True when
        this use is one too many."""
        cache = caches["limits"]
        digest = hashlib.sha256(str(key).lower().encode()).hexdigest()[:32]
        cache_key = f"limit:{self.name}:{digest}"
        cache.add(cache_key, 0, self.seconds)
        try:
            used = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, self.seconds)
            used = 1
        return used > self.count

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
