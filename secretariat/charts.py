"""Charts drawn on the server as inline SVG: this module computes the geometry (where each
bar, point and label goes) and `templates/secretariat/includes/chart_<kind>.html` draws it.

No chart library: the few shapes we need are simple, and drawing them ourselves keeps the
SVG accessible (a `<title>` and `<desc>` per chart, a data table beside it), translated
(every label through gettext, numbers in the reader's locale), free of scripts and inline
styles (the colours and patterns are classes in site.css, so the Content-Security-Policy
holds) and without a dependency to keep up to date.

Every chart is 360 units wide, so its text stays readable on a phone, and scales to its
container (viewBox, width 100 %). Series differ by pattern or marker shape as well as
colour, and bars carry their numbers, so colour is never the only distinction.
"""

import itertools
import math
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext as _

WIDTH = 360
CHAR = 7.6  # the average width of a character of the 14-unit labels, to place and cut text
LEGEND_ROW = 24


def number(value, decimals: int = 0) -> str:
    """A number as the reader's locale writes it (1,250 / 1 250 / 1.250)."""
    return formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def percent(value: float, decimals: int = 0) -> str:
    # Translators: a percentage; write it as your language does, e.g. "{number} %" in French
    return _("{number}%").format(number=number(value, decimals))


def shorten(text: str, width: float) -> str:
    """`text` cut with an ellipsis to fit about `width` units."""
    fits = max(int(width / CHAR), 4)
    return text if len(text) <= fits else text[: fits - 1].rstrip() + "…"


def nice_scale(maximum: float, *, ticks: int = 4) -> tuple[float, float]:
    """(top of the axis, step between gridlines): round numbers just above `maximum`,
    whole numbers for counts."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    return math.ceil(maximum / step) * step, step


@dataclass
class Point:
    x: float
    y: float
    value: float = 0

    @property
    def corner_x(self) -> float:  # of a square marker centred on the point
        return self.x - 4

    @property
    def corner_y(self) -> float:
        return self.y - 4


@dataclass
class LegendItem:
    label: str
    series: int
    x: float
    y: float
    swatch: float  # the width of its sample (a square, or a piece of line)

    @property
    def text_x(self) -> float:
        return self.x + self.swatch + 6

    @property
    def text_y(self) -> float:
        return self.y + 12

    @property
    def swatch_end(self) -> float:
        return self.x + self.swatch

    @property
    def middle(self) -> Point:
        return Point(x=self.x + self.swatch / 2, y=self.y + 7)


def legend(labels: list[str], *, top: float = 0, swatch: float = 14) -> list[LegendItem]:
    """Legend entries laid out left to right, wrapping to a new row when a row is full."""
    items, x, y = [], 0.0, top
    for series, label in enumerate(labels):
        width = swatch + 6 + len(label) * CHAR + 18
        if x and x + width > WIDTH:
            x, y = 0.0, y + LEGEND_ROW
        items.append(LegendItem(label=label, series=series, x=x, y=y, swatch=swatch))
        x += width
    return items


def _legend_height(items: list[LegendItem]) -> float:
    return (items[-1].y + LEGEND_ROW + 6) if items else 0


@dataclass
class Segment:
    series: int
    value: float
    x: float
    width: float
    label: str  # the series (or the row), for the segment's tooltip
    text: str  # its number


@dataclass
class Row:
    label: str
    lang: str
    label_y: float
    bar_y: float
    segments: list[Segment]
    text: str  # the number written after the bar
    text_x: float

    @property
    def text_y(self) -> float:
        return self.bar_y + 13


@dataclass
class Tick:
    position: float
    text: str

    @property
    def text_y(self) -> float:
        return self.position + 4


@dataclass
class Column:
    labels: list[tuple[str, float]]  # the label under the bar: one or two (line, y)
    x: float  # left edge
    width: float
    y: float  # top
    height: float
    text: str
    center: float

    @property
    def text_y(self) -> float:
        return self.y - 5


@dataclass
class Line:
    series: int
    label: str
    points: list[Point]
    end_text: str
    end_y: float

    @property
    def path(self) -> str:
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


@dataclass
class Chart:
    kind: str  # "bars" (horizontal), "columns" (vertical) or "lines"
    height: float
    width: int = WIDTH
    legend: list[LegendItem] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    baseline: float = 0
    plot_left: float = 0
    plot_right: float = WIDTH
    axis_label: str = ""

    @property
    def tick_x(self) -> float:
        return self.plot_left - 6

    @property
    def end_x(self) -> float:
        return self.plot_right + 8

    @property
    def axis_label_y(self) -> float:
        return self.baseline + 56

    @property
    def template(self) -> str:
        return f"secretariat/includes/chart_{self.kind}.html"

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height:.0f}"


BAR = 16
ROW = 46
TEXT_ROOM = 92  # right of the longest bar, for its number


def bar_chart(
    rows: list[tuple[str, str, list[float], str]],
    *,
    series: list[str] | None = None,
    maximum: float | None = None,
) -> Chart:
    """Horizontal bars, one row per (label, language, values, text): the label above its
    bar, `text` after it. Several values per row stack, one per `series` (then a legend).
    Bars scale to `maximum` (100 for percentages), else to the largest row total."""
    items = legend(series) if series and len(series) > 1 else []
    top = _legend_height(items)
    maximum = maximum or max((sum(values) for _l, _g, values, _t in rows), default=0) or 1
    scale = (WIDTH - TEXT_ROOM) / maximum
    chart_rows = []
    for index, (label, lang, values, text) in enumerate(rows):
        y = top + index * ROW
        x, segments = 0.0, []
        for number_, value in enumerate(values):
            width = value * scale
            if width > 0:
                segments.append(
                    Segment(
                        series=number_,
                        value=value,
                        x=x,
                        width=width,
                        label=series[number_] if series else label,
                        text=number(value) if series else text,
                    )
                )
            x += width
        chart_rows.append(
            Row(
                label=shorten(label, WIDTH),
                lang=lang,
                label_y=y + 14,
                bar_y=y + 20,
                segments=segments,
                text=text,
                text_x=x + 6,
            )
        )
    return Chart(kind="bars", height=top + len(rows) * ROW, legend=items, rows=chart_rows)


PLOT_TOP = 22
PLOT_HEIGHT = 190
AXIS_ROOM = 44  # left of the plot, for the gridlines' numbers


def column_chart(columns: list[tuple[list[str], float, str]], *, axis_label: str = "") -> Chart:
    """Vertical bars, one per (label lines, value, text), for a series over time or a
    distribution: gridlines with round numbers, each bar's number above it."""
    top, step = nice_scale(max((value for _l, value, _t in columns), default=0))
    left, right = AXIS_ROOM, WIDTH - 4
    slot = (right - left) / max(len(columns), 1)
    width = min(slot * 0.7, 48)
    baseline = PLOT_TOP + PLOT_HEIGHT
    shapes = []
    for index, (lines, value, text) in enumerate(columns):
        height = PLOT_HEIGHT * value / top
        center = left + slot * index + slot / 2
        shapes.append(
            Column(
                labels=[(line, baseline + 18 + 15 * number_) for number_, line in enumerate(lines)],
                x=center - width / 2,
                width=width,
                y=baseline - height,
                height=height,
                text=text,
                center=center,
            )
        )
    ticks = [
        Tick(position=baseline - PLOT_HEIGHT * value / top, text=number(value))
        for value in _steps(top, step)
    ]
    return Chart(
        kind="columns",
        height=baseline + 42 + (18 if axis_label else 0),
        columns=shapes,
        ticks=ticks,
        baseline=baseline,
        plot_left=left,
        plot_right=right,
        axis_label=axis_label,
    )


