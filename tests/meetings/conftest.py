from datetime import UTC, datetime

import pytest

from meetings.models import Meeting


@pytest.fixture
def make_meeting(db):
    def make(*, cities=(), organisations=(), organiser=None, **fields):
        defaults = {
            "title_en": "Dialogue meeting",
            "format": "virtual",
            "start": datetime(2030, 1, 14, 13, tzinfo=UTC),
            "end": datetime(2030, 1, 14, 15, tzinfo=UTC),
            "timezone": "Europe/Berlin",
            "video_link": "https://meet.example.org/dialogue",
            "organiser": organiser,
            "status": "scheduled",
        }
        meeting = Meeting.objects.create(**{**defaults, **fields})
        meeting.invited_cities.set(cities)
        meeting.invited_organisations.set(organisations)
        return meeting

    return make


def meeting_post_data(**overrides) -> dict:
    data = {
        "title_en": "Labour migration exchange",
        "description_en": "",
        "day": "2030-01-14",
        "start_time": "14:00",
        "end_time": "16:00",
        "timezone": "Europe/Berlin",
        "status": "scheduled",
        "format": "virtual",
        "language": "en",
        "video_link": "https://meet.example.org/exchange",
        "venue": "",
        "reminder_hours": "24",
        "is_public": "on",
        "agenda-TOTAL_FORMS": "0",
        "agenda-INITIAL_FORMS": "0",
        "agenda-MIN_NUM_FORMS": "0",
        "agenda-MAX_NUM_FORMS": "30",
    }
    for code in ["de", "fr", "pt"]:
        data[f"title_{code}"] = ""
        data[f"description_{code}"] = ""
    data.update(overrides)
    return data


def answer_data(city, response: str, people=()) -> dict:
    """The answer form as a browser posts it: the city, the answer, and one row a person
    (a name, or a dict of name, role, languages and other_languages)."""
    data = {
        "city": city.pk,
        "response": response,
        "people-TOTAL_FORMS": str(len(people)),
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "30",
    }
    for number, person in enumerate(people):
        person = {"name": person} if isinstance(person, str) else person
        for key, value in person.items():
            data[f"people-{number}-{key}"] = value
    return data
