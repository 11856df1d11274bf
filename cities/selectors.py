import unicodedata
from collections import defaultdict
from zoneinfo import ZoneInfo

from .models import City, PartnerOrganisation


def display_sort_key(text: str) -> str:
    """Sort names as people read them in any of the four languages: ignoring case and accents,
    so Zürich sorts with Zurich and Ávila with Avila."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def cities_by_continent() -> list[tuple[str, list[City]]]:
    """The directory grouped by continent, in one query, for the home and directory pages.
    Sorted in Python by the name shown in the current language (or its English fallback)."""
    groups: dict[str, list[City]] = defaultdict(list)
    cities = sorted(City.objects.all(), key=lambda city: display_sort_key(city.name))
    for city in sorted(cities, key=lambda city: city.continent):
        groups[city.get_continent_display()].append(city)
    return list(groups.items())


def partner_organisations() -> list[PartnerOrganisation]:
    return sorted(PartnerOrganisation.objects.all(), key=lambda p: display_sort_key(p.name))


def dialogue_time_zones() -> list[str]:
    """The time zones of the dialogue's cities, offered first when people pick theirs."""
    return sorted(set(City.objects.values_list("timezone", flat=True)))


def user_zone(user) -> ZoneInfo | None:
    """The zone a person reads times in: their own setting, else the zone of the first city
    they work for, else None (the caller decides: UTC, or a meeting's own zone)."""
    if not user.is_authenticated:
        return None
    if user.timezone:
        return ZoneInfo(user.timezone)
    zone = (
        City.objects.filter(memberships__user=user)
        .order_by("memberships__pk")
        .values_list("timezone", flat=True)
        .first()
    )
    return ZoneInfo(zone) if zone else None
