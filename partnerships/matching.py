"""Matchmaking between cities: who needs what another offers, in both directions, with the
reasons in words. Deterministic, and built from two queries for the whole directory."""

import functools
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cities.models import City, CityNeed, CityPotential
from mayors_dialogue.caching import cache_version, cached
from mayors_dialogue.formats import quoted, words_list

# Each theme matched in either direction counts this much; an Africa-Europe pair adds the
# bonus, since such pairs are the point of the dialogue.
THEME_WEIGHT = 2
CROSS_CONTINENT_BONUS = 1


@dataclass
class Profile:
    city: City
    needs: set = field(default_factory=set)
    offers: set = field(default_factory=set)


@dataclass
class Match:
    city: City
    score: int
    reasons: list[str]
    # an African–European pair, as the dialogue intends: shown once, as a marker
    across: bool = False


def profiles(cities=None) -> dict[int, Profile]:
    """Needs and potentials (as themes) of the public cities, in three queries."""
    cities = list(cities if cities is not None else City.objects.public())
    return _with_themes({city.pk: Profile(city=city) for city in cities}, list(cities))


def profiles_of(ids) -> dict[int, Profile]:
    """`profiles` of the cities with these ids, in three queries even when there are none
    (no city has id 0), so that a page's count of queries does not depend on its data."""
    ids = list(ids) or [0]
    cities = City.objects.filter(pk__in=ids)
    return _with_themes({city.pk: Profile(city=city) for city in cities}, ids)


def _with_themes(result: dict[int, Profile], cities) -> dict[int, Profile]:
    for need in CityNeed.objects.filter(city__in=cities).select_related("theme"):
        result[need.city_id].needs.add(need.theme)
    for potential in CityPotential.objects.filter(city__in=cities).select_related("theme"):
        result[potential.city_id].offers.add(potential.theme)
    return result


def _names(themes) -> str:
    """The themes, each quoted (a theme's name may hold commas), as a list in words."""
    return words_list(quoted(name) for name in sorted(theme.name for theme in themes))


def _cross_continent(a: City, b: City) -> bool:
    return a.continent != b.continent


HELPS = "helps"  # what the other city offers that the seeker needs
HELPED = "helped"  # what the seeker offers that the other city needs


def city_match(seeker: Profile, other: Profile, *, directions=(HELPS, HELPED)) -> Match:
    """How well `other` fits `seeker`, in the directions asked for: what other offers that
    seeker needs (HELPS), what seeker offers that other needs (HELPED); an Africa–Europe
    pair counts a little more, and is marked rather than given as a reason."""
    helps = other.offers & seeker.needs if HELPS in directions else set()
    helped = seeker.offers & other.needs if HELPED in directions else set()
    reasons = []
    if helps:
        reasons.append(
            _("{other} offers expertise in {themes}, which {seeker} needs.").format(
                other=other.city.name, themes=_names(helps), seeker=seeker.city.name
            )
        )
    if helped:
        reasons.append(
            _("{seeker} offers expertise in {themes}, which {other} needs.").format(
                seeker=seeker.city.name, themes=_names(helped), other=other.city.name
            )
        )
    score = THEME_WEIGHT * (len(helps) + len(helped))
    across = bool(score) and _cross_continent(seeker.city, other.city)
    if across:
        score += CROSS_CONTINENT_BONUS
    return Match(city=other.city, score=score, reasons=reasons, across=across)


def _ranked(matches, limit) -> list[Match]:
    matches = [match for match in matches if match.score > 0]
    matches.sort(key=lambda match: (-match.score, match.city.name_en, match.city.pk))
    return matches[:limit]


def cities_offering_what_city_needs(city: City, *, limit: int = 5, everyone=None) -> list[Match]:
    """For a city page: the cities whose potentials meet its needs, and only that.
    Pass `everyone` (from `profiles()`) to share it between several suggestions."""
    return _one_direction(city, HELPS, limit=limit, everyone=everyone)


