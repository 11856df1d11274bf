from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from mayors_dialogue.enums import Language
from mayors_dialogue.formats import quoted
from mayors_dialogue.text import name_clean, name_key
from mayors_dialogue.translated import OriginalLanguageModel, translated_names
from mayors_dialogue.uploads import city_image_path, mayor_photo_path, partner_logo_path
from mayors_dialogue.validators import validate_image_upload, validate_time_zone

from ..enums import (
    MAYOR_TITLE_FORMS,
    CityRole,
    CityStatus,
    Continent,
    Gender,
    MayorTitle,
    NeedAudience,
    PartnerKind,
    PartnerRole,
)

YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


class Theme(models.Model):
    """A human-mobility theme: the shared vocabulary of profiles, proposals, meetings and
    evidence."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


class CityQuerySet(models.QuerySet):
    def public(self):
        """Cities that take part: invited cities stay out of the directory until they accept."""
        return self.filter(status__in=[CityStatus.PARTICIPANT, CityStatus.LEAD])

    def on_map(self):
        return self.public().filter(latitude__isnull=False, longitude__isnull=False)

    def visible_to(self, user):
        if user.is_authenticated and user.is_staff:
            return self
        if user.is_authenticated:
            return self.filter(
                Q(status__in=[CityStatus.PARTICIPANT, CityStatus.LEAD]) | Q(memberships__user=user)
            ).distinct()
        return self.public()


def names_taken(model, keys, *, exclude_pk=None, **scope) -> dict[str, str]:
    """Which of `keys` (`name_key`s) another row of `model` within `scope` (a country) has as
    its name in any language, each with that name as it reads. Rows stored before names
    were cleaned are compared the same way; they are not rewritten."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    rows = model._default_manager.filter(**scope).exclude(pk=exclude_pk)
    taken = {}
    for names in rows.values_list(*translated_names("name")):
        for name in names:
            if name and name_key(name) in keys:
                taken.setdefault(name_key(name), name_clean(name))
    return taken


class WorkingLanguageModel(OriginalLanguageModel):
    """A city or organisation, whose forms open in its working language. Its names are
    stored clean (`name_clean`), and none may be another one's name written differently
    (`name_key`): within its country for a city (`name_scope`)."""

    name_scope: tuple[str, ...] = ()
    name_taken_message = ""  # with {name}

    working_language = models.CharField(
        _("working language"),
        max_length=2,
        choices=Language.choices,
        blank=True,
        help_text=_(
            "The language its forms open in. Texts can be written in any of the four languages."
        ),
    )

    class Meta:
        abstract = True

    def working_language_for(self, user) -> str:
        """The language its forms open in for `user`: its own, else the person's."""
        return self.working_language or getattr(user, "language", "")

    def clean(self):
        fields = translated_names("name")
        for field in fields:
            if getattr(self, field):
                setattr(self, field, name_clean(getattr(self, field)) or None)
        super().clean()
        self._names_check(fields)

    def _names_check(self, fields: list[str]) -> None:
        """Refuse a name another row has; only names that change are checked, so a row
        saved before this check still saves."""
        stored = set()
        if self.pk:
            row = type(self)._default_manager.filter(pk=self.pk).values_list(*fields).first()
            stored = {name_key(name) for name in row or () if name}
        new = {field: name_key(getattr(self, field)) for field in fields}
        new = {field: key for field, key in new.items() if key and key not in stored}
        scope = {field: getattr(self, field) for field in self.name_scope}
        taken = names_taken(type(self), new.values(), exclude_pk=self.pk, **scope)
        errors = {
            field: str(self.name_taken_message).format(name=quoted(taken[key]))
            for field, key in new.items()
            if key in taken
        }
        if errors:
            raise ValidationError(errors, code="name_taken")


_CITY_URL_PATTERNS: dict[tuple, str] = {}


