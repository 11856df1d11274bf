"""Time zones as people recognise them: a place and its offset from UTC in the reader's
language ("Lissabon (UTC+0)"), chosen from a list grouped by region. The IANA name
("Europe/Lisbon") is what is stored, and shown at most as a tooltip."""

import zoneinfo
from datetime import datetime
from functools import cache
from importlib import resources

from babel.dates import get_timezone_location
from django.utils import timezone
from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

UTC = "UTC"

# The regions of the IANA database, in the order the list shows them.
REGIONS = {
    "Africa": _("Africa"),
    "Europe": _("Europe"),
    "America": _("Americas"),
    "Asia": _("Asia"),
    "Atlantic": _("Atlantic Ocean"),
    "Indian": _("Indian Ocean"),
    "Australia": _("Australia"),
    "Pacific": _("Pacific Ocean"),
    "Antarctica": _("Antarctica"),
    "Arctic": pgettext_lazy("time zone region", "Arctic"),
}


@cache
def listed_zones() -> tuple[str, ...]:
    """One zone per place that has its own clock (the IANA zone.tab, ~400 zones), and UTC."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text()
    names = {
        line.split("\t")[2] for line in table.splitlines() if line and not line.startswith("#")
    }
    return (UTC, *sorted(name for name in names if name.split("/")[0] in REGIONS))


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_recognised_zone(name: str) -> bool:
    """An IANA zone of a place ("Africa/Dakar", also older spellings such as "Europe/Kiev")
    or UTC; not the legacy abbreviations and aliases ("GMT", "CET", "US/Eastern")."""
    return name == UTC or (name in _known_zones() and name.split("/")[0] in REGIONS)


def zone_offset(zone: zoneinfo.ZoneInfo, when: datetime | None = None) -> str:
    """The zone's offset from UTC at that moment (now by default): "UTC+1", "UTC+5:30",
    "UTC−3", "UTC+0"."""
    offset = (when or timezone.now()).astimezone(zone).utcoffset()
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _locale(language: str | None) -> str:
    return (language or get_language() or "en").split("-")[0]


@cache
def zone_place(name: str, language: str) -> str:
    """The place a zone is named after, in that language: "Lisbonne" for Europe/Lisbon."""
    if name == UTC:
        return UTC
    try:
        return get_timezone_location(name, locale=language, return_city=True)
    except (LookupError, ValueError):
        return name.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(zone, when: datetime | None = None, language: str | None = None) -> str:
    """ "Dakar (UTC+0)": the zone's place in the reader's language and its offset at that
    moment (now by default). `zone` is a ZoneInfo or an IANA name."""
    zone = zone if isinstance(zone, zoneinfo.ZoneInfo) else zoneinfo.ZoneInfo(str(zone))
    if zone.key == UTC:
        return UTC
    return f"{zone_place(zone.key, _locale(language))} ({zone_offset(zone, when)})"


def zone_time(zone, when: datetime | None = None) -> str:
    """The zone after a time, in the active language: "Dakar time (UTC+0)", "heure de
    Berlin (UTC+1)"."""
    zone = zone if isinstance(zone, zoneinfo.ZoneInfo) else zoneinfo.ZoneInfo(str(zone))
    if zone.key == UTC:
        return UTC
    return gettext("{place} time ({offset})").format(
        place=zone_place(zone.key, _locale(None)), offset=zone_offset(zone, when)
    )


@cache
def _zone_groups(language: str, day) -> tuple:
    groups = {region: [] for region in REGIONS}
    for name in listed_zones()[1:]:
        groups[name.split("/")[0]].append((name, zone_label(name, language=language)))
    return tuple(
        (region, tuple(sorted(options, key=lambda option: option[1])))
        for region, options in groups.items()
        if options
    )


def zone_choices(language: str | None = None) -> list:
    """Every listed zone as (group label, [(IANA name, "Place (UTC±h)"), ...]) by region,
    places sorted as the reader's language spells them, UTC first."""
    language = _locale(language)
    return [
        (UTC, UTC),
        *(
            (REGIONS[region], list(options))
            for region, options in _zone_groups(language, timezone.now().date())
        ),
    ]
