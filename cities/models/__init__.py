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

__all__ = [
    "City",
    "CityMembership",
    "CityNeed",
    "CityPotential",
    "GoodPractice",
    "Mayor",
    "PartnerMembership",
    "PartnerOrganisation",
    "ProfileChange",
    "Theme",
]
