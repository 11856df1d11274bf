import django_filters
from django.utils.translation import gettext_lazy as _

from cities.models import City, PartnerOrganisation
from cities.selectors import public_city_choices
from mayors_dialogue.forms import translated_names
from mayors_dialogue.widgets import LongSelect

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
    city = django_filters.ModelChoiceFilter(
        field_name="invited_cities",
        queryset=City.objects.public().only("id", *translated_names("name")).order_by("name_en"),
        label=_("City"),
        empty_label=_("All cities"),
        distinct=True,
        widget=LongSelect(cached_choices=public_city_choices),
    )
    organiser = django_filters.ModelChoiceFilter(
        queryset=PartnerOrganisation.objects.order_by("name_en"),
        label=_("Organiser"),
        empty_label=_("All organisers"),
    )

    class Meta:
        model = Meeting
        fields = ["series", "format", "city", "organiser"]
