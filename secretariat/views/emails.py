"""Email health (to be written): failed and waiting emails, resend one or all."""

from django.views.generic import TemplateView

from .base import SecretariatMixin


class EmailHealthView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class EmailResendView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class EmailResendAllView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"
