from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.translated import OriginalLanguageModel

from .enums import OPEN_TO, PUBLIC_STATUSES, CooperationKind, ProposalStatus, SupportKind


class ProposalQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Agreed, active and completed partnerships are public; other proposals are for
        signed-in participants; drafts only for the proposing city (and admins)."""
        from cities.models import CityMembership
        from cities.rules import takes_part

        public = Q(status__in=PUBLIC_STATUSES)
        if not (user.is_authenticated and user.is_active):
            return self.filter(public)
        if user.is_staff:
            return self
        own_cities = CityMembership.objects.filter(user=user).values("city_id")
        own_draft = Q(status=ProposalStatus.DRAFT, city_id__in=own_cities)
        return self.filter(
            public | (~Q(status=ProposalStatus.DRAFT) & takes_part(user)) | own_draft
        )

    def public(self):
        return self.filter(status__in=PUBLIC_STATUSES)


class Proposal(OriginalLanguageModel):
    texts_required = ("title", "summary")

    """A city's proposal for a city-to-city partnership, built on what it offers and seeks."""

    city = models.ForeignKey(
        "cities.City",
        on_delete=models.CASCADE,
        related_name="proposals",
        verbose_name=_("proposing city"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    themes = models.ManyToManyField("cities.Theme", verbose_name=_("themes"))
    kind = models.CharField(
        _("kind of cooperation"), max_length=25, choices=CooperationKind.choices
    )
    offers = models.TextField(_("what the city offers"), blank=True)
    seeks = models.TextField(_("what the city seeks"), blank=True)
    preferred_cities = models.ManyToManyField(
        "cities.City",
        blank=True,
        related_name="preferred_in_proposals",
        verbose_name=_("preferred partner cities"),
    )
    preferred_regions = models.CharField(_("preferred regions"), max_length=200, blank=True)
    timeframe = models.CharField(_("timeframe"), max_length=100, blank=True)
    status = models.CharField(
        _("status"), max_length=15, choices=ProposalStatus.choices, default=ProposalStatus.DRAFT
    )
    evidence = models.ManyToManyField(
        "evidence.EvidenceDocument",
        blank=True,
        related_name="proposals",
        verbose_name=_("evidence cited"),
    )
    partner_cities = models.ManyToManyField(
        "cities.City", blank=True, related_name="partnerships", verbose_name=_("partner cities")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership proposal")
        verbose_name_plural = _("partnership proposals")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="proposal_created_idx"),
            models.Index(fields=["status", "-updated_at"], name="proposal_status_idx"),
            # the latest partnerships, whatever their state, read in order (the home page)
            models.Index(fields=["-updated_at", "-id"], name="proposal_updated_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partnerships:detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    def takes(self, action: str) -> bool:
        """Whether its status still allows `action` ("interest", "support", "welcome",
        "comment"): see OPEN_TO."""
        return self.status in OPEN_TO[action]


class Transition(models.Model):
    """Every change of a proposal's status: who, when, and why."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=15, choices=ProposalStatus.choices)
    to_status = models.CharField(max_length=15, choices=ProposalStatus.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.proposal}: {self.from_status} → {self.to_status}"


class Interest(models.Model):
    """A city's interest in a proposal, expressed by its staff or mayor."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="interests")
    city = models.ForeignKey("cities.City", on_delete=models.CASCADE, related_name="interests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["proposal", "city"], name="interest_once_per_city"),
        ]

    def __str__(self):
        return f"{self.city} → {self.proposal}"


class Confirmation(models.Model):
    """One side's confirmation that the partnership is agreed."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="confirmations")
    city = models.ForeignKey("cities.City", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "city"], name="confirmation_once_per_city"),
        ]

    def __str__(self):
        return f"{self.city} confirms {self.proposal}"


class Comment(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.user} on {self.proposal}"


class CommentNotice(models.Model):
    """A comment someone has not been told about yet; the digest sweep sends them together."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="notices")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "comment"], name="comment_notice_once"),
        ]

    def __str__(self):
        return f"{self.user}: {self.comment_id}"


class Support(models.Model):
    """A partner organisation's support for a proposal or partnership."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    organisation = models.ForeignKey(
        "cities.PartnerOrganisation", on_delete=models.CASCADE, related_name="supports"
    )
    kind = models.CharField(_("kind of support"), max_length=15, choices=SupportKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Support is shown at once; the proposing city (or an admin) welcomes the organisation
    # into the discussion, which is not open to whoever marks support.
    welcomed_at = models.DateTimeField(_("welcomed into the discussion"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "organisation", "kind"], name="support_once"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} supports {self.proposal} ({self.kind})"


class CitySuggestion(models.Model):
    """One of the first cities of a city's matchmaking in one direction, kept so that a city
    page reads them with one indexed query (suggestions.py). Derived data: rebuilt at will."""

    # indexed by the unique constraint, which reads a city's rows in order
    city = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    direction = models.CharField(max_length=6)  # matching.HELPS or matching.HELPED
    position = models.PositiveSmallIntegerField()
    other = models.ForeignKey("cities.City", on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["city", "direction", "position"], name="city_suggestion_position_unique"
            )
        ]

    def __str__(self):
        return f"{self.city_id} {self.direction} {self.position}: {self.other_id}"


class FittingProposal(models.Model):
    """One of the open proposals that fit a city best, kept so that its page and its people's
    home read them with one indexed query (fitting.py). Derived data: rebuilt at will."""

    # indexed by the unique constraint, which reads a city's rows in order
    city = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    position = models.PositiveSmallIntegerField()
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["city", "position"], name="fitting_proposal_position_unique"
            )
        ]

    def __str__(self):
        return f"{self.city_id} {self.position}: {self.proposal_id}"
