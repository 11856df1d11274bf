from collections import defaultdict

from .models import City, PartnerOrganisation


def cities_by_continent() -> list[tuple[str, list[City]]]:
    """The directory grouped by continent, in one query, for the home and directory pages."""
    groups: dict[str, list[City]] = defaultdict(list)
    for city in City.objects.for_directory():
        groups[city.get_continent_display()].append(city)
    return list(groups.items())


def partner_organisations() -> list[PartnerOrganisation]:
    return list(PartnerOrganisation.objects.order_by("name"))


def dialogue_time_zones() -> list[str]:
    """The time zones of the dialogue's cities, offered first when people pick theirs."""
    return sorted(set(City.objects.values_list("timezone", flat=True)))
