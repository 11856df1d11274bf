"""Meeting series and themes (to be written)."""

from django.views.generic import TemplateView

from .base import SecretariatMixin


class SeriesListView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class SeriesCreateView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class SeriesEditView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class ThemeListView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class ThemeCreateView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class ThemeEditView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class ThemeDeleteView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"
