"""What the secretariat's overview and email pages read: one function per chart, each a
fixed, small number of aggregate queries (no query per city, meeting or proposal), so the
overview costs the same at 18 cities as at 5,000. Names come out in the active language,
with the language they are written in, for the page's `lang` attributes."""

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    Min,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear, TruncQuarter
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cities.enums import CityStatus
from cities.models import City, CityNeed, CityPotential, GoodPractice, Theme
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.translated import reading_order, shown_text
from meetings.enums import MeetingStatus, RSVPResponse
from meetings.models import RSVP, Meeting
from partnerships.enums import ProposalStatus
from partnerships.models import Proposal, Transition

from .charts import percent

PUBLIC = (CityStatus.PARTICIPANT, CityStatus.LEAD)
InvitedCity = Meeting.invited_cities.through
ProposalTheme = Proposal.themes.through


def shown_language(base: str):
    """The language of the text that `shown_text(base)` picks for the active language."""
    return Case(
        *(
            When(Q(**{f"{base}_{code}__gt": ""}), then=Value(code))
            for code in reading_order(get_language())
        ),
        default=Value(""),
        output_field=CharField(),
    )


def foreign(lang: str) -> str:
    """The language to mark on a text (its `lang` attribute): only one not the reader's."""
    return lang if lang and lang != get_language() else ""


def _names(model, ids, base="name") -> dict[int, tuple[str, str]]:
    """{pk: (text, language)} for the given rows, in one query."""
    rows = (
        model.objects.filter(pk__in=ids)
        .annotate(shown=shown_text(base), shown_lang=shown_language(base))
        .values_list("pk", "shown", "shown_lang")
    )
    return {pk: (text, foreign(lang)) for pk, text, lang in rows}


# 1. Cities by state over time ------------------------------------------------------------


@dataclass
class CitiesOverTime:
    years: list[int]
    invited: list[int]  # cumulative, at the end of each year
    participating: list[int]
    undated: int  # cities with neither an invitation nor a year they joined


def cities_over_time(*, today=None) -> CitiesOverTime:
    """Per year, how many cities had been invited by its end and how many took part. A city
    counts as invited from its first invitation as a new city, and as taking part from
    `participant_since` (else the year it accepted); a city taking part counts as invited
    too, from that year at the latest (the founding cities were never sent an invitation).
    One query, one row per city."""
    today = today or timezone.localdate()
    for_city = Q(invitations__invites_city=True)
    rows = City.objects.annotate(
        invited_year=Min(ExtractYear("invitations__created_at"), filter=for_city),
        accepted_year=Min(ExtractYear("invitations__accepted_at"), filter=for_city),
    ).values_list("status", "participant_since", "invited_year", "accepted_year")
    entered, joined, undated = [], [], 0
    for status, since, invited_year, accepted_year in rows:
        joined_year = (since or accepted_year) if status in PUBLIC else None
        years = [year for year in (invited_year, joined_year) if year]
        if not years:
            undated += 1
            continue
        entered.append(min(years))
        if joined_year:
            joined.append(joined_year)
    if not entered:
        return CitiesOverTime(years=[], invited=[], participating=[], undated=undated)
    span = list(range(min(entered), max(today.year, *entered) + 1))
    return CitiesOverTime(
        years=span,
        invited=[sum(1 for year in entered if year <= end) for end in span],
        participating=[sum(1 for year in joined if year <= end) for end in span],
        undated=undated,
    )


# 2. Meetings held and attendance ---------------------------------------------------------


def meetings_held_by_quarter() -> list[tuple[datetime, int]]:
    """(first day of the quarter, meetings held) for every quarter with a held meeting,
    oldest first, in the active time zone. One query."""
    return list(
        Meeting.objects.filter(status=MeetingStatus.HELD)
        .annotate(quarter=TruncQuarter("start"))
        .values_list("quarter")
        .annotate(count=Count("pk"))
        .order_by("quarter")
    )


@dataclass
class CityAttendance:
    city_id: int
    name: str
    lang: str
    invited: int  # held meetings the city was invited to
    attending: int  # of those, the ones it answered "attending"

    @property
    def rate(self) -> float:
        return 100 * self.attending / self.invited if self.invited else 0.0


