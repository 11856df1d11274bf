"""Texts written in any of the four languages: which fields are translated, which language a
text was written in, and in which order a reader is shown them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from .enums import Language

AT_LEAST_ONE_LANGUAGE = _("Write this in at least one of the four languages.")


def translated_names(*bases: str) -> list[str]:
    """The modeltranslation field names of `bases` in every language: name_en, name_de, ..."""
    return [f"{base}_{code}" for base in bases for code in settings.MODELTRANSLATION_LANGUAGES]


def translated_fields_of(model) -> tuple[str, ...]:
    """The fields that modeltranslation translates for `model` (its app's translation.py),
    in the order the model defines them (modeltranslation keeps them as a set): the one list
    of them, for forms and the completeness panel."""
    registered = set(translator.get_options_for_model(model).fields)
    return tuple(field.name for field in model._meta.get_fields() if field.name in registered)


def reading_order(language: str | None, original: str = "") -> list[str]:
    """The languages to look in for a reader of `language`: theirs, then the text's original
    language, then the others."""
    order = []
    for code in (language, original, *settings.MODELTRANSLATION_LANGUAGES):
        if code in settings.MODELTRANSLATION_LANGUAGES and code not in order:
            order.append(code)
    return order


def text_in(obj, base: str, language: str | None = None) -> tuple[str, str]:
    """The text of `obj`'s translated field `base` for a reader of `language` (the active one
    by default), and the language it is in: `("", language)` where no language has it."""
    language = language or get_language()
    for code in reading_order(language, getattr(obj, "original_language", "")):
        value = getattr(obj, f"{base}_{code}", "")
        if value:
            return value, code
    # An object without translations of `base` (or with none written) has just its value.
    return getattr(obj, base, "") or "", language


def written_languages(values, bases) -> list[str]:
    """The languages in which any of `bases` has a text; `values` is a model or a dict."""
    read = values.get if isinstance(values, dict) else lambda name: getattr(values, name, "")
    return [
        code
        for code in settings.MODELTRANSLATION_LANGUAGES
        if any(read(f"{base}_{code}") for base in bases)
    ]


def original_language_choose(*, written: list[str], current: str = "", preferred: str = "") -> str:
    """The language a text counts as written in: the one it had while it still has a text
    there, else the author's working language where they wrote, else the first written."""
    for code in (current, preferred):
        if code and code in written:
            return code
    return written[0] if written else (current or preferred)


class OriginalLanguageModel(models.Model):
    """A model whose translated fields may be written in any one of the four languages.
    `texts_required`: the translated fields that need a text in at least one language.
    `original_language` records the language the texts were written in; the reading order
    (`text_in`) puts it right after the reader's own."""

    texts_required: tuple[str, ...] = ()

    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language.choices, blank=True
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.original_language = original_language_choose(
            written=written_languages(self, translated_fields_of(type(self))),
            current=self.original_language,
            preferred=getattr(self, "authoring_language", ""),
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "original_language"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        missing = [base for base in self.texts_required if not written_languages(self, (base,))]
        if missing:
            # The form the text was typed into says which of its fields gets the error.
            code = (
                getattr(self, "authoring_language", "")
                or self.original_language
                or settings.LANGUAGE_CODE
            )
            raise ValidationError({f"{base}_{code}": AT_LEAST_ONE_LANGUAGE for base in missing})


def shown_text(base: str, language: str | None = None):
    """A database expression for the text of translated field `base` that a reader of
    `language` (the active one by default) is shown, to order or compare by: their language,
    then the others."""
    return Coalesce(
        *(
            NullIf(f"{base}_{code}", Value(""))
            for code in reading_order(language or get_language())
        ),
        Value(""),
        output_field=TextField(),
    )
