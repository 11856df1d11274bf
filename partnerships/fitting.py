"""The open proposals that fit each city, kept in the database: for every city, the first
`KEPT` open proposals of `matching.proposals_fitting_city` (the same scores, the latest
first among equals) in `FittingProposal`, so that a city page and its people's home read
them with one indexed query however many proposals there are. Computed from theme ids,
looking only at the proposals that share a theme with the city, for the cities a change
concerns (`fitting_refresh`, with the suggestions' task) or for all (`fitting_rebuild`)."""

import heapq
from collections import defaultdict
from dataclasses import dataclass

from cities.models import City, CityNeed, CityPotential

from .enums import ProposalStatus
from .matching import CROSS_CONTINENT_BONUS, THEME_WEIGHT, profiles, proposal_score
from .models import FittingProposal, Proposal

KEPT = 5


@dataclass(frozen=True)
class _City:
    pk: int
    continent: str
    needs: frozenset
    offers: frozenset


@dataclass(frozen=True)
class _Proposal:
    pk: int
    city_id: int
    themes: frozenset


class _Dialogue:
    """Every city's and every open proposal's theme ids (five narrow reads), indexed by
    theme, so that a city's candidates are only the proposals it shares a theme with."""

    def __init__(self):
        needs, offers = defaultdict(set), defaultdict(set)
        for city_id, theme_id in CityNeed.objects.values_list("city_id", "theme_id"):
            needs[city_id].add(theme_id)
        for city_id, theme_id in CityPotential.objects.values_list("city_id", "theme_id"):
            offers[city_id].add(theme_id)
        self.cities = {
            pk: _City(pk, continent, frozenset(needs[pk]), frozenset(offers[pk]))
            for pk, continent in City.objects.values_list("pk", "continent")
        }
        open_proposals = Proposal.objects.filter(status=ProposalStatus.OPEN)
        themes = defaultdict(set)
        for proposal_id, theme_id in Proposal.themes.through.objects.filter(
            proposal__in=open_proposals
        ).values_list("proposal_id", "theme_id"):
            themes[proposal_id].add(theme_id)
        self.proposals = {
            pk: _Proposal(pk, city_id, frozenset(themes[pk]))
            for pk, city_id in open_proposals.values_list("pk", "city_id")
        }
        self.with_theme = defaultdict(list)  # theme: open proposals on it
        self.of_city = defaultdict(list)  # city: its open proposals
        for proposal in self.proposals.values():
            self.of_city[proposal.city_id].append(proposal.pk)
            for theme in proposal.themes:
                self.with_theme[theme].append(proposal.pk)
        self.offering = defaultdict(list)  # theme: the cities that offer it
        for city in self.cities.values():
            for theme in city.offers:
                self.offering[theme].append(city.pk)

    def score(self, seeker: _City, proposal: _Proposal) -> int:
        """`matching.proposal_score(...)[0]`."""
        if proposal.city_id == seeker.pk:
            return 0
        proposer = self.cities[proposal.city_id]
        shared = len(proposal.themes & seeker.offers) + len(proposer.offers & seeker.needs)
        if not shared:
            return 0
        bonus = CROSS_CONTINENT_BONUS if proposer.continent != seeker.continent else 0
        return THEME_WEIGHT * shared + bonus

    def first(self, seeker: _City) -> list[tuple]:
        """The first `KEPT` proposals for `seeker`, as (order, proposal, score)."""
        candidates = set()
        for theme in seeker.offers:
            candidates.update(self.with_theme[theme])
        for theme in seeker.needs:
            for city_id in self.offering[theme]:
                candidates.update(self.of_city[city_id])
        scored = (
            ((-score, -pk), pk, score)
            for pk in candidates
            if (score := self.score(seeker, self.proposals[pk]))
        )
        return heapq.nsmallest(KEPT, scored)

    def rows(self, city_ids) -> list[FittingProposal]:
        return [
            FittingProposal(city_id=pk, position=position, proposal_id=proposal_id, score=score)
            for pk in city_ids
            if pk in self.cities
            for position, (_order, proposal_id, score) in enumerate(self.first(self.cities[pk]))
        ]


def _stored() -> set[tuple]:
    return set(FittingProposal.objects.values_list("city_id", "position", "proposal_id", "score"))


def fitting_rebuild() -> int:
    """Every city's fitting proposals, computed again; returns how many rows are new. Call
    it inside the suggestions' lock (suggestions.py)."""
    dialogue = _Dialogue()
    rows = dialogue.rows(dialogue.cities)
    fresh = {(row.city_id, row.position, row.proposal_id, row.score) for row in rows}
    kept = _stored()
    if fresh == kept:
        return 0
    FittingProposal.objects.all().delete()
    FittingProposal.objects.bulk_create(rows, batch_size=2000)
    return len(fresh - kept)


def fitting_refresh(*, cities=(), proposals=()) -> int:
    """After the cities `cities` (their needs, potentials, continent) or the proposals
    `proposals` (their status, themes; created or deleted) changed: the fitting proposals
    of every city whose first `KEPT` may now differ, which are the changed cities, the
    cities that list a changed proposal or one of a changed city, and the cities for which
    one of those now ranks high enough to enter. Returns how many cities were computed
    again. Call it inside the suggestions' lock (suggestions.py)."""
    dialogue = _Dialogue()
    changed = set(proposals)
    for city_id in cities:
        changed.update(dialogue.of_city[city_id])
    kept = defaultdict(list)
    for city_id, proposal_id, score in FittingProposal.objects.order_by(
        "city_id", "position"
    ).values_list("city_id", "proposal_id", "score"):
        kept[city_id].append((proposal_id, score))
    again = set(cities)
    for city_id, rows in kept.items():
        if any(pk in changed or pk not in dialogue.proposals for pk, _score in rows):
            again.add(city_id)
    for pk in changed & dialogue.proposals.keys():
        proposal = dialogue.proposals[pk]
        for seeker in dialogue.cities.values():
            if seeker.pk in again:
                continue
            score = dialogue.score(seeker, proposal)
            rows = kept[seeker.pk]
            if score and (len(rows) < KEPT or (-score, -pk) < (-rows[-1][1], -rows[-1][0])):
                again.add(seeker.pk)
    FittingProposal.objects.filter(city_id__in=again).delete()
    FittingProposal.objects.bulk_create(dialogue.rows(again), batch_size=2000)
    return len(again)


def fitting_kept(city: City, *, limit: int = KEPT) -> list[tuple]:
    """`matching.proposals_fitting_city` over the open proposals, as kept: (proposal, score,
    reasons), the reasons in the active language; five queries at any size. A proposal that
    no longer fits or is no longer open (the refresh has not run yet) is left out."""
    ids = list(
        FittingProposal.objects.filter(city=city, position__lt=limit)
        .order_by("position")
        .values_list("proposal_id", flat=True)
    )
    found = {
        proposal.pk: proposal
        for proposal in Proposal.objects.filter(pk__in=ids or [0], status=ProposalStatus.OPEN)
        .select_related("city")
        .prefetch_related("themes")
    }
    proposals = [found[pk] for pk in ids if pk in found]
    everyone = profiles({city, *(proposal.city for proposal in proposals)})
    result = []
    for proposal in proposals:
        score, reasons = proposal_score(proposal, everyone[city.pk], everyone[proposal.city_id])
        if score:
            result.append((proposal, score, reasons))
    return result
