from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cities.models import Theme
from mayors_dialogue.enums import Language
from meetings.models import Series

# A position is stored in a PositiveSmallIntegerField.
POSITION_MAX = 32767

SLUG_INVALID = _(
    "Use only letters without accents, numbers, hyphens and underscores, such as "
    "“labour-migration”."
)


class LanguageTextInput(forms.TextInput):
    """A text typed in one language: the input says which (`lang`), for spelling checkers and
    screen readers. Not in `attrs`: the label names the language already, and the error
    summary adds the language of any field whose widget has one."""

    def __init__(self, language: str, attrs=None):
        super().__init__(attrs)
        self.language = language

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["lang"] = self.language
        return context


class CatalogueForm(forms.Form):
    """A theme's or a series' name in the four languages (English required, the others
    optional translations) and its slug. A plain form: the object the page shows changes only
    through the service, so a refused submission leaves it as it was."""

    model: type[models.Model]

    slug = forms.SlugField(
        label=_("Slug"),
        max_length=80,
        required=False,
        error_messages={"invalid": SLUG_INVALID},
    )

    def __init__(self, *args, instance: models.Model | None = None, **kwargs):
        self.instance = instance
        if instance is not None:
            kwargs["initial"] = {**self.initial_for(instance), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        languages = dict(Language.choices)
        max_length = self.model._meta.get_field("name_en").max_length
        names = {
            f"name_{code}": forms.CharField(
                label=gettext("Name ({language})").format(language=languages[code]),
                max_length=max_length,
                required=code == settings.MODELTRANSLATION_DEFAULT_LANGUAGE,
                widget=LanguageTextInput(code),
            )
            for code in settings.MODELTRANSLATION_LANGUAGES
        }
        self.fields = {**names, **self.fields}

    def initial_for(self, instance) -> dict:
        return {
            "slug": instance.slug,
            **{
                f"name_{code}": getattr(instance, f"name_{code}") or ""
                for code in settings.MODELTRANSLATION_LANGUAGES
            },
        }

    def name_fields(self) -> list:
        return [self[f"name_{code}"] for code in settings.MODELTRANSLATION_LANGUAGES]

    def other_fields(self) -> list:
        return [field for field in self if not field.name.startswith("name_")]

    def names(self) -> dict[str, str]:
        """The names by language code, for the service."""
        return {
            code: self.cleaned_data[f"name_{code}"] for code in settings.MODELTRANSLATION_LANGUAGES
        }


class ThemeForm(CatalogueForm):
    model = Theme

    position = forms.IntegerField(
        label=_("Position"),
        min_value=0,
        max_value=POSITION_MAX,
        help_text=_(
            "Pages list the themes by this number, lowest first; themes with the same number "
            "by slug."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].help_text = _(
            "The theme’s name in addresses, such as its page in the atlas. Leave it empty to "
            "make one from the English name. Links shared before stop working when it changes."
        )

    def initial_for(self, instance) -> dict:
        return {**super().initial_for(instance), "position": instance.position}


class SeriesForm(CatalogueForm):
    model = Series

    is_summit = forms.BooleanField(
        label=_("Summit series"),
        required=False,
        help_text=format_lazy(
            "{} {}",
            Series._meta.get_field("is_summit").help_text,
            _(
                "Several series can be summit series, such as the summit held and the next "
                "one: the page lists the meetings of all of them."
            ),
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].help_text = _(
            "The series’ short name in addresses and data files. Leave it empty to make one "
            "from the English name."
        )

    def initial_for(self, instance) -> dict:
        return {**super().initial_for(instance), "is_summit": instance.is_summit}
