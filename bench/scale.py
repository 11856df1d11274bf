"""A dialogue at scale for benchmarks and load tests (`manage.py seed_scale`): hundreds of
cities with their needs and potentials, thousands of people, years of meetings, proposals and
a large evidence library, all written with bulk_create. The real cities, partners and themes
come first, so the generated rows sit next to them."""

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from cities.demo import DEMO_PASSWORD, city_profiles_demo_load
from cities.enums import CityRole, CityStatus, Continent, PartnerKind, PartnerRole
from cities.models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    Theme,
)
from cities.reference import reference_data_load
from cities.services import city_timezones_refresh
from evidence.enums import DocumentType, Visibility
from evidence.models import EvidenceDocument
from mayors_dialogue.models import User
from mayors_dialogue.signals import cache_invalidate_all
from meetings.enums import MeetingFormat, MeetingStatus, RSVPResponse
from meetings.models import RSVP, AgendaItem, Meeting, Series
from partnerships.enums import CooperationKind, ProposalStatus, SupportKind
from partnerships.models import Comment, Interest, Proposal, Support
from partnerships.suggestions import suggestions_rebuild

PREFIX = "scale-"
BATCH = 2000
LANGUAGES = ("en", "fr", "pt", "de")
LANGUAGE_WEIGHTS = (40, 30, 15, 15)

# Countries with a representative time zone and a box of coordinates (lat, lon ranges).
REGIONS = {
    Continent.AFRICA: [
        ("SN", "Africa/Dakar", (12, 16), (-17, -12)),
        ("GH", "Africa/Accra", (5, 10), (-3, 1)),
        ("NG", "Africa/Lagos", (5, 13), (3, 13)),
        ("KE", "Africa/Nairobi", (-4, 4), (34, 41)),
        ("UG", "Africa/Kampala", (-1, 4), (30, 35)),
        ("MZ", "Africa/Maputo", (-26, -11), (31, 40)),
        ("ZA", "Africa/Johannesburg", (-34, -23), (18, 32)),
        ("TN", "Africa/Tunis", (31, 37), (8, 11)),
        ("MA", "Africa/Casablanca", (28, 35), (-10, -2)),
        ("SL", "Africa/Freetown", (7, 10), (-13, -10)),
        ("NE", "Africa/Niamey", (12, 20), (1, 12)),
        ("AO", "Africa/Luanda", (-17, -6), (12, 22)),
    ],
    Continent.EUROPE: [
        ("IT", "Europe/Rome", (37, 46), (7, 18)),
        ("DE", "Europe/Berlin", (47, 55), (6, 15)),
        ("FR", "Europe/Paris", (43, 50), (-1, 7)),
        ("PT", "Europe/Lisbon", (37, 42), (-9, -7)),
        ("ES", "Europe/Madrid", (36, 43), (-8, 3)),
        ("NL", "Europe/Amsterdam", (51, 53), (4, 7)),
        ("BE", "Europe/Brussels", (50, 51), (3, 6)),
        ("GB", "Europe/London", (50, 57), (-5, 1)),
        ("CH", "Europe/Zurich", (46, 47), (6, 10)),
        ("SE", "Europe/Stockholm", (55, 63), (12, 19)),
    ],
}
SYLLABLES = [
    "ka",
    "ma",
    "lo",
    "ri",
    "ba",
    "ne",
    "to",
    "sa",
    "di",
    "ve",
    "la",
    "mo",
    "ru",
    "ga",
    "fe",
    "ni",
    "zo",
    "pa",
    "te",
    "ko",
]

# Words for titles and texts. Every document says "migration"; few say "saltmarsh"; German
# titles use inflected forms ("Städten") that only stemming matches to "Stadt".
COMMON = [
    "migration",
    "mobility",
    "city",
    "cities",
    "housing",
    "labour",
    "inclusion",
    "climate",
    "displacement",
    "return",
    "diaspora",
    "skills",
    "education",
    "health",
    "data",
    "policy",
    "finance",
    "partnership",
    "dialogue",
    "mayors",
    "integration",
    "reception",
    "services",
    "urban",
    "planning",
    "resilience",
    "youth",
    "women",
    "employment",
]
GERMAN = [
    "Migration",
    "in",
    "Städten",
    "Wohnen",
    "Arbeit",
    "Teilhabe",
    "Klima",
    "Kommunen",
    "Stadt",
    "Bildung",
]
FRENCH = [
    "migration",
    "dans",
    "les",
    "villes",
    "logement",
    "travail",
    "inclusion",
    "climat",
    "communes",
]
PORTUGUESE = [
    "migração",
    "nas",
    "cidades",
    "habitação",
    "trabalho",
    "inclusão",
    "clima",
    "municípios",
]
RARE = "saltmarsh"


