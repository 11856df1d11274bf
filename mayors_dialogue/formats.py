from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format


def datetime_in_zone(value: datetime, zone: ZoneInfo | None) -> str:
    """A moment as a person should read it: in their time zone, in the active language's
    format, with the zone named, e.g. "25. November 2026 16:03 (Africa/Kampala, EAT)"."""
    zone = zone or ZoneInfo(settings.TIME_ZONE)
    local = value.astimezone(zone)
    return "{when} ({zone}, {abbreviation})".format(
        when=date_format(local, "DATETIME_FORMAT"), zone=zone.key, abbreviation=local.tzname()
    )


def datetime_range_in_zone(start: datetime, end: datetime, zone: ZoneInfo | None) -> str:
    """From when to when, as a person reads it in their zone, with the zone named: the day
    once when both fall on it, e.g. "14 January 2030, 13:00–15:00 (Africa/Dakar, GMT)"."""
    zone = zone or ZoneInfo(settings.TIME_ZONE)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if local_start.date() == local_end.date():
        when = "{start}–{end}".format(
            start=date_format(local_start, "DATETIME_FORMAT"),
            end=date_format(local_end, "TIME_FORMAT"),
        )
    else:
        when = "{start} – {end}".format(
            start=date_format(local_start, "DATETIME_FORMAT"),
            end=date_format(local_end, "DATETIME_FORMAT"),
        )
    return f"{when} ({zone.key}, {local_start.tzname()})"
