import unicodedata
from collections import defaultdict

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
