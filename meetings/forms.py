from datetime import date
from zoneinfo import ZoneInfo

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from cities.models import City, PartnerOrganisation, Theme
from evidence.models import EvidenceDocument
from mayors_dialogue.choosers import ChooserChoiceField, ChooserField
from mayors_dialogue.enums import Language
from mayors_dialogue.forms import (
    SafeModelMultipleChoiceField,
    TimeZoneField,
    TranslatedFieldsMixin,
)
from mayors_dialogue.translated import shown_text, translated_names
from mayors_dialogue.validators import validate_time_zone

from .enums import MeetingStatus, RSVPResponse
from .models import AgendaItem, Meeting, Series
from .services import AttendeeInput
from .zones import WallClockError, to_utc, wall_clock

# The dates a meeting may fall on: far enough from the ends of the calendar that converting
# its times to and from any zone, and stepping through the day for suggestions, cannot
# overflow (9999-12-31 23:30 in Los Angeles is already in the year 10000 in UTC).
DAY_VALIDATORS = [MinValueValidator(date(2000, 1, 1)), MaxValueValidator(date(2100, 12, 31))]

WALL_CLOCK_ERRORS = {
    "nonexistent": _("{time} does not exist in {zone} that day: the clocks skip it."),
    "ambiguous": _(
        "{time} happens twice in {zone} that day, when the clocks go back. Choose another time."
    ),
}


class MeetingForm(TranslatedFieldsMixin, forms.ModelForm):
    """Schedule or edit a meeting. The organiser enters the wall-clock date and times in the
    meeting's zone; they are stored in UTC and shown again exactly as entered."""

    day = forms.DateField(
        label=_("Date"),
        validators=DAY_VALIDATORS,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start_time = forms.TimeField(
        label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    end_time = forms.TimeField(label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}))
    timezone = TimeZoneField(
        label=_("Time zone of the meeting"),
        help_text=_("The zone the times above are in."),
    )

    class Meta:
        model = Meeting
        fields = [
            *translated_names("title", "description"),
            "status",
            "format",
            "language",
            "timezone",
            "venue",
            "host_city",
            "video_link",
            "organiser",
            "series",
            "invited_cities",
            "invited_organisations",
            "themes",
            "is_public",
            "reminder_hours",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("description")},
            "themes": forms.CheckboxSelectMultiple,
        }
        field_classes = {
            "host_city": ChooserChoiceField,
            "invited_cities": ChooserField,
            "invited_organisations": ChooserField,
            "themes": SafeModelMultipleChoiceField,
        }

    field_order = [
        *translated_names("title", "description"),
        "day",
        "start_time",
        "end_time",
        "timezone",
    ]

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (MeetingStatus.DRAFT, MeetingStatus.DRAFT.label),
            (MeetingStatus.SCHEDULED, MeetingStatus.SCHEDULED.label),
        ]
        self.fields["invited_cities"].queryset = City.objects.order_by(shown_text("name"))
        self.fields["invited_cities"].search_fields = translated_names("name")
        self.fields["invited_cities"].search_label = _("Find a city by name")
        self.fields["invited_organisations"].queryset = PartnerOrganisation.objects.order_by(
            shown_text("name")
        )
        self.fields["invited_organisations"].search_fields = translated_names("name")
        self.fields["invited_organisations"].search_label = _("Find an organisation by name")
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["host_city"].queryset = City.objects.order_by(shown_text("name"))
        self.fields["host_city"].search_fields = translated_names("name")
        self.fields["host_city"].search_label = _("Find a city by name")
        self.fields["host_city"].none_label = _("No host city")
        self.fields["series"].queryset = Series.objects.all()
        if organisations is not None:
            self.fields["organiser"].queryset = organisations
            self.fields["organiser"].required = True
            self.fields["organiser"].empty_label = None
        if self.instance.pk:
            zone = ZoneInfo(self.instance.timezone)
            day, start = wall_clock(self.instance.start, zone)
            _end_day, end = wall_clock(self.instance.end, zone)
            self.initial.update(day=day, start_time=start, end_time=end)

    def clean(self):
        cleaned = super().clean()
        day, start, end, zone_name = (
            cleaned.get(name) for name in ("day", "start_time", "end_time", "timezone")
        )
        if not (day and start and end and zone_name):
            return cleaned
        zone = ZoneInfo(zone_name)
        for field, at in [("start_time", start), ("end_time", end)]:
            try:
                instant = to_utc(day, at, zone)
            except WallClockError as error:
                self.add_error(
                    field,
                    WALL_CLOCK_ERRORS[error.code].format(time=at.strftime("%H:%M"), zone=zone_name),
                )
                continue
            name = "start" if field == "start_time" else "end"
            cleaned[name] = instant
            setattr(self.instance, name, instant)
        if not self.errors and self.instance.end <= self.instance.start:
            self.add_error("end_time", _("The meeting must end after it starts."))
        fmt = cleaned.get("format")
        if fmt in ("virtual", "hybrid") and not cleaned.get("video_link"):
            self.add_error("video_link", _("A virtual or hybrid meeting needs a video link."))
        if fmt in ("in_person", "hybrid") and not (
            cleaned.get("venue") and cleaned.get("host_city")
        ):
            self.add_error("venue", _("A meeting in person needs a venue and a host city."))
        return cleaned

    # The model checks `start` and `end`, which the form enters as a day and two times.
    MODEL_TO_FORM_FIELDS = {"start": "start_time", "end": "end_time"}

    def _update_errors(self, errors):
        """The model's errors on start and end belong to the time fields (and the form's
        own check may have said the same already)."""
        if hasattr(errors, "error_dict"):
            for model_field, form_field in self.MODEL_TO_FORM_FIELDS.items():
                for error in errors.error_dict.pop(model_field, []):
                    if not any(
                        error.message == e.message
                        for e in self.errors.as_data().get(form_field, [])
                    ):
                        errors.error_dict.setdefault(form_field, []).append(error)
        super()._update_errors(errors)

    def slot(self):
        """The chosen start and duration, for the time-zone grid, once the times are valid."""
        if self.is_bound and not self.is_valid():
            return None
        if self.instance.start and self.instance.end:
            return self.instance.start, self.instance.end - self.instance.start
        return None


class AgendaItemForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = [
            "position",
            *translated_names("title", "description", "presenter"),
            "documents",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 2}) for name in translated_names("description")},
        }
        field_classes = {"documents": ChooserField}
        help_texts = {"documents": _("The briefing pack: documents from the evidence library.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        documents = self.fields["documents"]
        documents.queryset = EvidenceDocument.objects.order_by("-publication_date", "-pk")
        documents.search_fields = translated_names("title")
        documents.search_label = _("Find a document by its title")


AgendaFormSet = inlineformset_factory(
    Meeting,
    AgendaItem,
    form=AgendaItemForm,
    extra=1,
    can_delete=True,
    max_num=30,
    absolute_max=30,  # a tampered TOTAL_FORMS builds at most 30 forms, not 1,030
    validate_max=True,
)


class OutcomesForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = translated_names("outcomes")
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in translated_names("outcomes")}


class RSVPForm(forms.Form):
    city = forms.ModelChoiceField(label=_("For"), queryset=City.objects.none(), empty_label=None)
    response = forms.ChoiceField(
        label=_("Answer"), choices=RSVPResponse.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, cities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = City.objects.filter(pk__in=[city.pk for city in cities])
        if len(cities) == 1:  # nothing to choose: the page names the city
            self.fields["city"].widget = forms.HiddenInput()


class AttendeeForm(forms.Form):
    """One person who attends for the city. A row left empty is no one."""

    name = forms.CharField(label=_("Name"), max_length=150, required=False)
    role = forms.CharField(
        label=_("Role"),
        max_length=150,
        required=False,
        help_text=_("For example: mayor, head of the migration office."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages they can follow"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_languages = forms.CharField(
        label=_("Other languages"),
        max_length=150,
        required=False,
        help_text=_("For example: Arabic, Wolof."),
    )

    def clean(self):
        data = super().clean()
        described = data.get("role") or data.get("languages") or data.get("other_languages")
        if described and not data.get("name"):
            self.add_error("name", _("Give the name of the person who attends."))
        return data


class BaseAttendeeFormSet(forms.BaseFormSet):
    def attendees(self) -> list[AttendeeInput]:
        return [
            AttendeeInput(
                name=form.cleaned_data["name"],
                role=form.cleaned_data["role"],
                languages=tuple(form.cleaned_data["languages"]),
                other_languages=form.cleaned_data["other_languages"],
            )
            for form in self.forms
            if form.cleaned_data.get("name")
        ]


AttendeeFormSet = forms.formset_factory(
    AttendeeForm,
    formset=BaseAttendeeFormSet,
    extra=2,
    max_num=30,
    absolute_max=30,  # a tampered TOTAL_FORMS builds at most 30 forms
    validate_max=True,
)


class GridForm(forms.Form):
    """The live time-zone grid's query: the same fields as the meeting form's slot."""

    day = forms.DateField(validators=DAY_VALIDATORS)
    start_time = forms.TimeField()
    end_time = forms.TimeField()
    timezone = forms.CharField(validators=[validate_time_zone])
    invited_cities = SafeModelMultipleChoiceField(queryset=City.objects.all(), required=False)

    def slot(self):
        if not self.is_valid():
            return None
        data = self.cleaned_data
        zone = ZoneInfo(data["timezone"])
        try:
            start = to_utc(data["day"], data["start_time"], zone)
            end = to_utc(data["day"], data["end_time"], zone)
        except WallClockError:
            return None
        if end <= start:
            return None
        return start, end - start
