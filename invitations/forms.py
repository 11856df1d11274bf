from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from cities.enums import Continent
from mayors_dialogue.enums import Language
from mayors_dialogue.forms import TimeZoneField
from mayors_dialogue.models import User

from .enums import InvitationRole


class InvitationFields(forms.Form):
    """Who is invited: name, address, the invitation's language and a personal message."""

    name = forms.CharField(label=_("Name of the person invited"), max_length=150)
    email = forms.EmailField(label=_("Email address"))
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=Language.choices,
        help_text=_("The email and the page behind its link are in this language."),
    )
    message = forms.CharField(
        label=_("Personal message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional. Shown in the email above the link."),
    )


class CityInvitationForm(InvitationFields):
    """Admins: a new city and its contact person."""

    field_order = ["city_name", "country", "continent", "timezone", "name", "email", "language"]

    city_name = forms.CharField(
        label=_("City name"),
        max_length=120,
        help_text=_(
            "As the city writes it, in the language of the invitation. Translations of the name "
            "are optional."
        ),
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    continent = forms.ChoiceField(label=_("Continent"), choices=Continent.choices)
    timezone = TimeZoneField(label=_("Time zone"))


class ColleagueInvitationForm(InvitationFields):
    """A city's staff invite a colleague, as staff or as mayor."""

    field_order = ["name", "email", "role", "language", "message"]

    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (InvitationRole.CITY_STAFF, InvitationRole.CITY_STAFF.label),
            (InvitationRole.MAYOR, InvitationRole.MAYOR.label),
        ],
    )


class AcceptInvitationForm(forms.Form):
    """The invitee chooses the name shown to others and a password."""

    display_name = forms.CharField(label=_("Your name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            candidate = User(email=self.email, display_name=cleaned.get("display_name", ""))
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class FreshLinkForm(forms.Form):
    email = forms.EmailField(label=_("Your email address"))
    token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)