def cities_city_can_help(city: City, *, limit: int = 5, everyone=None) -> list[Match]:
    """For a city page: the cities that need what it offers, and only that."""
    return _one_direction(city, HELPED, limit=limit, everyone=everyone)


def _one_direction(city: City, direction: str, *, limit: int, everyone) -> list[Match]:
    everyone = everyone if everyone is not None else profiles()
    seeker = everyone.get(city.pk) or profiles([city])[city.pk]
    return _ranked(
        (
            city_match(seeker, other, directions=(direction,))
            for pk, other in everyone.items()
            if pk != city.pk
        ),
        limit,
    )


def _matched(seeker: Profile, *, directions, exclude_pk: int):
    """The public cities that match `seeker` in `directions`, each with its score as
    `match_rank`, counted by the database."""
    from django.db.models import Case, Count, F, Q, Value, When

    def shared(relation: str, themes) -> Count | Value:
        # no themes to share counts nothing (an empty `__in` would empty the whole query)
        if not themes:
            return Value(0)
        ids = [theme.pk for theme in themes]
        return Count(
            f"{relation}__theme", distinct=True, filter=Q(**{f"{relation}__theme__in": ids})
        )

    return (
        City.objects.public()
        .exclude(pk=exclude_pk)
        .annotate(
            match_helps=shared("potentials", seeker.needs) if HELPS in directions else Value(0),
            match_helped=shared("needs", seeker.offers) if HELPED in directions else Value(0),
        )
        .annotate(match_themes=F("match_helps") + F("match_helped"))
        .filter(match_themes__gt=0)
        .annotate(
            match_rank=THEME_WEIGHT * F("match_themes")
            + Case(
                When(~Q(continent=seeker.city.continent), then=Value(CROSS_CONTINENT_BONUS)),
                default=Value(0),
            )
        )
        .order_by()
    )


def _tied_at_the_top(seeker: Profile, *, directions, exclude_pk: int, limit: int):
    """The public cities that would be among the first `limit` of `_ranked` for `seeker`, as
    a query: their scores counted by the database, with every city tied with the last one
    (so that the tie-break stays Python's, by English name, not the database's collation)."""
    from django.db.models import Subquery, Value
    from django.db.models.functions import Coalesce

    matched = _matched(seeker, directions=directions, exclude_pk=exclude_pk)
    # the score of the `limit`-th city; with fewer matches, any score
    last = matched.order_by("-match_rank").values("match_rank")[limit - 1 : limit]
    return matched.filter(match_rank__gte=Coalesce(Subquery(last), Value(1))).values("pk")


def _ranked_among(seeker: Profile, candidates, *, directions, limit: int) -> list[Match]:
    """`_ranked` among `candidates` (the ids of every city tied at the top, see
    `_tied_at_the_top`): the same matches as among every city."""
    others = profiles_of(candidates)
    return _ranked(
        (city_match(seeker, other, directions=directions) for other in others.values()), limit
    )


def suggestions_quickly(city: City, *, limit: int = 5) -> dict[str, list[Match]]:
    """`cities_offering_what_city_needs` (`helps`) and `cities_city_can_help` (`helped`):
    the same matches, ranked by the database instead of over every city's profile in
    Python; six queries at any size."""
    seeker = profiles([city])[city.pk]
    tied = [
        _tied_at_the_top(seeker, directions=(direction,), exclude_pk=city.pk, limit=limit)
        for direction in (HELPS, HELPED)
    ]
    # each direction among the cities tied at the top of either: a superset of its own
    others = profiles_of(
        City.objects.filter(Q(pk__in=tied[0]) | Q(pk__in=tied[1])).values_list("pk", flat=True)
    )
    return {
        direction: _ranked(
            (city_match(seeker, other, directions=(direction,)) for other in others.values()),
            limit,
        )
        for direction in (HELPS, HELPED)
    }


