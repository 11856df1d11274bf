from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _

from .enums import Delivery, Topic


class Notification(models.Model):
    """Something a person is told in the product (the bell), whatever email they chose.

    It keeps what happened (its kind, about what, by which city), never a rendered text, so
    the list is read in the reader's language of the day and shows a thing they may no
    longer open as gone. `delivery` is the person's choice when it was made: a "daily" one
    waits for the morning digest (`digested_at`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=40)
    topic = models.CharField(_("topic"), max_length=15, choices=Topic.choices)
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    city = models.ForeignKey(
        "cities.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("city"),
    )
    # a value the text needs: an answer's code, an email address
    detail = models.CharField(_("detail"), max_length=254, blank=True)
    delivery = models.CharField(_("email"), max_length=12, choices=Delivery.choices)
    created_at = models.DateTimeField(_("when"), default=now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    digested_at = models.DateTimeField(_("in a digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_user_idx"),
            models.Index(fields=["delivery", "digested_at"], name="notification_digest_idx"),
        ]

    def __str__(self):
        return f"{self.user} · {self.kind}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """How a person wants to hear about one topic by email; no row is the topic's default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    topic = models.CharField(_("topic"), max_length=15, choices=Topic.choices)
    delivery = models.CharField(_("email"), max_length=12, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="notification_preference_once"),
        ]

    def __str__(self):
        return f"{self.user} · {self.topic}: {self.delivery}"


class DigestSent(models.Model):
    """The ledger of daily digests: one row per person and day (in their zone), written in
    the transaction that queues the digest, so a second sweep or a second beat sends none."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    email = models.ForeignKey(
        "mayors_dialogue.Email", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="digest_once_a_day"),
        ]

    def __str__(self):
        return f"{self.user} · {self.day}"
