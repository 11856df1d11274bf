"""Matchmaking kept in the database: for each public city, the first `KEPT` cities of each
direction (`matching.HELPS`, `matching.HELPED`), in `CitySuggestion`, so that a city page
reads them with one indexed query however many cities take part. The scores and the order
are those of `matching`; they are computed here from every city's themes, for the cities a
change concerns (`suggestions_refresh`, a task enqueued on commit by signals.py) or for all
(`suggestions_rebuild`, the `suggestions_rebuild` command and a nightly task)."""

import heapq
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass

from django.db import connection, transaction

from cities.models import City, CityNeed, CityPotential
from mayors_dialogue.caching import cache_invalidate

from .fitting import fitting_rebuild, fitting_refresh
from .matching import (
    CROSS_CONTINENT_BONUS,
    HELPED,
    HELPS,
    THEME_WEIGHT,
    Match,
    city_match,
    profiles_of,
)
from .models import CitySuggestion

KEPT = 5
DIRECTIONS = (HELPS, HELPED)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _City:
    pk: int
    name_en: str
    continent: str
    needs: frozenset
    offers: frozenset


def _everyone() -> dict[int, _City]:
    """The public cities with the ids of the themes they need and offer: three queries."""
    public = City.objects.public()
    needs, offers = defaultdict(set), defaultdict(set)
    for city_id, theme_id in CityNeed.objects.filter(city__in=public).values_list(
        "city_id", "theme_id"
    ):
        needs[city_id].add(theme_id)
    for city_id, theme_id in CityPotential.objects.filter(city__in=public).values_list(
        "city_id", "theme_id"
    ):
        offers[city_id].add(theme_id)
    return {
        pk: _City(pk, name_en, continent, frozenset(needs[pk]), frozenset(offers[pk]))
        for pk, name_en, continent in public.values_list("pk", "name_en", "continent")
    }


def _score(seeker: _City, other: _City, direction: str) -> int:
    """`matching.city_match(...).score` for one direction."""
    if direction == HELPS:
        shared = len(other.offers & seeker.needs)
    else:
        shared = len(seeker.offers & other.needs)
    if not shared:
        return 0
    bonus = CROSS_CONTINENT_BONUS if seeker.continent != other.continent else 0
    return THEME_WEIGHT * shared + bonus


def _order(score: int, other: _City) -> tuple:
    """The order of `matching._ranked`: the best score first, then by English name."""
    return (-score, other.name_en, other.pk)


def _first(seeker: _City, everyone: dict[int, _City], direction: str) -> list[tuple]:
    """The first `KEPT` matches of `seeker` in `direction`, as (order, other, score)."""
    scored = (
        (_order(score, other), other.pk, score)
        for other in everyone.values()
        if other.pk != seeker.pk and (score := _score(seeker, other, direction))
    )
    return heapq.nsmallest(KEPT, scored)


def _rows(seekers, everyone) -> list[CitySuggestion]:
    return [
        CitySuggestion(city_id=seeker.pk, direction=direction, position=position,
                       other_id=other_pk, score=score)
        for seeker in seekers
        for direction in DIRECTIONS
        for position, (_order_key, other_pk, score) in enumerate(_first(seeker, everyone, direction))
    ]  # fmt: skip


