"""A directory of many cities draws its map as a circle per area, counted by the database, so
the map's cost and weight do not grow with the number of cities; a small one keeps a point
and a link per city."""

from decimal import Decimal

import pytest

from cities import maps
from tests.factories import CityFactory


@pytest.fixture
def five_cities(db):
    for number, (latitude, longitude) in enumerate(
        [(14.7, -17.4), (14.8, -17.2), (45.4, 9.2), (52.4, 4.9), (-25.9, 32.6)]
    ):
        CityFactory(
            slug=f"city-{number}", name_en=f"City {number}",
            latitude=Decimal(str(latitude)), longitude=Decimal(str(longitude)),
        )  # fmt: skip


def test_above_the_limit_the_map_counts_cities_by_area(client, five_cities, monkeypatch):
    monkeypatch.setattr(maps, "GROUP_ABOVE", 3)

    html = client.get("/en/cities/").text

    assert html.count('<g class="area">') == 4  # the two cities near Dakar share one
    assert "2 cities in this area" in html
    assert html.count("1 city in this area") == 3
    assert "grouped by area" in html
    assert 'href="/en/cities/city-0/"' in html  # the list still links every city
    french = client.get("/fr/cities/").text
    assert "2 villes dans cette zone" in french
    assert "regroupées par zone" in french


def test_up_to_the_limit_each_city_is_a_point_and_a_link(client, five_cities):
    html = client.get("/en/cities/").text

    assert '<g class="area">' not in html
    map_html = html.split('<figure class="city-map">')[1].split("</figure>")[0]
    assert map_html.count("<a href=") == 5
