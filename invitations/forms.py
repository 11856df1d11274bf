from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from cities.enums import Continent
from mayors_dialogue.enums import Language
from mayors_dialogue.forms import TimeZoneField
from mayors_dialogue.models import User

from .bulk import BULK_MAX_BYTES, bulk_rows_read, bulk_text_decode
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


class BulkInvitationForm(forms.Form):
    """Admins: a CSV file, or rows pasted from a spreadsheet, of cities to invite. Valid when
    the text can be read as such a list; the rows' own problems are for the preview. The
    rows read are in `cleaned_data["rows"]`, the file's name in `cleaned_data["source"]`."""

    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_("UTF-8 text, with commas, semicolons or tabs between the columns."),
    )
    pasted = forms.CharField(
        label=_("Or paste the rows"),
        required=False,
        strip=False,
        max_length=BULK_MAX_BYTES,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text=_("Copy them from a spreadsheet, the header row included."),
    )

    def clean(self):
        cleaned = super().clean()
        upload, pasted = cleaned.get("file"), cleaned.get("pasted", "")
        if self.errors:
            return cleaned
        if upload and pasted.strip():
            raise ValidationError(_("Upload a file or paste rows, not both."), code="both")
        if not upload and not pasted.strip():
            self.add_error("file", _("Upload a CSV file or paste the rows below."))
            return cleaned
        field = "file" if upload else "pasted"
        try:
            if upload:
                if upload.size > BULK_MAX_BYTES:
                    raise ValidationError(
                        _("The file is too large: at most {limit}.").format(
                            limit=filesizeformat(BULK_MAX_BYTES)
                        ),
                        code="too_large",
                    )
                text = bulk_text_decode(data=upload.read())
            else:
                text = pasted
            cleaned["rows"] = bulk_rows_read(text=text)
        except ValidationError as error:
            self.add_error(field, error)
        cleaned["source"] = upload.name if upload else ""
        return cleaned
