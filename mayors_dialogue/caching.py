"""Versioned caching of data that changes rarely and is read on every page. Each domain
("directory", "meetings", "proposals", "library") has a version that any change to its rows
replaces (signals.py); an entry is kept together with the versions it was made under and is
used only while they are current, so one change retires every older entry at once. Entries
are shared by everyone who sees the same thing; what differs per viewer is in the key."""

import functools
import hashlib
import logging
import os
import re
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TIMEOUT = 60 * 60 * 24

logger = logging.getLogger(__name__)


def _version_key(domain: str) -> str:
    return f"version:{domain}"


# what is not part of a release's code: tools, data and what is built or installed
NOT_CODE = {".git", ".venv", "node_modules", "var", "staticfiles", "media", "tests"}


def code_fingerprint(root: Path) -> str:
    """A hash of the templates, Python code and translations under `root`: what decides how
    pages look. Read once per process (a few hundred files, a few milliseconds)."""
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in NOT_CODE and d[0] != ".")
        for name in sorted(files):
            if name.endswith((".py", ".html", ".txt", ".po")):
                path = Path(folder) / name
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def _release() -> str:
    """What this deployment's pages look like: the hashed name of its stylesheet (static
    files), a hash of its templates and code, and RELEASE (or SENTRY_RELEASE) when set.
    Part of every key, so a new release never serves pages of the previous one, even when
    only a template or a view changed."""
    return "|".join(
        [
            static("css/site.css"),
            code_fingerprint(Path(settings.BASE_DIR)),
            os.environ.get("RELEASE", os.environ.get("SENTRY_RELEASE", "")),
        ]
    )


def cache_version(domain: str) -> str:
    return cache.get(_version_key(domain)) or _version_create(domain)


def _version_create(domain: str) -> str:
    """A first version for a domain found without one: ours if we add it first, else the
    one another request just added."""
    version = uuid.uuid4().hex[:12]
    if cache.add(_version_key(domain), version, None):
        return version
    return cache.get(_version_key(domain)) or version


def cache_invalidate(*domains: str) -> None:
    """Called when rows of a domain change (see signals.py); safe to call often. The new
    versions are written once the change is committed, outside the transaction: a page
    rendered between a bump and the commit would otherwise be kept with the old rows under
    the new version, and writers of a domain would wait on its version's row until commit."""
    transaction.on_commit(functools.partial(_versions_replace, domains), robust=True)


BUMP_ATTEMPTS = 3


def _versions_replace(domains) -> None:
    """A new version for each domain, tried again if the cache fails; a version that cannot
    be replaced is logged as an error (its pages are served until they expire)."""
    for domain in domains:
        for attempt in range(1, BUMP_ATTEMPTS + 1):
            try:
                cache.set(_version_key(domain), uuid.uuid4().hex[:12], None)
                break
            except Exception:
                if attempt == BUMP_ATTEMPTS:
                    logger.exception("Cache version of %s not replaced: stale pages", domain)
                    break
                logger.warning("Cache version of %s not replaced, trying again", domain)
                time.sleep(0.05 * attempt)


def _entries():
    """Where pages and fragments are kept: a cache of their own (settings.CACHES["pages"]),
    apart from the versions and the rate limits of the default cache."""
    return caches["pages"]


def cached(domain: str, parts: tuple, compute, timeout: int = TIMEOUT):
    """`compute()`, or its value kept for these key parts under the domain's current
    version."""
    key = f"{domain}:" + hashlib.sha256(repr((_release(), *parts)).encode()).hexdigest()[:32]
    version = cache_version(domain)
    kept = _entries().get(key)
    if kept is not None and kept[0] == version:
        return kept[1]
    value = compute()
    _entries().set(key, (version, value), timeout)
    return value


