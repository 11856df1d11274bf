"""What the atlas reads: the needs and potentials of the public cities, theme by theme, and
the public partnerships, documents and meetings on a theme. Only public information: cities
that take part (not those still invited), public partnerships, public documents and public
meetings. A need its city keeps for participants is counted, and its words are never read.

Every function runs a fixed number of queries whatever the number of cities and themes: the
rows are read as plain values and put together here."""

import functools
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count
from django.utils.translation import get_language
from django_countries import countries

from cities.enums import CityStatus, Continent, NeedAudience
from cities.models import City, CityNeed, CityPotential, Theme
from cities.models.directory import city_url
from cities.selectors import display_sort_key
from evidence.models import EvidenceDocument
from mayors_dialogue.translated import reading_order, text_in, translated_names
from meetings.enums import MeetingStatus
from meetings.models import Meeting
from partnerships.enums import PUBLIC_STATUSES, ProposalStatus
from partnerships.models import Proposal

PUBLIC_CITY = (CityStatus.PARTICIPANT, CityStatus.LEAD)
# how many cities of each continent a theme page quotes, and how many partnerships,
# documents and meetings it lists; the CSV has them all
CITIES_SHOWN = 10
LATEST_SHOWN = 10


class AtlasCity:
    """A public city as the atlas shows it, read as plain values (no model instance):
    `{% translated city "name" %}` reads its `name_<code>` like a City's."""

    def __init__(self, values: dict):
        self.__dict__.update(values)

    def __str__(self):
        return self.name_in()

    def name_in(self, language: str | None = None) -> str:
        for code in _reading_order(language or get_language(), self.original_language):
            if getattr(self, f"name_{code}", ""):
                return getattr(self, f"name_{code}")
        return self.name

    def get_absolute_url(self) -> str:
        return city_url(self.slug)

    @property
    def country_name(self) -> str:
        return _country_name(self.country, get_language())

    def get_continent_display(self) -> str:
        return _continent_label(self.continent, get_language())


@functools.lru_cache(maxsize=64)
def _reading_order(language: str, original: str) -> tuple[str, ...]:
    return tuple(reading_order(language, original))


# Names in the reader's language, looked up once per language: a CSV has thousands of rows.
@functools.lru_cache(maxsize=1024)
def _country_name(code: str, language: str) -> str:
    return countries.name(code)


@functools.lru_cache(maxsize=16)
def _continent_label(value: str, language: str) -> str:
    return str(Continent(value).label)


CITY_VALUES = (
    "slug",
    "country",
    "continent",
    "original_language",
    "name",
    *translated_names("name"),
)


def _public_cities(*, continent: str = "") -> dict[int, AtlasCity]:
    """The public cities (of one continent), by id: one query."""
    # rewrite(False): plain rows, without modeltranslation's per-row fallbacks
    cities = City.objects.rewrite(False).public().order_by()
    if continent:
        cities = cities.filter(continent=continent)
    return {values["id"]: AtlasCity(values) for values in cities.values("id", *CITY_VALUES)}


def _sorted(cities) -> list[AtlasCity]:
    """By the name the reader sees, ignoring case and accents."""
    language = get_language()
    return sorted(cities, key=lambda city: (display_sort_key(city.name_in(language)), city.id))


@dataclass
class ThemeCount:
    """How many public cities need a theme, and how many offer it. `gap`: the cities that
    need it minus those that offer it; above zero, the theme is needed more often than it
    is offered."""

    theme: Theme
    needs: int = 0
    offers: int = 0
    # needs kept for participants: counted in `needs`, never quoted
    needs_private: int = 0
    needs_by_continent: Counter = field(default_factory=Counter)
    offers_by_continent: Counter = field(default_factory=Counter)

    @property
    def gap(self) -> int:
        return self.needs - self.offers

    def continents(self) -> list[tuple[str, int, int]]:
        """(continent label, needs, offers) for each continent."""
        return [
            (label, self.needs_by_continent[value], self.offers_by_continent[value])
            for value, label in Continent.choices
        ]


NEED, OFFER, PRIVATE = 1, 2, 4


@dataclass
class Cell:
    need: bool = False
    offer: bool = False
    need_private: bool = False


@dataclass
class MatrixRow:
    city: AtlasCity
    # per theme, in the atlas's order: NEED | OFFER | PRIVATE bits (cheap for every city)
    marks: list[int]

    @property
    def cells(self) -> list[Cell]:
        """Per theme, what the city needs and offers: made only for the rows shown."""
        return [
            Cell(
                need=bool(mark & NEED), offer=bool(mark & OFFER), need_private=bool(mark & PRIVATE)
            )
            for mark in self.marks
        ]


