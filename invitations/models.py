import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.enums import EmailStatus, Language

from .enums import (
    BatchStatus,
    InvitationRole,
    InvitationState,
    InvitationStatus,
    OutreachReason,
)

TOKEN_BYTES = 32  # 256 bits from secrets


def new_token() -> tuple[str, str]:
    """A fresh token for a link, and the SHA-256 that is all we store of it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def with_state(self, *, now=None):
        """Annotate `state`: accepted and revoked as stored; a pending invitation is expired
        after its date, failed when its last email could not be delivered."""
        now = now or timezone.now()
        return self.annotate(
            state=Case(
                When(status=InvitationStatus.ACCEPTED, then=Value(InvitationState.ACCEPTED)),
                When(status=InvitationStatus.REVOKED, then=Value(InvitationState.REVOKED)),
                When(expires_at__lte=now, then=Value(InvitationState.EXPIRED)),
                When(last_email__status=EmailStatus.FAILED, then=Value(InvitationState.FAILED)),
                default=Value(InvitationState.PENDING),
                output_field=models.CharField(),
            )
        )

    def open(self, *, now=None):
        """Pending and not yet expired: the invitations a link may still accept."""
        now = now or timezone.now()
        return self.filter(status=InvitationStatus.PENDING, expires_at__gt=now)

    def due_for_reminder(self, *, now, after):
        return self.open(now=now).filter(reminded_at__isnull=True, sent_at__lte=now - after)


class Invitation(models.Model):
    """An invitation to join the dialogue: a new city's first contact, or a colleague of a
    city or partner organisation. Bound to the invited address; the link's token is stored
    only as its SHA-256."""

    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=150)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    message = models.TextField(_("personal message"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=InvitationRole.choices)
    city = models.ForeignKey(
        "cities.City",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("city"),
    )
    organisation = models.ForeignKey(
        "cities.PartnerOrganisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("partner organisation"),
    )
    invites_city = models.BooleanField(
        _("invites a new city"),
        default=False,
        help_text=_("Accepting makes the city a participant of the dialogue."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InvitationStatus.choices,
        default=InvitationStatus.PENDING,
    )
    created_at = models.DateTimeField(_("invited"), auto_now_add=True)
    sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("account"),
    )
    last_email = models.ForeignKey(
        "mayors_dialogue.Email",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last email"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(city__isnull=False) ^ Q(organisation__isnull=False),
                name="invitation_to_city_or_organisation",
            ),
            models.CheckConstraint(
                condition=Q(organisation__isnull=True) | Q(role=InvitationRole.PARTNER_STAFF),
                name="invitation_partner_role",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "expires_at"], name="invitation_status_expiry_idx")
        ]

    def __str__(self):
        return f"{self.email} → {self.city or self.organisation}"

    @property
    def state_label(self) -> str:
        """The label of the `state` that `with_state()` annotates."""
        return InvitationState(self.state).label

    @property
    def target(self):
        return self.city or self.organisation

    @property
    def is_open(self) -> bool:
        return self.status == InvitationStatus.PENDING and self.expires_at > timezone.now()

    @property
    def current_state(self) -> str:
        """The same rule as `with_state()`, for one invitation in hand."""
        if self.status != InvitationStatus.PENDING:
            return self.status
        if self.expires_at <= timezone.now():
            return InvitationState.EXPIRED
        if self.last_email_id and self.last_email.status == EmailStatus.FAILED:
            return InvitationState.FAILED
        return InvitationState.PENDING


class OutreachRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class OutreachRequest(models.Model):
    """A city or partner organisation that something was meant to reach while nobody there
    has an account: on the secretariat's list until someone there accepts an invitation or
    an admin marks it done."""

    city = models.ForeignKey(
        "cities.City",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="outreach_requests",
        verbose_name=_("city"),
    )
    organisation = models.ForeignKey(
        "cities.PartnerOrganisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="outreach_requests",
        verbose_name=_("partner organisation"),
    )
    reason = models.CharField(_("reason"), max_length=10, choices=OutreachReason.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asked by"),
    )
    created_at = models.DateTimeField(_("date asked"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("date done"), null=True, blank=True)

    objects = OutreachRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("request to reach a city or organisation")
        verbose_name_plural = _("requests to reach a city or organisation")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(city__isnull=False) ^ Q(organisation__isnull=False),
                name="outreach_to_city_or_organisation",
            ),
            models.UniqueConstraint(
                fields=["city"],
                condition=Q(resolved_at__isnull=True, city__isnull=False),
                name="one_open_outreach_per_city",
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(resolved_at__isnull=True, organisation__isnull=False),
                name="one_open_outreach_per_organisation",
            ),
        ]

    def __str__(self):
        return str(self.target)

    @property
    def target(self):
        return self.city or self.organisation


class InvitationBatch(models.Model):
    """Cities invited at once from a spreadsheet: the rows as read, each with its problems
    (codes, so the preview reads in whoever opens it), and once confirmed what became of
    each row. Nothing but this record exists until an admin confirms.

    Each row of `rows` is a dict: `line` (the row's number in the file, the header being 1),
    `cells` (the text as written, by column), `values` (the values understood: country code,
    continent, zone, language, normalised address), `problems` (a list of
    `{"code": ..., ...params}`), then `outcome` ("" until processed, "sent" or "skipped"),
    `invitation` (the id of the invitation sent) and `reason` (why a row was skipped when
    sending, a problem dict as well)."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    source = models.CharField(_("file name"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=BatchStatus.choices, default=BatchStatus.PREVIEW
    )
    rows = models.JSONField(_("rows"), default=list, blank=True)
    # Kept beside the rows so that lists of batches need not read them.
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    valid_count = models.PositiveIntegerField(_("rows without problems"), default=0)
    sent_count = models.PositiveIntegerField(_("invitations sent"), default=0)
    skipped_count = models.PositiveIntegerField(_("rows skipped"), default=0)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # the last row sent (or the confirmation): a batch still sending with no progress for a
    # while is resumed by beat (`invitation_batches_resume`)
    progress_at = models.DateTimeField(_("last progress"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("list of cities invited at once")
        verbose_name_plural = _("lists of cities invited at once")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.source or f"#{self.pk}"

    @property
    def problem_count(self) -> int:
        return self.row_count - self.valid_count

    @property
    def processed(self) -> int:
        """Rows done: sent or skipped."""
        return self.sent_count + self.skipped_count
