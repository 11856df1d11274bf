from .directory import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    ProfileChange,
    Theme,
)
from .invitations import Invitation

__all__ = [
    "City",
    "CityMembership",
    "CityNeed",
    "CityPotential",
    "GoodPractice",
    "Invitation",
    "Mayor",
    "PartnerMembership",
    "PartnerOrganisation",
    "ProfileChange",
    "Theme",
]
