from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Continent(models.TextChoices):
    AFRICA = "africa", _("Africa")
    EUROPE = "europe", _("Europe")


class CityRole(models.TextChoices):
    # Translators: a person who works for a city administration
    STAFF = "staff", _("City staff")
    MAYOR = "mayor", _("Mayor")


class CityStatus(models.TextChoices):
    # Translators: a city's status in the dialogue
    INVITED = "invited", pgettext_lazy("city status", "Invited")
    PARTICIPANT = "participant", pgettext_lazy("city status", "Participant")
    LEAD = "lead", pgettext_lazy("city status", "Lead city")


class MayorTitle(models.TextChoices):
    MAYOR = "mayor", _("Mayor")
    LORD_MAYOR = "lord_mayor", _("Lord Mayor")
    METROPOLITAN_CHIEF_EXECUTIVE = "metropolitan_chief_executive", _("Metropolitan Chief Executive")


class Gender(models.TextChoices):
    # Translators: used only to choose the grammatical form of a title, e.g. Bürgermeisterin
    FEMININE = "f", _("Feminine form")
    MASCULINE = "m", _("Masculine form")


# The title as shown on a profile, in the grammatical form that fits the office holder.
MAYOR_TITLE_FORMS = {
    (MayorTitle.MAYOR, Gender.FEMININE): pgettext_lazy("feminine", "Mayor"),
    (MayorTitle.MAYOR, Gender.MASCULINE): pgettext_lazy("masculine", "Mayor"),
    (MayorTitle.LORD_MAYOR, Gender.FEMININE): pgettext_lazy("feminine", "Lord Mayor"),
    (MayorTitle.LORD_MAYOR, Gender.MASCULINE): pgettext_lazy("masculine", "Lord Mayor"),
    (MayorTitle.METROPOLITAN_CHIEF_EXECUTIVE, Gender.FEMININE): pgettext_lazy(
        "feminine", "Metropolitan Chief Executive"
    ),
    (MayorTitle.METROPOLITAN_CHIEF_EXECUTIVE, Gender.MASCULINE): pgettext_lazy(
        "masculine", "Metropolitan Chief Executive"
    ),
}


class PartnerKind(models.TextChoices):
    CITY_NETWORK = "city_network", _("City network")
    FOUNDATION = "foundation", _("Foundation")
    THINK_TANK = "think_tank", _("Think tank or research institute")
    INTERNATIONAL = "international", _("International organisation")
    DIASPORA = "diaspora", _("Diaspora or migrant-led organisation")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    OTHER = "other", _("Other")


class PartnerRole(models.TextChoices):
    LEAD_PARTNER = "lead_partner", _("Lead partner")
    PARTNER = "partner", _("Partner")


class NeedAudience(models.TextChoices):
    """Who may read what a city wrote about a need. A participants-only need still counts
    (its theme is public); only its words are kept from the public."""

    PUBLIC = "public", _("Everyone (public)")
    PARTICIPANTS = "participants", _("Participants of the dialogue only")
