from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.enums import Language
from mayors_dialogue.forms import (
    KeepsUploadsMixin,
    SafeModelMultipleChoiceField,
    TranslatedFieldsMixin,
    UploadLimitMixin,
)
from mayors_dialogue.translated import translated_names

from .enums import NeedAudience
from .models import City, CityNeed, CityPotential, GoodPractice, PartnerOrganisation, Theme


def _working_language_choices(form) -> None:
    """No working language of its own: each person's forms open in their language."""
    form.fields["working_language"].choices = [
        ("", _("Each person’s own language")),
        *Language.choices,
    ]


class CityProfileForm(KeepsUploadsMixin, UploadLimitMixin, TranslatedFieldsMixin, forms.ModelForm):
    """What a city's staff and mayor keep current. Status, coordinates and time zone are
    the secretariat's (Django admin)."""

    texts_required = ("description",)
    proper_names = ("name",)

    class Meta:
        model = City
        fields = [
            *translated_names("name", "description", "migration_context", "official_languages"),
            "working_language",
            "population",
            "website",
            "contact_email",
            "latitude",
            "longitude",
            "image",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("description")},
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in translated_names("migration_context")
            },
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        help_texts = {
            "latitude": _("Decimal degrees, north positive, e.g. 8.4844 for Freetown."),
            "longitude": _("Decimal degrees, east positive, e.g. -13.2299 for Freetown."),
        }

    def __init__(self, *args, can_place=False, **kwargs):
        """`can_place`: the map position is the secretariat's (admins); a city's people do
        not see or change it."""
        super().__init__(*args, **kwargs)
        _working_language_choices(self)
        if not can_place:
            del self.fields["latitude"]
            del self.fields["longitude"]


class ThemeDescriptionForm(TranslatedFieldsMixin, forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.all()
        self.fields["theme"].empty_label = _("Choose a theme")


class NeedForm(ThemeDescriptionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left out (an older form, a script), a new need is public and an empty row unchanged.
        chosen = self.fields["audience"]
        self.fields["audience"] = forms.TypedChoiceField(
            choices=NeedAudience.choices,
            required=False,
            empty_value=NeedAudience.PUBLIC,
            label=chosen.label,
            help_text=chosen.help_text,
            initial=NeedAudience.PUBLIC,
        )
        field = self.fields["audience"]
        if (
            self.is_bound
            and self.instance.pk
            and field.widget.value_omitted_from_data(
                self.data, self.files, self.add_prefix("audience")
            )
        ):
            # an existing need keeps who may read it: never made public by a missing field
            field.disabled = True

    class Meta:
        model = CityNeed
        fields = ["theme", *translated_names("description"), "audience"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2}) for name in translated_names("description")
        }


class PotentialForm(ThemeDescriptionForm):
    class Meta:
        model = CityPotential
        fields = ["theme", *translated_names("description")]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2}) for name in translated_names("description")
        }


class GoodPracticeForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = GoodPractice
        fields = [
            *translated_names("title", "description"),
            "themes",
            "link",
            "start_year",
            "end_year",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("description")},
            "themes": forms.CheckboxSelectMultiple,
        }
        field_classes = {"themes": SafeModelMultipleChoiceField}


def _formset(model, form):
    # absolute_max: a tampered TOTAL_FORMS builds (and renders) at most 50 forms, not 1,050.
    return inlineformset_factory(
        City,
        model,
        form=form,
        extra=1,
        can_delete=True,
        max_num=50,
        absolute_max=50,
        validate_max=True,
    )


NeedFormSet = _formset(CityNeed, NeedForm)
PotentialFormSet = _formset(CityPotential, PotentialForm)
GoodPracticeFormSet = _formset(GoodPractice, GoodPracticeForm)


class PartnerProfileForm(
    KeepsUploadsMixin, UploadLimitMixin, TranslatedFieldsMixin, forms.ModelForm
):
    """What a partner organisation's staff keep current; kind and role are the secretariat's."""

    proper_names = ("name",)

    class Meta:
        model = PartnerOrganisation
        fields = [
            *translated_names("name", "description"),
            "working_language",
            "acronym",
            "website",
            "logo",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 4}) for name in translated_names("description")},
            "logo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _working_language_choices(self)
