"""The page cache on Redis that never fails a request: while Redis cannot be reached, each
process keeps its pages in its own memory for a while, then tries Redis again. Correct
either way, because an entry is only used under the current versions, which live in the
shared default cache (caching.py)."""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


class RedisCacheWithFallback(RedisCache):
    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        # a Redis that does not answer costs a request a fraction of a second, once
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, params)
        self._fallback = LocMemCache(
            f"pages-fallback-{id(self)}", {"OPTIONS": {"MAX_ENTRIES": 2000}}
        )
        self._down_until = 0.0

    def _call(self, name, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return getattr(self._fallback, name)(*args, **kwargs)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except RedisError as error:
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning(
                "Page cache: Redis unreachable (%s); pages kept in memory for %ss",
                error.__class__.__name__,
                RETRY_AFTER_SECONDS,
            )
            return getattr(self._fallback, name)(*args, **kwargs)

    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def clear(self):
        self._fallback.clear()
        return self._call("clear")
