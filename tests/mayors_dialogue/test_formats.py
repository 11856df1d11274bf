from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from mayors_dialogue.formats import datetime_in_zone

MOMENT = datetime(2026, 3, 30, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("en", "Africa/Dakar", "March 30, 2026, 9:30 a.m. (Africa/Dakar, GMT)"),
        ("de", "Africa/Kampala", "30. März 2026 12:30 (Africa/Kampala, EAT)"),
        ("fr", "Europe/Paris", "30 mars 2026 11:30 (Europe/Paris, CEST)"),
        ("pt", "Africa/Maputo", "30 de Março de 2026 às 11:30 (Africa/Maputo, CAT)"),
    ],
)
def test_datetime_in_zone_names_the_zone_in_the_readers_language(language, zone, expected):
    with translation.override(language):
        assert datetime_in_zone(MOMENT, ZoneInfo(zone)) == expected


def test_datetime_without_a_zone_is_shown_in_utc():
    with translation.override("en"):
        assert datetime_in_zone(MOMENT, None) == "March 30, 2026, 9:30 a.m. (UTC, UTC)"
