import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.enums import Language
from mayors_dialogue.translated import OriginalLanguageModel
from mayors_dialogue.validators import validate_time_zone

from .enums import MeetingFormat, MeetingStatus, NoticeKind, RSVPResponse


class Series(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    is_summit = models.BooleanField(
        _("summit"), default=False, help_text=_("Its meetings make up the summit page.")
    )

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["slug"]

    def __str__(self):
        return self.name


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Public meetings for everyone; drafts and private meetings only for the people
        invited, the organisers and admins."""
        public = Q(is_public=True) & ~Q(status=MeetingStatus.DRAFT)
        if not user.is_authenticated:
            return self.filter(public)
        if user.is_staff:
            return self
        return self.filter(public | self.involving(user))

    @staticmethod
    def involving(user):
        """Meetings that invite the user's city or organisation, or that it organises. As
        subqueries rather than joins, so there are no duplicate rows to remove."""
        from cities.models import CityMembership, PartnerMembership

        cities = CityMembership.objects.filter(user=user).values("city_id")
        organisations = PartnerMembership.objects.filter(user=user).values("organisation_id")
        invited_cities = Meeting.invited_cities.through.objects.filter(city_id__in=cities)
        invited_organisations = Meeting.invited_organisations.through.objects.filter(
            partnerorganisation_id__in=organisations
        )
        return (
            Q(pk__in=invited_cities.values("meeting_id"))
            | Q(pk__in=invited_organisations.values("meeting_id"))
            | Q(organiser_id__in=organisations)
        )

    def for_user(self, user):
        """The meetings the user's city or organisation is invited to or organises."""
        return self.filter(self.involving(user)).exclude(status=MeetingStatus.DRAFT)

    def upcoming(self, *, now=None):
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, *, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class Meeting(OriginalLanguageModel):
    texts_required = ("title",)

    """A dialogue meeting. Times are stored in UTC; `timezone` is the meeting's reference zone,
    in which organisers enter and edit the wall-clock time."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    format = models.CharField(_("format"), max_length=12, choices=MeetingFormat.choices)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    timezone = models.CharField(
        _("time zone of the meeting"), max_length=64, validators=[validate_time_zone]
    )
    language = models.CharField(
        _("spoken language"),
        max_length=2,
        choices=Language.choices,
        default=Language.EN,
        help_text=_(
            "The language the meeting is held in. Who cannot follow it needs interpretation."
        ),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    host_city = models.ForeignKey(
        "cities.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_meetings",
        verbose_name=_("host city"),
    )
    video_link = models.URLField(
        _("video link"), blank=True, validators=[URLValidator(schemes=["https", "http"])]
    )
    organiser = models.ForeignKey(
        "cities.PartnerOrganisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organised_meetings",
        verbose_name=_("organiser"),
    )
    series = models.ForeignKey(
        Series,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("series"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    is_public = models.BooleanField(
        _("public"),
        default=True,
        help_text=_("Public meetings show their title, date, format and outcomes to everyone."),
    )
    invited_cities = models.ManyToManyField(
        "cities.City", blank=True, related_name="meetings", verbose_name=_("invited cities")
    )
    invited_organisations = models.ManyToManyField(
        "cities.PartnerOrganisation",
        blank=True,
        related_name="invited_meetings",
        verbose_name=_("invited organisations"),
    )
    themes = models.ManyToManyField("cities.Theme", blank=True, verbose_name=_("themes"))
    outcomes = models.TextField(_("outcomes and minutes"), blank=True)
    reminder_hours = models.PositiveSmallIntegerField(
        _("reminder, hours before the start"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 14)],
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="meeting_ends_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["start", "id"], name="meeting_start_idx"),
            models.Index(fields=["end"], name="meeting_end_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("meetings:detail", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError(
                {"end": _("The meeting must end after it starts.")}, code="end_before_start"
            )

    @property
    def is_online(self) -> bool:
        return self.format in (MeetingFormat.VIRTUAL, MeetingFormat.HYBRID)

    @property
    def is_on_site(self) -> bool:
        return self.format in (MeetingFormat.IN_PERSON, MeetingFormat.HYBRID)

    @property
    def reminder_at(self):
        return self.start - timedelta(hours=self.reminder_hours)


class AgendaItem(OriginalLanguageModel):
    texts_required = ("title",)

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("meeting")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    presenter = models.CharField(_("presenter"), max_length=200, blank=True)
    documents = models.ManyToManyField(
        "evidence.EvidenceDocument",
        blank=True,
        related_name="agenda_items",
        verbose_name=_("evidence documents"),
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class RSVP(models.Model):
    """A city's answer to a meeting invitation, with the people who attend for it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="rsvps")
    city = models.ForeignKey("cities.City", on_delete=models.CASCADE, related_name="rsvps")
    response = models.CharField(_("answer"), max_length=15, choices=RSVPResponse.choices)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "city"], name="rsvp_one_per_city"),
        ]

    def __str__(self):
        return f"{self.city} · {self.get_response_display()}"


class Attendee(models.Model):
    """A person who attends for a city: who they are, and the languages they can follow, so
    the organiser knows early which interpretation the meeting needs."""

    rsvp = models.ForeignKey(RSVP, on_delete=models.CASCADE, related_name="people")
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    # codes of the four dialogue languages (Language)
    languages = models.JSONField(_("languages they can follow"), default=list, blank=True)
    other_languages = models.CharField(_("other languages"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not isinstance(self.languages, list) or set(self.languages) - set(Language.values):
            raise ValidationError({"languages": _("Choose among the dialogue’s languages.")})

    def language_labels(self) -> list[str]:
        """The names of the languages they can follow, in the active language."""
        return [
            str(get_language_info(code)["name_translated"])
            for code in Language.values
            if code in self.languages
        ]

    def follows(self, language: str) -> bool:
        return language in self.languages


class MeetingNotice(models.Model):
    """The ledger that makes every meeting email go out exactly once per person, kind and
    version of the meeting (its SEQUENCE)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="notices")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=15, choices=NoticeKind.choices)
    version = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    # The outbox row of the email, for the organiser's count of delivered, waiting and failed.
    email = models.ForeignKey(
        "mayors_dialogue.Email", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "user", "kind", "version"], name="meeting_notice_once"
            ),
        ]

    def __str__(self):
        return f"{self.meeting} · {self.kind} v{self.version} · {self.user}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A person's secret calendar subscription address; resetting it retires the old one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)

    def __str__(self):
        return str(self.user)
