from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _

from .enums import DataOrigin, EmailStatus, Language
from .validators import validate_time_zone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra_fields):
        if not email:
            raise ValueError("Users must have an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in. Email is the login; what they may do comes from their
    memberships in cities and partner organisations, and `is_staff` makes a platform admin."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=150, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.EN
    )
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("An IANA time zone such as Africa/Dakar. Leave empty to use your city’s."),
    )
    # The zone of the first city the person works for, kept by cities.services so that
    # finding the zone a page is shown in needs no query (zone()).
    city_timezone = models.CharField(max_length=64, blank=True, editable=False)
    # How many of their notifications are unread, kept by notifications.services so that
    # the bell in every page's header needs no query.
    notifications_unread = models.PositiveIntegerField(default=0, editable=False)
    is_staff = models.BooleanField(
        _("platform admin"),
        default=False,
        help_text=_("Admins run the dialogue’s secretariat and may use the Django admin."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
        ]

    def zone(self) -> ZoneInfo | None:
        """The zone this person reads times in: their own setting, else the zone of the
        first city they work for, else None (the caller decides: UTC, or a meeting's own)."""
        zone = self.timezone or self.city_timezone
        return ZoneInfo(zone) if zone else None

    def __str__(self):
        return self.display_name or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self):
        return self.display_name or self.email

    def get_short_name(self):
        return self.display_name or self.email.split("@")[0]


class EmailQuerySet(models.QuerySet):
    def waiting(self):
        """Not sent yet and not given up on: queued, or being sent."""
        return self.filter(status__in=[EmailStatus.QUEUED, EmailStatus.SENDING])

    def waiting_for_broker(self):
        """Queued emails whose delivery task could not be handed to the broker."""
        return self.filter(status=EmailStatus.QUEUED, publish_next_at__isnull=False)

    def due_for_publish(self, *, now):
        """Waiting for the broker, and due for another try."""
        return self.waiting_for_broker().filter(publish_next_at__lte=now)

    def lease_expired(self, *, now):
        """Claimed by a worker that has not recorded an outcome in time (it died)."""
        return self.filter(status=EmailStatus.SENDING, lease_until__lt=now)

    def due_on_this_host(self, *, now, untouched_since):
        """Without a broker: queued emails whose retry is due, and those queued but never
        tried since `untouched_since` (the process that had them stopped)."""
        return self.filter(status=EmailStatus.QUEUED).filter(
            models.Q(retry_at__lte=now)
            | models.Q(retry_at__isnull=True, updated_at__lt=untouched_since)
        )

    def stale(self, *, older_than):
        """Queued and handed to the broker (as far as anyone knows), yet untouched since
        `older_than`: their task was lost."""
        return self.filter(
            status=EmailStatus.QUEUED, publish_next_at__isnull=True, updated_at__lt=older_than
        )


class Email(models.Model):
    """The outbox: every email the platform sends is stored here first and delivered by a
    Celery task, so nothing is lost when the broker or the SMTP server is down."""

    recipient = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("plain text"))
    body_html = models.TextField(_("HTML"), blank=True)
    from_email = models.CharField(_("from"), max_length=255)
    reply_to = models.CharField(_("reply to"), max_length=255, blank=True)
    attachment_name = models.CharField(_("attachment"), max_length=100, blank=True)
    attachment_type = models.CharField(max_length=100, blank=True)
    attachment_content = models.TextField(blank=True)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # The links with a token (an invitation, a password reset), encrypted with a key derived
    # from SECRET_KEY: the bodies above show a mark in their place, filled in at delivery;
    # erased once the email is sent (services.email_queue).
    sealed = models.TextField(blank=True, editable=False)
    # Set while a worker talks to the SMTP server (status "sending"): until then no other
    # worker may claim the row; past it, the worker is taken for dead and the row is queued
    # again (services.email_deliver, email_republish).
    lease_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    # Set when the delivery task could not be handed to the broker: when to try again.
    # Cleared once it is handed over (services.email_republish).
    publish_next_at = models.DateTimeField(_("next try to queue"), null=True, blank=True)
    publish_failures = models.PositiveSmallIntegerField(_("failed tries to queue"), default=0)
    # Since when it has been waiting for the broker (its first refused try), for the age the
    # secretariat sees; cleared once a worker takes it.
    waiting_since = models.DateTimeField(
        _("waiting for the task queue since"), null=True, blank=True
    )
    # Without a broker (delivery on the web process's own thread, local_outbox): when a
    # delivery that failed is tried again.
    retry_at = models.DateTimeField(_("next delivery try"), null=True, blank=True)
    failures_in_a_row = models.PositiveSmallIntegerField(_("failed deliveries in a row"), default=0)

    objects = EmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "updated_at"]),
            models.Index(
                fields=["publish_next_at"],
                condition=models.Q(publish_next_at__isnull=False),
                name="email_waiting_for_broker",
            ),
        ]

    def __str__(self):
        return f"{self.subject} → {self.recipient}"

    @property
    def reply_to_list(self) -> list[str]:
        return [address for address in self.reply_to.split(",") if address]


def reader_zone(user) -> ZoneInfo | None:
    """The zone of whoever reads a page: a signed-in person's `zone()`, None for visitors."""
    return user.zone() if user.is_authenticated else None


class LoadedRow(models.Model):
    """A row that `load_reference_data` or `seed_demo` created from an entry of the data files
    (or found already there). Neither loads an entry again that is recorded here, so a row
    that people have since edited, renamed or deleted stays as they left it."""

    origin = models.CharField(_("origin"), max_length=10, choices=DataOrigin.choices)
    # "city:milan", "meeting:kick-off-2020": the entry's kind and its key in the data file
    key = models.CharField(_("key"), max_length=200)
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object id"))
    created_at = models.DateTimeField(_("loaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("loaded row")
        verbose_name_plural = _("loaded rows")
        constraints = [
            models.UniqueConstraint(fields=["origin", "key"], name="loaded_row_origin_key_unique"),
        ]

    def __str__(self):
        return f"{self.origin}:{self.key}"


class LimitCounter(models.Model):
    """The uses of one limit by one key in its current window (mayors_dialogue.limits)."""

    key = models.CharField(max_length=100, primary_key=True)  # "<limit>:<digest of the key>"
    used = models.PositiveIntegerField(default=0)
    window_ends_at = models.DateTimeField()

    def __str__(self):
        return f"{self.key}: {self.used}"
