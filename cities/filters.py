import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from mayors_dialogue.translated import shown_text, translated_names
from mayors_dialogue.widgets import LongSelect

from .enums import Continent
from .models import City, Theme
from .selectors import city_search, public_city_choices


def _countries_in_directory():
    codes = set(City.objects.public().order_by().values_list("country", flat=True).distinct())
    return sorted(
        ((code, name) for code, name in countries if code in codes), key=lambda item: item[1]
    )


THEME = _("Theme")


def theme_filter(field_name: str, label=THEME) -> django_filters.ModelChoiceFilter:
    """The theme filter of every list: proposals, evidence, and the directory's needs and
    offers."""
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        queryset=Theme.objects.all(),
        label=label,
        empty_label=_("Any theme"),
        distinct=True,
    )


def city_filter(field_name: str) -> django_filters.ModelChoiceFilter:
    """The participating cities, as a long select whose options are kept in the cache."""
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        queryset=City.objects.public()
        .only("id", *translated_names("name"))
        .order_by(shown_text("name")),
        label=_("City"),
        empty_label=_("All cities"),
        distinct=True,
        widget=LongSelect(cached_choices=public_city_choices),
    )


def continent_filter(field_name: str) -> django_filters.ChoiceFilter:
    return django_filters.ChoiceFilter(
        field_name=field_name,
        choices=Continent.choices,
        label=_("Continent"),
        empty_label=_("All continents"),
    )


class CityFilter(django_filters.FilterSet):
    """The directory's filters; a plain GET form, so they work without JavaScript."""

    q = django_filters.CharFilter(method="search", label=_("Search"))
    continent = continent_filter("continent")
    country = django_filters.ChoiceFilter(
        choices=_countries_in_directory,
        label=_("Country"),
        empty_label=_("All countries"),
        widget=LongSelect,
    )
    needs = theme_filter("needs__theme", label=_("Needs"))
    offers = theme_filter("potentials__theme", label=_("Offers"))

    class Meta:
        model = City
        fields = ["q", "continent", "country", "needs", "offers"]

    def search(self, queryset, name, value):
        return city_search(queryset, value.strip()) if value.strip() else queryset
