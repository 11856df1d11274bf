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


def _location_in(response, language: str) -> None:
    """The page to go back to, in the chosen language. Django translates it while the
    language of the cookie is active, so from a page in another language (/en/... after
    choosing Deutsch once) the address did not resolve and came back unchanged: translate it
    from the language its own prefix names."""
    location = response.get("Location", "")
    parts = urlsplit(location)
    path_language = translation.get_language_from_path(parts.path)
    if not path_language or path_language == language:
        return
    with translation.override(path_language):
        translated = translate_url(parts.path, language)
    response["Location"] = urlunsplit(parts._replace(path=translated))


@require_POST
def language_switch(request):
    """Anyone may switch the interface language; a signed-in person's choice is remembered
    for later visits and for the emails they receive."""
    response = set_language(request)
    try:
        # "en-gb" or "pt-br" is remembered as the language the platform has: en, pt
        language = translation.get_supported_language_variant(request.POST.get("language", ""))
    except LookupError:
        return response
    _location_in(response, language)
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