class AlreadySeededError(Exception):
    pass


def _words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    return " ".join(rng.choices(vocabulary, k=count))


def _name(rng: random.Random, number: int) -> str:
    return "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize() + f" {number}"


def _bulk(model, rows: list) -> list:
    return model.objects.bulk_create(rows, batch_size=BATCH)


def _through(field, pairs: set[tuple[int, int]], left: str, right: str) -> None:
    through = field.through
    _bulk(through, [through(**{left: a, right: b}) for a, b in pairs])


@transaction.atomic
def seed_scale(
    *, cities: int, users: int, meetings: int, proposals: int, documents: int, seed: int = 2026
) -> dict[str, int]:
    """Write the generated dialogue; returns how many rows of each kind were created."""
    if City.objects.filter(slug__startswith=PREFIX).exists():
        raise AlreadySeededError("This database already holds generated data; use a fresh one.")
    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not secrets
    reference_data_load()
    city_profiles_demo_load(today=timezone.localdate())
    themes = list(Theme.objects.values_list("pk", flat=True))
    counts = {}

    city_ids, counts["cities"] = _cities(rng, cities, themes)
    organisation_ids = _partners(rng)
    user_ids, counts["users"] = _users(rng, users, city_ids, organisation_ids)
    counts["meetings"] = _meetings(rng, meetings, city_ids, organisation_ids, user_ids, themes)
    counts["proposals"] = _proposals(rng, proposals, city_ids, organisation_ids, user_ids, themes)
    counts["documents"] = _documents(rng, documents, city_ids, organisation_ids, themes)
    suggestions_rebuild()  # the cities' needs and potentials were written in bulk
    transaction.on_commit(cache_invalidate_all)
    return counts


def _cities(rng, count, themes) -> tuple[list[int], int]:
    rows = []
    for number in range(count):
        continent = rng.choice([Continent.AFRICA, Continent.EUROPE])
        country, zone, (lat_lo, lat_hi), (lon_lo, lon_hi) = rng.choice(REGIONS[continent])
        name = _name(rng, number)
        rows.append(
            City(
                slug=f"{PREFIX}{slugify(name)}",
                name_en=name,
                country=country,
                continent=continent,
                timezone=zone,
                latitude=Decimal(f"{rng.uniform(lat_lo, lat_hi):.5f}"),
                longitude=Decimal(f"{rng.uniform(lon_lo, lon_hi):.5f}"),
                population=rng.randint(50_000, 8_000_000),
                description_en=f"{name} works on {_words(rng, COMMON, 12)}.",
                description_fr=f"{name} travaille sur {_words(rng, FRENCH, 8)}."
                if rng.random() < 0.4
                else "",
                migration_context=_words(rng, COMMON, 40),
                participant_since=rng.randint(2021, 2026),
                status=CityStatus.INVITED if rng.random() < 0.1 else CityStatus.PARTICIPANT,
            )
        )
    created = _bulk(City, rows)
    ids = [city.pk for city in created]
    needs, potentials, practices, mayors = [], [], [], []
    for city in created:
        for theme in rng.sample(themes, rng.randint(1, 4)):
            needs.append(
                CityNeed(city=city, theme_id=theme, description_en=_words(rng, COMMON, 15))
            )
        for theme in rng.sample(themes, rng.randint(1, 4)):
            potentials.append(
                CityPotential(city=city, theme_id=theme, description_en=_words(rng, COMMON, 15))
            )
        for _ in range(rng.randint(0, 2)):
            practices.append(
                GoodPractice(
                    city=city,
                    title_en=_words(rng, COMMON, 5).capitalize(),
                    description_en=_words(rng, COMMON, 30),
                    start_year=rng.randint(2015, 2025),
                )
            )
        mayors.append(Mayor(city=city, name=f"Mayor of {city.name_en}"))
    _bulk(CityNeed, needs)
    _bulk(CityPotential, potentials)
    _bulk(GoodPractice, practices)
    _bulk(Mayor, mayors)
    return ids, len(ids)


