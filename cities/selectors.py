import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.caching import cached
from mayors_dialogue.formats import words_list
from mayors_dialogue.text import name_key
from mayors_dialogue.translated import (
    reading_order,
    shown_text,
    translated_fields_of,
    translated_names,
    written_languages,
)

from .enums import CityStatus, Continent
from .models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerOrganisation,
    ProfileChange,
    Theme,
)
from .models.directory import names_taken

RECENT_CHANGES = 8


def display_sort_key(text: str) -> str:
    """Sort names as people read them in any of the four languages: ignoring case and accents,
    so Zürich sorts with Zurich and Ávila with Avila."""
    if text.isascii():  # most names: nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def cities_by_continent(*, limit: int | None = None) -> list[tuple[str, list[City], int]]:
    """The public directory grouped by continent for the home page: (continent, its first
    `limit` cities, how many it has). Lead cities first, then by the name shown in the
    current language, ignoring case and accents. The names are read as plain rows and sorted
    here; only the cities named become model objects (a second query), with only the fields
    the lists and the map show."""
    language = get_language()
    name_fields = translated_names("name")
    rows = (
        City.objects.public()
        .order_by()
        .values_list("pk", "status", "continent", "original_language", *name_fields)
    )
    by_continent: dict[str, list[tuple]] = defaultdict(list)
    # where to look for the shown name, by the name's original language: the reader's
    # language first, then the original, then the others (as `text_in` does)
    languages = list(settings.MODELTRANSLATION_LANGUAGES)
    orders = {
        original: [languages.index(code) for code in reading_order(language, original)]
        for original in ("", *languages)
    }
    for pk, status, continent, original, *names in rows:
        order = orders.get(original) or orders[""]
        shown = next((names[index] for index in order if names[index]), "")
        by_continent[continent].append((status != CityStatus.LEAD, display_sort_key(shown), pk))
    chosen = {
        continent: [pk for *_key, pk in sorted(keys)[:limit]]
        for continent, keys in by_continent.items()
    }
    cities = City.objects.order_by().only(
        "pk", "slug", "status", "continent", "country", "latitude", "longitude",
        "original_language", "name", *name_fields,
    ).in_bulk([pk for pks in chosen.values() for pk in pks])  # fmt: skip
    labels = dict(Continent.choices)  # each label translated once, not once a city
    return [
        (str(labels[code]), [cities[pk] for pk in chosen[code]], len(by_continent[code]))
        for code in sorted(chosen)
    ]


# The home page names this many cities per continent, lead cities first; the directory has
# them all.
HOME_CITIES_PER_CONTINENT = 40


def home_cities_by_continent():
    return cities_by_continent(limit=HOME_CITIES_PER_CONTINENT)


def home_directory_html() -> dict[str, str]:
    """The home page's lists of partners and cities and its map, rendered together once per
    language until the directory changes (one entry to read and keep, the cities read once).
    The map shows the cities the lists name (lead cities first, at most
    `HOME_CITIES_PER_CONTINENT` a continent), so its weight and cost stay the same however
    many cities join; the directory's map has them all."""
    from .maps import city_map_html

    def render():
        groups = home_cities_by_continent()
        continents = [(label, cities, total - len(cities)) for label, cities, total in groups]
        on_map = [
            city
            for _label, cities, _total in groups
            for city in cities
            if city.latitude is not None and city.longitude is not None
        ]
        return {
            "partners": render_to_string(
                "cities/includes/partner_list.html", {"partners": partner_organisations()}
            ),
            "cities": render_to_string(
                "cities/includes/city_list.html", {"continents": continents}
            ),
            "map": city_map_html(on_map),
        }

    # a key of its own: entries of the earlier shape (without the map) are never read
    return cached("directory", ("home-lists-and-map", get_language()), render)


def public_city_choices() -> list[tuple[int, str]]:
    """(pk, name) of every public city for filter menus, by the name the reader is shown,
    kept until the directory changes. Two columns read, not every city's profile."""
    return cached(
        "directory",
        ("city-choices", get_language()),
        lambda: list(
            City.objects.public()
            .annotate(shown_name=shown_text("name"))
            .order_by("shown_name", "pk")
            .values_list("pk", "shown_name")
        ),
    )


