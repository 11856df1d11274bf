from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from mayors_dialogue.validators import validate_time_zone

from .enums import CityRole, Continent


class City(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = CountryField(_("country"))
    continent = models.CharField(_("continent"), max_length=10, choices=Continent.choices)
    timezone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cities:index") + f"#city-{self.slug}"


class PartnerOrganisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


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
