"""Demo partnership proposals, loaded by `seed_demo` (with the demo accounts)."""

from django.db import transaction

from cities.models import City, PartnerOrganisation, Theme

from .demo_content import PROPOSALS
from .enums import ProposalStatus, SupportKind
from .models import Confirmation, Interest, Proposal, Support, Transition

LANGUAGES = ("en", "de", "fr", "pt")


def _texts(field: str, texts: dict) -> dict:
    return {f"{field}_{code}": texts[code] for code in LANGUAGES}


@transaction.atomic
def demo_proposals_load() -> int:
    """Create the demo proposals once (matched by English title), with their interest,
    partners, confirmations and support; no emails. Returns how many were created."""
    created_count = 0
    for data in PROPOSALS:
        if Proposal.objects.filter(title_en=data["title"]["en"]).exists():
            continue
        city = City.objects.get(slug=data["city"])
        proposal = Proposal(
            city=city,
            kind=data["kind"],
            timeframe=data["timeframe"],
            status=data["status"],
            **_texts("title", data["title"]),
            **_texts("summary", data["summary"]),
            **_texts("offers", data["offers"]),
            **_texts("seeks", data["seeks"]),
            **_texts("preferred_regions", data["preferred_regions"]),
        )
        proposal.full_clean()
        proposal.save()
        proposal.themes.set(Theme.objects.filter(slug__in=data["themes"]))
        proposal.preferred_cities.set(City.objects.filter(slug__in=data["preferred_cities"]))
        proposal.partner_cities.set(City.objects.filter(slug__in=data["partners"]))
        for interest in data["interest"]:
            Interest.objects.create(
                proposal=proposal,
                city=City.objects.get(slug=interest["city"]),
                message=interest["message"]["en"],
            )
        for slug in data["supporters"]:
            Support.objects.create(
                proposal=proposal,
                organisation=PartnerOrganisation.objects.get(slug=slug),
                kind=SupportKind.FACILITATION,
            )
        if data["status"] == ProposalStatus.AGREED:
            for side in [city, *proposal.partner_cities.all()]:
                Confirmation.objects.create(proposal=proposal, city=side)
        if data["status"] != ProposalStatus.DRAFT:
            Transition.objects.create(
                proposal=proposal, from_status=ProposalStatus.DRAFT, to_status=data["status"]
            )
        created_count += 1
    return created_count