def partner_organisations() -> list[PartnerOrganisation]:
    return sorted(PartnerOrganisation.objects.all(), key=lambda p: display_sort_key(p.name))


def city_name_taken(*, name: str, country: str, **among) -> str | None:
    """The name, as it reads, of a city of `country` (and of `among`, filters such as
    `pk__in`) that has `name` in any language, however written (`name_key`), or None."""
    key = name_key(name)
    return names_taken(City, [key], country=country, **among).get(key)


def dialogue_time_zones() -> list[str]:
    """The time zones of the dialogue's cities, offered first when people pick theirs."""
    return sorted(set(City.objects.values_list("timezone", flat=True)))


def user_cities(user) -> list[City]:
    """The cities a person works for, as staff or mayor, in the order they joined. Read once
    per user object, which for the signed-in person is once per request."""
    if not user.is_authenticated:
        return []
    if "_user_cities" not in user.__dict__:
        memberships = CityMembership.objects.filter(user=user).select_related("city")
        user.__dict__["_user_cities"] = [m.city for m in memberships.order_by("pk")]
    return user.__dict__["_user_cities"]


def cities_for_directory(*, user):
    """Cities the user may see, with their needs' and potentials' themes, for the list;
    ordered by the name shown in the current language (another where it is missing)."""
    return (
        City.objects.visible_to(user)
        .prefetch_related(
            Prefetch("needs", queryset=CityNeed.objects.select_related("theme")),
            Prefetch("potentials", queryset=CityPotential.objects.select_related("theme")),
        )
        .order_by(shown_text("name"), "pk")
    )


def city_search(queryset, text: str):
    """Match the text against the city's name in every language and its country code."""
    condition = Q(country__iexact=text)
    for code in settings.MODELTRANSLATION_LANGUAGES:
        condition |= Q(**{f"name_{code}__icontains": text})
    return queryset.filter(condition)


def themes() -> list[Theme]:
    return list(Theme.objects.all())


def city_for_profile(*, slug: str) -> City:
    """A city with everything its profile page shows, in a fixed number of queries."""
    queryset = City.objects.prefetch_related(
        Prefetch("needs", queryset=CityNeed.objects.select_related("theme")),
        Prefetch("potentials", queryset=CityPotential.objects.select_related("theme")),
        Prefetch("good_practices", queryset=GoodPractice.objects.prefetch_related("themes")),
        Prefetch("mayors", queryset=Mayor.objects.all()),
        Prefetch(
            "changes",
            queryset=ProfileChange.objects.select_related("user")[:RECENT_CHANGES],
            to_attr="recent_changes",
        ),
    )
    return get_object_or_404(queryset, slug=slug)


def cities_for_export():
    return City.objects.order_by(shown_text("name")).prefetch_related(
        Prefetch("needs", queryset=CityNeed.objects.select_related("theme")),
        Prefetch("potentials", queryset=CityPotential.objects.select_related("theme")),
    )


def partner_for_profile(*, slug: str) -> PartnerOrganisation:
    queryset = PartnerOrganisation.objects.prefetch_related(
        "memberships__user",
        Prefetch(
            "changes",
            queryset=ProfileChange.objects.select_related("user")[:RECENT_CHANGES],
            to_attr="recent_changes",
        ),
    )
    return get_object_or_404(queryset, slug=slug)


@dataclass
class Completeness:
    """What a city's profile still lacks, for the panel its staff see."""

    items: list[tuple[str, bool]] = field(default_factory=list)
    # Texts written in some language but not in this one: translations the city could add,
    # not faults (a text in one language is complete). Proper names are never listed.
    translation_suggestions: dict[str, list[str]] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return sum(1 for _label, ok in self.items if ok)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.items)) if self.items else 100


CITY_PROPER_NAMES = ("name",)


