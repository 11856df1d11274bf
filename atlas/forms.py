from django import forms
from django.utils.translation import gettext_lazy as _

from cities.enums import Continent


class AtlasFilterForm(forms.Form):
    """The atlas's filters: a plain GET form, so they work without JavaScript. Themes by
    their slug, so a filtered atlas has an address people can read and share."""

    continent = forms.ChoiceField(
        label=_("Continent"),
        required=False,
        choices=[("", _("All continents")), *Continent.choices],
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.slug: theme for theme in themes}
        self.fields["theme"].choices = [
            ("", _("Any theme")),
            *((theme.slug, str(theme)) for theme in themes),
        ]

    def filters(self) -> dict:
        """The continent and the Theme chosen; what is not valid is left out (its error is
        shown on the form)."""
        data = self.cleaned_data if self.is_valid() else getattr(self, "cleaned_data", {})
        return {
            "continent": data.get("continent", ""),
            "theme": self.themes.get(data.get("theme", "")),
        }
