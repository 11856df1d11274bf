"""Pages that show what several apps own: the home page and a person's preferences."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from cities.selectors import dialogue_time_zones, home_directory_html
from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.forms import PreferencesForm
from mayors_dialogue.services import user_update_preferences


class HomeView(CachedMainMixin, TemplateView):
    """Public: what the dialogue is, its cities and its partners."""

    template_name = "pages/home.html"
    cache_domains = ("directory",)

    def get_context_data(self, **kwargs):
        return super().get_context_data(directory=home_directory_html(), **kwargs)


class PreferencesView(LoginRequiredMixin, FormView):
    """Signed-in people only, and only their own preferences."""

    template_name = "pages/preferences.html"
    form_class = PreferencesForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["timezone"].widget.preferred = dialogue_time_zones()
        return form

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