def cities_that_could_help_quickly(proposal, *, limit: int = 5) -> list[Match]:
    """`cities_that_could_help`, ranked by the database, which also breaks ties as `_ranked`
    does (by English name, compared as code points, then id), so that only the first
    `limit` cities are read, with their profiles for the reasons: seven queries at any
    size."""
    from django.db import connection
    from django.db.models.functions import Collate

    proposing = profiles([proposal.city])[proposal.city_id]
    seeker = Profile(city=proposal.city, needs=set(proposal.themes.all()), offers=proposing.offers)
    directions = (HELPS, HELPED)
    # the byte order of UTF-8, which is the order of code points, as Python compares
    code_points = "C" if connection.vendor == "postgresql" else "BINARY"
    first = (
        _matched(seeker, directions=directions, exclude_pk=proposal.city_id)
        .order_by("-match_rank", Collate("name_en", code_points), "pk")
        .values_list("pk", flat=True)[:limit]
    )
    return _ranked_among(seeker, list(first), directions=directions, limit=limit)


def cities_that_could_help(proposal, *, limit: int = 5) -> list[Match]:
    """For a proposal: cities whose potentials cover its themes; what the proposing city
    offers in return counts too."""
    everyone = profiles()
    proposing = everyone.get(proposal.city_id) or profiles([proposal.city])[proposal.city_id]
    seeker = Profile(city=proposal.city, needs=set(proposal.themes.all()), offers=proposing.offers)
    return _ranked(
        (city_match(seeker, other) for pk, other in everyone.items() if pk != proposal.city_id),
        limit,
    )


def proposal_score(proposal, viewer: Profile, proposer: Profile | None) -> tuple[int, list[str]]:
    """How relevant a proposal is to the viewer's city: its themes that the viewer offers, what
    the proposing city offers that the viewer needs, and the Africa–Europe bonus."""
    if proposal.city_id == viewer.city.pk:
        return 0, []
    themes = set(proposal.themes.all())
    fits = themes & viewer.offers
    gains = (proposer.offers if proposer else set()) & viewer.needs
    reasons = []
    if fits:
        reasons.append(
            _("{city} seeks partners in {themes}, where {viewer} has expertise.").format(
                city=proposal.city.name, themes=_names(fits), viewer=viewer.city.name
            )
        )
    if gains:
        reasons.append(
            _("{city} offers expertise in {themes}, which {viewer} needs.").format(
                city=proposal.city.name, themes=_names(gains), viewer=viewer.city.name
            )
        )
    score = THEME_WEIGHT * (len(fits) + len(gains))
    if score and _cross_continent(proposal.city, viewer.city):
        score += CROSS_CONTINENT_BONUS  # marked on the card, not given as a reason
    return score, reasons


def proposals_fitting_city(city: City, proposals, *, limit: int = 5, everyone=None) -> list[tuple]:
    """For a city page: open proposals that fit its potentials, best first, with reasons.
    `proposals` must have `themes` and `city` loaded."""
    everyone = everyone if everyone is not None else profiles()
    viewer = everyone.get(city.pk) or profiles([city])[city.pk]
    scored = []
    for proposal in proposals:
        score, reasons = proposal_score(proposal, viewer, everyone.get(proposal.city_id))
        if score:
            scored.append((proposal, score, reasons))
    scored.sort(key=lambda item: (-item[1], -item[0].pk))
    return scored[:limit]


def _scored(proposals, city: City):
    """(score, id) of each of `proposals` in their order: `proposal_score` for `city` from
    three narrow reads (the proposals' ids and cities; which of them have the themes the
    city offers; which cities offer what it needs) and the city's needs and potentials,
    rather than a join of every proposal with its themes and its city's potentials."""
    from collections import Counter

    from .models import Proposal

    viewer = profiles([city])[city.pk]
    offers = [theme.pk for theme in viewer.offers]
    needs = [theme.pk for theme in viewer.needs]
    fits = Counter(
        Proposal.themes.through.objects.filter(theme__in=offers).values_list(
            "proposal_id", flat=True
        )
    )
    gains = Counter(CityPotential.objects.filter(theme__in=needs).values_list("city_id", flat=True))
    for pk, city_id, continent in proposals.values_list("pk", "city_id", "city__continent"):
        shared = 0 if city_id == city.pk else fits[pk] + gains[city_id]
        score = THEME_WEIGHT * shared
        if shared and continent != city.continent:
            score += CROSS_CONTINENT_BONUS
        yield score, pk


