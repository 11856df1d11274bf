"""The overview with charts (to be written)."""

from django.views.generic import TemplateView

from .base import SecretariatMixin


class OverviewView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class OverviewCsvView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"