@dataclass
class Atlas:
    themes: list[Theme]
    counts: list[ThemeCount]
    # the cities that need or offer something (on `theme`, when filtered), by name
    rows: list[MatrixRow]
    cities_total: int

    @property
    def by_needs(self) -> list[ThemeCount]:
        """The most common needs first."""
        return sorted(self.counts, key=lambda count: (-count.needs, count.theme.position))

    @property
    def gaps(self) -> list[ThemeCount]:
        """The themes needed more often than offered, the widest gap first."""
        gaps = [count for count in self.counts if count.gap > 0]
        return sorted(gaps, key=lambda count: (-count.gap, -count.needs, count.theme.position))

    @property
    def needs_total(self) -> int:
        return sum(count.needs for count in self.counts)

    @property
    def offers_total(self) -> int:
        return sum(count.offers for count in self.counts)


def atlas_themes() -> list[Theme]:
    return list(Theme.objects.all())


def atlas_matrix(
    *, continent: str = "", theme: Theme | None = None, themes: list[Theme] | None = None
) -> Atlas:
    """The theme × city matrix of the public cities (of `continent`, when given) and the
    counts per theme: four queries for any number of cities and themes (three when `themes`
    have been read already). With `theme`, the rows are the cities that need or offer it;
    the counts stay those of every theme."""
    themes = atlas_themes() if themes is None else themes
    cities = _public_cities(continent=continent)
    position = {theme_.pk: index for index, theme_ in enumerate(themes)}
    counts = [ThemeCount(theme=theme_) for theme_ in themes]
    marks: dict[int, list[int]] = {}
    empty = [0] * len(themes)
    needs = CityNeed.objects.rewrite(False).filter(city__status__in=PUBLIC_CITY)
    if continent:
        needs = needs.filter(city__continent=continent)
    for city_id, theme_id, audience in needs.order_by().values_list(
        "city_id", "theme_id", "audience"
    ):
        if city_id not in cities or theme_id not in position:
            continue
        index = position[theme_id]
        private = audience != NeedAudience.PUBLIC
        marks.setdefault(city_id, empty.copy())[index] |= NEED | (PRIVATE if private else 0)
        count = counts[index]
        count.needs += 1
        count.needs_private += private
        count.needs_by_continent[cities[city_id].continent] += 1
    potentials = CityPotential.objects.rewrite(False).filter(city__status__in=PUBLIC_CITY)
    if continent:
        potentials = potentials.filter(city__continent=continent)
    for city_id, theme_id in potentials.order_by().values_list("city_id", "theme_id"):
        if city_id not in cities or theme_id not in position:
            continue
        index = position[theme_id]
        marks.setdefault(city_id, empty.copy())[index] |= OFFER
        counts[index].offers += 1
        counts[index].offers_by_continent[cities[city_id].continent] += 1
    if theme is not None:
        index = position[theme.pk]
        chosen = [city_id for city_id, row in marks.items() if row[index]]
    else:
        chosen = list(marks)
    rows = [
        MatrixRow(city=city, marks=marks[city.id]) for city in _sorted(cities[c] for c in chosen)
    ]
    return Atlas(themes=themes, counts=counts, rows=rows, cities_total=len(cities))


class Entry:
    """A need or a potential of a public city on one theme, its words as translated fields
    (`description_<code>`, `original_language`), so `{% translated entry "description" %}`
    shows them in the reader's language or marks the fallback. A need kept for participants
    has no words at all: they are not even read."""

    def __init__(self, *, city: AtlasCity, public: bool = True, texts: dict | None = None):
        self.city = city
        self.public = public
        self.description = ""
        self.original_language = ""
        self.__dict__.update(texts or {})

    def text(self, language: str | None = None) -> tuple[str, str]:
        """The words for a reader of `language` and the language they are in."""
        return text_in(self, "description", language) if self.public else ("", "")


def _entries(model, *, theme: Theme, needs: bool) -> list[Entry]:
    """The theme's needs (or potentials) of the public cities, by the city's name: one
    query."""
    texts = translated_names("description")
    city_fields = [f"city__{name}" for name in ("id", *CITY_VALUES)]
    rows = (
        model.objects.rewrite(False)
        .filter(theme=theme, city__status__in=PUBLIC_CITY)
        .order_by()
        .values("original_language", *texts, *(["audience"] if needs else []), *city_fields)
    )
    entries = []
    for row in rows:
        city = AtlasCity({name.removeprefix("city__"): row[name] for name in city_fields})
        public = row.get("audience", NeedAudience.PUBLIC) == NeedAudience.PUBLIC
        words = {"original_language": row["original_language"]}
        words.update({name: row[name] for name in texts})
        entries.append(Entry(city=city, public=public, texts=words if public else None))
    order = {city.id: index for index, city in enumerate(_sorted(e.city for e in entries))}
    return sorted(entries, key=lambda entry: order[entry.city.id])


@dataclass
class EntriesByContinent:
    continent: str
    label: str
    # the quoted ones, at most the number shown
    entries: list[Entry]
    count: int
    # needs kept for participants: counted here, never in `entries`
    private: int = 0

    @property
    def more(self) -> int:
        return self.count - len(self.entries)


