"""The demo partnership proposals (`data/demo/proposals.yaml`), one in every state, with
timeframes counted from the year `seed_demo` runs in. Loaded by `seed_demo`, never by a
release; no email is sent."""

from datetime import date
from itertools import pairwise
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from cities.demo import city_members
from cities.models import City, PartnerOrganisation, Theme
from evidence.demo import demo_documents
from mayors_dialogue.datafiles import Ledger, Lookup, entries, fill_years
from mayors_dialogue.enums import DataOrigin

from .enums import PUBLIC_STATUSES, ProposalStatus, SupportKind
from .models import Confirmation, Interest, Proposal, Support, Transition

DEMO_FILE = Path(__file__).resolve().parent / "data" / "demo" / "proposals.yaml"

S = ProposalStatus
# The way a proposal in each state came there, for its history of transitions.
PATHS = {
    S.DRAFT: [S.DRAFT],
    S.OPEN: [S.DRAFT, S.OPEN],
    S.IN_DISCUSSION: [S.DRAFT, S.OPEN, S.IN_DISCUSSION],
    S.AGREED: [S.DRAFT, S.OPEN, S.IN_DISCUSSION, S.AGREED],
    S.ACTIVE: [S.DRAFT, S.OPEN, S.IN_DISCUSSION, S.AGREED, S.ACTIVE],
    S.COMPLETED: [S.DRAFT, S.OPEN, S.IN_DISCUSSION, S.AGREED, S.ACTIVE, S.COMPLETED],
    S.WITHDRAWN: [S.DRAFT, S.OPEN, S.WITHDRAWN],
}


@transaction.atomic
def proposals_demo_load(*, today: date, path: Path = DEMO_FILE) -> int:
    """Create the demo proposals that the ledger does not know yet, with their interest,
    partners, confirmations, support and history; "{year}" in a text is the current year.
    Returns how many were created."""
    ledger = Ledger(DataOrigin.DEMO)
    cities = Lookup(City, "city")
    partners = Lookup(PartnerOrganisation, "partner")
    themes = Lookup(Theme, "theme")
    members = city_members()
    created = 0
    for entry in entries(path):
        key = f"proposal:{entry.value('key')}"
        if key in ledger:
            continue
        status = entry.value("status")
        if status not in PATHS:
            entry.fail(f"'status' is not one of {', '.join(PATHS)}: {status!r}")
        year = today.year
        proposal = entry.save(
            Proposal(
                city=cities.get(entry, entry.value("city")),
                kind=entry.value("kind"),
                timeframe=fill_years(str(entry.value("timeframe", "")), year=year),
                status=status,
                **entry.texts("title", year=year),
                **entry.texts("summary", year=year),
                **entry.texts("offers", year=year, required=False),
                **entry.texts("seeks", year=year, required=False),
                **entry.texts("preferred_regions", year=year, required=False),
            )
        )
        proposal.themes.set(themes.many(entry, entry.value("themes")))
        proposal.evidence.set(demo_documents(entry, entry.value("evidence", [])))
        proposal.preferred_cities.set(cities.many(entry, entry.value("preferred_cities", [])))
        partner_cities = cities.many(entry, entry.value("partners", []))
        proposal.partner_cities.set(partner_cities)
        for item in entry.children("interest"):
            city = cities.get(item, item.value("city"))
            item.save(
                Interest(
                    proposal=proposal,
                    city=city,
                    user=members.get(city.pk),
                    message=item.texts("message")["message_en"],
                ),
                # the interest of cities without a demo account has no author
                exclude=("user",),
            )
        for slug in entry.value("supporters", []) or []:
            Support.objects.create(
                proposal=proposal,
                organisation=partners.get(entry, slug),
                kind=SupportKind.FACILITATION,
                welcomed_at=timezone.now(),  # the demo's partners facilitate the discussion
            )
        if status in PUBLIC_STATUSES:
            for side in [proposal.city, *partner_cities]:
                Confirmation.objects.create(proposal=proposal, city=side)
        path_taken = PATHS[status]
        Transition.objects.bulk_create(
            Transition(
                proposal=proposal,
                from_status=before,
                to_status=after,
                user=members.get(proposal.city_id),
            )
            for before, after in pairwise(path_taken)
        )
        ledger.add(key, proposal)
        created += 1
    return created
