import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from cities.filters import city_filter, theme_filter
from cities.models import PartnerOrganisation
from mayors_dialogue.translated import shown_text

from .enums import DOCUMENT_LANGUAGES, DocumentType
from .models import EvidenceDocument


class YearFilter(django_filters.NumberFilter):
    """A whole year in a range the database can compare (1900 to 2100): anything else is a
    field error and no match, never a server error."""

    field_class = forms.IntegerField


class EvidenceFilter(django_filters.FilterSet):
    """The library's filters; a plain GET form, so they work without JavaScript."""

    theme = theme_filter("themes")
    doc_type = django_filters.ChoiceFilter(
        choices=DocumentType.choices, label=_("Type"), empty_label=_("Any type")
    )
    city = city_filter("cities")
    year = YearFilter(
        field_name="publication_date", lookup_expr="year", label=_("Year"),
        min_value=1900, max_value=2100,
    )  # fmt: skip
    language = django_filters.ChoiceFilter(
        choices=[(code, label) for code, (_config, label) in DOCUMENT_LANGUAGES.items()],
        method="in_language", label=_("Language of the document"), empty_label=_("Any language"),
    )  # fmt: skip
    publisher = django_filters.ModelChoiceFilter(
        queryset=PartnerOrganisation.objects.order_by(shown_text("name")), label=_("Publisher"),
        empty_label=_("All publishers"),
    )  # fmt: skip

    class Meta:
        model = EvidenceDocument
        fields = ["theme", "doc_type", "city", "year", "language", "publisher"]

    def in_language(self, queryset, name, value):
        return queryset.filter(languages__regex=rf"(^|,){value}(,|$)")
