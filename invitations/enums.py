from django.db import models
from django.utils.translation import gettext_lazy as _


class InvitationRole(models.TextChoices):
    CITY_STAFF = "city_staff", _("City staff")
    MAYOR = "mayor", _("Mayor")
    PARTNER_STAFF = "partner_staff", _("Partner organisation staff")


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    REVOKED = "revoked", _("Revoked")


class InvitationState(models.TextChoices):
    """What the dashboard shows: the stored status, with expiry and delivery failure derived."""

    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    FAILED = "failed", _("Failed to send")


class OutreachReason(models.TextChoices):
    """Why the dialogue tried to reach a city or organisation with nobody there to tell."""

    MEETING = "meeting", _("Invited to a meeting")
    INTEREST = "interest", _("Interest in its proposal")


class BatchStatus(models.TextChoices):
    """Where a list of cities invited at once stands: checked and waiting for a yes, being
    sent (in a task when it is long), or done."""

    PREVIEW = "preview", _("Preview")
    SENDING = "sending", _("Sending")
    DONE = "done", _("Done")
