from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cities.models import City, PartnerOrganisation, Theme
from mayors_dialogue.choosers import ChooserField
from mayors_dialogue.forms import (
    KeepsUploadsMixin,
    SafeModelMultipleChoiceField,
    TranslatedFieldsMixin,
    UploadLimitMixin,
)
from mayors_dialogue.translated import shown_text, translated_names

from .enums import DOCUMENT_LANGUAGES, DocumentType
from .models import EvidenceDocument
from .services import evidence_file_check

ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.csv"


class EvidenceForm(KeepsUploadsMixin, UploadLimitMixin, TranslatedFieldsMixin, forms.ModelForm):
    """Upload or edit a document. People of a city (who are not partner staff or admins) may
    only add good practice for their own cities."""

    document_languages = forms.MultipleChoiceField(
        label=_("Languages of the document"),
        choices=[(code, label) for code, (_config, label) in DOCUMENT_LANGUAGES.items()],
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = EvidenceDocument
        fields = [
            *translated_names("title", "summary"),
            "doc_type",
            "authors",
            "publisher",
            "publication_date",
            "themes",
            "cities",
            "file",
            "external_url",
            "visibility",
            "licence",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("summary")},
            "publication_date": forms.DateInput(attrs={"type": "date"}),
            "themes": forms.CheckboxSelectMultiple,
            "file": forms.ClearableFileInput(attrs={"accept": ACCEPT}),
        }
        field_classes = {"themes": SafeModelMultipleChoiceField, "cities": ChooserField}

    def __init__(self, *args, own_cities=None, own_organisations=None, **kwargs):
        """`own_cities`, `own_organisations`: what the uploader may name (None: anything)."""
        super().__init__(*args, **kwargs)
        self.own_cities = own_cities
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["cities"].queryset = City.objects.order_by(shown_text("name"))
        self.fields["cities"].search_fields = translated_names("name")
        self.fields["cities"].search_label = _("Find a city by name")
        publishers = PartnerOrganisation.objects.order_by(shown_text("name"))
        if own_organisations is not None:
            # the publisher a document already has stays a choice when someone else edits it
            publishers = publishers.filter(
                pk__in=[o.pk for o in own_organisations] + [self.instance.publisher_id]
            )
        self.fields["publisher"].queryset = publishers
        self.initial.setdefault("document_languages", self.instance.language_codes or ["en"])
        if own_cities is not None:
            self.fields["doc_type"].choices = [
                (DocumentType.GOOD_PRACTICE, DocumentType.GOOD_PRACTICE.label)
            ]
            self.fields["cities"].queryset = City.objects.filter(pk__in=[c.pk for c in own_cities])
            self.fields["cities"].required = True

    def clean_file(self):
        """A new file is checked here, so that only a real document is kept for the next
        submission when another field has an error."""
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            try:
                evidence_file_check(upload)
            except ValidationError as error:
                raise ValidationError(error.message_dict["file"]) from error
            finally:
                upload.seek(0)
        return upload

    def add_error(self, field, error):
        """The model checks `languages`; on this form they are `document_languages`."""
        if field is None and getattr(error, "error_dict", None) and "languages" in error.error_dict:
            error.error_dict["document_languages"] = error.error_dict.pop("languages")
            if "document_languages" in self.errors:
                del error.error_dict["document_languages"]
        super().add_error(field, error)

    def clean(self):
        cleaned = super().clean()
        cleaned["languages"] = ",".join(cleaned.get("document_languages", []))
        self.instance.languages = cleaned["languages"]
        if (
            not cleaned.get("file")
            and not cleaned.get("external_url")
            and "file" not in self.errors
        ):
            self.add_error("file", _("Upload a file or give an external link."))
        return cleaned
