"""Versioned caching of data that changes rarely and is read on every page: a version per
domain ("directory", "library"), changed whenever one of its rows changes, is part of every
cache key, so a change makes all older entries unreachable at once. Entries are shared by
everyone who sees the same thing; what differs per viewer is part of the key."""

import hashlib
import re
import uuid

from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TIMEOUT = 60 * 60 * 24
DOMAINS = ("directory", "library", "proposals", "meetings")


def _version_key(domain: str) -> str:
    return f"version:{domain}"


def cache_version(domain: str) -> str:
    version = cache.get(_version_key(domain))
    if version is None:
        cache.add(_version_key(domain), uuid.uuid4().hex[:12], None)
        version = cache.get(_version_key(domain))
    return version


def cache_versions(*domains: str) -> tuple[str, ...]:
    """The versions of several domains in one cache round trip."""
    found = cache.get_many([_version_key(domain) for domain in domains])
    return tuple(found.get(_version_key(domain)) or cache_version(domain) for domain in domains)


def cache_invalidate(*domains: str) -> None:
    """Called when rows of a domain change (see signals.py); safe to call often."""
    for domain in domains:
        cache.set(_version_key(domain), uuid.uuid4().hex[:12], None)


def cached(domain: str, parts: tuple, compute, timeout: int = TIMEOUT):
    """`compute()`, or its cached value for these key parts in the domain's current version."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"{domain}:{cache_version(domain)}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


MAIN = re.compile(r'<main id="main"[^>]*>(.*)</main>', re.DOTALL)
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


class CachedMainMixin:
    """For pages whose content is the same for everyone in an audience (by default: people
    who are not signed in). The rendered <main> and <title> are kept per address, language,
    time zone, audience and the versions of `cache_domains`; the layout around them
    (account menu, messages, language switcher) is rendered for each request. Content with
    a CSRF token is never kept."""

    cache_domains: tuple[str, ...] = ()
    cache_timeout = 300

    def cache_audience(self):
        """What besides the address decides the content for this viewer, or None to render
        it afresh."""
        return "public" if not self.request.user.is_authenticated else None

    def get(self, request, *args, **kwargs):
        audience = self.cache_audience()
        if audience is None:
            return super().get(request, *args, **kwargs)
        parts = (
            type(self).__name__,
            request.get_full_path(),
            get_language(),
            timezone.get_current_timezone_name(),
            audience,
            cache_versions(*self.cache_domains),
        )
        key = "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
        kept = cache.get(key)
        if kept is not None:
            title, main = kept
            return TemplateResponse(
                request,
                "cached_page.html",
                {"cached_title": mark_safe(title), "cached_main": mark_safe(main)},  # noqa: S308 -- our own rendered HTML
            )
        response = super().get(request, *args, **kwargs)
        if response.status_code == 200 and hasattr(response, "render"):
            response.render()
            html = response.content.decode()
            main, title = MAIN.search(html), TITLE.search(html)
            if main and title and "csrfmiddlewaretoken" not in main.group(1):
                cache.set(key, (title.group(1), main.group(1)), self.cache_timeout)
        return response
