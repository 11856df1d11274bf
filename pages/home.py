"""What the personal home shows, per role: each group gathers from the apps that own it,
in a fixed number of queries whatever the amount of data."""

from dataclasses import dataclass, field

from cities.models import City, PartnerOrganisation
from cities.selectors import (
    cities_for_member_home,
    cities_without_members,
    city_completeness,
    organisations_for_member,
)
from evidence.models import EvidenceDocument
from invitations.selectors import invitation_state_counts, outreach_open
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from meetings.selectors import (
    interpretation_needs,
    meetings_for_cities_home,
    meetings_missing_answers,
    meetings_organised_home,
    unanswered_cities,
)
from notifications.selectors import notification_entries, notifications_for
from partnerships.fitting import fitting_kept
from partnerships.selectors import (
    awaiting_confirmation,
    proposals_for_cities_home,
    proposals_stalled,
    proposals_supported_home,
)

UPCOMING_SHOWN = 5
UNREAD_SHOWN = 5
FITTING_SHOWN = 3
# The secretariat's lists show the first few and how many there are in all.
SHOWN = 10


@dataclass
class CityGroup:
    city: City
    completeness: object
    awaiting: list = field(default_factory=list)  # meetings with no answer from the city
    upcoming: list = field(default_factory=list)  # (meeting, answer) the city has answered
    proposals: list = field(default_factory=list)  # (proposal, awaiting its confirmation)
    fitting: list = field(default_factory=list)


@dataclass
class OrganisationGroup:
    organisations: list[PartnerOrganisation]
    meetings: list = field(default_factory=list)  # (meeting, counts, unanswered, needs)
    supported: list = field(default_factory=list)
    documents: list = field(default_factory=list)


@dataclass
class Shortlist:
    """The first few of a list, and how many there are in all."""

    items: list
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.items)


def shortlist(queryset) -> Shortlist:
    """Two queries, whatever the number of rows."""
    return Shortlist(items=list(queryset[:SHOWN]), count=queryset.count())


@dataclass
class SecretariatGroup:
    cities_without_members: Shortlist
    invitations: dict
    outreach_count: int
    failed_emails: Shortlist
    meetings_missing_answers: Shortlist
    proposals_stalled: Shortlist


def city_groups(user, *, now) -> list[CityGroup]:
    cities = cities_for_member_home(user)
    if not cities:
        return []
    meetings = meetings_for_cities_home(cities=cities, now=now)
    proposals = proposals_for_cities_home(cities=cities, now=now)
    groups = []
    for city in cities:
        group = CityGroup(city=city, completeness=city_completeness(city))
        for meeting, answer in meetings[city.pk]:
            if answer is None:
                group.awaiting.append(meeting)
            else:
                group.upcoming.append((meeting, answer))
        group.upcoming = group.upcoming[:UPCOMING_SHOWN]
        group.proposals = [
            (proposal, awaiting_confirmation(proposal, city))
            for proposal in proposals
            if proposal.city_id == city.pk or awaiting_confirmation(proposal, city)
        ]
        group.fitting = fitting_kept(city, limit=FITTING_SHOWN)
        groups.append(group)
    return groups


def organisation_group(user, *, now) -> OrganisationGroup | None:
    organisations = organisations_for_member(user)
    if not organisations:
        return None
    meetings = meetings_organised_home(organisations=organisations, now=now)
    return OrganisationGroup(
        organisations=organisations,
        meetings=[
            (
                meeting,
                len(meeting.rsvps.all()),
                unanswered_cities(meeting),
                interpretation_needs(meeting),
            )
            for meeting in meetings
        ],
        supported=proposals_supported_home(organisations=organisations),
        documents=list(
            EvidenceDocument.objects.visible_to(user)
            .filter(publisher__in=organisations)
            .order_by("-publication_date", "-pk")[:5]
        ),
    )


def secretariat_group(*, now) -> SecretariatGroup:
    failed = Email.objects.filter(status=EmailStatus.FAILED).order_by("-updated_at", "-pk")
    return SecretariatGroup(
        cities_without_members=shortlist(cities_without_members()),
        invitations=invitation_state_counts(),
        outreach_count=outreach_open().count(),
        failed_emails=shortlist(failed),
        meetings_missing_answers=shortlist(meetings_missing_answers(now=now)),
        proposals_stalled=shortlist(proposals_stalled(now=now)),
    )


def unread_entries(user) -> list:
    if not user.notifications_unread:
        return []
    unread = notifications_for(user=user).filter(read_at=None)[:UNREAD_SHOWN]
    return notification_entries(unread, user=user)
