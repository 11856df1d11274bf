"""The figures of the secretariat's overview: each chart with its title, key numbers, data
table and note, in the reader's language, and each chart's CSV (every row)."""

from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from meetings.enums import RSVPResponse
from partnerships.enums import ProposalStatus

from . import selectors
from .charts import Chart, bar_chart, column_chart, line_chart, number, percent

CITIES_SHOWN = 15
MEETINGS_SHOWN = 12
QUARTERS_SHOWN = 12


@dataclass
class Cell:
    text: object
    lang: str = ""


@dataclass
class Figure:
    """A chart with what surrounds it: its title, a sentence with its key numbers (also
    the chart's description for screen readers), its data table and its CSV."""

    slug: str
    title: str
    summary: str
    chart: Chart | None
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""
    more: int = 0  # rows only in the CSV
    empty: str = ""

    @property
    def title_id(self) -> str:
        return f"chart-{self.slug}-title"


def cells(*values) -> list[Cell]:
    return [value if isinstance(value, Cell) else Cell(value) for value in values]


def quarter_label(year: int, quarter: int) -> str:
    # Translators: a quarter of a year, e.g. "2024 Q1"
    return _("{year} Q{quarter}").format(year=year, quarter=quarter)


def short_date(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


# from the best answer to none, so the patterns run from solid to empty
ANSWERS = [RSVPResponse.ATTENDING, RSVPResponse.MAYBE, RSVPResponse.NOT_ATTENDING]


def answer_series() -> list[str]:
    return [*(answer.label for answer in ANSWERS), _("No answer")]


# The figures ------------------------------------------------------------------------------


def cities_figure() -> Figure:
    data = selectors.cities_over_time()
    title = _("Cities invited and taking part")
    headers = [_("Year"), _("Invited (in all)"), _("Taking part (in all)")]
    note = _(
        "A city counts as invited from its first invitation, and as taking part from the "
        "year it joined; a city taking part counts as invited too."
    )
    if data.undated:
        note += " " + ngettext(
            "{count} city has neither date and is not counted.",
            "{count} cities have neither date and are not counted.",
            data.undated,
        ).format(count=number(data.undated))
    if not data.years:
        return Figure(
            slug="cities", title=title, summary="", chart=None, headers=headers, note=note,
            empty=_("No city has been invited yet."),
        )  # fmt: skip
    summary = _("By the end of {year}: {invited} invited, {participating} taking part.").format(
        year=data.years[-1],
        invited=number(data.invited[-1]),
        participating=number(data.participating[-1]),
    )
    chart = line_chart(
        [str(year) for year in data.years],
        [
            (pgettext("cities in all", "Invited"), data.invited),
            (pgettext("cities in all", "Taking part"), data.participating),
        ],
    )
    rows = [
        cells(year, number(invited), number(participating))
        for year, invited, participating in zip(
            data.years, data.invited, data.participating, strict=True
        )
    ]
    return Figure(
        slug="cities", title=title, summary=summary, chart=chart, headers=headers, rows=rows,
        note=note,
    )  # fmt: skip


def recent_quarters(today, count: int) -> list[tuple[int, int]]:
    """The last `count` quarters up to today's, oldest first, as (year, quarter)."""
    index = today.year * 4 + (today.month - 1) // 3
    return [divmod(position, 4) for position in range(index - count + 1, index + 1)]


def meetings_held_figure(held) -> Figure:
    counts = {(quarter.year, (quarter.month - 1) // 3 + 1): count for quarter, count in held}
    quarters = [
        (year, index + 1) for year, index in recent_quarters(timezone.localdate(), QUARTERS_SHOWN)
    ]
    shown = [counts.get(quarter, 0) for quarter in quarters]
    title = _("Meetings held per quarter")
    headers = [_("Quarter"), _("Meetings held")]
    total = sum(shown)
    summary = ngettext(
        "{count} meeting held in the last {quarters} quarters; {all} since the start.",
        "{count} meetings held in the last {quarters} quarters; {all} since the start.",
        total,
    ).format(count=number(total), quarters=QUARTERS_SHOWN, all=number(sum(counts.values())))
    columns = [
        (
            # Translators: a quarter of the year under a bar of a chart
            [_("Q{quarter}").format(quarter=quarter), str(year) if quarter == 1 or not index else ""],
            count,
            number(count),
        )
        for index, ((year, quarter), count) in enumerate(zip(quarters, shown, strict=True))
    ]  # fmt: skip
    rows = [
        cells(quarter_label(year, quarter), number(count))
        for (year, quarter), count in zip(quarters, shown, strict=True)
    ]
    return Figure(
        slug="meetings-held", title=title, summary=summary, chart=column_chart(columns),
        headers=headers, rows=rows,
    )  # fmt: skip


def attendance_headers() -> list[str]:
    return [
        _("City"),
        _("Held meetings invited to"),
        _("Answered “attending”"),
        _("Attendance rate"),
    ]


def attendance_figure() -> Figure:
    data = selectors.attendance_by_city(limit=CITIES_SHOWN)
    title = _("Attendance rate by city")
    note = _(
        "Attendance rate: the held meetings a city answered “attending” to, out of the held "
        "meetings it was invited to. The {count} cities invited most are shown; the CSV has "
        "every city."
    ).format(count=CITIES_SHOWN)
    if not data.rows:
        return Figure(
            slug="attendance", title=title, summary="", chart=None,
            headers=attendance_headers(), note=note, empty=_("No meeting has been held yet."),
        )  # fmt: skip
    summary = _("{rate} of invitations to held meetings were answered “attending”.").format(
        rate=percent(data.rate)
    )
    chart = bar_chart(
        [(row.name, row.lang, [row.rate], percent(row.rate)) for row in data.rows], maximum=100
    )
    rows = [
        cells(Cell(row.name, row.lang), number(row.invited), number(row.attending), percent(row.rate))
        for row in data.rows
    ]  # fmt: skip
    return Figure(
        slug="attendance", title=title, summary=summary, chart=chart,
        headers=attendance_headers(), rows=rows, note=note, more=data.cities - len(data.rows),
    )  # fmt: skip


def answers_headers() -> list[str]:
    return [_("Meeting"), _("Date"), _("Cities invited"), *answer_series()]


def answer_counts(meeting) -> list[int]:
    return [*(meeting.answers.get(answer, 0) for answer in ANSWERS), meeting.unanswered]


def answers_figure(total: int) -> Figure:
    meetings = selectors.answers_per_meeting(limit=MEETINGS_SHOWN)
    title = _("Answers per meeting")
    if not meetings:
        return Figure(
            slug="answers", title=title, summary="", chart=None, headers=answers_headers(),
            empty=_("No meeting has been held yet."),
        )  # fmt: skip
    summary = ngettext(
        "The latest {shown} of {count} held meeting, latest first.",
        "The latest {shown} of {count} held meetings, latest first.",
        total,
    ).format(shown=number(len(meetings)), count=number(total))
    chart = bar_chart(
        [
            (
                f"{short_date(meeting.start)} · {meeting.title}",
                meeting.lang,
                answer_counts(meeting),
                # Translators: how many invited cities answered a meeting, e.g. "8 of 10"
                _("{answered} of {invited}").format(
                    answered=number(meeting.invited - meeting.unanswered),
                    invited=number(meeting.invited),
                ),
            )
            for meeting in meetings
        ],
        series=answer_series(),
    )
    rows = [
        cells(
            Cell(meeting.title, meeting.lang),
            short_date(meeting.start),
            number(meeting.invited),
            *(number(count) for count in answer_counts(meeting)),
        )
        for meeting in meetings
    ]
    return Figure(
        slug="answers", title=title, summary=summary, chart=chart, headers=answers_headers(),
        rows=rows, more=total - len(meetings),
    )  # fmt: skip


def count_bars(rows: list[tuple[str, str, int]]):
    return bar_chart([(label, lang, [count], number(count)) for label, lang, count in rows])


def stages_figure() -> Figure:
    counts = selectors.proposals_by_status()
    total = sum(count for _status, count in counts)
    labels = dict(ProposalStatus.choices)
    title = _("Proposals by stage")
    headers = [_("Stage"), _("Proposals")]
    if not total:
        return Figure(
            slug="stages", title=title, summary="", chart=None, headers=headers,
            empty=_("No proposal has been written yet."),
        )  # fmt: skip
    summary = ngettext("{count} proposal in all.", "{count} proposals in all.", total).format(
        count=number(total)
    )
    return Figure(
        slug="stages", title=title, summary=summary,
        chart=count_bars([(str(labels[status]), "", count) for status, count in counts]),
        headers=headers, rows=[cells(labels[status], number(count)) for status, count in counts],
    )  # fmt: skip


def themes_figure() -> Figure:
    themes = selectors.proposals_by_theme()
    title = _("Proposals by theme")
    headers = [_("Theme"), _("Proposals")]
    if not any(theme.count for theme in themes):
        return Figure(
            slug="themes", title=title, summary="", chart=None, headers=headers,
            empty=_("No proposal has been written yet."),
        )  # fmt: skip
    top = themes[0]
    summary = _("A proposal can name several themes. The most named: {theme}.").format(
        theme=top.name
    )
    return Figure(
        slug="themes", title=title, summary=summary,
        chart=count_bars([(theme.name, theme.lang, theme.count) for theme in themes]),
        headers=headers,
        rows=[cells(Cell(theme.name, theme.lang), number(theme.count)) for theme in themes],
    )  # fmt: skip


def days_text(days: float) -> str:
    whole = round(days)
    return ngettext("{count} day", "{count} days", whole).format(count=number(whole))


def agreement_buckets(agreements) -> list[tuple[str, int]]:
    counts = [0] * len(selectors.AGREEMENT_BUCKETS)
    for agreement in agreements:
        for index, (upper, _label) in enumerate(selectors.AGREEMENT_BUCKETS):
            if upper is None or agreement.days < upper:
                counts[index] += 1
                break
    return [
        (str(label), count)
        for (_upper, label), count in zip(selectors.AGREEMENT_BUCKETS, counts, strict=True)
    ]


def agreement_figure() -> Figure:
    data = selectors.time_to_agreement()
    title = _("Time from open to agreed")
    headers = [_("Time from open to agreed"), _("Proposals")]
    note = _("From the day a proposal was first opened to the day every side had confirmed it.")
    if not data.agreements:
        return Figure(
            slug="agreement", title=title, summary="", chart=None, headers=headers, note=note,
            empty=_("No proposal has been agreed yet, so there is no time to show."),
        )  # fmt: skip
    count = len(data.agreements)
    summary = ngettext(
        "{count} proposal agreed; the median time from open to agreed is {median}.",
        "{count} proposals agreed; the median time from open to agreed is {median}.",
        count,
    ).format(count=number(count), median=days_text(data.median_days))
    buckets = agreement_buckets(data.agreements)
    return Figure(
        slug="agreement", title=title, summary=summary,
        chart=count_bars([(label, "", value) for label, value in buckets]),
        headers=headers, rows=[cells(label, number(value)) for label, value in buckets],
        note=note,
    )  # fmt: skip


def completeness_figure(data) -> Figure:
    title = _("Profile completeness across cities")
    headers = [_("Item of the profile"), _("Cities with it"), _("Share")]
    if not data.cities:
        return Figure(
            slug="profiles", title=title, summary="", chart=None, headers=headers,
            empty=_("No city takes part yet."),
        )  # fmt: skip
    summary = ngettext(
        "{complete} of {count} city taking part has every item of its profile.",
        "{complete} of {count} cities taking part have every item of their profile.",
        data.cities,
    ).format(complete=number(data.complete), count=number(data.cities))
    share = [(str(label), 100 * having / data.cities, having) for label, having in data.items]
    return Figure(
        slug="profiles", title=title, summary=summary,
        chart=bar_chart([(label, "", [value], percent(value)) for label, value, _h in share], maximum=100),
        headers=headers,
        rows=[cells(label, number(having), percent(value)) for label, value, having in share],
    )  # fmt: skip


def scores_figure(data) -> Figure:
    items = len(data.items)
    title = _("Cities by how complete their profile is")
    headers = [_("Items done"), _("Cities")]
    if not data.cities:
        return Figure(
            slug="profile-scores", title=title, summary="", chart=None, headers=headers,
            empty=_("No city takes part yet."),
        )  # fmt: skip
    summary = ngettext(
        "How many of the {count} item of a profile each city taking part has.",
        "How many of the {count} items of a profile each city taking part has.",
        items,
    ).format(count=items)
    chart = column_chart(
        [([str(done)], count, number(count)) for done, count in enumerate(data.scores)],
        axis_label=_("Items done, of {count}").format(count=items),
    )
    return Figure(
        slug="profile-scores", title=title, summary=summary, chart=chart, headers=headers,
        rows=[cells(done, number(count)) for done, count in enumerate(data.scores)],
    )  # fmt: skip


def overview_groups() -> list[tuple[str, str, list[Figure]]]:
    """The overview's sections, each with its figures."""
    completeness = selectors.profile_completeness()
    held = selectors.meetings_held_by_quarter()
    held_total = sum(count for _quarter, count in held)
    return [
        ("cities", _("Cities"), [cities_figure()]),
        ("meetings", _("Meetings"), [meetings_held_figure(held), attendance_figure(), answers_figure(held_total)]),
        ("proposals", _("Proposals"), [stages_figure(), themes_figure(), agreement_figure()]),
        ("profiles", _("City profiles"), [completeness_figure(completeness), scores_figure(completeness)]),
    ]  # fmt: skip


# The CSVs: every row, numbers as numbers ------------------------------------------------------


def cities_csv():
    data = selectors.cities_over_time()
    rows = zip(data.years, data.invited, data.participating, strict=True)
    return [_("Year"), _("Invited (in all)"), _("Taking part (in all)")], rows


def meetings_held_csv():
    rows = [
        (quarter_label(quarter.year, (quarter.month - 1) // 3 + 1), count)
        for quarter, count in selectors.meetings_held_by_quarter()
    ]
    return [_("Quarter"), _("Meetings held")], rows


def attendance_csv():
    data = selectors.attendance_by_city()
    rows = [(row.name, row.invited, row.attending, round(row.rate, 1)) for row in data.rows]
    return attendance_headers(), rows


def answers_csv():
    meetings = selectors.answers_per_meeting(limit=None)
    rows = [
        (meeting.title, timezone.localtime(meeting.start).date().isoformat(), meeting.invited,
         *answer_counts(meeting))
        for meeting in meetings
    ]  # fmt: skip
    return answers_headers(), rows


def stages_csv():
    labels = dict(ProposalStatus.choices)
    rows = [(labels[status], count) for status, count in selectors.proposals_by_status()]
    return [_("Stage"), _("Proposals")], rows


def themes_csv():
    rows = [(theme.name, theme.count) for theme in selectors.proposals_by_theme()]
    return [_("Theme"), _("Proposals")], rows


def agreement_csv():
    data = selectors.time_to_agreement(with_names=True)
    rows = [
        (row.title, row.city, timezone.localtime(row.opened).date().isoformat(),
         timezone.localtime(row.agreed).date().isoformat(), round(row.days, 1))
        for row in data.agreements
    ]  # fmt: skip
    return [_("Proposal"), _("City"), _("Opened"), _("Agreed"), _("Days")], rows


def profiles_csv():
    data = selectors.profile_completeness()
    rows = [
        (label, having, round(100 * having / data.cities, 1) if data.cities else 0)
        for label, having in data.items
    ]
    return [_("Item of the profile"), _("Cities with it"), _("Share (%)")], rows


def profile_scores_csv():
    data = selectors.profile_completeness()
    return [_("Items done"), _("Cities")], list(enumerate(data.scores))


CSV = {
    "cities": cities_csv,
    "meetings-held": meetings_held_csv,
    "attendance": attendance_csv,
    "answers": answers_csv,
    "stages": stages_csv,
    "themes": themes_csv,
    "agreement": agreement_csv,
    "profiles": profiles_csv,
    "profile-scores": profile_scores_csv,
}
