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
from .invitations import (
    AcceptInvitationView,
    FreshLinkView,
    InvitationActionView,
    InvitationDashboardView,
    InviteCityColleagueView,
    InviteCityView,
    InvitePartnerColleagueView,
)

__all__ = [
    "AcceptInvitationView",
    "CityDetailView",
    "CityDossierView",
    "CityExportView",
    "CityListView",
    "CityUpdateView",
    "FreshLinkView",
    "InvitationActionView",
    "InvitationDashboardView",
    "InviteCityColleagueView",
    "InviteCityView",
    "InvitePartnerColleagueView",
    "PartnerDetailView",
    "PartnerListView",
    "PartnerUpdateView",
]