def _partners(rng) -> list[int]:
    rows = [
        PartnerOrganisation(
            slug=f"{PREFIX}partner-{number}",
            name_en=f"Partner organisation {number}",
            kind=rng.choice(PartnerKind.values),
            role=PartnerRole.PARTNER,
            description_en=_words(rng, COMMON, 20),
        )
        for number in range(40)
    ]
    return [organisation.pk for organisation in _bulk(PartnerOrganisation, rows)]


def _users(rng, count, city_ids, organisation_ids) -> tuple[list[int], int]:
    password = make_password(DEMO_PASSWORD)
    rows = [
        User(
            email=f"{PREFIX}user-{number}@example.org",
            display_name=f"Participant {number}",
            language=rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
            password=password,
        )
        for number in range(count)
    ]
    created = _bulk(User, rows)
    _bulk(
        EmailAddress,
        [
            EmailAddress(user=user, email=user.email, verified=True, primary=True)
            for user in created
        ],
    )
    city_memberships, partner_memberships = [], []
    for user in created:
        roll = rng.random()
        if roll < 0.85:
            role = CityRole.MAYOR if roll < 0.05 else CityRole.STAFF
            city_memberships.append(
                CityMembership(user=user, city_id=rng.choice(city_ids), role=role)
            )
        elif roll < 0.97:
            partner_memberships.append(
                PartnerMembership(user=user, organisation_id=rng.choice(organisation_ids))
            )
    _bulk(CityMembership, city_memberships)
    _bulk(PartnerMembership, partner_memberships)
    city_timezones_refresh(User.objects.filter(email__startswith=PREFIX))
    return [user.pk for user in created], len(created)


def _meetings(rng, count, city_ids, organisation_ids, user_ids, themes) -> int:
    series = [
        Series.objects.get_or_create(
            slug=f"{PREFIX}series-{n}", defaults={"name_en": f"Series {n}"}
        )[0]
        for n in range(5)
    ]
    first = datetime(2021, 1, 1, 8, tzinfo=UTC)
    rows = []
    for number in range(count):
        start = first + timedelta(hours=rng.randrange(0, 24 * 365 * 10, 1))
        kind = rng.choices(MeetingFormat.values, (60, 25, 15))[0]
        rows.append(
            Meeting(
                title_en=f"{_words(rng, COMMON, 4).capitalize()} {number}",
                description_en=_words(rng, COMMON, 40),
                format=kind,
                start=start,
                end=start + timedelta(hours=rng.choice([1, 2, 3])),
                timezone=rng.choice(["Africa/Dakar", "Europe/Rome", "Africa/Kampala"]),
                video_link="" if kind == MeetingFormat.IN_PERSON else "https://meet.example.org/x",
                venue="City hall" if kind != MeetingFormat.VIRTUAL else "",
                host_city_id=rng.choice(city_ids) if kind != MeetingFormat.VIRTUAL else None,
                organiser_id=rng.choice(organisation_ids),
                series=rng.choice(series) if rng.random() < 0.5 else None,
                status=rng.choices(MeetingStatus.values, (5, 70, 5, 20))[0],
                is_public=rng.random() < 0.8,
                uid=uuid.UUID(int=rng.getrandbits(128)),
                created_by_id=rng.choice(user_ids),
            )
        )
    created = _bulk(Meeting, rows)
    invited, meeting_themes, rsvps, agenda = set(), set(), [], []
    for meeting in created:
        cities = rng.sample(city_ids, rng.randint(3, 20))
        invited.update((meeting.pk, city) for city in cities)
        meeting_themes.update(
            (meeting.pk, theme) for theme in rng.sample(themes, rng.randint(1, 3))
        )
        for city in cities:
            if rng.random() < 0.6:
                rsvps.append(
                    RSVP(
                        meeting=meeting,
                        city_id=city,
                        response=rng.choices(RSVPResponse.values, (60, 25, 15))[0],
                    )
                )
        agenda += [
            AgendaItem(meeting=meeting, position=position, title_en=_words(rng, COMMON, 4))
            for position in range(rng.randint(2, 5))
        ]
    _through(Meeting.invited_cities, invited, "meeting_id", "city_id")
    _through(Meeting.themes, meeting_themes, "meeting_id", "theme_id")
    _bulk(RSVP, rsvps)
    _bulk(AgendaItem, agenda)
    return len(created)