def _serialised() -> None:
    """One computation at a time (two workers refreshing for two changes would each write
    what they computed without the other's change): a lock held until commit."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('partnerships.suggestions'))")


def suggestions_rebuild() -> int:
    """Every public city's suggestions and every city's fitting proposals (fitting.py),
    computed again; returns how many rows are new. When nothing differs, nothing is written
    and no cached page is retired."""
    with transaction.atomic():
        _serialised()
        everyone = _everyone()
        rows = _rows(everyone.values(), everyone)
        fresh = {_as_tuple(row) for row in rows}
        kept = set(
            CitySuggestion.objects.values_list("city_id", "direction", "position", "other_id",
                                               "score")
        )  # fmt: skip
        fitting = fitting_rebuild()
        if fresh == kept and not fitting:
            return 0
        if fresh != kept:
            CitySuggestion.objects.all().delete()
            CitySuggestion.objects.bulk_create(rows, batch_size=2000)
        cache_invalidate("directory")
    return len(fresh - kept) + fitting


def _as_tuple(row: CitySuggestion) -> tuple:
    return (row.city_id, row.direction, row.position, row.other_id, row.score)


def suggestions_refresh(*, changed, proposals=()) -> int:
    """After the needs, potentials, name, continent or participation of the cities `changed`
    changed (or they were deleted): the suggestions of every city whose first `KEPT` may now
    differ, which are the changed cities, the cities that list one of them, and the cities
    for which one of them now ranks high enough to enter; and the fitting proposals of the
    cities these changes and those of the `proposals` concern (`fitting.fitting_refresh`).
    Returns how many cities' suggestions were computed again."""
    changed = set(changed)
    with transaction.atomic():
        _serialised()
        everyone = _everyone()
        kept = defaultdict(list)
        for city_id, direction, other_id, score in CitySuggestion.objects.order_by(
            "city_id", "direction", "position"
        ).values_list("city_id", "direction", "other_id", "score"):
            kept[city_id, direction].append((other_id, score))
        again = set(changed)
        for (city_id, _direction), rows in kept.items():
            if any(other_id in changed or other_id not in everyone for other_id, _ in rows):
                again.add(city_id)
        for pk in changed & everyone.keys():
            newcomer = everyone[pk]
            for seeker in everyone.values():
                if seeker.pk in again or seeker.pk == pk:
                    continue
                for direction in DIRECTIONS:
                    if _enters(seeker, newcomer, direction, kept[seeker.pk, direction], everyone):
                        again.add(seeker.pk)
                        break
        CitySuggestion.objects.filter(city_id__in=again).delete()
        CitySuggestion.objects.bulk_create(
            _rows([everyone[pk] for pk in again if pk in everyone], everyone), batch_size=2000
        )
        fitting_refresh(cities=changed, proposals=proposals)
        cache_invalidate("directory")
    return len(again)


def _enters(seeker: _City, newcomer: _City, direction: str, rows, everyone) -> bool:
    """Whether `newcomer` now ranks among the first `KEPT` of `seeker` (it is not listed)."""
    score = _score(seeker, newcomer, direction)
    if not score:
        return False
    if len(rows) < KEPT:
        return True
    last_pk, last_score = rows[-1]
    return _order(score, newcomer) < _order(last_score, everyone[last_pk])


def suggestions_kept(city: City) -> dict[str, list[Match]]:
    """The kept suggestions of `city` in each direction, with their reasons in the active
    language: four queries at any size. A match that no longer holds (the city changed and
    the refresh has not run yet) is left out."""
    rows = list(
        CitySuggestion.objects.filter(city=city)
        .order_by("direction", "position")
        .values_list("direction", "other_id")
    )
    profiles = profiles_of([city.pk, *(other_id for _direction, other_id in rows)])
    seeker = profiles[city.pk]
    found = {direction: [] for direction in DIRECTIONS}
    for direction, other_id in rows:
        if other_id in profiles:
            match = city_match(seeker, profiles[other_id], directions=(direction,))
            if match.score:
                found[direction].append(match)
    return found


def _enqueue(city_ids: list[int], proposal_ids: list[int]) -> None:
    from .tasks import suggestions_refresh_task

    try:
        suggestions_refresh_task.delay(city_ids, proposal_ids)
    except Exception:
        logger.exception(
            "Suggestions not refreshed for cities %s and proposals %s; the nightly rebuild will",
            city_ids, proposal_ids,
        )  # fmt: skip


class _Batch:
    """The cities and proposals changed in one transaction, enqueued as one refresh when it
    commits."""

    def __init__(self, transaction_block):
        self.transaction_block = transaction_block
        self.city_ids = set()
        self.proposal_ids = set()
        self.sent = False

    def send(self) -> None:
        if not self.sent:  # the first of the transaction's callbacks sends them all
            self.sent = True
            _enqueue(sorted(self.city_ids), sorted(self.proposal_ids))


_local = threading.local()


def suggestions_refresh_on_commit(city_ids=(), proposal_ids=()) -> None:
    """Enqueue a refresh for these cities and proposals once the transaction commits,
    nothing if it rolls back; one refresh for all that a transaction changed (a profile
    saved with ten needs is one refresh, not ten)."""
    connection_ = transaction.get_connection()
    if not connection_.in_atomic_block:
        _enqueue(sorted(set(city_ids)), sorted(set(proposal_ids)))
        return
    outermost = connection_.atomic_blocks[0]
    batch = getattr(_local, "batch", None)
    if batch is None or batch.sent or batch.transaction_block is not outermost:
        batch = _local.batch = _Batch(outermost)
    batch.city_ids.update(city_ids)
    batch.proposal_ids.update(proposal_ids)
    transaction.on_commit(batch.send, robust=True)