def city_completeness(city: City) -> Completeness:
    """Works on a city from `city_for_profile`: no further queries."""
    needs = list(city.needs.all())
    potentials = list(city.potentials.all())
    practices = list(city.good_practices.all())
    result = Completeness(
        items=[
            (_("Short description"), bool(written_languages(city, ["description"]))),
            (_("Migration context"), bool(written_languages(city, ["migration_context"]))),
            (_("At least one need"), bool(needs)),
            (_("At least one potential"), bool(potentials)),
            (_("At least one good practice"), bool(practices)),
            (_("Population"), city.population is not None),
            (_("Website"), bool(city.website)),
            (_("Public contact address"), bool(city.contact_email)),
            (_("Location on the map"), city.latitude is not None and city.longitude is not None),
            (_("Logo or photo"), bool(city.image)),
        ]
    )
    translatable = [
        (capfirst(City._meta.get_field(name).verbose_name), city, name)
        for name in translated_fields_of(City)
        if name not in CITY_PROPER_NAMES
    ]
    for label, rows in [
        (_("Need: {theme}"), [(need.theme, need) for need in needs]),
        (_("Potential: {theme}"), [(potential.theme, potential) for potential in potentials]),
    ]:
        translatable += [
            (label.format(theme=theme), row, name)
            for theme, row in rows
            for name in translated_fields_of(type(row))
        ]
    translatable += [
        (_("Good practice: {title}").format(title=practice), practice, name)
        for practice in practices
        for name in translated_fields_of(GoodPractice)
    ]
    for code in settings.MODELTRANSLATION_LANGUAGES:
        suggestions = []
        for label, obj, name in translatable:
            written = written_languages(obj, [name])
            if written and code not in written and label not in suggestions:
                suggestions.append(label)
        if suggestions:
            result.translation_suggestions[code] = suggestions
    return result


def _need_line(need: CityNeed) -> str:
    if need.is_public:
        return f"{need.theme}: {need.description}"
    # Translators: a need in the secretariat's CSV whose city keeps it for participants
    return _("{theme} (participants only): {text}").format(theme=need.theme, text=need.description)


def city_export_rows():
    """Every city with its needs and potentials, for the secretariat's CSV, in three queries.
    Labels and theme names come out in the active language. The export is the secretariat's
    (signed-in participants), so needs kept for participants keep their words, marked."""
    for city in cities_for_export():
        needs = list(city.needs.all())
        potentials = list(city.potentials.all())
        yield [
            city.name,
            city.country.name,
            city.get_continent_display(),
            city.get_status_display(),
            city.population or "",
            city.participant_since or "",
            "; ".join(str(need.theme) for need in needs),
            "; ".join(str(potential.theme) for potential in potentials),
            "\n".join(_need_line(need) for need in needs),
            "\n".join(f"{potential.theme}: {potential.description}" for potential in potentials),
        ]


def cities_for_member_home(user) -> list[City]:
    """The cities a person works for, with what `city_completeness` reads loaded: four
    queries for any number of cities. Read fresh on each request, so someone removed from a
    city stops seeing it at once."""
    ids = CityMembership.objects.filter(user=user).order_by("pk").values_list("city_id", flat=True)
    order = list(ids)
    cities = City.objects.filter(pk__in=order).prefetch_related(
        Prefetch("needs", queryset=CityNeed.objects.select_related("theme")),
        Prefetch("potentials", queryset=CityPotential.objects.select_related("theme")),
        "good_practices",
    )
    return sorted(cities, key=lambda city: order.index(city.pk))


def organisations_for_member(user) -> list[PartnerOrganisation]:
    return list(
        PartnerOrganisation.objects.filter(memberships__user=user).distinct().order_by("pk")
    )


def cities_without_members():
    """The cities with no active person on the platform: nothing the dialogue sends reaches
    them. For the secretariat, by the name its reader sees."""
    members = CityMembership.objects.filter(user__is_active=True).values("city_id")
    return City.objects.exclude(pk__in=members).order_by(shown_text("name"), "pk")


# What uses a theme: for the secretariat's list of themes and for refusing to delete one in use.


