from .directory import (
    CityDetailView,
    CityDossierView,
    CityExportView,
    CityListView,
    CityUpdateView,
    PartnerDetailView,
    PartnerListView,
    PartnerUpdateView,
)

__all__ = [
    "CityDetailView",
    "CityDossierView",
    "CityExportView",
    "CityListView",
    "CityUpdateView",
    "PartnerDetailView",
    "PartnerListView",
    "PartnerUpdateView",
]
