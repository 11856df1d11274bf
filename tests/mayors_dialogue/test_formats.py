from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from mayors_dialogue.formats import datetime_in_zone

MOMENT = datetime(2026, 3, 30, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("en", "Africa/Dakar", "30 March 2026, 09:30 (Africa/Dakar, GMT)"),
        ("de", "Africa/Kampala", "30. März 2026, 12:30 (Africa/Kampala, EAT)"),
        ("fr", "Europe/Paris", "30 mars 2026, 11:30 (Europe/Paris, CEST)"),
        ("pt", "Africa/Maputo", "30 de março de 2026, 11:30 (Africa/Maputo, CAT)"),
    ],
)
def test_datetime_in_zone_names_the_zone_in_the_readers_language(language, zone, expected):
    with translation.override(language):
        assert datetime_in_zone(MOMENT, ZoneInfo(zone)) == expected


def test_datetime_without_a_zone_is_shown_in_utc():
    with translation.override("en"):
        assert datetime_in_zone(MOMENT, None) == "30 March 2026, 09:30 (UTC, UTC)"


@pytest.mark.parametrize(
    ("language", "short", "table"),
    [
        ("en", "14 Jan 2027, 13:00", "Thu 14 Jan."),
        ("de", "14. Jan 2027, 13:00", "Do 14 Jan."),
        ("fr", "14 jan. 2027, 13:00", "jeu 14 jan."),
        ("pt", "14 Jan 2027, 13:00", "Qui 14 Jan."),
    ],
)
def test_short_forms_are_day_first_and_unambiguous(language, short, table):
    from django.utils.formats import date_format

    moment = datetime(2027, 1, 14, 13, tzinfo=UTC)
    with translation.override(language):
        assert date_format(moment, "SHORT_DATETIME_FORMAT") == short
        assert date_format(moment, "D j N") == table


def test_june_and_july_differ_in_french_tables():
    from django.utils.formats import date_format

    with translation.override("fr"):
        assert [date_format(date(2027, month, 18), "D j N") for month in (6, 7)] == [
            "ven 18 juin",
            "dim 18 juil.",
        ]
