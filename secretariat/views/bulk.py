"""Bulk invitations (to be written): upload or paste, preview, confirm, progress, result."""

from django.views.generic import TemplateView

from .base import SecretariatMixin


class BulkInvitationUploadView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class BulkInvitationDetailView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"


class BulkInvitationConfirmView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"
