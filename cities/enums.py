from django.db import models
from django.utils.translation import gettext_lazy as _


class Continent(models.TextChoices):
    AFRICA = "africa", _("Africa")
    EUROPE = "europe", _("Europe")


class CityRole(models.TextChoices):
    # Translators: a person who works for a city administration
    STAFF = "staff", _("City staff")
    MAYOR = "mayor", _("Mayor")
