from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .enums import Language
from .models import User
from .rows import RowInput
from .translated import translated_fields_of
from .upload_limits import RefusedUpload
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


class SafeModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that refuses ids the id column cannot hold as invalid
    values before they reach the database: SQLite raises OverflowError on them in an `IN`
    lookup (PostgreSQL just finds nothing). For every many-to-many field of the forms."""

    def _check_values(self, value):
        meta = self.queryset.model._meta
        model_field = meta.get_field(self.to_field_name) if self.to_field_name else meta.pk
        if isinstance(model_field, models.IntegerField):
            operations = connections[self.queryset.db].ops
            low, high = operations.integer_field_range(model_field.get_internal_type())
            for pk in value:
                try:
                    number = int(pk)
                except (TypeError, ValueError):
                    continue  # the parent says it is not a valid value
                if (low is not None and number < low) or (high is not None and number > high):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super()._check_values(value)


def translated_names(*bases: str) -> list[str]:
    """The modeltranslation field names of `bases` in every language: name_en, name_de, ..."""
    return [f"{base}_{code}" for base in bases for code in settings.MODELTRANSLATION_LANGUAGES]


class TranslatedFieldsMixin:
    """For ModelForms over modeltranslation fields: lists the translated fields once per
    language, so templates can group them by language (English first and required where
    `required_in_english` says so) and show the other fields apart. The translated fields
    are those of the model's translation.py that the form has."""

    required_in_english: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        self.translated_fields = tuple(
            base for base in translated_fields_of(model) if f"{base}_en" in self.fields
        )
        for base in self.translated_fields:
            label = capfirst(model._meta.get_field(base).verbose_name)
            for code in settings.MODELTRANSLATION_LANGUAGES:
                field = self.fields.get(f"{base}_{code}")
                if field is None:
                    continue
                field.label = label
                field.required = code == "en" and base in self.required_in_english
                field.widget.attrs["lang"] = code  # what is typed here is in that language

    def language_groups(self) -> list[dict]:
        names = dict(Language.choices)
        return [
            {
                "code": code,
                "name": names[code],
                "fields": [self[f"{base}_{code}"] for base in self.translated_fields],
                "has_errors": any(self[f"{base}_{code}"].errors for base in self.translated_fields),
            }
            for code in settings.MODELTRANSLATION_LANGUAGES
        ]

    def other_fields(self) -> list:
        translated = {
            f"{base}_{code}"
            for base in self.translated_fields
            for code in settings.MODELTRANSLATION_LANGUAGES
        }
        return [self[name] for name in self.fields if name not in translated]


class UploadLimitMixin:
    """For forms with file fields: a file that `SizeLimitUploadHandler` refused while it
    streamed in gets a "too large" error naming the field's limit."""

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for name, field in self.fields.items():
            if not isinstance(self.files.get(self.add_prefix(name)), RefusedUpload):
                continue
            limit = (
                settings.IMAGE_UPLOAD_MAX_BYTES
                if isinstance(field, forms.ImageField)
                else settings.EVIDENCE_MAX_UPLOAD_BYTES
            )
            message = _("The file is too large: at most {limit}.").format(
                limit=filesizeformat(limit)
            )
            self._errors[name] = self.error_class([message], renderer=self.renderer)
            self.cleaned_data.pop(name, None)


def form_values(form: forms.ModelForm) -> dict:
    """A valid model form's values for its model's fields (many-to-many ones as lists), to
    hand to a service."""
    model_fields = {f.name for f in form._meta.model._meta.get_fields() if f.concrete}
    model_fields |= {f.name for f in form._meta.model._meta.many_to_many}
    return {
        name: list(value) if isinstance(value, models.QuerySet) else value
        for name, value in form.cleaned_data.items()
        if name in model_fields and name != form._meta.model._meta.pk.name
    }


def formset_rows(formset) -> list[RowInput]:
    """A valid inline formset's rows that were added, changed or marked for deletion."""
    rows = []
    for form in formset.forms:
        pk = form.instance.pk
        if formset.can_delete and formset._should_delete_form(form):
            if pk:
                rows.append(RowInput(pk=pk, delete=True))
            continue
        if not form.has_changed():
            continue
        values = form_values(form)
        values.pop(formset.fk.name, None)
        rows.append(RowInput(pk=pk, values=values))
    return rows
