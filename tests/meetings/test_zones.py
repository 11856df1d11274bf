from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from meetings.zones import WallClockError, suggested_slots, to_utc, wall_clock, within_working_hours

BERLIN = ZoneInfo("Europe/Berlin")
DAKAR = ZoneInfo("Africa/Dakar")


class FakeCity:
    def __init__(self, zone):
        self.timezone = zone


@pytest.mark.parametrize(
    ("day", "at", "expected_utc"),
    [
        (date(2027, 1, 14), time(14), datetime(2027, 1, 14, 13, tzinfo=UTC)),  # winter, UTC+1
        (
            date(2027, 3, 27),
            time(14),
            datetime(2027, 3, 27, 13, tzinfo=UTC),
        ),  # day before the change
        (date(2027, 3, 28), time(14), datetime(2027, 3, 28, 12, tzinfo=UTC)),  # summer, UTC+2
        (date(2027, 10, 30), time(14), datetime(2027, 10, 30, 12, tzinfo=UTC)),
        (date(2027, 10, 31), time(14), datetime(2027, 10, 31, 13, tzinfo=UTC)),  # back to UTC+1
    ],
)
def test_wall_clock_in_berlin_across_both_clock_changes(day, at, expected_utc):
    assert to_utc(day, at, BERLIN) == expected_utc
    assert wall_clock(expected_utc, BERLIN) == (day, at)


def test_time_skipped_in_march_is_refused():
    with pytest.raises(WallClockError) as error:
        to_utc(date(2027, 3, 28), time(2, 30), BERLIN)

    assert error.value.code == "nonexistent"


def test_time_repeated_in_october_is_refused():
    with pytest.raises(WallClockError) as error:
        to_utc(date(2027, 10, 31), time(2, 30), BERLIN)

    assert error.value.code == "ambiguous"


def test_dakar_has_no_clock_changes():
    assert to_utc(date(2027, 3, 28), time(2, 30), DAKAR) == datetime(2027, 3, 28, 2, 30, tzinfo=UTC)


def test_the_gap_between_dakar_and_berlin_changes_with_european_summer_time():
    winter = to_utc(date(2027, 1, 14), time(14), BERLIN)
    summer = to_utc(date(2027, 7, 14), time(14), BERLIN)

    assert winter.astimezone(DAKAR).time() == time(13)
    assert summer.astimezone(DAKAR).time() == time(12)


def test_working_hours_are_08_to_19_local():
    start = datetime(2027, 1, 14, 7, tzinfo=UTC)

    assert within_working_hours(start, start + timedelta(hours=2), BERLIN)  # 08:00-10:00
    assert not within_working_hours(start, start + timedelta(hours=2), DAKAR)  # 07:00-09:00
    assert not within_working_hours(
        start + timedelta(hours=10), start + timedelta(hours=12), BERLIN
    )


def test_suggested_slots_fit_every_city():
    cities = [FakeCity("Africa/Dakar"), FakeCity("Africa/Kampala"), FakeCity("Europe/Berlin")]

    slots = suggested_slots(date(2027, 1, 14), BERLIN, timedelta(hours=2), cities)

    local = [slot.astimezone(BERLIN).strftime("%H:%M") for slot in slots]
    # Kampala (UTC+3) ends by 19:00 => Berlin start by 15:00; Dakar (UTC+0) starts from 08:00 => 09:00
    assert local[0] == "09:00"
    assert local[-1] == "15:00"
    assert len(local) == 13


def test_no_slot_when_nobody_overlaps():
    cities = [FakeCity("Pacific/Auckland"), FakeCity("Africa/Dakar")]

    assert suggested_slots(date(2027, 1, 14), DAKAR, timedelta(hours=4), cities) == []