def _steps(top: float, step: float) -> list[float]:
    return [step * index for index in range(round(top / step) + 1)]


END_ROOM = 64  # right of the last point, for its number


def line_chart(labels: list[str], series: list[tuple[str, list[float]]]) -> Chart:
    """Lines over `labels` (years), one per (series label, values): gridlines with round
    numbers, a marker of its own shape on each point, the last value written at its end."""
    items = legend([name for name, _values in series], swatch=22)
    plot_top = _legend_height(items) + 10
    top, step = nice_scale(max((max(values, default=0) for _n, values in series), default=0))
    left, right = AXIS_ROOM, WIDTH - END_ROOM
    baseline = plot_top + PLOT_HEIGHT
    gap = (right - left) / max(len(labels) - 1, 1)

    def y_of(value):
        return baseline - PLOT_HEIGHT * value / top

    lines = []
    for index, (name, values) in enumerate(series):
        points = [
            Point(x=left + gap * position, y=y_of(value), value=value)
            for position, value in enumerate(values)
        ]
        end = points[-1].y + 4 if points else baseline
        lines.append(
            Line(
                series=index,
                label=name,
                points=points,
                end_text=number(values[-1]) if values else "",
                end_y=end,
            )
        )
    # numbers at the ends of the lines must not overlap
    ordered = sorted(lines, key=lambda line: line.end_y)
    for above, below in itertools.pairwise(ordered):
        if below.end_y - above.end_y < 15:
            below.end_y = above.end_y + 15
    columns = [
        Column(labels=[(label, baseline + 20)], x=left + gap * index, width=0, y=0, height=0, text="", center=left + gap * index)
        for index, label in enumerate(labels)
    ]  # fmt: skip
    ticks = [Tick(position=y_of(value), text=number(value)) for value in _steps(top, step)]
    return Chart(
        kind="lines",
        height=baseline + 30,
        legend=items,
        lines=lines,
        columns=_thin_labels(columns),
        ticks=ticks,
        baseline=baseline,
        plot_left=left,
        plot_right=right,
    )


def _thin_labels(columns: list[Column]) -> list[Column]:
    """Every label when they fit, else every second or third one (the data table has all)."""
    if len(columns) < 2:
        return columns
    gap = columns[1].center - columns[0].center
    longest = max(len(column.labels[0][0]) for column in columns) * CHAR + 8
    every = max(math.ceil(longest / gap), 1)
    return [column for index, column in enumerate(columns) if index % every == 0]
