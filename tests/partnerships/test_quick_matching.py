"""City-to-city matchmaking ranked by the database agrees, match for match and reason for
reason, with the matchmaking computed over every city's profile in Python."""

import random

import pytest

from partnerships.matching import (
    HELPED,
    HELPS,
    cities_city_can_help,
    cities_offering_what_city_needs,
    cities_that_could_help,
    cities_that_could_help_quickly,
    suggestions_quickly,
)
from partnerships.models import Proposal
from tests.factories import CityFactory


def as_rows(matches):
    return [(match.city.name_en, match.score, match.reasons, match.across) for match in matches]


@pytest.mark.parametrize("limit", [1, 3, 5])
def test_each_direction_ranks_as_the_full_matchmaking(directory, limit):
    cities, _themes = directory
    for city in cities:
        quick = suggestions_quickly(city, limit=limit)

        assert as_rows(quick[HELPS]) == as_rows(cities_offering_what_city_needs(city, limit=limit))
        assert as_rows(quick[HELPED]) == as_rows(cities_city_can_help(city, limit=limit))


def test_a_proposals_helpers_rank_as_the_full_matchmaking(directory):
    cities, themes = directory
    for number, city in enumerate(cities[:8]):
        proposal = Proposal.objects.create(
            city=city, title_en=f"P{number}", summary_en="x", kind="peer_learning", status="open"
        )
        proposal.themes.set(themes[number % 3 : number % 3 + 2])
        assert as_rows(cities_that_could_help_quickly(proposal)) == as_rows(
            cities_that_could_help(proposal)
        )


@pytest.mark.parametrize("matches", [True, False])
def test_the_quick_ranking_reads_six_queries_with_or_without_matches(
    directory, django_assert_num_queries, matches
):
    cities, _themes = directory
    city = cities[0] if matches else CityFactory()  # a new city needs and offers nothing

    # the city's needs and potentials; the cities tied at the top of either direction; those
    # cities, their needs and potentials
    with django_assert_num_queries(6):
        found = suggestions_quickly(city)

    assert bool(found[HELPS] or found[HELPED]) is matches


def test_proposals_sorted_by_relevance_in_the_database_as_in_python(directory):
    from partnerships.matching import by_relevance, by_relevance_quickly, relevance_explain

    cities, themes = directory
    rng = random.Random(22)  # noqa: S311 -- repeatable test data
    for number in range(40):
        proposal = Proposal.objects.create(
            city=rng.choice(cities), title_en=f"P{number}", summary_en="x",
            kind="peer_learning", status=rng.choice(["open", "open", "discussion"]),
        )  # fmt: skip
        proposal.themes.set(rng.sample(themes, rng.randint(0, 3)))
    proposals = Proposal.objects.select_related("city").prefetch_related("themes")
    for viewer in cities[:10]:
        full = by_relevance(proposals.order_by("-created_at", "-pk"), viewer)
        quick = list(by_relevance_quickly(proposals, viewer))
        relevance_explain(quick, viewer)

        assert [(p.title_en, p.score, p.reasons, p.across) for p in quick] == [
            (p.title_en, p.score, p.reasons, p.across) for p in full
        ]
