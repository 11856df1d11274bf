from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from mayors_dialogue.formats import datetime_in_zone

MOMENT = datetime(2026, 3, 30, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("en", "Africa/Dakar", "30 March 2026, 09:30, Dakar time (UTC+0)"),
        ("de", "Africa/Kampala", "30. März 2026, 12:30, Ortszeit Kampala (UTC+3)"),
        ("fr", "Europe/Paris", "30 mars 2026, 11:30, Paris, heure locale (UTC+2)"),
        ("pt", "Europe/Lisbon", "30 de março de 2026, 10:30, Lisboa, hora local (UTC+1)"),
    ],
)
def test_datetime_in_zone_names_the_zone_in_the_readers_language(language, zone, expected):
    with translation.override(language):
        assert datetime_in_zone(MOMENT, ZoneInfo(zone)) == expected


def test_datetime_without_a_zone_is_shown_in_utc():
    with translation.override("en"):
        assert datetime_in_zone(MOMENT, None) == "30 March 2026, 09:30, UTC"


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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "14 January 2030, 14:00–16:00</time>\n                    · "
               '<span title="Europe/Berlin">Berlin time (UTC+1)</span>'),
        ("de", "14. Januar 2030, 14:00–16:00</time>\n                    · "
               '<span title="Europe/Berlin">Ortszeit Berlin (UTC+1)</span>'),
        ("fr", "14 janvier 2030, 14:00–16:00</time>\n                    · "
               '<span title="Europe/Berlin">Berlin, heure locale (UTC+1)</span>'),
        ("pt", "14 de janeiro de 2030, 14:00–16:00</time>\n                    · "
               '<span title="Europe/Berlin">Berlim, hora local (UTC+1)</span>'),
    ],
)  # fmt: skip
def test_a_meeting_page_gives_day_first_24_hour_times_and_the_zone_as_a_place(
    client, make_meeting, language, expected
):
    meeting = make_meeting(is_public=True)  # 13:00–15:00 UTC in Europe/Berlin

    html = client.get(f"/{language}/meetings/{meeting.pk}/").text

    assert expected in html
    assert ">Europe/Berlin<" not in html
