"""The directory's map: an inline SVG of Africa and Europe, projected on the server from the
cities' coordinates over Natural Earth land outlines (cities/data/basemap.json). No tiles,
no scripts: it renders offline and without JavaScript."""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BASEMAP = Path(__file__).parent / "data" / "basemap.json"
WEST, EAST, SOUTH, NORTH = -22.0, 52.0, -36.0, 62.0
STANDARD_PARALLEL = 35.0
SCALE = 10.0  # SVG units per degree of latitude


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equirectangular projection with a standard parallel at 35°N, which keeps the shapes of
    Europe and Africa recognisable over the whole window."""
    x = (longitude - WEST) * math.cos(math.radians(STANDARD_PARALLEL)) * SCALE
    y = (NORTH - latitude) * SCALE
    return round(x, 1), round(y, 1)


def view_box() -> str:
    width, height = project(EAST, SOUTH)
    return f"0 0 {width} {height}"


@cache
def land_path() -> str:
    """The land outlines as one SVG path, computed once per process."""
    rings = json.loads(BASEMAP.read_text())["rings"]
    parts = []
    for ring in rings:
        points = [project(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z")
    return "".join(parts)


POINT_RADIUS = 6
# Above this many cities the map shows points without printed names (each keeps its title
# and link): labels would only cover each other.
LABEL_LIMIT = 60
FONT_SIZE = 20
CHARACTER_WIDTH = 0.58 * FONT_SIZE  # an estimate for the system sans-serif, bold


@dataclass(frozen=True)
class MapPoint:
    city: object
    x: float
    y: float
    label_x: float
    label_y: float
    label_anchor: str


def _label_box(x, y, width, anchor):
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    return (left, y - FONT_SIZE * 0.8, left + width, y + FONT_SIZE * 0.2)


def _overlaps(box, others) -> bool:
    return any(
        box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
        for other in others
    )


def city_points(cities) -> list[MapPoint]:
    """A point per city, each label placed greedily where it hits no other label or point:
    right, left, above or below (right if nothing is free). West to east, so crowded
    clusters such as Amsterdam, Antwerp and Bristol stay readable."""
    width, height = project(EAST, SOUTH)
    projected = [(city, *project(float(city.longitude), float(city.latitude))) for city in cities]
    if len(projected) > LABEL_LIMIT:
        return [
            MapPoint(city=city, x=x, y=y, label_x=0, label_y=0, label_anchor="")
            for city, x, y in projected
        ]
    taken = [
        (x - POINT_RADIUS, y - POINT_RADIUS, x + POINT_RADIUS, y + POINT_RADIUS)
        for _city, x, y in projected
    ]
    gap = POINT_RADIUS + 4
    points = []
    for city, x, y in sorted(projected, key=lambda item: (item[1], item[2])):
        label_width = len(city.name) * CHARACTER_WIDTH
        candidates = [
            (x + gap, y + FONT_SIZE * 0.35, "start"),
            (x - gap, y + FONT_SIZE * 0.35, "end"),
            (x, y - gap, "middle"),
            (x, y + gap + FONT_SIZE * 0.8, "middle"),
        ]
        chosen = candidates[0]
        for candidate in candidates:
            box = _label_box(candidate[0], candidate[1], label_width, candidate[2])
            inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height
            if inside and not _overlaps(box, taken):
                chosen = candidate
                break
        taken.append(_label_box(chosen[0], chosen[1], label_width, chosen[2]))
        points.append(
            MapPoint(
                city=city,
                x=x,
                y=y,
                label_x=round(chosen[0], 1),
                label_y=round(chosen[1], 1),
                label_anchor=chosen[2],
            )
        )
    return points


# Above this many cities the map groups them by area, one circle per AREA_DEGREES square
# sized by how many cities it stands for: its weight and cost then stay about the same
# however many cities join, and the list beside it links to each city.
GROUP_ABOVE = 300
AREA_DEGREES = 3


@dataclass(frozen=True)
class MapArea:
    x: float
    y: float
    radius: float
    count: int


def city_areas(cities) -> list[MapArea]:
    """The cities of a query counted by area, in the database: one row per area."""
    from django.db.models import Avg, Count, F
    from django.db.models.functions import Floor

    rows = (
        cities.order_by()
        .annotate(
            area_latitude=Floor(F("latitude") / AREA_DEGREES),
            area_longitude=Floor(F("longitude") / AREA_DEGREES),
        )
        .values("area_latitude", "area_longitude")
        .annotate(count=Count("pk"), mean_latitude=Avg("latitude"), mean_longitude=Avg("longitude"))
        .order_by("area_latitude", "area_longitude")
    )
    areas = []
    for row in rows:
        x, y = project(float(row["mean_longitude"]), float(row["mean_latitude"]))
        radius = round(
            min(POINT_RADIUS + 2 * math.sqrt(row["count"]), 2.5 * AREA_DEGREES * SCALE / 2), 1
        )
        areas.append(MapArea(x=x, y=y, radius=radius, count=row["count"]))
    return areas


def city_map_html(cities) -> str:
    """The map of these cities as HTML (an inline SVG): a point and a link per city, or, for
    a query of more than GROUP_ABOVE cities, a circle per area."""
    from django.db.models import QuerySet
    from django.template.loader import render_to_string

    context = {"view_box": view_box(), "land": land_path()}
    if isinstance(cities, QuerySet) and cities.count() > GROUP_ABOVE:
        context["areas"] = city_areas(cities)
    else:
        context["points"] = city_points(cities)
    return render_to_string("cities/includes/city_map.html", context)


def cached_city_map_html() -> str:
    """The map of the whole directory, rendered once per language until the directory
    changes."""
    from django.utils.translation import get_language

    from mayors_dialogue.caching import cached

    from .models import City

    return cached(
        "directory",
        ("map", get_language()),
        lambda: city_map_html(City.objects.on_map().order_by("name")),
    )
