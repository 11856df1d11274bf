"""Matchmaking kept in the database (partnerships/suggestions.py) gives every city the
suggestions of the full matchmaking, and stays so through every kind of change, each one
refreshed by the task its signals enqueue on commit."""

import random

import pytest

from cities.models import City, CityNeed, CityPotential
from mayors_dialogue.caching import cache_version
from partnerships.matching import (
    HELPED,
    HELPS,
    cities_city_can_help,
    cities_offering_what_city_needs,
)
from partnerships.models import CitySuggestion
from partnerships.suggestions import (
    suggestions_kept,
    suggestions_rebuild,
    suggestions_refresh,
)
from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory


def as_rows(matches):
    return [(match.city.name_en, match.score, match.reasons, match.across) for match in matches]


def assert_as_the_full_matchmaking():
    for city in City.objects.public():
        kept = suggestions_kept(city)
        assert as_rows(kept[HELPS]) == as_rows(cities_offering_what_city_needs(city)), city
        assert as_rows(kept[HELPED]) == as_rows(cities_city_can_help(city)), city


def stored():
    return set(
        CitySuggestion.objects.values_list("city_id", "direction", "position", "other_id", "score")
    )


def test_the_rebuild_keeps_the_first_five_of_each_direction(directory):
    assert suggestions_rebuild() > 0

    assert_as_the_full_matchmaking()
    # cities that do not take part are neither given suggestions nor suggested
    invited = City.objects.exclude(pk__in=City.objects.public()).values_list("pk", flat=True)
    assert not CitySuggestion.objects.filter(city__in=invited).exists()
    assert not CitySuggestion.objects.filter(other__in=invited).exists()


def test_a_rebuild_that_finds_nothing_new_writes_nothing_and_retires_no_page(
    directory, django_capture_on_commit_callbacks
):
    suggestions_rebuild()
    version = cache_version("directory")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert suggestions_rebuild() == 0

    assert callbacks == []
    assert cache_version("directory") == version


def change(rng, cities, themes):
    """One random change of the kind people and admins make, and the city it concerns."""
    city = rng.choice(cities)
    kind = rng.choice(["need+", "need-", "offer+", "offer-", "rename", "continent", "leave"])
    if kind == "need+":
        CityNeed.objects.get_or_create(city=city, theme=rng.choice(themes))
    elif kind == "offer+":
        CityPotential.objects.get_or_create(city=city, theme=rng.choice(themes))
    elif kind in ("need-", "offer-"):
        rows = (city.needs if kind == "need-" else city.potentials).all()
        if rows:
            rng.choice(list(rows)).delete()
    elif kind == "rename":
        city.name_en = rng.choice(["Aachen", "accra", "Zwolle", "Ávila", "Bari"]) + city.slug[-3:]
        city.save()
    elif kind == "continent":
        city.continent = "europe" if city.continent == "africa" else "africa"
        city.save()
    else:
        city.status = "invited" if city.status != "invited" else "participant"
        city.save()
    return city


def test_each_change_refreshed_by_its_task_gives_what_a_rebuild_gives(
    directory, django_capture_on_commit_callbacks
):
    cities, themes = directory
    suggestions_rebuild()
    rng = random.Random(22)  # noqa: S311 -- repeatable test data

    for _ in range(60):
        with django_capture_on_commit_callbacks(execute=True):
            change(rng, cities, themes)
        refreshed = stored()
        suggestions_rebuild()
        assert refreshed == stored()

    assert_as_the_full_matchmaking()


def test_a_deleted_city_is_replaced_in_the_suggestions_that_listed_it(
    directory, django_capture_on_commit_callbacks
):
    suggestions_rebuild()
    listed = CitySuggestion.objects.values_list("other_id", flat=True).first()

    with django_capture_on_commit_callbacks(execute=True):
        City.objects.get(pk=listed).delete()

    refreshed = stored()
    suggestions_rebuild()
    assert refreshed == stored()
    assert_as_the_full_matchmaking()


def test_a_refresh_computes_again_only_the_cities_a_change_concerns(directory):
    suggestions_rebuild()
    newcomer = CityFactory(continent="africa")  # needs and offers nothing yet

    assert suggestions_refresh(changed=[newcomer.pk]) == 1


def test_a_profile_saved_with_several_needs_enqueues_one_refresh(
    db, django_capture_on_commit_callbacks, monkeypatch
):
    from partnerships import tasks

    calls = []
    monkeypatch.setattr(
        tasks.suggestions_refresh_task, "delay", lambda *args: calls.append(list(args))
    )
    city = CityFactory()

    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            CityNeedFactory(city=city)
            CityPotentialFactory(city=city)

    assert calls == [[[city.pk], []]]  # the cities, the proposals


@pytest.mark.parametrize("size", [2, 12])
def test_a_city_reads_its_kept_suggestions_in_four_queries(db, django_assert_num_queries, size):
    city = CityFactory(continent="africa")
    need = CityNeedFactory(city=city)
    offer = CityPotentialFactory(city=city)
    for number in range(size):
        other = CityFactory(continent="europe" if number % 2 else "africa")
        CityPotentialFactory(city=other, theme=need.theme)
        CityNeedFactory(city=other, theme=offer.theme)
    suggestions_rebuild()

    # its rows; those cities and the city, with their needs and potentials
    with django_assert_num_queries(4):
        found = suggestions_kept(city)

    assert len(found[HELPS]) == len(found[HELPED]) == min(size, 5)
