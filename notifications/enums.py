from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    """What a person chooses how to hear about; each kind of notification has one."""

    MEETINGS = "meetings", _("Meetings you are invited to: invitations, changes, reminders")
    ANSWERS = "answers", _("Answers to the meetings you organise")
    INTEREST = "interest", _("Cities interested in your city’s proposals")
    COMMENTS = "comments", _("Comments in the discussions you take part in")
    SECRETARIAT = "secretariat", _("Requests to the secretariat")


class Delivery(models.TextChoices):
    IMMEDIATELY = "immediately", _("Email at once")
    DAILY = "daily", _("A daily digest, in the morning")
    NONE = "none", _("No email, only in my notifications")


# Answers come in bursts before a meeting: one email a morning unless the organiser asks.
DEFAULT_DELIVERY = {Topic.ANSWERS: Delivery.DAILY}


def default_delivery(topic: str) -> str:
    return DEFAULT_DELIVERY.get(topic, Delivery.IMMEDIATELY)
