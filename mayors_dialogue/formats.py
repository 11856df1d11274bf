from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext

from .zones import zone_time


def datetime_in_zone(value: datetime, zone: ZoneInfo | None) -> str:
    """A moment as a person should read it: in their time zone, in the active language's
    format, with the zone named as a place and offset, e.g. "25 November 2026, 16:03,
    Kampala time (UTC+3)"."""
    zone = zone or ZoneInfo(settings.TIME_ZONE)
    local = value.astimezone(zone)
    return "{when}, {zone}".format(
        when=date_format(local, "DATETIME_FORMAT"), zone=zone_time(zone, value)
    )


def datetime_range_in_zone(start: datetime, end: datetime, zone: ZoneInfo | None) -> str:
    """From when to when, as a person reads it in their zone, with the zone named: the day
    once when both fall on it, e.g. "14 January 2030, 13:00–15:00, Dakar time (UTC+0)"."""
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
    return f"{when}, {zone_time(zone, start)}"


def words_list(items) -> str:
    """Items as a sentence lists them in the active language: "A", "A and B", "A, B and C"."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return gettext("{items} and {last}").format(
        items=gettext(", ").join(items[:-1]), last=items[-1]
    )


def quoted(text) -> str:
    """A name quoted as the active language quotes it inside a sentence."""
    return gettext("“{text}”").format(text=text)
