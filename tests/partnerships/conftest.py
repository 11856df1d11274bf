"""A directory of cities with random needs and potentials, shared by the matchmaking tests."""

import random

import pytest

from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory, ThemeFactory

# names whose order differs between a case- and accent-blind collation and Python's, so the
# tie-break is tested too
NAMES = ["Ávila", "avila", "Zurich", "zagreb", "Accra", "accra-b", "Éze", "Bari", "bristol"]


@pytest.fixture
def directory(db):
    rng = random.Random(21)  # noqa: S311 -- repeatable test data
    themes = ThemeFactory.create_batch(6)
    cities = []
    for number in range(36):
        city = CityFactory(
            name_en=f"{NAMES[number % len(NAMES)]} {number // len(NAMES)}".strip(),
            continent=rng.choice(["africa", "europe"]),
        )
        for theme in rng.sample(themes, rng.randint(0, 3)):
            CityNeedFactory(city=city, theme=theme)
        for theme in rng.sample(themes, rng.randint(0, 3)):
            CityPotentialFactory(city=city, theme=theme)
        cities.append(city)
    CityFactory(status="invited").potentials.create(theme=themes[0])  # not in the directory
    return cities, themes
