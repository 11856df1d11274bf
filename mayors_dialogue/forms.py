from allauth.account.adapter import get_adapter
from allauth.account.forms import ResetPasswordForm
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import connections, models
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .enums import Language
from .kept_uploads import kept_upload_open, kept_upload_store
from .limits import Limit
from .models import User
from .rows import RowInput
from .translated import (
    AT_LEAST_ONE_LANGUAGE,
    original_language_choose,
    translated_fields_of,
    written_languages,
)
from .upload_limits import RefusedUpload
from .widgets import ZoneSelect
from .zones import is_recognised_zone, zone_choices


def _label(field_name: str) -> str:
    return capfirst(User._meta.get_field(field_name).verbose_name)  # stays lazy


class TimeZoneField(forms.ChoiceField):
    """A time zone chosen from the list of places (zones.py), grouped by region, in the
    reader's language. Any IANA zone of a place is valid, also one the list spells otherwise;
    legacy names ("GMT", "CET") are refused."""

    widget = ZoneSelect

    def __init__(self, *, required=True, empty_label="", **kwargs):
        def choices():
            return [("", empty_label or _("Choose a time zone")), *zone_choices()]

        super().__init__(choices=choices, required=required, **kwargs)

    def valid_value(self, value):
        return is_recognised_zone(str(value))

    def validate(self, value):
        forms.Field.validate(self, value)
        if value and not self.valid_value(value):
            raise ValidationError(
                _("“%(value)s” is not the time zone of a place. Choose one from the list."),
                code="invalid_choice",
                params={"value": value},
            )


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
        help_text=_("Pages and emails reach you in this language, and forms open in it."),
    )
    timezone = TimeZoneField(
        label=_label("timezone"),
        required=False,
        empty_label=_("My city’s time zone"),
        help_text=_("Times are shown to you in this zone."),
    )

    def __init__(self, *args, user: User, **kwargs):
        # FormView passes an empty `initial`: the saved preferences fill what it leaves out.
        kwargs["initial"] = {
            "display_name": user.display_name,
            "language": user.language,
            "timezone": user.timezone,
            **(kwargs.get("initial") or {}),
        }
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


