import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from mayors_dialogue.widgets import LongSelect

from .enums import Continent
from .models import City, Theme
from .selectors import city_search


def _countries_in_directory():
    codes = set(City.objects.public().order_by().values_list("country", flat=True).distinct())
    return sorted(
        ((code, name) for code, name in countries if code in codes), key=lambda item: item[1]
    )


class CityFilter(django_filters.FilterSet):
    """The directory's filters; a plain GET form, so they work without JavaScript."""

    q = django_filters.CharFilter(method="search", label=_("Search"))
    continent = django_filters.ChoiceFilter(
        choices=Continent.choices, label=_("Continent"), empty_label=_("All continents")
    )
    country = django_filters.ChoiceFilter(
        choices=_countries_in_directory,
        label=_("Country"),
        empty_label=_("All countries"),
        widget=LongSelect,
    )
    needs = django_filters.ModelChoiceFilter(
        field_name="needs__theme",
        queryset=Theme.objects.all(),
        label=_("Needs"),
        empty_label=_("Any theme"),
        distinct=True,
    )
    offers = django_filters.ModelChoiceFilter(
        field_name="potentials__theme",
        queryset=Theme.objects.all(),
        label=_("Offers"),
        empty_label=_("Any theme"),
        distinct=True,
    )

    class Meta:
        model = City
        fields = ["q", "continent", "country", "needs", "offers"]

    def search(self, queryset, name, value):
        return city_search(queryset, value.strip()) if value.strip() else queryset