def _by_continent(entries: list[Entry], *, shown: int) -> list[EntriesByContinent]:
    grouped = []
    for value, label in Continent.choices:
        mine = [entry for entry in entries if entry.city.continent == value]
        quoted = [entry for entry in mine if entry.public]
        grouped.append(
            EntriesByContinent(
                continent=value,
                label=label,
                entries=quoted[:shown] if shown else quoted,
                count=len(quoted),
                private=len(mine) - len(quoted),
            )
        )
    return grouped


# Counting every public document on a theme (thousands) would cost more than the rest of
# the page: beyond this many, a list says "more than".
COUNT_UP_TO = 500


@dataclass
class Latest:
    items: list
    # how many there are, up to COUNT_UP_TO
    count: int
    # there are more than COUNT_UP_TO
    beyond: bool = False

    @property
    def more(self) -> bool:
        return self.beyond or self.count > len(self.items)


def _counted(queryset) -> tuple[int, bool]:
    """How many rows, counting no further than COUNT_UP_TO (one query), and whether there
    are more."""
    count = queryset.order_by()[: COUNT_UP_TO + 1].count()
    return min(count, COUNT_UP_TO), count > COUNT_UP_TO


def _latest(queryset, shown: int) -> Latest:
    items = list(queryset[:shown])
    if len(items) < shown:
        return Latest(items=items, count=len(items))
    count, beyond = _counted(queryset)
    return Latest(items=items, count=count, beyond=beyond)


@dataclass
class ThemeAtlas:
    theme: Theme
    needs: list[EntriesByContinent]
    offers: list[EntriesByContinent]
    partnerships: Latest
    # proposals still open on the theme: a count (they are for participants to read)
    open_proposals: int
    documents: Latest
    meetings: Latest

    @property
    def needs_count(self) -> int:
        return sum(group.count + group.private for group in self.needs)

    @property
    def needs_private(self) -> int:
        return sum(group.private for group in self.needs)

    @property
    def offers_count(self) -> int:
        return sum(group.count for group in self.offers)

    @property
    def gap(self) -> int:
        return self.needs_count - self.offers_count

    @property
    def continents(self) -> list[tuple[EntriesByContinent, EntriesByContinent]]:
        """(needs, offers) of each continent."""
        return list(zip(self.needs, self.offers, strict=True))


def theme_entries(*, theme: Theme) -> tuple[list[Entry], list[Entry]]:
    """Every need and every potential of the public cities on `theme`: two queries."""
    return (
        _entries(CityNeed, theme=theme, needs=True),
        _entries(CityPotential, theme=theme, needs=False),
    )


def atlas_theme(
    *, theme: Theme, shown: int = CITIES_SHOWN, latest: int = LATEST_SHOWN
) -> ThemeAtlas:
    """A theme's page: the cities that need it and that offer it (`shown` of each continent
    quoted, the needs kept for participants counted), the latest public partnerships, public
    documents and public meetings (held or scheduled) on it, each with how many there are.
    Nine queries, whatever the numbers."""
    anonymous = AnonymousUser()
    needs, offers = theme_entries(theme=theme)
    partnerships = (
        Proposal.objects.public()
        .filter(themes=theme, city__status__in=PUBLIC_CITY)
        .select_related("city")
        .only(
            "pk",
            "city",
            "status",
            "updated_at",
            "original_language",
            *translated_names("title"),
            "title",
            *(f"city__{name}" for name in CITY_VALUES),
        )
        .order_by("-updated_at", "-pk")
    )
    # how many public partnerships and open proposals: one query, one reading of the rows
    by_status = dict(
        Proposal.objects.filter(
            themes=theme,
            city__status__in=PUBLIC_CITY,
            status__in=[*PUBLIC_STATUSES, ProposalStatus.OPEN],
        )
        .order_by()
        .values_list("status")
        .annotate(count=Count("pk"))
    )
    shown_partnerships = list(partnerships[:latest])
    partnerships_count = sum(by_status.get(status, 0) for status in PUBLIC_STATUSES)
    documents = (
        EvidenceDocument.objects.visible_to(anonymous)
        .filter(themes=theme)
        .only(
            "pk",
            "doc_type",
            "publication_date",
            "original_language",
            "title",
            *translated_names("title"),
        )
        .order_by("-publication_date", "-pk")
    )
    meetings = (
        Meeting.objects.visible_to(anonymous)
        .filter(themes=theme, status__in=[MeetingStatus.SCHEDULED, MeetingStatus.HELD])
        .only("pk", "status", "start", "original_language", "title", *translated_names("title"))
        .order_by("-start", "-pk")
    )
    return ThemeAtlas(
        theme=theme,
        needs=_by_continent(needs, shown=shown),
        offers=_by_continent(offers, shown=shown),
        partnerships=Latest(items=shown_partnerships, count=partnerships_count),
        open_proposals=by_status.get(ProposalStatus.OPEN, 0),
        documents=_latest(documents, latest),
        meetings=_latest(meetings, latest),
    )
