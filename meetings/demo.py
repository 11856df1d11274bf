"""The 2020 dialogue meetings and the Milan summit 2021, loaded by `seed_demo`."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from cities.models import City, PartnerOrganisation, Theme

from .demo_content import MEETINGS, SERIES
from .enums import RSVPResponse
from .models import RSVP, AgendaItem, Meeting, Series

LANGUAGES = ("en", "de", "fr", "pt")
# Some answers for the summit, so its page shows them.
SUMMIT_ANSWERS = {
    "milan": (RSVPResponse.ATTENDING, "Giuseppe Sala"),
    "freetown": (RSVPResponse.ATTENDING, "Yvonne Aki-Sawyerr"),
    "dakar": (RSVPResponse.ATTENDING, ""),
    "lisbon": (RSVPResponse.MAYBE, ""),
    "zurich": (RSVPResponse.NOT_ATTENDING, ""),
}


def _texts(field: str, texts: dict) -> dict:
    return {f"{field}_{code}": texts[code] for code in LANGUAGES}


@transaction.atomic
def demo_meetings_load() -> int:
    """Create or update the demo meetings without sending any email (they are history, or
    the summit's invitations went out long ago). Returns how many meetings were created."""
    series = {}
    for slug, names in SERIES.items():
        series[slug], _ = Series.objects.update_or_create(
            slug=slug, defaults={"is_summit": slug.startswith("summit"), **_texts("name", names)}
        )
    created_count = 0
    for data in MEETINGS:
        zone = ZoneInfo(data["timezone"])
        start = datetime.fromisoformat(data["start"]).replace(tzinfo=zone)
        meeting = Meeting.objects.filter(title_en=data["title"]["en"]).first()
        created = meeting is None
        meeting = meeting or Meeting()
        meeting.series = series[data["series"]]
        for field in ["title", "description", "outcomes"]:
            for code in LANGUAGES:
                setattr(meeting, f"{field}_{code}", data[field][code])
        meeting.format = data["format"]
        meeting.start = start
        meeting.end = start + timedelta(minutes=data["duration_minutes"])
        meeting.timezone = data["timezone"]
        meeting.organiser = PartnerOrganisation.objects.get(slug=data["organiser"])
        meeting.host_city = City.objects.filter(slug=data["host_city"]).first()
        meeting.venue = data["venue"]
        meeting.video_link = data["video_link"]
        meeting.status = data["status"]
        meeting.full_clean()
        meeting.save()
        meeting.invited_cities.set(City.objects.filter(slug__in=data["invited_cities"]))
        meeting.invited_organisations.set(
            PartnerOrganisation.objects.filter(slug__in=data["invited_partners"])
        )
        meeting.themes.set(Theme.objects.filter(slug__in=data["themes"]))
        for position, item in enumerate(data["agenda"], start=1):
            AgendaItem.objects.update_or_create(
                meeting=meeting,
                position=position,
                defaults={
                    "presenter": item["presenter"],
                    **_texts("title", item["title"]),
                    **_texts("description", item["description"]),
                },
            )
        if meeting.series.is_summit:
            for slug, (response, attendees) in SUMMIT_ANSWERS.items():
                RSVP.objects.update_or_create(
                    meeting=meeting,
                    city=City.objects.get(slug=slug),
                    defaults={"response": response, "attendees": attendees},
                )
        created_count += created
    return created_count
