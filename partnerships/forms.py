from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cities.models import City, Theme
from evidence.models import EvidenceDocument
from mayors_dialogue.choosers import ChooserChoiceField, ChooserField
from mayors_dialogue.forms import (
    SafeModelMultipleChoiceField,
    TranslatedFieldsMixin,
)
from mayors_dialogue.translated import shown_text, translated_names

from .enums import ProposalStatus, SupportKind
from .models import Proposal


class ProposalForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Proposal
        fields = [
            *translated_names("title", "summary", "offers", "seeks", "preferred_regions"),
            "city",
            "status",
            "themes",
            "kind",
            "timeframe",
            "preferred_cities",
            "evidence",
        ]
        widgets = {
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in translated_names("summary", "offers", "seeks")
            },
            "themes": forms.CheckboxSelectMultiple,
        }
        field_classes = {
            "city": ChooserChoiceField,
            "themes": SafeModelMultipleChoiceField,
            "preferred_cities": ChooserField,
            "evidence": ChooserField,
        }

    def __init__(self, *args, cities, **kwargs):
        super().__init__(*args, **kwargs)
        if not isinstance(cities, QuerySet):
            cities = City.objects.filter(pk__in=[city.pk for city in cities])
        self.fields["city"].queryset = cities.order_by(shown_text("name"))
        first_two = list(cities[:2])
        if len(first_two) == 1 and not self.initial.get("city"):  # one's own city, chosen already
            self.initial["city"] = first_two[0].pk
        self.fields["city"].search_fields = translated_names("name")
        self.fields["city"].search_label = _("Find a city by name")
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["preferred_cities"].queryset = City.objects.public().order_by(
            shown_text("name")
        )
        self.fields["preferred_cities"].search_fields = translated_names("name")
        self.fields["preferred_cities"].search_label = _("Find a city by name")
        evidence = self.fields["evidence"]
        evidence.queryset = EvidenceDocument.objects.order_by("-publication_date", "-pk")
        evidence.search_fields = translated_names("title")
        evidence.search_label = _("Find a document by its title")

        self.fields["status"].choices = [
            (ProposalStatus.DRAFT, ProposalStatus.DRAFT.label),
            (ProposalStatus.OPEN, ProposalStatus.OPEN.label),
        ]
        if self.instance.pk:
            del self.fields["city"]
            del self.fields["status"]


class InterestForm(forms.Form):
    city = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=City.objects.none(), empty_label=None
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, cities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = City.objects.filter(pk__in=[city.pk for city in cities])


class TransitionForm(forms.Form):
    to_status = forms.ChoiceField(choices=ProposalStatus.choices, widget=forms.HiddenInput)
    partner_cities = SafeModelMultipleChoiceField(
        label=_("Partner cities"),
        queryset=City.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(label=_("Note"), max_length=1000, required=False)

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner_cities"].queryset = City.objects.filter(interests__proposal=proposal)


class ConfirmForm(forms.Form):
    city = forms.ModelChoiceField(queryset=City.objects.none(), widget=forms.HiddenInput)

    def __init__(self, *args, cities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = City.objects.filter(pk__in=[city.pk for city in cities])


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class SupportForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of support"), choices=SupportKind.choices)


class SupportWelcomeForm(forms.Form):
    support = forms.IntegerField(widget=forms.HiddenInput)
