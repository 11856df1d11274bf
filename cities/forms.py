from django import forms
from django.conf import settings
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.forms import TranslatedFieldsMixin

from .models import City, CityNeed, CityPotential, GoodPractice, PartnerOrganisation, Theme


def _languages(*bases: str) -> list[str]:
    return [f"{base}_{code}" for base in bases for code in settings.MODELTRANSLATION_LANGUAGES]


class CityProfileForm(TranslatedFieldsMixin, forms.ModelForm):
    """What a city's staff and mayor keep current. Status, coordinates and time zone are
    the secretariat's (Django admin)."""

    translated_fields = ("name", "description", "migration_context", "official_languages")
    required_in_english = ("name", "description")

    class Meta:
        model = City
        fields = [
            *_languages("name", "description", "migration_context", "official_languages"),
            "population",
            "website",
            "contact_email",
            "image",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in _languages("description")},
            **{name: forms.Textarea(attrs={"rows": 4}) for name in _languages("migration_context")},
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }


class ThemeDescriptionForm(TranslatedFieldsMixin, forms.ModelForm):
    translated_fields = ("description",)
    required_in_english = ("description",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.all()
        self.fields["theme"].empty_label = _("Choose a theme")


class NeedForm(ThemeDescriptionForm):
    class Meta:
        model = CityNeed
        fields = ["theme", *_languages("description")]
        widgets = {name: forms.Textarea(attrs={"rows": 2}) for name in _languages("description")}


class PotentialForm(ThemeDescriptionForm):
    class Meta:
        model = CityPotential
        fields = ["theme", *_languages("description")]
        widgets = {name: forms.Textarea(attrs={"rows": 2}) for name in _languages("description")}


class GoodPracticeForm(TranslatedFieldsMixin, forms.ModelForm):
    translated_fields = ("title", "description")
    required_in_english = ("title",)

    class Meta:
        model = GoodPractice
        fields = [*_languages("title", "description"), "themes", "link", "start_year", "end_year"]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in _languages("description")},
            "themes": forms.CheckboxSelectMultiple,
        }


def _formset(model, form):
    return inlineformset_factory(
        City, model, form=form, extra=1, can_delete=True, max_num=50, validate_max=True
    )


NeedFormSet = _formset(CityNeed, NeedForm)
PotentialFormSet = _formset(CityPotential, PotentialForm)
GoodPracticeFormSet = _formset(GoodPractice, GoodPracticeForm)


class PartnerProfileForm(TranslatedFieldsMixin, forms.ModelForm):
    """What a partner organisation's staff keep current; kind and role are the secretariat's."""

    translated_fields = ("name", "description")
    required_in_english = ("name",)

    class Meta:
        model = PartnerOrganisation
        fields = [*_languages("name", "description"), "acronym", "website", "logo"]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 4}) for name in _languages("description")},
            "logo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
