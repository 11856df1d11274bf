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