@dataclass(frozen=True)
class ThemeUse:
    """One kind of row that uses a theme: the using model (its label) and how a sentence
    counts it (`count_words(3)`: "3 city needs")."""

    label: str
    count_words: Callable[[int], str]


# The kinds of rows that use themes, in the order they are named, by model label: the apps
# above this one are not imported. A relation to Theme not named here is found and counted
# all the same (`theme_use_kinds`), so a theme is never deleted from under it.
THEME_USES = [
    ThemeUse(
        "cities.cityneed",
        lambda n: ngettext("{count} city need", "{count} city needs", n).format(count=n),
    ),
    ThemeUse(
        "cities.citypotential",
        lambda n: ngettext("{count} potential", "{count} potentials", n).format(count=n),
    ),
    ThemeUse(
        "cities.goodpractice",
        lambda n: ngettext("{count} good practice", "{count} good practices", n).format(count=n),
    ),
    ThemeUse(
        "partnerships.proposal",
        lambda n: ngettext("{count} proposal", "{count} proposals", n).format(count=n),
    ),
    ThemeUse(
        "meetings.meeting",
        lambda n: ngettext("{count} meeting", "{count} meetings", n).format(count=n),
    ),
    ThemeUse(
        "evidence.evidencedocument",
        lambda n: ngettext("{count} evidence document", "{count} evidence documents", n).format(
            count=n
        ),
    ),
]


def _theme_relations() -> list[tuple[str, type[models.Model], str]]:
    """Every relation that points at a theme, read from the models: the using model's label,
    the table to count rows in (the link table of a many-to-many) and its column to the
    theme."""
    relations = []
    for relation in Theme._meta.related_objects:
        if relation.many_to_many:
            table, column = relation.through, relation.field.m2m_reverse_field_name()
        else:
            table, column = relation.related_model, relation.field.name
        relations.append((relation.related_model._meta.label_lower, table, column))
    return relations


def theme_use_kinds() -> list[ThemeUse]:
    """The kinds of rows that use themes: the known ones in their order, then any other
    relation to Theme, named by its model."""
    found = {label for label, _table, _column in _theme_relations()}
    kinds = [use for use in THEME_USES if use.label in found]
    known = {use.label for use in kinds}
    for relation in Theme._meta.related_objects:
        meta = relation.related_model._meta
        if meta.label_lower in known:
            continue
        known.add(meta.label_lower)
        kinds.append(
            ThemeUse(
                meta.label_lower,
                lambda n, meta=meta: ngettext("{count} {thing}", "{count} {things}", n).format(
                    count=n, thing=meta.verbose_name, things=meta.verbose_name_plural
                ),
            )
        )
    return kinds


def _uses_count(table: type[models.Model], column: str):
    rows = (
        table._base_manager.filter(**{column: OuterRef("pk")})
        .order_by()
        .values(column)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def themes_with_uses(themes: models.QuerySet | None = None) -> list[Theme]:
    """The themes (all, in their order, by default), each with `uses`: how many rows of each
    kind (`theme_use_kinds`) use it, by model label, and `in_use`. One query for any number of
    themes: a counting subquery per kind, rather than joins whose rows multiply."""
    relations = _theme_relations()
    kinds = theme_use_kinds()
    queryset = themes if themes is not None else Theme.objects.all()
    queryset = queryset.annotate(
        **{
            f"uses_{index}": _uses_count(table, column)
            for index, (_label, table, column) in enumerate(relations)
        }
    )
    result = list(queryset)
    for theme in result:
        theme.uses = {kind.label: 0 for kind in kinds}
        for index, (label, _table, _column) in enumerate(relations):
            theme.uses[label] += getattr(theme, f"uses_{index}")
        theme.in_use = any(theme.uses.values())
    return result


def theme_uses_describe(uses: dict[str, int]) -> str:
    """What uses a theme, as a sentence lists it in the active language: "3 city needs,
    2 potentials and 1 meeting"."""
    kinds = {kind.label: kind for kind in theme_use_kinds()}
    return words_list(kinds[label].count_words(count) for label, count in uses.items() if count)
