from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    # Each language is named in itself, so people find their own in any interface language.
    EN = "en", "English"
    DE = "de", "Deutsch"
    FR = "fr", "Français"
    PT = "pt", "Português"


class EmailStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    # claimed by a worker that is talking to the SMTP server, until its lease runs out
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class DataOrigin(models.TextChoices):
    """Which loader created a row from the data files (see datafiles.py)."""

    REFERENCE = "reference", _("Reference data")
    DEMO = "demo", _("Demo data")