def by_relevance(proposals, city: City) -> list:
    """The proposals, best fit for `city` first, each with `score` and `reasons` set."""
    everyone = profiles()
    viewer = everyone.get(city.pk) or profiles([city])[city.pk]
    ranked = []
    for proposal in proposals:
        proposal.score, proposal.reasons = proposal_score(
            proposal, viewer, everyone.get(proposal.city_id)
        )
        proposal.across = bool(proposal.reasons) and _cross_continent(proposal.city, city)
        ranked.append(proposal)
    ranked.sort(key=lambda proposal: -proposal.score)
    return ranked


class RankedByRelevance:
    """`by_relevance` for a paginator: the ids of `proposals` (a filtered query) in the order
    of `proposal_score`, best first, the newest first among equals, computed from three
    narrow reads (the proposals' ids, cities and dates; which of them have the themes the
    city offers; which cities offer what it needs); then each page's rows read by id.
    Joining every proposal with its themes and its city's potentials cost the database
    several times more."""

    def __init__(self, proposals, city: City):
        self.proposals = proposals
        self.city = city

    @functools.cached_property
    def ids(self) -> list[int]:
        newest_first = self.proposals.order_by("-created_at", "-pk")
        ranked = list(_scored(newest_first, self.city))
        ranked.sort(key=lambda row: -row[0])  # stable: the newest first among equals
        return [pk for _score, pk in ranked]

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        ids = self.ids[window]
        rows = {proposal.pk: proposal for proposal in self.proposals.filter(pk__in=ids)}
        return [rows[pk] for pk in ids if pk in rows]

    def __iter__(self):
        return iter(self[:])


def by_relevance_quickly(proposals, city: City) -> RankedByRelevance:
    """`by_relevance` without a profile of every city: see `RankedByRelevance`. Its rows are
    explained by `relevance_explain`, a page at a time."""
    return RankedByRelevance(proposals, city)


def relevance_explain(proposals, city: City) -> None:
    """Set `score`, `reasons` and `across` on these few proposals (a page of
    `by_relevance_quickly`), as `by_relevance` does: the viewer's and the proposers'
    profiles only."""
    proposals = list(proposals)
    everyone = profiles({city, *(proposal.city for proposal in proposals)})
    viewer = everyone[city.pk]
    for proposal in proposals:
        proposal.score, proposal.reasons = proposal_score(
            proposal, viewer, everyone.get(proposal.city_id)
        )
        proposal.across = bool(proposal.reasons) and _cross_continent(proposal.city, city)


def cached_suggestions(city: City) -> dict[str, list[Match]]:
    """Both directions of matchmaking for a city's page (`helps`: cities that can help with
    what it needs; `helped`: cities it can help), as kept in the database, with their
    reasons; cached until the directory changes."""
    from .suggestions import suggestions_kept

    def compute():
        return suggestions_kept(city)

    return cached("directory", ("suggestions-both", city.pk, get_language()), compute)


def cached_fitting_proposals(city: City) -> list[tuple]:
    """`proposals_fitting_city` over the open proposals (which every signed-in participant
    sees), as kept in the database (fitting.py), cached until the directory or the proposals
    change."""
    from .fitting import fitting_kept

    def compute():
        return fitting_kept(city, limit=5)

    return cached(
        "directory",
        ("fitting-proposals", city.pk, get_language(), cache_version("proposals")),
        compute,
    )
