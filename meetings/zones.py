"""Wall-clock times across the dialogue's time zones: converting what organisers type, local
times in each invited city, and slots that fall within everyone's working hours."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WORKDAY_START = time(8)
WORKDAY_END = time(19)
SLOT_STEP = timedelta(minutes=30)


class WallClockError(ValueError):
    """A wall-clock time that does not exist (`nonexistent`, in a DST gap) or exists twice
    (`ambiguous`, in a DST overlap) in a zone."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time in a zone; refuses times the clock skips or
    repeats when it changes, rather than guessing."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        raise WallClockError("nonexistent" if round_trip != naive else "ambiguous")
    return first.astimezone(UTC)


def wall_clock(moment: datetime, zone: ZoneInfo) -> tuple[date, time]:
    """The date and time a moment shows on a clock in the zone: what edit forms display."""
    local = moment.astimezone(zone)
    return local.date(), local.time().replace(tzinfo=None)


def within_working_hours(start: datetime, end: datetime, zone: ZoneInfo) -> bool:
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    return (
        local_start.date() == local_end.date()
        and local_start.time() >= WORKDAY_START
        and local_end.time() <= WORKDAY_END
    )


@dataclass(frozen=True)
class LocalTime:
    city: object
    start: datetime
    end: datetime
    within_hours: bool

    @property
    def zone_abbreviation(self) -> str:
        return self.start.tzname()


def local_times(start: datetime, end: datetime, cities) -> list[LocalTime]:
    rows = []
    for city in cities:
        zone = ZoneInfo(city.timezone)
        rows.append(
            LocalTime(
                city=city,
                start=start.astimezone(zone),
                end=end.astimezone(zone),
                within_hours=within_working_hours(start, end, zone),
            )
        )
    return rows


def suggested_slots(day: date, zone: ZoneInfo, duration: timedelta, cities) -> list[datetime]:
    """Starts on that day (in the meeting's zone, every 30 minutes) at which the meeting lies
    within 08:00-19:00 in every invited city."""
    zones = {ZoneInfo(city.timezone) for city in cities}
    if not zones or duration <= timedelta(0):
        return []
    slots = []
    at = datetime.combine(day, time(0))
    while at.date() == day:
        try:
            start = to_utc(day, at.time(), zone)
        except WallClockError:
            at += SLOT_STEP
            continue
        if all(within_working_hours(start, start + duration, z) for z in zones):
            slots.append(start)
        at += SLOT_STEP
    return slots
