from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import FormView, TemplateView
from django.views.i18n import set_language

from cities.selectors import dialogue_time_zones, home_directory_html

from .caching import CachedMainMixin
from .forms import PreferencesForm
from .health import health_report
from .services import user_set_language, user_update_preferences


class HomeView(CachedMainMixin, TemplateView):
    """Public: what the dialogue is, its cities and its partners."""

    template_name = "mayors_dialogue/home.html"
    cache_domains = ("directory",)

    def get_context_data(self, **kwargs):
        return super().get_context_data(directory=home_directory_html(), **kwargs)


class PreferencesView(LoginRequiredMixin, FormView):
    """Signed-in people only, and only their own preferences."""

    template_name = "mayors_dialogue/preferences.html"
    form_class = PreferencesForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(time_zones=dialogue_time_zones(), **kwargs)

    def form_valid(self, form):
        user = user_update_preferences(
            user=self.request.user,
            display_name=form.cleaned_data["display_name"],
            language=form.cleaned_data["language"],
            timezone_name=form.cleaned_data["timezone"],
        )
        translation.activate(user.language)
        messages.success(self.request, _("Your preferences have been saved."))
        response = redirect("preferences")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME, user.language, secure=settings.LANGUAGE_COOKIE_SECURE
        )
        return response


@require_POST
def language_switch(request):
    """Anyone may switch the interface language; a signed-in person's choice is remembered
    for later visits and for the emails they receive."""
    response = set_language(request)
    language = request.POST.get("language")
    if request.user.is_authenticated and translation.check_for_language(language):
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


@require_GET
def readiness(request):
    """Public: whether the database, Redis and the Celery broker answer; 503 if one does not.
    For monitoring. Names the dependencies and their state, nothing else."""
    ready, report = health_report()
    response = JsonResponse({"status": "ok" if ready else "unavailable", **report})
    response.status_code = 200 if ready else 503
    response["Cache-Control"] = "no-store"
    return response


PUBLIC_MEDIA_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def public_media(request, path):
    """Public: uploaded photos and logos (only what lies under public/). Works with any storage
    backend; the content type comes from the extension, which uploads take from the content."""
    extension = path.rsplit(".", 1)[-1].lower()
    if not path.startswith("public/") or extension not in PUBLIC_MEDIA_TYPES:
        raise Http404
    try:
        if not default_storage.exists(path):
            raise Http404
        handle = default_storage.open(path)
    except SuspiciousFileOperation as exc:
        raise Http404 from exc
    response = FileResponse(handle, content_type=PUBLIC_MEDIA_TYPES[extension])
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response
