import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe

from .health import health_report
from .services import user_set_language

# Longer than any language tag worth reading ("pt-br", "de-at").
LANGUAGE_TAG_MAX = 20


def _language_chosen(asked: str) -> str | None:
    """One of the platform's four languages for what was asked, or None: the code in any
    case, or the base of a regional variant ("pt-br", "PT", "pt_BR" are pt; "de-at" is de)."""
    codes = [code for code, _name in settings.LANGUAGES]
    tag = asked.strip().lower().replace("_", "-")
    if len(tag) > LANGUAGE_TAG_MAX:
        return None
    return next((code for code in (tag, tag.split("-")[0]) if code in codes), None)


def _page_asked(request) -> str:
    """The page to go back to, as Django's view takes it: `next`, else the referring page,
    when it is an address of this site; else none."""
    for candidate in (request.POST.get("next", ""), request.headers.get("referer", "")):
        if candidate and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return candidate
    return ""


def _prefix(page: str) -> str:
    """The first segment of the page's path: its language, on the site's pages."""
    path = urlsplit(page).path
    return path.split("/")[1] if path.startswith("/") else ""


def _page_in(page: str, language: str) -> str:
    """`page` in `language`: its path is resolved in the language its own prefix names and
    reversed in `language`, with its query kept. Anything that is not an address of the site
    under one of the four prefixes becomes the home page in `language`."""
    parts, prefix = urlsplit(page), _prefix(page)
    if prefix in (code for code, _name in settings.LANGUAGES):
        with translation.override(prefix):
            try:
                resolve(parts.path)
            except Resolver404:
                pass
            else:
                path = translate_url(parts.path, language)
                if path.startswith(f"/{language}/"):
                    return urlunsplit(("", "", path, parts.query, parts.fragment))
    with translation.override(language):
        return reverse("home")


@require_POST
def language_switch(request):
    """Anyone may switch the interface language; a signed-in person's choice is remembered
    for later visits and for the emails they receive. Only the four languages reach the
    address, the cookie and the account: a regional variant is its base language, anything
    else keeps the language of the page (or the current one) and changes nothing."""
    page = _page_asked(request)
    language = _language_chosen(request.POST.get("language", ""))
    if language is None:
        current = _language_chosen(_prefix(page)) or _language_chosen(
            translation.get_language() or settings.LANGUAGE_CODE
        )
        return HttpResponseRedirect(_page_in(page, current or settings.LANGUAGE_CODE))
    response = HttpResponseRedirect(_page_in(page, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    if request.user.is_authenticated:
        user_set_language(user=request.user, language=language)
    return response


def health(request):
    """Public: liveness and database check for the load balancer and docker compose."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def ping(request):
    """Public: the cheapest page the server can answer, through the whole middleware stack
    and without the database. The benchmark's floor."""
    return HttpResponse("pong", content_type="text/plain")


@require_safe
def readiness(request):
    """Public: whether the database, Redis and the Celery broker answer; 503 if one does not.
    For monitoring. Names the dependencies and their state, nothing else."""
    ready, report = health_report()
    response = JsonResponse({"status": "ok" if ready else "unavailable", **report})
    response.status_code = 200 if ready else 503
    response["Cache-Control"] = "no-store"
    return response


PUBLIC_MEDIA_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}
# What upload_to names (uploads.py) look like: letters, digits, _ and - between the slashes,
# so no "..", ".", backslash, percent sign or empty segment can reach the storage.
PUBLIC_MEDIA_NAME = re.compile(r"public(?:/[A-Za-z0-9_-]+)+\.(jpg|png|webp)", re.ASCII)


def _public_media_name(path: str) -> str | None:
    """The storage name of a public photo or logo, or None for anything that is not plainly
    a file under public/ (on a disk, also one a link under public/ leads out of it)."""
    if not PUBLIC_MEDIA_NAME.fullmatch(path):
        return None
    try:
        local = default_storage.path(path)
    except NotImplementedError:  # S3: names are keys, nothing to follow
        return path
    if not Path(local).resolve().is_relative_to(Path(default_storage.path("public")).resolve()):
        return None
    return path


def public_media(request, path):
    """Public: uploaded photos and logos (only what lies under public/). Works with any storage
    backend; the content type comes from the extension, which uploads take from the content."""
    name = _public_media_name(path)
    if name is None:
        raise Http404
    try:
        if not default_storage.exists(name):
            raise Http404
        handle = default_storage.open(name)
    except SuspiciousFileOperation as exc:
        raise Http404 from exc
    content_type = PUBLIC_MEDIA_TYPES[name.rsplit(".", 1)[-1]]
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response