def city_url(slug: str) -> str:
    """A city's address: one `reverse` per language (and URL configuration) instead of one
    per city, for the pages that link hundreds of them. Slugs need no quoting."""
    key = (get_language(), get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    pattern = _CITY_URL_PATTERNS.get(key)
    if pattern is None:
        pattern = _CITY_URL_PATTERNS[key] = reverse("cities:detail", kwargs={"slug": "-slug-"})
    return pattern.replace("/-slug-/", f"/{slug}/")


class City(WorkingLanguageModel):
    texts_required = ("name",)
    name_scope = ("country",)
    name_taken_message = _("There is already a city called {name} in this country.")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = CountryField(_("country"))
    continent = models.CharField(_("continent"), max_length=10, choices=Continent.choices)
    timezone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    description = models.TextField(_("short description"), blank=True)
    migration_context = models.TextField(_("migration context"), blank=True)
    official_languages = models.CharField(_("official languages"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public contact address"), blank=True)
    image = models.ImageField(
        _("logo or photo"),
        upload_to=city_image_path,
        blank=True,
        validators=[validate_image_upload],
    )
    participant_since = models.PositiveSmallIntegerField(
        _("participant since"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    status = models.CharField(
        _("status in the dialogue"),
        max_length=12,
        choices=CityStatus.choices,
        default=CityStatus.PARTICIPANT,
    )

    objects = CityQuerySet.as_manager()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return city_url(self.slug)

    @property
    def is_public(self) -> bool:
        return self.status in (CityStatus.PARTICIPANT, CityStatus.LEAD)


class ThemeEntry(OriginalLanguageModel):
    """What a city needs, or offers, on one theme: at most one of each per theme."""

    texts_required = ("description",)

    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, verbose_name=_("theme"))

    class Meta:
        abstract = True
        ordering = ["theme__position", "theme__slug"]

    def __str__(self):
        return str(self.theme)


class CityNeed(ThemeEntry):
    """What a city needs on one theme."""

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="needs", verbose_name=_("city")
    )
    description = models.TextField(_("what the city needs"), blank=True)
    audience = models.CharField(
        _("who may read it"),
        max_length=12,
        choices=NeedAudience.choices,
        default=NeedAudience.PUBLIC,
        help_text=_(
            "A need for participants only is counted in public lists by its theme, but what "
            "the city wrote is shown only to signed-in participants of the dialogue."
        ),
    )

    class Meta(ThemeEntry.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        constraints = [
            models.UniqueConstraint(fields=["city", "theme"], name="city_need_theme_unique"),
        ]

    @property
    def is_public(self) -> bool:
        """Whether everyone may read what the city wrote (its theme is always public)."""
        return self.audience == NeedAudience.PUBLIC


class CityPotential(ThemeEntry):
    """Expertise a city offers on one theme."""

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="potentials", verbose_name=_("city")
    )
    description = models.TextField(_("what the city can offer"), blank=True)

    class Meta(ThemeEntry.Meta):
        verbose_name = _("potential")
        verbose_name_plural = _("potentials")
        constraints = [
            models.UniqueConstraint(fields=["city", "theme"], name="city_potential_theme_unique"),
        ]


class GoodPractice(OriginalLanguageModel):
    texts_required = ("title",)

    """A good practice or existing initiative of a city."""

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="good_practices", verbose_name=_("city")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    themes = models.ManyToManyField(Theme, blank=True, verbose_name=_("themes"))
    link = models.URLField(_("link"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("since"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        _("until"), null=True, blank=True, validators=YEAR_VALIDATORS
    )

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["-start_year", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError(
                {"end_year": _("The end year cannot be before the start year.")},
                code="end_before_start",
            )


class MayorQuerySet(models.QuerySet):
    def current(self, *, today=None):
        today = today or timezone.localdate()
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=today))


class Mayor(OriginalLanguageModel):
    """An office holder of a city. Past mayors stay: they are the city's history of mayors."""

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="mayors", verbose_name=_("city")
    )
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(
        _("title"), max_length=40, choices=MayorTitle.choices, default=MayorTitle.MAYOR
    )
    gender = models.CharField(
        _("grammatical form of the title"),
        max_length=1,
        choices=Gender.choices,
        default=Gender.FEMININE,
    )
    term_start = models.DateField(_("term start"), null=True, blank=True)
    term_end = models.DateField(_("term end"), null=True, blank=True)
    biography = models.TextField(_("short biography"), blank=True)
    photo = models.ImageField(
        _("photo"), upload_to=mayor_photo_path, blank=True, validators=[validate_image_upload]
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mayor_offices",
        verbose_name=_("user account"),
    )

    objects = MayorQuerySet.as_manager()

    class Meta:
        verbose_name = _("mayor")
        verbose_name_plural = _("mayors")
        ordering = [models.F("term_start").desc(nulls_last=True), "-pk"]

    def __str__(self):
        return f"{self.display_title} {self.name}"

    @property
    def display_title(self) -> str:
        return MAYOR_TITLE_FORMS[(self.title, self.gender)]

    @property
    def is_current(self) -> bool:
        return self.term_end is None or self.term_end >= timezone.localdate()

    def clean(self):
        super().clean()
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError(
                {"term_end": _("The term cannot end before it starts.")}, code="end_before_start"
            )
        if (
            self.user_id
            and not CityMembership.objects.filter(
                user_id=self.user_id, city_id=self.city_id, role=CityRole.MAYOR
            ).exists()
        ):
            raise ValidationError(
                {"user": _("This account does not have the mayor role for this city.")},
                code="not_mayor",
            )


class PartnerOrganisation(WorkingLanguageModel):
    texts_required = ("name",)
    name_taken_message = _("There is already an organisation called {name}.")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.OTHER
    )
    role = models.CharField(
        _("role in the dialogue"),
        max_length=20,
        choices=PartnerRole.choices,
        default=PartnerRole.PARTNER,
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    logo = models.ImageField(
        _("logo"), upload_to=partner_logo_path, blank=True, validators=[validate_image_upload]
    )

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})


class CityMembership(models.Model):
    """A person working for a city: as staff, or as its mayor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="city_memberships",
        verbose_name=_("user"),
    )
    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("city")
    )
    role = models.CharField(_("role"), max_length=10, choices=CityRole.choices)

    class Meta:
        verbose_name = _("city membership")
        verbose_name_plural = _("city memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "city"], name="city_membership_unique"),
        ]

    def __str__(self):
        return f"{self.user} · {self.city} ({self.get_role_display()})"


class PartnerMembership(models.Model):
    """A person working for a partner organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("partner organisation"),
    )

    class Meta:
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="partner_membership_unique"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.organisation}"


class ProfileChange(models.Model):
    """One saved edit of a city profile or a partner organisation: who, when and what."""

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, null=True, blank=True, related_name="changes"
    )
    organisation = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="changes",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    # [{"item": "need", "label": "Diaspora engagement", "action": "changed",
    #   "fields": ["description_fr"]}, ...]
    changes = models.JSONField(_("what changed"), default=list)

    class Meta:
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(city__isnull=False) ^ Q(organisation__isnull=False),
                name="profile_change_has_one_subject",
            ),
        ]

    def __str__(self):
        return f"{self.city or self.organisation} · {self.created_at}"