class TranslatedFieldsMixin:
    """For ModelForms over modeltranslation fields (those of the model's translation.py that
    the form has), written in any of the four languages.

    - Each translated field is optional on its own. A text the model requires
      (`texts_required`), or that this form requires as well (the form's `texts_required`),
      needs at least one language; the error lands on the field of the working language.
    - `working_language` (the city's, the organisation's or the person's) is the group the
      form opens in; the others are folded away, open where they have an error.
    - `proper_names` (a city's or an organisation's name) are one field, in the language the
      name was written in, with its translations optional beside it.
    - The cleaned data says which language the texts were written in (`original_language`)."""

    texts_required: tuple[str, ...] = ()
    proper_names: tuple[str, ...] = ()

    def __init__(self, *args, working_language: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        languages = settings.MODELTRANSLATION_LANGUAGES
        self.working_language = next(
            code for code in (working_language, get_language(), languages[0]) if code in languages
        )
        self.instance.authoring_language = self.working_language
        self.translated_fields = tuple(
            base for base in translated_fields_of(model) if f"{base}_en" in self.fields
        )
        self.texts_needed = {*getattr(model, "texts_required", ()), *self.texts_required}
        for base in self.translated_fields:
            label = capfirst(model._meta.get_field(base).verbose_name)
            for code in languages:
                field = self.fields.get(f"{base}_{code}")
                if field is None:
                    continue
                field.label = label
                field.required = False
                field.widget.attrs["lang"] = code  # what is typed here is in that language
                if base in self.texts_needed:
                    field.help_text = _("Needed in at least one language.")
        names = dict(Language.choices)
        for base in self.proper_names:
            main = self._name_language(base)
            for code in languages:
                if code != main and f"{base}_{code}" in self.fields:
                    self.fields[f"{base}_{code}"].label = names[code]
                    self.fields[f"{base}_{code}"].help_text = ""

    def _languages_in_order(self) -> list[str]:
        return [
            self.working_language,
            *(c for c in settings.MODELTRANSLATION_LANGUAGES if c != self.working_language),
        ]

    def _name_language(self, base: str) -> str:
        """The language a proper name is shown in: the one it was written in."""
        original = getattr(self.instance, "original_language", "")
        if self.instance.pk and original and getattr(self.instance, f"{base}_{original}", ""):
            return original
        return self.working_language

    def proper_name_fields(self) -> list[dict]:
        names = dict(Language.choices)
        groups = []
        for base in self.proper_names:
            if base not in self.translated_fields:
                continue
            main = self._name_language(base)
            groups.append(
                {
                    "field": self[f"{base}_{main}"],
                    "translations": [
                        {"code": code, "name": names[code], "field": self[f"{base}_{code}"]}
                        for code in self._languages_in_order()
                        if code != main
                    ],
                    "has_errors": any(
                        self[f"{base}_{code}"].errors
                        for code in settings.MODELTRANSLATION_LANGUAGES
                        if code != main
                    ),
                }
            )
        return groups

    def language_groups(self) -> list[dict]:
        names = dict(Language.choices)
        texts = [base for base in self.translated_fields if base not in self.proper_names]
        if not texts:
            return []
        return [
            {
                "code": code,
                "name": names[code],
                "working": code == self.working_language,
                "fields": [self[f"{base}_{code}"] for base in texts],
                "has_errors": any(self[f"{base}_{code}"].errors for base in texts),
                "written": any(self[f"{base}_{code}"].value() for base in texts),
            }
            for code in self._languages_in_order()
        ]

    def other_fields(self) -> list:
        translated = {
            f"{base}_{code}"
            for base in self.translated_fields
            for code in settings.MODELTRANSLATION_LANGUAGES
        }
        return [self[name] for name in self.fields if name not in translated]

    def clean(self):
        cleaned = super().clean()
        model_needs = set(getattr(self._meta.model, "texts_required", ()))
        for base in self.translated_fields:
            if base in self.texts_needed - model_needs and not written_languages(cleaned, (base,)):
                self.add_error(f"{base}_{self.working_language}", AT_LEAST_ONE_LANGUAGE)
        cleaned["original_language"] = original_language_choose(
            written=written_languages(cleaned, self.translated_fields),
            current=getattr(self.instance, "original_language", ""),
            preferred=self.working_language,
        )
        return cleaned


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


class KeepsUploadsMixin:
    """For forms with file fields: a valid file chosen in a submission that fails on another
    field is kept (`kept_uploads`) and used again if the next submission brings no new file,
    so nobody has to choose it twice. The field shows "File kept: name". Files are kept only
    for a signed-in `user`, for this form's field, and each token is used once: a form shown
    again keeps its files again, under new tokens."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.uploads_user = user if user is not None and user.is_authenticated else None
        if not self.is_bound or self.uploads_user is None:
            return
        for name, _field in self._file_fields():
            key = self.add_prefix(name)
            token = self.data.get(f"{key}-kept", "")
            if not token or self.files.get(key) or self.data.get(f"{key}-clear"):
                continue
            upload = kept_upload_open(
                token, user=self.uploads_user, purpose=self._upload_purpose(name)
            )
            if upload is not None:
                self.files = self.files.copy()
                self.files[key] = upload

    def _file_fields(self):
        return [(n, f) for n, f in self.fields.items() if isinstance(f, forms.FileField)]

    def _upload_purpose(self, name: str) -> str:
        return f"{type(self).__module__}.{type(self).__qualname__}.{self.add_prefix(name)}"

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not self._errors:
            return
        self.uploads_keep()

    def uploads_keep(self):
        """Keep every valid file of this submission for the next one (after a failed save, or
        a search in a chooser, which saves nothing)."""
        if self.uploads_user is None:
            return
        for name, field in self._file_fields():
            upload = self.cleaned_data.get(name)
            if name in self._errors or getattr(field, "kept", None):
                continue
            if isinstance(upload, UploadedFile) and upload is self.files.get(self.add_prefix(name)):
                token = kept_upload_store(
                    upload, user=self.uploads_user, purpose=self._upload_purpose(name)
                )
                field.kept = {"name": upload.name, "token": token}


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


# allauth's reset form sends an email to any address asked for, with or without an account.
PASSWORD_RESETS_PER_CLIENT = Limit("password-reset-client", count=10, seconds=60 * 60)
PASSWORD_RESETS_PER_ADDRESS = Limit("password-reset-address", count=3, seconds=60 * 60)


class PasswordResetForm(ResetPasswordForm):
    """allauth's password reset (ACCOUNT_FORMS), with the emails capped per client and per
    address like the fresh-link form's: a refused request shows the form and why."""

    def clean(self):
        cleaned_data = super().clean()
        if "email" not in cleaned_data:
            return cleaned_data
        request = allauth_context.request
        for limit, key in [
            (PASSWORD_RESETS_PER_CLIENT, get_adapter(request).get_client_ip(request)),
            (PASSWORD_RESETS_PER_ADDRESS, cleaned_data["email"]),
        ]:
            if limit.reached(key):
                raise ValidationError(limit.message())
        return cleaned_data
