from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .enums import Language
from .models import User
from .validators import validate_time_zone


def _label(field_name: str) -> str:
    return capfirst(User._meta.get_field(field_name).verbose_name)  # stays lazy


class PreferencesForm(forms.Form):
    """What people set for themselves. A plain form, so a rejected submission never touches
    the signed-in user object that the rest of the page shows."""

    display_name = forms.CharField(
        label=_label("display_name"),
        max_length=150,
        required=False,
        help_text=_("How your name appears to other participants."),
    )
    language = forms.ChoiceField(
        label=_label("language"),
        choices=Language.choices,
        help_text=_("Pages and emails reach you in this language."),
    )
    timezone = forms.CharField(
        label=_label("timezone"),
        max_length=64,
        required=False,
        validators=[validate_time_zone],
        help_text=User._meta.get_field("timezone").help_text,
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
    )

    def __init__(self, *args, user: User, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "display_name": user.display_name,
                "language": user.language,
                "timezone": user.timezone,
            },
        )
        super().__init__(*args, **kwargs)