MAIN = re.compile(r'<main id="main"[^>]*>(.*)</main>', re.DOTALL)
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+(")')
CSRF_HOLE = "\x00csrf\x00"


def _whole_page_viewer(request):
    """Who the whole page may be kept for, or None. The layout around the content differs
    only by who is signed in (name, admin links) and by pending messages, which must be
    shown once: with none pending, the page is the same for every visitor, or for each
    signed-in person, but for the CSRF tokens, which are punched out and filled in per
    request."""
    if "messages" in request.COOKIES:
        return None
    user = request.user
    if not user.is_authenticated:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        return "visitor"
    if "_messages" in request.session:
        return None
    # what they may see depends on these too: staff and superuser on the row, their groups
    # and permissions retire the "people" version when they change (apps.py)
    return (
        user.pk,
        user.email,
        user.display_name,
        user.language,
        user.timezone,
        user.is_staff,
        user.is_superuser,
    )


class CachedMainMixin:
    """For pages whose content is the same for everyone in an audience (by default: people
    who are not signed in; views with `cache_signed_in` give signed-in people audiences too).
    Kept per address, language, time zone and audience, and valid while the versions of
    `cache_domains` are those it was made under (read from the default cache, the page from
    the pages' own).
    With no messages pending, the whole page is kept per visitor audience or per signed-in
    person, its CSRF tokens punched out and filled in per request; otherwise the <main> and
    <title> are kept for the whole audience, with the layout (account menu, messages,
    language switcher) rendered for each request. Content with a CSRF token in <main> is
    never kept.

    A signed-in person's own page is looked up before their audience is worked out: what an
    audience is made of (their memberships) is covered by the "people" version, so a page
    kept for them needs no query beyond the two reads of the caches."""

    cache_domains: tuple[str, ...] = ()
    cache_signed_in = False
    cache_timeout = 300

    def cache_audience(self):
        """What besides the address decides the content for this viewer, or None to render
        it afresh."""
        return "public" if not self.request.user.is_authenticated else None

    def get(self, request, *args, **kwargs):
        signed_in = request.user.is_authenticated
        if signed_in and not self.cache_signed_in:
            return super().get(request, *args, **kwargs)
        parts = (
            _release(),
            type(self).__name__,
            request.get_host(),  # pages may print absolute addresses (the dossier)
            request.get_full_path(),
            get_language(),
            timezone.get_current_timezone_name(),
        )
        viewer = _whole_page_viewer(request)
        audience_later = signed_in and viewer is not None
        audience = None if audience_later else self.cache_audience()
        if audience is None and not audience_later:
            return super().get(request, *args, **kwargs)
        domains = (*self.cache_domains, "people") if signed_in else self.cache_domains
        key = None if audience_later else _page_key((*parts, audience))
        page_key = _page_key((*parts, audience, viewer)) if viewer is not None else None
        version_keys = [_version_key(domain) for domain in domains]
        found_versions = cache.get_many(version_keys)
        versions = tuple(
            found_versions.get(version_key) or _version_create(domain)
            for version_key, domain in zip(version_keys, domains, strict=True)
        )
        entries = _entries()
        found = entries.get_many([k for k in (key, page_key) if k])
        page = found.get(page_key) if page_key else None
        if page is not None and page[0] == versions:
            return HttpResponse(page[1].replace(CSRF_HOLE, get_token(request)))
        if audience_later:
            audience = self.cache_audience()
            if audience is None:
                return super().get(request, *args, **kwargs)
            key = _page_key((*parts, audience))
            kept = entries.get(key)
        else:
            kept = found.get(key)
        if kept is not None and kept["versions"] == versions:
            response = TemplateResponse(
                request,
                "cached_page.html",
                {"cached_title": mark_safe(kept["title"]), "cached_main": mark_safe(kept["main"])},  # noqa: S308 -- our own rendered HTML
            )
            if page_key:
                response.render()
                entries.set(page_key, (versions, _punched(response)), self.cache_timeout)
            return response
        response = super().get(request, *args, **kwargs)
        if response.status_code == 200 and hasattr(response, "render"):
            response.render()
            html = response.content.decode()
            main, title = MAIN.search(html), TITLE.search(html)
            if main and title and "csrfmiddlewaretoken" not in main.group(1):
                entry = {"versions": versions, "title": title.group(1), "main": main.group(1)}
                kept_entries = {key: entry}
                if page_key:
                    kept_entries[page_key] = (versions, _punched(response))
                entries.set_many(kept_entries, self.cache_timeout)
        return response


def _punched(response) -> str:
    """The rendered page with its CSRF tokens replaced by a mark to fill in per request."""
    return CSRF_INPUT.sub(rf"\g<1>{CSRF_HOLE}\g<2>", response.content.decode())


def _page_key(parts: tuple) -> str:
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