@dataclass
class Attendance:
    rows: list[CityAttendance]  # the cities invited most first
    cities: int  # cities invited to a held meeting, in all
    invited: int  # invitations to held meetings, in all
    attending: int  # of those, answered "attending"

    @property
    def rate(self) -> float:
        return 100 * self.attending / self.invited if self.invited else 0.0


def attendance_by_city(*, limit: int | None = None) -> Attendance:
    """Attendance rate per city: the held meetings it answered "attending" ÷ the held
    meetings it was invited to. The `limit` cities invited most, and the totals over every
    city. Three queries: invitations and answers are counted apart, each in one pass, as
    matching every answer to its invitation costs more than the rest of the overview. An
    answer kept from a city later taken off a meeting still counts, so a city's count is
    capped at its invitations."""
    held = MeetingStatus.HELD
    invited = dict(
        InvitedCity.objects.filter(meeting__status=held)
        .values_list("city_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    answered = (
        RSVP.objects.filter(meeting__status=held, response=RSVPResponse.ATTENDING)
        .values_list("city_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    attending = {pk: min(count, invited.get(pk, 0)) for pk, count in answered}
    ranked = sorted(invited, key=lambda pk: (-invited[pk], -attending.get(pk, 0), pk))
    shown = ranked if limit is None else ranked[:limit]
    names = _names(City, shown)
    rows = [
        CityAttendance(
            city_id=pk,
            name=names.get(pk, ("", ""))[0],
            lang=names.get(pk, ("", ""))[1],
            invited=invited[pk],
            attending=attending.get(pk, 0),
        )
        for pk in shown
    ]
    return Attendance(
        rows=rows,
        cities=len(ranked),
        invited=sum(invited.values()),
        attending=sum(attending.values()),
    )


# 3. Answers per meeting ------------------------------------------------------------------


@dataclass
class MeetingAnswers:
    meeting_id: int
    title: str
    lang: str
    start: datetime
    invited: int
    answers: dict[str, int] = field(default_factory=dict)  # RSVPResponse value → count

    @property
    def unanswered(self) -> int:
        return max(self.invited - sum(self.answers.values()), 0)


def answers_per_meeting(*, limit: int | None = 12) -> list[MeetingAnswers]:
    """The last `limit` held meetings (latest first) with the answers of their invited
    cities. Three queries."""
    meetings = (
        Meeting.objects.filter(status=MeetingStatus.HELD)
        .order_by("-start", "-pk")
        .annotate(shown=shown_text("title"), shown_lang=shown_language("title"))
        .values_list("pk", "shown", "shown_lang", "start")
    )
    meetings = list(meetings if limit is None else meetings[:limit])
    ids = [row[0] for row in meetings]
    invited = dict(
        InvitedCity.objects.filter(meeting_id__in=ids)
        .values_list("meeting_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    answers: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    for meeting_id, response, count in (
        RSVP.objects.filter(meeting_id__in=ids)
        .values_list("meeting_id", "response")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        answers[meeting_id][response] = count
    return [
        MeetingAnswers(
            meeting_id=pk,
            title=title,
            lang=foreign(lang),
            start=start,
            invited=invited.get(pk, 0),
            answers=answers[pk],
        )
        for pk, title, lang, start in meetings
    ]


# 4. Proposals by stage and theme ---------------------------------------------------------


def proposals_by_status() -> list[tuple[str, int]]:
    """(status, proposals) for every status, in the workflow's order. One query."""
    counts = dict(Proposal.objects.values_list("status").annotate(count=Count("pk")).order_by())
    return [(status, counts.get(status, 0)) for status in ProposalStatus.values]


@dataclass
class ThemeCount:
    name: str
    lang: str
    count: int


def proposals_by_theme() -> list[ThemeCount]:
    """Every theme with how many proposals name it (a proposal with two themes counts in
    both), most first. One query."""
    counts = dict(
        ProposalTheme.objects.values_list("theme_id").annotate(count=Count("pk")).order_by()
    )
    themes = Theme.objects.annotate(
        shown=shown_text("name"), shown_lang=shown_language("name")
    ).values_list("pk", "shown", "shown_lang")
    rows = [
        ThemeCount(name=name, lang=foreign(lang), count=counts.get(pk, 0))
        for pk, name, lang in themes
    ]
    return sorted(rows, key=lambda row: -row.count)


# 5. Time from open to agreed -------------------------------------------------------------


@dataclass
class Agreement:
    proposal_id: int
    opened: datetime
    agreed: datetime
    title: str = ""
    lang: str = ""
    city: str = ""

    @property
    def days(self) -> float:
        return (self.agreed - self.opened).total_seconds() / 86400


@dataclass
class TimeToAgreement:
    agreements: list[Agreement]

    @property
    def median_days(self) -> float | None:
        days = [row.days for row in self.agreements]
        return statistics.median(days) if days else None


# (upper bound in days, label): the buckets of the distribution
AGREEMENT_BUCKETS = [
    (7, _("Under a week")),
    (30, _("1 to 4 weeks")),
    (91, _("1 to 3 months")),
    (182, _("3 to 6 months")),
    (365, _("6 to 12 months")),
    (None, _("Over a year")),
]


def time_to_agreement(*, with_names: bool = False) -> TimeToAgreement:
    """Every proposal that reached "agreed", with when it was first opened and first agreed,
    from its recorded transitions (a proposal opened before transitions were recorded
    counts from its creation). One query; with `with_names`, titles and proposing cities
    too (for the CSV)."""
    rows = (
        Transition.objects.filter(to_status__in=[ProposalStatus.OPEN, ProposalStatus.AGREED])
        .values("proposal_id")
        .annotate(
            opened=Coalesce(
                Min("created_at", filter=Q(to_status=ProposalStatus.OPEN)),
                Min("proposal__created_at"),
            ),
            agreed=Min("created_at", filter=Q(to_status=ProposalStatus.AGREED)),
        )
        .filter(agreed__isnull=False)
        .order_by("agreed", "proposal_id")
    )
    if with_names:
        rows = rows.annotate(
            title=Min(shown_text("proposal__title")),
            title_lang=Min(shown_language("proposal__title")),
            city=Min(shown_text("proposal__city__name")),
        )
    agreements = [
        Agreement(
            proposal_id=row["proposal_id"],
            opened=row["opened"],
            agreed=row["agreed"],
            title=row.get("title", ""),
            lang=foreign(row.get("title_lang", "")),
            city=row.get("city", ""),
        )
        for row in rows
    ]
    return TimeToAgreement(agreements=agreements)


# 6. Profile completeness -----------------------------------------------------------------


def _written(base: str) -> Q:
    written = Q()
    for code in settings.MODELTRANSLATION_LANGUAGES:
        written |= Q(**{f"{base}_{code}__gt": ""})
    return written


def _flag(condition) -> ExpressionWrapper:
    return ExpressionWrapper(condition, output_field=BooleanField())


def completeness_items():
    """(key, label, condition) for each item of a city's profile, the same items and
    labels as the panel its staff see (`cities.selectors.city_completeness`)."""
    city = OuterRef("pk")
    return [
        ("description", _("Short description"), _flag(_written("description"))),
        ("context", _("Migration context"), _flag(_written("migration_context"))),
        ("need", _("At least one need"), Exists(CityNeed.objects.filter(city=city))),
        ("potential", _("At least one potential"), Exists(CityPotential.objects.filter(city=city))),
        ("practice", _("At least one good practice"), Exists(GoodPractice.objects.filter(city=city))),
        ("population", _("Population"), _flag(Q(population__isnull=False))),
        ("website", _("Website"), _flag(~Q(website=""))),
        ("contact", _("Public contact address"), _flag(~Q(contact_email=""))),
        ("location", _("Location on the map"), _flag(Q(latitude__isnull=False, longitude__isnull=False))),
        ("image", _("Logo or photo"), _flag(~Q(image=""))),
    ]  # fmt: skip


@dataclass
class Completeness:
    cities: int  # public cities
    items: list[tuple[str, int]]  # (label, cities that have it)
    scores: list[int]  # scores[n]: cities with n items done

    @property
    def complete(self) -> int:
        return self.scores[-1] if self.scores else 0


def profile_completeness() -> Completeness:
    """How many public cities have each item of a complete profile, and how many have 0, 1,
    … all of them. One query, grouped by the combination of items (a few rows)."""
    items = completeness_items()
    keys = [f"has_{key}" for key, _label, _condition in items]
    groups = list(
        City.objects.filter(status__in=PUBLIC)
        .annotate(**{f"has_{key}": condition for key, _label, condition in items})
        .values_list(*keys)
        .annotate(count=Count("pk"))
        .order_by()
    )
    having = [0] * len(items)
    scores = [0] * (len(items) + 1)
    for *flags, count in groups:
        scores[sum(1 for flag in flags if flag)] += count
        for index, flag in enumerate(flags):
            if flag:
                having[index] += count
    return Completeness(
        cities=sum(count for *_flags, count in groups),
        items=[(label, having[index]) for index, (_key, label, _c) in enumerate(items)],
        scores=scores,
    )


# Email health ----------------------------------------------------------------------------


@dataclass
class Delivery:
    sent: int
    failed: int

    @property
    def rate(self) -> float | None:
        done = self.sent + self.failed
        return 100 * self.sent / done if done else None

    @property
    def rate_text(self) -> str:
        return percent(self.rate, 1) if self.rate is not None else ""


@dataclass
class EmailHealth:
    day: Delivery
    week: Delivery
    waiting: int  # queued or being sent
    stale: int
    failed: int
    waiting_for_broker: int
    oldest_for_broker: datetime | None  # since when the longest waiting of those has waited


def email_health(*, now: datetime | None = None) -> EmailHealth:
    """The outbox's recent delivery: over the last 24 hours and 7 days, emails sent and
    emails that failed (an email counts when it was sent, or when it last failed), and what
    waits now, with those the broker refused apart. One query."""
    now = now or timezone.now()
    day, week = now - timedelta(days=1), now - timedelta(days=7)
    stale = now - timedelta(minutes=settings.EMAIL_STALE_AFTER_MINUTES)
    sent, failed = EmailStatus.SENT, EmailStatus.FAILED
    waiting = Q(status__in=[EmailStatus.QUEUED, EmailStatus.SENDING])
    for_broker = Q(status=EmailStatus.QUEUED, publish_next_at__isnull=False)
    counts = Email.objects.aggregate(
        sent_day=Count("pk", filter=Q(status=sent, sent_at__gte=day)),
        sent_week=Count("pk", filter=Q(status=sent, sent_at__gte=week)),
        failed_day=Count("pk", filter=Q(status=failed, updated_at__gte=day)),
        failed_week=Count("pk", filter=Q(status=failed, updated_at__gte=week)),
        failed=Count("pk", filter=Q(status=failed)),
        waiting=Count("pk", filter=waiting),
        stale=Count("pk", filter=waiting & Q(updated_at__lt=stale)),
        waiting_for_broker=Count("pk", filter=for_broker),
        oldest_for_broker=Min("waiting_since", filter=for_broker),
    )
    return EmailHealth(
        day=Delivery(sent=counts["sent_day"], failed=counts["failed_day"]),
        week=Delivery(sent=counts["sent_week"], failed=counts["failed_week"]),
        waiting=counts["waiting"],
        stale=counts["stale"],
        failed=counts["failed"],
        waiting_for_broker=counts["waiting_for_broker"],
        oldest_for_broker=counts["oldest_for_broker"],
    )


EMAIL_LIST_FIELDS = (
    "pk", "recipient", "subject", "language", "status", "attempts", "last_error",
    "created_at", "updated_at", "sealed", "publish_next_at", "lease_until", "retry_at",
)  # fmt: skip


def emails_failed():
    """Failed emails, the latest failure first."""
    return (
        Email.objects.filter(status=EmailStatus.FAILED)
        .only(*EMAIL_LIST_FIELDS)
        .order_by("-updated_at", "-pk")
    )


def emails_waiting():
    """Emails queued or being sent, the longest waiting first."""
    return Email.objects.waiting().only(*EMAIL_LIST_FIELDS).order_by("updated_at", "pk")
