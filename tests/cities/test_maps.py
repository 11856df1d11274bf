import json
import math
import re
from io import StringIO

import pytest
from django.core.management import call_command

from cities import maps


def inside(point, ring) -> bool:
    """Ray casting on longitude/latitude."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def rings():
    return json.loads(maps.BASEMAP.read_text())["rings"]


def on_land(lon, lat) -> bool:
    return sum(inside((lon, lat), ring) for ring in rings()) % 2 == 1


def distance_to_coast(lon, lat) -> float:
    return min(math.dist((lon, lat), point) for ring in rings() for point in ring)


@pytest.mark.parametrize(
    ("name", "lon", "lat"),
    [
        ("Agadez", 7.99111, 16.97333),
        ("Kampala", 32.58252, 0.3476),
        ("Mannheim", 8.46604, 49.4875),
        ("Zurich", 8.54169, 47.37689),
        ("Milan", 9.18998, 45.4642),
        ("Bristol", -2.58791, 51.45451),
    ],
)
def test_inland_cities_sit_on_land(name, lon, lat):
    assert on_land(lon, lat), name


def test_agadez_is_deep_inland_and_kampala_far_from_any_sea():
    assert distance_to_coast(7.99111, 16.97333) > 8
    assert distance_to_coast(32.58252, 0.3476) > 8


def test_projection_keeps_the_geography():
    dakar = maps.project(-17.46768, 14.71667)
    agadez = maps.project(7.99111, 16.97333)
    kampala = maps.project(32.58252, 0.3476)
    durban = maps.project(31.02184, -29.85868)
    milan = maps.project(9.18998, 45.4642)
    tunis = maps.project(10.18153, 36.80649)

    assert dakar[0] < agadez[0] < kampala[0]
    assert milan[1] < tunis[1] < agadez[1] < kampala[1] < durban[1]
    width, height = (float(n) for n in maps.view_box().split()[2:])
    for x, y in [dakar, agadez, kampala, durban, milan, tunis]:
        assert 0 < x < width
        assert 0 < y < height


@pytest.fixture
def seeded(db):
    call_command("seed_demo", "--force", stdout=StringIO())


def test_directory_map_links_all_18_cities_inline_and_offline(client, seeded):
    html = client.get("/de/cities/").text

    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    links = re.findall(r'<a href="(/de/cities/[a-z]+/)">\s*<title>([^<]+)</title>', svg)
    assert len(links) == 18
    assert ("/de/cities/milan/", "Mailand") in links
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert '<path class="land" d="M' in svg
