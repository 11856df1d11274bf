import django_filters
from django.utils.translation import gettext_lazy as _

from cities.filters import city_filter
from cities.models import PartnerOrganisation
from mayors_dialogue.translated import shown_text

from .enums import MeetingFormat
from .models import Meeting, Series


class MeetingFilter(django_filters.FilterSet):
    """Filters for the meeting lists; a plain GET form, so they work without JavaScript."""

    series = django_filters.ModelChoiceFilter(
        queryset=Series.objects.all(), label=_("Series"), empty_label=_("All series")
    )
    format = django_filters.ChoiceFilter(
        choices=MeetingFormat.choices, label=_("Format"), empty_label=_("All formats")
    )
    city = city_filter("invited_cities")
    organiser = django_filters.ModelChoiceFilter(
        queryset=PartnerOrganisation.objects.order_by(shown_text("name")),
        label=_("Organiser"),
        empty_label=_("All organisers"),
    )

    class Meta:
        model = Meeting
        fields = ["series", "format", "city", "organiser"]