def _proposals(rng, count, city_ids, organisation_ids, user_ids, themes) -> int:
    statuses = ProposalStatus.values
    weights = [{"draft": 5, "open": 40, "in_discussion": 20, "agreed": 15, "active": 10,
                "completed": 5, "withdrawn": 5}[status] for status in statuses]  # fmt: skip
    rows = [
        Proposal(
            city_id=rng.choice(city_ids),
            title_en=f"{_words(rng, COMMON, 5).capitalize()} {number}",
            summary_en=_words(rng, COMMON, 40),
            kind=rng.choice(CooperationKind.values),
            offers_en=_words(rng, COMMON, 15),
            seeks_en=_words(rng, COMMON, 15),
            status=rng.choices(statuses, weights)[0],
            created_by_id=rng.choice(user_ids),
        )
        for number in range(count)
    ]
    created = _bulk(Proposal, rows)
    proposal_themes, partners, interests, supports, comments = set(), set(), [], [], []
    for proposal in created:
        proposal_themes.update((proposal.pk, t) for t in rng.sample(themes, rng.randint(1, 3)))
        others = rng.sample(city_ids, rng.randint(0, 5))
        if proposal.status in (
            ProposalStatus.AGREED,
            ProposalStatus.ACTIVE,
            ProposalStatus.COMPLETED,
        ):
            partners.update((proposal.pk, city) for city in others[:2] if city != proposal.city_id)
        interests += [
            Interest(proposal=proposal, city_id=city, user_id=rng.choice(user_ids))
            for city in others
            if city != proposal.city_id
        ]
        if rng.random() < 0.2:
            supports.append(
                Support(
                    proposal=proposal,
                    organisation_id=rng.choice(organisation_ids),
                    kind=rng.choice(SupportKind.values),
                    user_id=rng.choice(user_ids),
                )
            )
        comments += [
            Comment(proposal=proposal, user_id=rng.choice(user_ids), body=_words(rng, COMMON, 20))
            for _ in range(rng.randint(0, 4))
        ]
    _through(Proposal.themes, proposal_themes, "proposal_id", "theme_id")
    _through(Proposal.partner_cities, partners, "proposal_id", "city_id")
    _bulk(Interest, interests)
    _bulk(Support, supports)
    _bulk(Comment, comments)
    return len(created)


def _documents(rng, count, city_ids, organisation_ids, themes) -> int:
    rows = []
    for number in range(count):
        language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        text = _words(rng, COMMON, rng.randint(80, 250))
        if number % 5000 == 0:
            text += f" {RARE} restoration"
        titles = {"title_en": f"{_words(rng, COMMON, 5).capitalize()} {number}"}
        if language == "de":
            titles["title_de"] = f"{_words(rng, GERMAN, 5)} {number}"
        elif language == "fr":
            titles["title_fr"] = f"{_words(rng, FRENCH, 5)} {number}"
        elif language == "pt":
            titles["title_pt"] = f"{_words(rng, PORTUGUESE, 5)} {number}"
        rows.append(
            EvidenceDocument(
                **titles,
                summary_en=_words(rng, COMMON, 30),
                doc_type=rng.choice(DocumentType.values),
                authors="Research team",
                publisher_id=rng.choice(organisation_ids) if rng.random() < 0.7 else None,
                publication_date=date(2015, 1, 1) + timedelta(days=rng.randrange(0, 4000)),
                languages=language if rng.random() < 0.8 else f"{language},en",
                external_url=f"https://evidence.example.org/{number}",
                visibility=Visibility.PUBLIC if rng.random() < 0.85 else Visibility.PARTICIPANTS,
                licence="CC BY 4.0",
                extracted_text=text,
            )
        )
    created = _bulk(EvidenceDocument, rows)
    document_themes, document_cities = set(), set()
    for document in created:
        document_themes.update((document.pk, t) for t in rng.sample(themes, rng.randint(1, 3)))
        document_cities.update((document.pk, c) for c in rng.sample(city_ids, rng.randint(0, 3)))
    _through(EvidenceDocument.themes, document_themes, "evidencedocument_id", "theme_id")
    _through(EvidenceDocument.cities, document_cities, "evidencedocument_id", "city_id")
    if connection.vendor == "postgresql":
        from evidence.search import search_vectors_update

        search_vectors_update(EvidenceDocument.objects.filter(pk__gte=created[0].pk))
    return len(created)
