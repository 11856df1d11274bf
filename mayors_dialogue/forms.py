from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "language", "timezone"]
        help_texts = {
            "display_name": _("How your name appears to other participants."),
            "language": _("Pages and emails reach you in this language."),
        }
        widgets = {
            "timezone": forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
        }
