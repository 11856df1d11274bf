"""The demo meetings (`data/demo/meetings.yaml`): the 2020 meetings and the 2021 summit as
history, and a current cycle dated from the day `seed_demo` runs, with a summit ahead. Loaded
by `seed_demo`, never by a release; no email is sent."""

from datetime import date, timedelta
from pathlib import Path

from django.db import transaction

from cities.demo import city_members
from cities.models import City, PartnerOrganisation, Theme
from evidence.demo import demo_documents
from mayors_dialogue.datafiles import Ledger, Lookup, single_entry
from mayors_dialogue.enums import DataOrigin
from notifications.services import notify

from .enums import MeetingStatus, NoticeKind
from .models import RSVP, AgendaItem, Attendee, Meeting, Series
from .notifications import ANSWER, kind_name
from .selectors import meeting_organisers, meeting_recipients
from .services import meeting_unreachable_report

DEMO_FILE = Path(__file__).resolve().parent / "data" / "demo" / "meetings.yaml"


@transaction.atomic
def meetings_demo_load(*, today: date, path: Path = DEMO_FILE) -> int:
    """Create the demo series and meetings that the ledger does not know yet, with their
    agendas and answers; a meeting loaded before is left as it is, so running this again on
    a later day creates nothing. Returns how many meetings were created."""
    ledger = Ledger(DataOrigin.DEMO)
    content = single_entry(path)
    series = {}
    for entry in content.children("series"):
        key = f"series:{entry.value('key')}"
        if key in ledger:
            series[entry.value("key")] = Series.objects.filter(pk=ledger.object_id(key)).first()
            continue
        year = entry.day("year", today=today).year if "year" in entry.data else today.year
        name = entry.texts("name", year=year)
        slug = entry.value("slug").replace("{year}", str(year))
        found = Series.objects.filter(slug=slug).first()
        series[entry.value("key")] = found or entry.save(
            Series(slug=slug, is_summit=slug.startswith("summit"), **name)
        )
        ledger.add(key, series[entry.value("key")])

    cities = Lookup(City, "city")
    partners = Lookup(PartnerOrganisation, "partner")
    themes = Lookup(Theme, "theme")
    members = city_members()
    created = 0
    for entry in content.children("meetings"):
        key = f"meeting:{entry.value('key')}"
        if key in ledger:
            continue
        zone = entry.value("timezone")
        start = entry.moment("start", today=today, zone=zone)
        host = entry.value("host_city", None)
        meeting = entry.save(
            Meeting(
                series=_series(entry, series),
                format=entry.value("format"),
                start=start,
                end=start + timedelta(minutes=entry.value("duration_minutes")),
                timezone=zone,
                organiser=partners.get(entry, entry.value("organiser")),
                host_city=cities.get(entry, host) if host else None,
                venue=entry.value("venue", ""),
                video_link=entry.value("video_link", ""),
                status=entry.value("status"),
                reminder_hours=entry.value("reminder_hours", 24),
                **entry.texts("title", year=start.year),
                **entry.texts("description", year=start.year),
                **entry.texts("outcomes", year=start.year, required=False),
            )
        )
        meeting.invited_cities.set(cities.many(entry, entry.value("invited_cities")))
        meeting.invited_organisations.set(partners.many(entry, entry.value("invited_partners")))
        meeting.themes.set(themes.many(entry, entry.value("themes")))
        for position, item in enumerate(entry.children("agenda"), start=1):
            agenda_item = item.save(
                AgendaItem(
                    meeting=meeting,
                    position=position,
                    **item.texts("title"),
                    **item.texts("description", required=False),
                    **item.texts("presenter", required=False),
                )
            )
            agenda_item.documents.set(demo_documents(item, item.value("documents", [])))
        for item in entry.children("answers"):
            city = cities.get(item, item.value("city"))
            rsvp = item.save(
                RSVP(
                    meeting=meeting,
                    city=city,
                    response=item.value("response"),
                    responded_by=members.get(city.pk),
                ),
                # the answers of cities without a demo account have no author
                exclude=("responded_by",),
            )
            for position, person in enumerate(item.children("people")):
                person.save(
                    Attendee(
                        rsvp=rsvp,
                        position=position,
                        name=person.value("name"),
                        role=person.value("role", ""),
                        languages=person.value("languages", []),
                        other_languages=person.value("other_languages", ""),
                    )
                )
        if meeting.status == MeetingStatus.SCHEDULED and meeting.start.date() >= today:
            # As scheduling does: whom nothing reaches goes on the secretariat's list, and the
            # invited and the organisers are told in the product (the demo sends no email).
            meeting_unreachable_report(meeting=meeting, requested_by=None)
            notify(
                users=meeting_recipients(meeting),
                kind=kind_name(NoticeKind.INVITATION),
                target=meeting,
            )
            for rsvp in meeting.rsvps.select_related("city"):
                notify(
                    users=meeting_organisers(meeting),
                    kind=ANSWER,
                    target=meeting,
                    city=rsvp.city,
                    detail=rsvp.response,
                )
        ledger.add(key, meeting)
        created += 1
    return created


def _series(entry, series: dict) -> Series:
    if entry.value("series") not in series:
        entry.fail(f"there is no series '{entry.value('series')}' in this file")
    return series[entry.value("series")]
